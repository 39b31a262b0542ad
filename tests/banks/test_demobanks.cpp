// Quality gates for the demo banks the build made (build/demo-banks): real files, opened the way a
// station opens them, held to the blueprints of itembanks/DOMAIN.md.
#include "banks/bankcatalogue.h"
#include "banks/bankreader.h"
#include "banks/richtext.h"
#include "crypto/keyfiles.h"
#include "demobanks.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
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
        CHECK(bank.content.items.size() >= 80);
        CHECK(bank.content.items.size() <= 101);
        CHECK(bank.content.items.size() == settings.formLength); // each demo bank holds exactly one form

        QMap<QString, int> scoredPerDomain;
        int pilots = 0;
        QMap<int, int> keys;
        QSet<QString> stems;
        for (const Item& item : bank.content.items) {
            const ItemBody& body = item.body.reveal();
            INFO(item.id.toStdString());
            item.scored ? ++scoredPerDomain[item.domain] : ++pilots;
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
        for (const Domain& domain : settings.domains)
            CHECK(scoredPerDomain.value(domain.id) == domain.count);
        CHECK(pilots == settings.pilotCount);
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
        CHECK(es.scored == en.scored);
        CHECK(es.body.reveal().key == en.body.reveal().key);
        translated += es.body.reveal().stem != en.body.reveal().stem;
    }
    CHECK(translated == english.items.size());
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
