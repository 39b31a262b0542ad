// Quality gates for the demo banks the build made (build/demo-banks): real files, opened the way a
// station opens them, held to the blueprints of itembanks/DOMAIN.md.
#include "banks/bankcatalogue.h"
#include "banks/bankreader.h"
#include "banks/richtext.h"
#include "crypto/keyfiles.h"
#include "demobanks.h"
#include "session/form.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace exam;
using namespace exam::banks;

namespace {

struct Expected
{
    QString code;
    int minutes;
    int pilots;
};

// Time limits and pilot counts from itembanks/DOMAIN.md (about 5 % pilot items); every pass mark is 75 %.
const QMap<QString, Expected>& expectations()
{
    static const QMap<QString, Expected> table{
        {QStringLiteral("mt1-s1"), {QStringLiteral("MT1-S1"), 90, 4}},
        {QStringLiteral("mt1-s2"), {QStringLiteral("MT1-S2"), 100, 5}},
        {QStringLiteral("mt1-s3"), {QStringLiteral("MT1-S3"), 90, 4}},
        {QStringLiteral("cpt-safety"), {QStringLiteral("CPT-SAF"), 90, 4}},
        {QStringLiteral("cpt-safety-es"), {QStringLiteral("CPT-SAF"), 90, 4}},
        {QStringLiteral("cpt-quality"), {QStringLiteral("CPT-QPM"), 90, 4}},
        {QStringLiteral("cpt-processes"), {QStringLiteral("CPT-MPP"), 90, 4}},
        {QStringLiteral("cpt-maintenance"), {QStringLiteral("CPT-MA"), 90, 4}},
        {QStringLiteral("cpt-green"), {QStringLiteral("CPT-GP"), 90, 4}},
        {QStringLiteral("cla"), {QStringLiteral("CLA"), 90, 4}},
        {QStringLiteral("clt"), {QStringLiteral("CLT"), 120, 4}},
    };
    return table;
}

int imageItems(const BankContent& content)
{
    int count = 0;
    for (const Item& item : content.items) {
        const ItemBody& body = item.body.reveal();
        bool image = !RichText::images(body.stem).isEmpty();
        for (const ItemOption& option : body.options)
            image = image || !option.image.isEmpty();
        count += image;
    }
    return count;
}

// The key is at least as long as every other option (ties count: they cue as much).
bool keyIsLongest(const ItemBody& body)
{
    const auto length = [](const ItemOption& option) {
        return option.image.isEmpty() ? RichText::toPlainText(option.text, RichText::Context::Option).size()
                                      : qsizetype(0);
    };
    for (int i = 0; i < body.options.size(); ++i)
        if (i != body.key && length(body.options[i]) > length(body.options[body.key]))
            return false;
    return length(body.options[body.key]) > 0;
}

} // namespace

