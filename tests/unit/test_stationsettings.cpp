#include "station/stationschema.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

using namespace exam;

namespace {

struct SettingsDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> database;

    SettingsDatabase()
    {
        auto opened = storage::Database::open(dir.filePath(QStringLiteral("s.sqlite")), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
    }
};

} // namespace

TEST_CASE("Station settings: stored by name, read back, nothing until written", "[unit][station]")
{
    SettingsDatabase db;
    StationSettings settings(*db.database);
    auto absent = settings.value(StationSetting::IntakeUrl);
    REQUIRE(absent);
    CHECK_FALSE(absent->has_value());
    REQUIRE(settings.setValue(StationSetting::IntakeUrl, QStringLiteral("https://intake.example/")));
    REQUIRE(settings.setValue(StationSetting::IntakeUrl, QStringLiteral("https://other.example/"))); // replaced
    CHECK(**settings.value(StationSetting::IntakeUrl) == QStringLiteral("https://other.example/"));
    // A second object over the same database reads what the first wrote.
    CHECK(**StationSettings(*db.database).value(StationSetting::IntakeUrl) == QStringLiteral("https://other.example/"));
    // Every setting has a key of its own.
    QSet<QString> keys;
    for (const StationSetting setting :
         {StationSetting::SiteCode, StationSetting::StationId, StationSetting::PanelChord, StationSetting::IntakeUrl,
          StationSetting::CaCertificates, StationSetting::SpkiPin, StationSetting::ReceiptKey,
          StationSetting::BundleKey})
        keys.insert(StationSettings::keyName(setting));
    CHECK(keys.size() == 8);
}

TEST_CASE("Station settings: several are written together or not at all", "[unit][station]")
{
    SettingsDatabase db;
    StationSettings settings(*db.database);
    REQUIRE(settings.setValues(
        {{StationSetting::ReceiptKey, QStringLiteral("a")}, {StationSetting::BundleKey, QStringLiteral("b")}}));
    for (int failing = 0; failing < 6; ++failing) {
        INFO("the operation failing: " << failing);
        db.database->failAfter(failing);
        const auto written = settings.setValues({{StationSetting::ReceiptKey, QStringLiteral("new-a")},
                                                 {StationSetting::BundleKey, QStringLiteral("new-b")}});
        db.database->failAfter(-1);
        const QString a = **settings.value(StationSetting::ReceiptKey);
        const QString b = **settings.value(StationSetting::BundleKey);
        if (written) {
            CHECK(a == QStringLiteral("new-a"));
            CHECK(b == QStringLiteral("new-b"));
            REQUIRE(settings.setValues(
                {{StationSetting::ReceiptKey, QStringLiteral("a")}, {StationSetting::BundleKey, QStringLiteral("b")}}));
        } else {
            CHECK(a == QStringLiteral("a")); // neither half of a failed write
            CHECK(b == QStringLiteral("b"));
        }
    }
}

TEST_CASE("Station settings: a station is set up once, and its id is made once and kept", "[unit][station]")
{
    SettingsDatabase db;
    StationSettings settings(*db.database);
    CHECK(*settings.siteCode() == QString());
    CHECK_FALSE(*settings.initialised());
    // A demo station that recorded results before any set-up has an id already, and keeps it.
    auto id = settings.stationId();
    REQUIRE(id);
    CHECK_FALSE(QUuid::fromString(*id).isNull());
    CHECK(*settings.stationId() == *id);
    REQUIRE(settings.initialise(QStringLiteral("TC-0042")));
    CHECK(*settings.initialised());
    CHECK(*settings.siteCode() == QStringLiteral("TC-0042"));
    CHECK(*settings.stationId() == *id);
    auto again = settings.initialise(QStringLiteral("TC-9"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(again.error().message.contains(QStringLiteral("TC-0042")));
    CHECK(*settings.siteCode() == QStringLiteral("TC-0042"));
    // An empty site code (older builds wrote one when recording a demo result) is not a set-up.
    SettingsDatabase older;
    REQUIRE(StationSettings(*older.database).setValue(StationSetting::SiteCode, QString()));
    CHECK_FALSE(*StationSettings(*older.database).initialised());
    REQUIRE(StationSettings(*older.database).initialise(QStringLiteral("TC-1")));
}

TEST_CASE("Station settings: a failing database is reported, never taken for a missing setting", "[unit][station]")
{
    SettingsDatabase db;
    StationSettings settings(*db.database);
    REQUIRE(settings.initialise(QStringLiteral("TC-1")));
    db.database->failAfter(0);
    auto site = settings.siteCode();
    db.database->failAfter(-1);
    REQUIRE_FALSE(site);
    db.database->failAfter(0);
    auto initialised = settings.initialised();
    db.database->failAfter(-1);
    REQUIRE_FALSE(initialised);
}
