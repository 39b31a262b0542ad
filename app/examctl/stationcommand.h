#pragma once
// What every examctl command shares: the --data-dir option, the station it names opened for the
// command (database brought up to date, audit log, settings), and examctl's messages.

#include "command.h"

#include "session/auditlog.h"
#include "station/stationpaths.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "util/clock.h"

#include <memory>

namespace examctl {

using namespace exam::cli; // Ok, Refused, Usage… and statusFor

// examctl's messages, all in one translation context.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("examctl", text, disambiguation, n);
}

// For a looked-up result: not there is 66, a too-short or ambiguous id is wrong use, the rest internal.
int findStatus(exam::ErrorCode code);

// The station's database and what every command reads it through.
struct Station
{
    exam::SystemClock clock;
    std::unique_ptr<exam::storage::Database> database;
    std::unique_ptr<exam::session::AuditLog> audit;
    std::unique_ptr<exam::StationSettings> settings;
};

class StationCommand : public exam::cli::Command
{
public:
    enum class Opening {
        ExistingStation, // the station must be there (every command but two)
        NewStation,      // station init makes it
        Nothing,         // check opens what it finds itself
    };

    StationCommand(const QString& name, const QString& synopsis, const QString& summary, const QString& description,
                   Opening opening = Opening::ExistingStation);

protected:
    exam::StationPaths paths() const;
    Station& station() { return m_station; }
    // An audit entry for what the command did. A failure is said (the action itself is done) and
    // returned as the status to end with.
    std::optional<int> audit(const QString& event, const QString& subject, const QString& detail,
                             const QString& actor = QStringLiteral("station"));
    // Indented JSON on standard output.
    static void outJson(const QJsonValue& value);
    // Opens the station as `opening` says (a command with more to open calls it first).
    std::optional<int> open() override;

private:
    QCommandLineOption m_dataDir;
    Opening m_opening;
    Station m_station;
};

} // namespace examctl