TEST_CASE("Demo banks: every built bank opens and meets its blueprint", "[banks][demo]")
{
    REQUIRE_FALSE(test::builtDemoModules().isEmpty());
    for (const QString& module : test::builtDemoModules()) {
        INFO(module.toStdString());
        REQUIRE(expectations().contains(module));
        const Expected expected = expectations().value(module);
        const OpenedBank bank = test::openDemoBank(module);
        const ModuleSettings& settings = bank.content.module;
        CHECK(settings.code == expected.code);
        CHECK(settings.timeLimitMinutes == expected.minutes);
        CHECK(settings.passPercent == 75);
        CHECK(settings.pilotCount == expected.pilots);
        CHECK(settings.formLength >= 80);
        CHECK(settings.formLength <= 101);

        QMap<QString, int> scoredPerDomain;
        QMap<QString, QSet<QString>> groupsPerDomain;
        QMap<QString, int> perActivity;
        int pilots = 0;
        int keyLongest = 0;
        QMap<int, int> keys;
        QSet<QString> stems;
        for (const Item& item : bank.content.items) {
            const ItemBody& body = item.body.reveal();
            INFO(item.id.toStdString());
            CHECK_FALSE(item.activity.isEmpty());
            if (item.scored()) {
                ++scoredPerDomain[item.domain];
                ++perActivity[item.activity];
                groupsPerDomain[item.domain].insert(item.variantGroup.isEmpty() ? item.id : item.variantGroup);
            }
            pilots += item.pilot() ? 1 : 0;
            keyLongest += keyIsLongest(body) ? 1 : 0;
            CHECK(body.options.size() == 4);
            CHECK((body.key >= 0 && body.key < 4)); // exactly one key, among the options
            ++keys[body.key];
            const QString stem = RichText::toPlainText(body.stem).simplified().toCaseFolded();
            CHECK_FALSE(stems.contains(stem));
            stems.insert(stem);
            QSet<QString> options;
            for (const ItemOption& option : body.options) {
                options.insert(
                    option.image.isEmpty()
                        ? RichText::toPlainText(option.text, RichText::Context::Option).simplified().toCaseFolded()
                        : option.image);
                if (!option.image.isEmpty())
                    CHECK(option.alt.trimmed().size() >= 10);
            }
            CHECK(options.size() == 4);
            for (const RichText::Image& image : RichText::images(body.stem))
                CHECK(image.alt.trimmed().size() >= 10);
        }
        // Pools deep enough for a retake to meet new items: twice the form's count of live items in
        // every domain, in at least one and a half times as many variant groups; a pilot pool that
        // rotates; every key work activity of the programme covered.
        for (const Domain& domain : settings.domains) {
            INFO(domain.id.toStdString());
            CHECK(scoredPerDomain.value(domain.id) >= 2 * domain.count);
            CHECK(groupsPerDomain.value(domain.id).size() * 2 >= 3 * domain.count);
        }
        CHECK(pilots >= 2 * settings.pilotCount);
        CHECK_FALSE(settings.activities.isEmpty());
        for (const Activity& activity : settings.activities) {
            INFO("activity " << activity.id.toStdString());
            CHECK(perActivity.value(activity.id) >= 3);
        }
        // A test-wise candidate picks the longest option: it is the key in at most 30 % of the items
        // (by chance about 25 %).
        INFO("key is the longest option in " << keyLongest << " of " << bank.content.items.size());
        CHECK(keyLongest * 100 <= 30 * bank.content.items.size());
        // Keys spread over A-D: none is used for fewer than 15 % or more than 35 % of the items.
        for (int option = 0; option < 4; ++option) {
            INFO("option " << char('A' + option) << ": " << keys.value(option));
            CHECK(keys.value(option) * 100 >= 15 * bank.content.items.size());
            CHECK(keys.value(option) * 100 <= 35 * bank.content.items.size());
        }
        // Every drawing is well-formed SVG (or a PNG) that the kiosk's renderer can read.
        for (const MediaFile& file : bank.content.media) {
            INFO(file.name.toStdString());
            if (file.type == u"image/svg+xml") {
                QXmlStreamReader xml(file.data.reveal());
                while (!xml.atEnd())
                    xml.readNext();
                CHECK_FALSE(xml.hasError());
            }
        }
    }
}

namespace {

// The words of a stem as a candidate reads it, for spotting near copies.
QSet<QString> stemWords(const Item& item)
{
    QSet<QString> words;
    const QString plain = RichText::toPlainText(item.body.reveal().stem).toCaseFolded();
    for (const QString& word : plain.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts))
        if (word.size() >= 3)
            words.insert(word);
    return words;
}

struct DemoItem
{
    QString module;
    const Item* item;
    QSet<QString> words;
};

} // namespace

TEST_CASE("Demo banks: enemies are declared both ways, and no two stems are near copies unless enemies",
          "[banks][demo]")
{
    QList<BankContent> banks;
    for (const QString& module : test::builtDemoModules())
        if (module != u"cpt-safety-es") // the English bank, translated: its own test compares them
            banks.append(test::openDemoBank(module).content);
    QList<DemoItem> items;
    QHash<QString, const Item*> byId;
    for (const BankContent& bank : banks)
        for (const Item& item : bank.items) {
            CHECK_FALSE(byId.contains(item.id)); // ids unique across the demo banks
            byId.insert(item.id, &item);
            items.append({bank.module.code, &item, stemWords(item)});
        }
    for (const DemoItem& demo : items)
        for (const QString& enemy : demo.item->enemies) {
            INFO(demo.item->id.toStdString() << " names enemy " << enemy.toStdString());
            REQUIRE(byId.contains(enemy));
            CHECK(byId.value(enemy)->enemies.contains(demo.item->id));
        }
    // Near copies: at least 80 % of the words of the two stems shared (Jaccard), over stems of 8 or more
    // words, between items that are neither enemies nor variants of one another.
    QStringList nearCopies;
    for (qsizetype a = 0; a < items.size(); ++a) {
        if (items[a].words.size() < 8 || items[a].item->status == ItemStatus::Retired)
            continue;
        for (qsizetype b = a + 1; b < items.size(); ++b) {
            const Item& first = *items[a].item;
            const Item& second = *items[b].item;
            if (items[b].words.size() < 8 || second.status == ItemStatus::Retired || first.enemies.contains(second.id)
                || (!first.variantGroup.isEmpty() && first.variantGroup == second.variantGroup))
                continue;
            const qsizetype shared = QSet<QString>(items[a].words).intersect(items[b].words).size();
            const qsizetype all = QSet<QString>(items[a].words).unite(items[b].words).size();
            if (shared * 5 >= all * 4)
                nearCopies.append(first.id + QStringLiteral(" ~ ") + second.id);
        }
    }
    INFO(nearCopies.join(u'\n').toStdString());
    CHECK(nearCopies.isEmpty());
}

