#include "station/panelchord.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace exam;

TEST_CASE("Panel chord: one key with two or more modifiers, written the canonical way", "[unit][station]")
{
    CHECK(*PanelChord::normalize(QStringLiteral("ctrl+alt+shift+k")) == QStringLiteral("Ctrl+Alt+Shift+K"));
    CHECK(*PanelChord::normalize(QStringLiteral("ctrl+shift+f9")) == QStringLiteral("Ctrl+Shift+F9"));
    CHECK(*PanelChord::normalize(QStringLiteral("ctrl+alt+f13")) == QStringLiteral("Ctrl+Alt+F13"));
    CHECK(*PanelChord::normalize(QStringLiteral("Shift+Ctrl+Alt+p")) == QStringLiteral("Ctrl+Alt+Shift+P"));
    CHECK(*PanelChord::normalize(QStringLiteral("Meta+Shift+7")) == QStringLiteral("Shift+Meta+7"));
    for (const char* refused : {"", "P", "Ctrl+P", "Shift+Alt", "Ctrl+Alt+Del", "Ctrl+Alt+F25", "Ctrl+Ctrl+P",
                                "Shift+Shift+P", "Ctrl+Hyper+P", "Ctrl+Alt+PP", "Shift+Q+P"}) {
        INFO(refused);
        auto result = PanelChord::normalize(QString::fromLatin1(refused));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QStringLiteral("Ctrl+Alt+Shift+K")));
    }
    // Chords the kiosk would never receive.
    for (const char* unreachable : {"Ctrl+Alt+F4", "Alt+Shift+F4", "Ctrl+Alt+F1", "Ctrl+Alt+Shift+F12"}) {
        INFO(unreachable);
        auto result = PanelChord::normalize(QString::fromLatin1(unreachable));
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QStringLiteral("never reaches the kiosk")));
    }
    CHECK(*PanelChord::normalize(PanelChord::defaultChord()) == PanelChord::defaultChord());
}

TEST_CASE("Panel chord: kept in the station's settings, the default until set", "[unit][station]")
{
    QTemporaryDir dir;
    auto database = storage::Database::open(dir.filePath(QStringLiteral("s.sqlite")), stationMigrations());
    REQUIRE(database);
    CHECK(*PanelChord::load(**database) == PanelChord::defaultChord());
    REQUIRE(PanelChord::save(**database, QStringLiteral("alt+ctrl+k")));
    CHECK(*PanelChord::load(**database) == QStringLiteral("Ctrl+Alt+K"));
    CHECK_FALSE(PanelChord::save(**database, QStringLiteral("F12")));
    CHECK(*PanelChord::load(**database) == QStringLiteral("Ctrl+Alt+K"));
}
