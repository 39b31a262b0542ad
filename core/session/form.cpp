#include "form.h"

#include "crypto/random.h"
#include "crypto/sha256.h"

#include <QtEndian>

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

} // namespace

Result<QByteArray> FormAssembler::newSeed()
{
    return crypto::Random::bytes(SeedSize);
}

Result<Form> FormAssembler::assemble(const banks::BankContent& content, QByteArrayView seed)
{
    if (seed.size() != SeedSize)
        return fail(ErrorCode::InvalidArgument, tr("A form seed has %1 bytes.").arg(SeedSize));
    SeededStream stream(seed);
    QList<const banks::Item*> chosen;
    const auto pick = [&](auto matches, int count, const QString& what) -> Result<void> {
        QList<const banks::Item*> pool;
        for (const banks::Item& item : content.items)
            if (matches(item))
                pool.append(&item);
        if (pool.size() < count)
            return fail(ErrorCode::InvalidArgument, tr("The bank cannot fill the form: %1 needs %2 items and has %3.")
                                                        .arg(what)
                                                        .arg(count)
                                                        .arg(pool.size()));
        stream.shuffle(pool);
        chosen.append(pool.mid(0, count));
        return {};
    };
    for (const banks::Domain& domain : content.module.domains) {
        auto picked = pick([&domain](const banks::Item& item) { return item.scored && item.domain == domain.id; },
                           domain.count, domain.title);
        if (!picked)
            return std::unexpected(picked.error());
    }
    auto pilots =
        pick([](const banks::Item& item) { return !item.scored; }, content.module.pilotCount, tr("the pilot set"));
    if (!pilots)
        return std::unexpected(pilots.error());
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
        form.items.append(FormItem{item->id, order});
    }
    return form;
}

} // namespace exam::session