TEST_CASE("Demo banks: the alt text and read-aloud of an item read off a picture do not give its key", "[banks][demo]")
{
    int pictureItems = 0;
    for (const QString& module : test::builtDemoModules()) {
        const BankContent content = test::openDemoBank(module).content;
        for (const Item& item : content.items) {
            if (!item.pictureMeasured)
                continue;
            ++pictureItems;
            const ItemBody& body = item.body.reveal();
            const ItemOption& key = body.options[body.key];
            if (!key.image.isEmpty())
                continue; // the key is a picture: its alt text is the candidate's answer, not the item's
            const QString answer =
                RichText::toPlainText(key.text, RichText::Context::Option).simplified().toCaseFolded();
            QStringList told{body.readAloud};
            for (const RichText::Image& image : RichText::images(body.stem))
                told.append(image.alt);
            for (const ItemOption& option : body.options)
                told.append(option.alt);
            // The answer as a whole (not "3" inside "a 30 cm rule").
            const QRegularExpression said(
                QStringLiteral("(?<![\\w.])%1(?![\\w])").arg(QRegularExpression::escape(answer)));
            INFO(item.id.toStdString() << " key " << answer.toStdString());
            for (const QString& text : told)
                CHECK_FALSE(text.simplified().toCaseFolded().contains(said));
        }
    }
    CHECK(pictureItems >= 20);
}

TEST_CASE("Demo banks: image items where the blueprint needs pictures", "[banks][demo]")
{
    const QStringList modules = test::builtDemoModules();
    if (modules.contains(QStringLiteral("cpt-quality")))
        CHECK(imageItems(test::openDemoBank(QStringLiteral("cpt-quality")).content) >= 5);
    if (modules.contains(QStringLiteral("mt1-s1")) && modules.contains(QStringLiteral("mt1-s2")))
        CHECK(imageItems(test::openDemoBank(QStringLiteral("mt1-s1")).content)
                  + imageItems(test::openDemoBank(QStringLiteral("mt1-s2")).content)
              >= 15);
}

TEST_CASE("Demo banks: the Spanish CPT Safety bank is the English one, translated", "[banks][demo]")
{
    const QStringList modules = test::builtDemoModules();
    if (!modules.contains(QStringLiteral("cpt-safety-es")))
        return;
    const BankContent english = test::openDemoBank(QStringLiteral("cpt-safety")).content;
    const BankContent spanish = test::openDemoBank(QStringLiteral("cpt-safety-es")).content;
    CHECK(spanish.module.language == QStringLiteral("es"));
    REQUIRE(spanish.items.size() == english.items.size());
    int translated = 0;
    for (int i = 0; i < english.items.size(); ++i) {
        const Item& en = english.items[i];
        const Item& es = spanish.items[i];
        INFO(en.id.toStdString());
        CHECK(es.id == en.id);
        CHECK(es.domain == en.domain);
        CHECK(es.status == en.status);
        CHECK(es.activity == en.activity);
        CHECK(es.variantGroup == en.variantGroup);
        CHECK(es.enemies == en.enemies);
        CHECK(es.pictureMeasured == en.pictureMeasured);
        CHECK(es.body.reveal().key == en.body.reveal().key);
        translated += es.body.reveal().stem != en.body.reveal().stem;
    }
    CHECK(translated == english.items.size());
}

