#include "form.h"

#include "crypto/random.h"
#include "crypto/sha256.h"

#include <QtEndian>

#include <algorithm>
#include <tuple>
#include <utility>

namespace exam::session {

namespace {

// Uniform draws from SHA-256(seed ‖ counter) blocks; rejection sampling keeps them unbiased.
class SeededStream
{
public:
    explicit SeededStream(QByteArrayView seed) : m_seed(seed.toByteArray()) { }

    quint32 next()
    {
        if (m_offset + 4 > m_block.size()) {
            char counter[8];
            qToBigEndian<quint64>(m_counter++, counter);
            m_block = crypto::Sha256::hash(QByteArray(m_seed + QByteArray(counter, 8)));
            m_offset = 0;
        }
        const quint32 value = qFromBigEndian<quint32>(m_block.constData() + m_offset);
        m_offset += 4;
        return value;
    }

    int below(int bound)
    {
        // Draws at or above the largest multiple of `bound` below 2^32 are redrawn (64-bit: for a bound
        // that divides 2^32 the limit is 2^32 itself).
        const quint64 limit = 0x100000000ull - (0x100000000ull % quint64(bound));
        quint64 value;
        do {
            value = next();
        } while (value >= limit);
        return int(value % quint64(bound));
    }

    template<typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i) + 1));
    }

private:
    QByteArray m_seed;
    QByteArray m_block;
    qsizetype m_offset = 0;
    quint64 m_counter = 0;
};

// The items of one form as they are drawn: the pool of a blueprint place is shuffled, then ordered
// new-to-the-candidate first and least exposed first (the shuffle breaks ties), and taken in that order
// unless a rule refuses an item.
class FormDraw
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::FormAssembler)
public:
    FormDraw(const banks::BankContent& content, const FormConstraints& constraints, SeededStream& stream)
        : m_content(content), m_constraints(constraints), m_stream(stream)
    {
        for (const banks::Item& item : content.items) {
            if (!constraints.seenItems.contains(item.id))
                continue;
            if (!item.variantGroup.isEmpty())
                m_seenGroups.insert(item.variantGroup);
            for (const QString& enemy : item.enemies)
                m_seenEnemies.insert(enemy);
        }
        m_enemiesOnForms = m_seenEnemies;
    }

    template<typename Matches>
    Result<void> pick(Matches matches, int count, const QString& what)
    {
        int taken = 0;
        for (const banks::Item* item : ranked(matches)) {
            if (taken == count)
                break;
            if (allowed(*item)) {
                take(*item);
                ++taken;
            }
        }
        if (taken == count)
            return {};
        return fail(ErrorCode::InvalidArgument,
                    tr("The bank cannot fill the form: %1 needs %2 items and has %3 that can be drawn once retired "
                       "items, one item per variant group and items that give away others on the candidate's forms "
                       "are left out. Ask the publisher for a bank with a deeper pool.")
                        .arg(what)
                        .arg(count)
                        .arg(taken));
    }

    // For a candidate with read-aloud or a screen reader: every item drawn whose picture is what it
    // measures gives its place to another item of the same domain and key work activity, so the form
    // keeps the blueprint's mix.
    Result<void> replacePictureReading(const QList<banks::Domain>& domains)
    {
        for (qsizetype i = 0; i < m_chosen.size(); ++i) {
            const banks::Item& picture = *m_chosen[i];
            if (!picture.pictureMeasured)
                continue;
            // A pilot place may take any pilot item: it is not scored, and the blueprint sets no mix for it.
            const auto sameSkill = [&picture](const banks::Item& item) {
                return !item.pictureMeasured && item.status == picture.status
                       && (picture.pilot() || (item.domain == picture.domain && item.activity == picture.activity));
            };
            m_chosen.removeAt(i);
            rebuild();
            const banks::Item* replacement = nullptr;
            for (const banks::Item* item : ranked(sameSkill))
                if (allowed(*item)) {
                    replacement = item;
                    break;
                }
            if (!replacement) {
                QString domainTitle = picture.domain;
                for (const banks::Domain& domain : domains)
                    if (domain.id == picture.domain)
                        domainTitle = domain.title;
                return fail(ErrorCode::InvalidArgument,
                            tr("The bank cannot fill the form for a candidate with read-aloud or a screen reader: "
                               "item %1 of %2 is read off its picture, and no other item of that domain and key "
                               "work activity can take its place. Set the module up without the accommodation only "
                               "if the candidate does not need it, or ask the publisher for a bank with accessible "
                               "variants.")
                                .arg(picture.id, domainTitle));
            }
            m_chosen.insert(i, replacement);
            rebuild();
        }
        return {};
    }

    QList<const banks::Item*> chosen() const { return m_chosen; }

