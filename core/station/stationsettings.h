#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace exam::storage {
class Database;
}

namespace exam {

// Every setting a station keeps, by name. The settings table belongs to StationSettings alone.
enum class StationSetting {
    SiteCode,       // the test centre's site code (examctl station init); none on a demo station
    StationId,      // the id every result record of this station carries (made on first use)
    PanelChord,     // the chord that opens the proctor panel (PanelChord)
    IntakeUrl,      // delivery (DeliverySettingsStore): the intake's address,
    CaCertificates, // the CA certificates trusted for it,
    SpkiPin,        // its certificate's public-key pin,
    ReceiptKey,     // the key its receipts are signed with,
    BundleKey,      // and the registry's key for exported bundles
};

// The station's settings table: this class owns it, and callers ask by name, never by SQL. The
// typed rules of a setting (a chord's syntax, an intake's key) stay with its owner (PanelChord,
// DeliverySettingsStore); this class stores and reads the text.
class StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(exam::StationSettings)
public:
    explicit StationSettings(storage::Database& database) : m_database(database) { }

    // The stored text, or nothing when the setting was never written.
    Result<std::optional<QString>> value(StationSetting setting);
    Result<void> setValue(StationSetting setting, const QString& text);
    // Several settings at once: all written or none.
    Result<void> setValues(const QList<std::pair<StationSetting, QString>>& values);

    // The site code; empty on a station examctl never set up (the demo station).
    Result<QString> siteCode();
    // Whether examctl station init set this station up: from then on its keys must be there.
    Result<bool> initialised();
    // examctl station init: the site code, and a station id unless one was made already. Refused
    // (Conflict) on a station already set up.
    Result<void> initialise(const QString& siteCode);
    // This station's id; made and kept the first time it is asked for.
    Result<QString> stationId();

    // The setting's key in the table (for messages and tests).
    static QString keyName(StationSetting setting);

private:
    Result<void> write(StationSetting setting, const QString& text);

    storage::Database& m_database;
};

} // namespace exam