TEST_CASE("Demo banks: a retake after a fail meets at least 90 % new scored items, draw after draw",
          "[banks][demo][pools]")
{
    // A candidate's first form, then the retake form with everything on the first seen: 200 pairs of
    // seeds per module. The pool, not luck, must give at least 90 % new scored items on every retake.
    constexpr int Pairs = 200;
    for (const QString& module : test::builtDemoModules()) {
        INFO(module.toStdString());
        const BankContent content = test::openDemoBank(module).content;
        QSet<QString> scoredIds;
        for (const Item& item : content.items)
            if (item.scored())
                scoredIds.insert(item.id);
        double worst = 1.0;
        double sum = 0;
        for (int pair = 0; pair < Pairs; ++pair) {
            const QByteArray firstSeed = QCryptographicHash::hash(
                QByteArray(module.toUtf8() + QByteArray::number(pair)), QCryptographicHash::Sha256);
            auto first = session::FormAssembler::assemble(content, firstSeed);
            REQUIRE(first);
            session::FormConstraints retake;
            for (const session::FormItem& item : first->items) {
                retake.seenItems.insert(item.itemId);
                retake.exposures[item.itemId] += 1;
            }
            auto second = session::FormAssembler::assemble(
                content, QCryptographicHash::hash(firstSeed, QCryptographicHash::Sha256), retake);
            REQUIRE(second);
            int scored = 0;
            int fresh = 0;
            for (const session::FormItem& item : second->items) {
                if (!scoredIds.contains(item.itemId))
                    continue;
                ++scored;
                fresh += !item.seenBefore;
            }
            REQUIRE(scored > 0);
            const double share = double(fresh) / scored;
            worst = std::min(worst, share);
            sum += share;
        }
        INFO("mean " << sum / Pairs << ", worst " << worst);
        CHECK(worst >= 0.90);
    }
}

TEST_CASE("Demo banks: every bank carries its programme's rules, and the banks of a programme agree on them",
          "[banks][demo][rules]")
{
    QHash<QString, ModuleRules> byModule;
    QHash<QString, CredentialRule> byCredential;
    for (const QString& module : test::builtDemoModules()) {
        INFO(module.toStdString());
        const BankContent content = test::openDemoBank(module).content;
        REQUIRE(content.rules.has_value());
        const ModuleRules& rules = *content.rules;
        // The banks of one module (English, Spanish) wait and require alike.
        if (const auto other = byModule.constFind(content.module.code); other != byModule.cend()) {
            CHECK(other->retake == rules.retake);
            CHECK(other->prerequisites == rules.prerequisites);
        }
        byModule.insert(content.module.code, rules);
        // A credential is defined the same way by every bank that carries it (the title in the bank's language).
        for (const CredentialRule& credential : rules.credentials) {
            CHECK(credential.requiredModules.contains(content.module.code));
            if (const auto other = byCredential.constFind(credential.code); other != byCredential.cend()) {
                CHECK(other->requiredModules == credential.requiredModules);
                CHECK(other->validityYears == credential.validityYears);
                CHECK(other->requiredCredentials == credential.requiredCredentials);
            }
            byCredential.insert(credential.code, credential);
        }
    }
    // What DOMAIN.md states, now from the banks: the standard table, which banks without rules fall back on.
    const ProgrammeRules standard = ProgrammeRules::standard();
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it->retake == standard.retake(it.key()));
        CHECK(it->prerequisites == standard.prerequisites(it.key()));
    }
    for (const CredentialRule& expected : standard.credentials()) {
        INFO(expected.code.toStdString());
        REQUIRE(byCredential.contains(expected.code));
        const CredentialRule& carried = byCredential[expected.code];
        CHECK(carried.requiredModules == expected.requiredModules);
        CHECK(carried.validityYears == expected.validityYears);
        CHECK(carried.requiredCredentials == expected.requiredCredentials);
    }
}

TEST_CASE("Demo banks: all install into a fresh station, once", "[banks][demo]")
{
    QTemporaryDir dir;
    const StationPaths paths(dir.filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists());
    auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
    REQUIRE(database);
    test::TestClock clock;
    BankCatalogue catalogue(**database, paths.banksFolder(), clock);
    const QDir banks(QStringLiteral(EXAM_DEMO_BANKS_DIR));
    auto publisher = crypto::KeyFiles::readPublicKey(banks.filePath(QStringLiteral("demo-publisher.pub")),
                                                     crypto::KeyFiles::Algorithm::Ed25519);
    REQUIRE(publisher);
    const QList<PublisherKey> trusted{{QStringLiteral("Demo publisher"), *publisher}};
    for (int round = 0; round < 2; ++round) {
        for (const QString& module : test::builtDemoModules()) {
            auto center = crypto::KeyFiles::readPrivateKey(banks.filePath(QStringLiteral("demo-center.key")),
                                                           crypto::KeyFiles::Algorithm::X25519);
            REQUIRE(center);
            auto installed = catalogue.install(banks.filePath(module + QStringLiteral(".exambank")), trusted,
                                               BankKeys{std::move(*center), std::nullopt});
            INFO((installed ? QString() : installed.error().describe(module)).toStdString());
            REQUIRE(installed);
        }
    }
    CHECK(catalogue.installed()->size() == test::builtDemoModules().size());
}