private:
    // The drawable items that match, shuffled, then in rank order (the shuffle breaks ties).
    template<typename Matches>
    QList<const banks::Item*> ranked(Matches matches)
    {
        QList<const banks::Item*> pool;
        for (const banks::Item& item : m_content.items)
            if (item.drawable() && matches(item))
                pool.append(&item);
        m_stream.shuffle(pool);
        std::stable_sort(pool.begin(), pool.end(),
                         [this](const banks::Item* a, const banks::Item* b) { return rank(*a) < rank(*b); });
        return pool;
    }

    // The sets allowed() reads, from the items chosen and seen.
    void rebuild()
    {
        m_chosenIds.clear();
        m_groupsOnForm.clear();
        m_enemiesOnForms = m_seenEnemies;
        const QList<const banks::Item*> chosen = std::exchange(m_chosen, {});
        for (const banks::Item* item : chosen)
            take(*item);
    }

    // New to the candidate, then a variant group the candidate has not met, then the fewest forms.
    std::tuple<bool, bool, int> rank(const banks::Item& item) const
    {
        return {m_constraints.seenItems.contains(item.id),
                !item.variantGroup.isEmpty() && m_seenGroups.contains(item.variantGroup),
                m_constraints.exposures.value(item.id)};
    }

    bool allowed(const banks::Item& item) const
    {
        if (m_chosenIds.contains(item.id) || m_enemiesOnForms.contains(item.id)
            || m_constraints.excludedItems.contains(item.id))
            return false;
        if (!item.variantGroup.isEmpty() && m_groupsOnForm.contains(item.variantGroup))
            return false;
        for (const QString& enemy : item.enemies)
            if (m_chosenIds.contains(enemy) || m_constraints.seenItems.contains(enemy))
                return false;
        return true;
    }

    void take(const banks::Item& item)
    {
        m_chosen.append(&item);
        m_chosenIds.insert(item.id);
        if (!item.variantGroup.isEmpty())
            m_groupsOnForm.insert(item.variantGroup);
        for (const QString& enemy : item.enemies)
            m_enemiesOnForms.insert(enemy);
    }

    const banks::BankContent& m_content;
    const FormConstraints& m_constraints;
    SeededStream& m_stream;
    QSet<QString> m_seenGroups;
    QSet<QString> m_seenEnemies; // declared by items of this bank on the candidate's earlier forms
    QList<const banks::Item*> m_chosen;
    QSet<QString> m_chosenIds;
    QSet<QString> m_groupsOnForm;
    QSet<QString> m_enemiesOnForms; // declared by items chosen or seen
};

} // namespace

Result<QByteArray> FormAssembler::newSeed()
{
    return crypto::Random::bytes(SeedSize);
}

Result<Form> FormAssembler::assemble(const banks::BankContent& content, QByteArrayView seed,
                                     const FormConstraints& constraints)
{
    if (seed.size() != SeedSize)
        return fail(ErrorCode::InvalidArgument, tr("A form seed has %1 bytes.").arg(SeedSize));
    SeededStream stream(seed);
    FormDraw draw(content, constraints, stream);
    for (const banks::Domain& domain : content.module.domains) {
        const auto inDomain = [&domain](const banks::Item& item) { return item.scored() && item.domain == domain.id; };
        int taken = 0;
        for (const banks::ActivityQuota& quota : domain.activities) {
            auto picked =
                draw.pick([&](const banks::Item& item) { return inDomain(item) && item.activity == quota.activity; },
                          quota.count, tr("key work activity “%1” of %2").arg(quota.activity, domain.title));
            if (!picked)
                return std::unexpected(picked.error());
            taken += quota.count;
        }
        const QString what = domain.activities.isEmpty()
                                 ? domain.title
                                 : tr("%1 (besides its key work activity quotas)").arg(domain.title);
        if (auto picked = draw.pick(inDomain, domain.count - taken, what); !picked)
            return std::unexpected(picked.error());
    }
    if (auto pilots = draw.pick([](const banks::Item& item) { return item.pilot(); }, content.module.pilotCount,
                                tr("the pilot set"));
        !pilots)
        return std::unexpected(pilots.error());
    if (constraints.withoutPictureReading)
        if (auto replaced = draw.replacePictureReading(content.module.domains); !replaced)
            return std::unexpected(replaced.error());
    QList<const banks::Item*> chosen = draw.chosen();
    stream.shuffle(chosen); // pilot items end up anywhere among the scored ones

    Form form;
    for (const banks::Item* item : chosen) {
        const banks::ItemBody& body = item->body.reveal();
        QList<int> movable;
        for (int i = 0; i < body.options.size(); ++i)
            if (!body.fixedPositions.contains(i))
                movable.append(i);
        QList<int> shuffled = movable;
        stream.shuffle(shuffled);
        QList<int> order(body.options.size());
        for (int i = 0, next = 0; i < body.options.size(); ++i)
            order[i] = body.fixedPositions.contains(i) ? i : shuffled[next++];
        form.items.append(FormItem{item->id, order, constraints.seenItems.contains(item->id)});
    }
    return form;
}

} // namespace exam::session
