#pragma once

#include "stationstatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <optional>

namespace exam {
class Clock;
}

namespace exam::room {

// What the console calls out to the proctor, loudly, with its time.
enum class AlertKind {
    Silent,            // a station not heard from for RoomTimings::SilentMs
    BackOnline,        // a silent station is heard again
    CrashRestart,      // a kiosk restarted in the middle of a module (it waits for a proctor)
    StorageProblem,    // a station cannot save
    LongBreak,         // a candidate's break past the centre's limit
    PinLockout,        // wrong PINs locked a proctor account out at the station
    LeaveRefused,      // someone tried to leave the kiosk and was refused
    ModuleEnded,       // a module was submitted, timed out or voided
    FiveMinutesLeft,   // a running module reached its last five minutes
    ActionRefused,     // the station refused a proctor's action (with why)
    ActionUndelivered, // an action could not reach the station: it is not applied later
    ReplicaBehind,     // the console's copy of a station's answers is more than 2 s behind (issue 26)
};

struct RoomAlert
{
    QDateTime at; // wall clock, for the list
    QByteArray stationPin;
    QString stationName;
    AlertKind kind = AlertKind::Silent;
    QString text; // in words, translated: "Station 4 has not been heard from for 6 s"
};

// The outcome of the last action the console sent a station.
struct ActionOutcome
{
    enum class State { Sent, Applied, Refused, Undelivered };
    QString action; // in words: "Pause"
    QString proctor;
    State state = State::Sent;
    QString why; // for Refused and Undelivered
    QDateTime at;
};

// One paired station as the console sees it.
struct StationEntry
{
    QByteArray pin;                      // SHA-256 of the station's public key: who it is
    QString name;                        // as accepted at pairing (a station cannot rename itself on the console)
    std::optional<StationStatus> status; // the last one received
    bool online = false;
    qint64 lastHeardMs = -1; // on the console's monotonic clock; -1 never
    std::optional<ActionOutcome> lastAction;
    // The last action was refused or did not arrive, a short while ago (RoomModel::ActionAttentionMs):
    // the proctor should look. Afterwards the tile still says so, without asking for the proctor.
    bool actionNeedsLook = false;
    qint64 actionOutcomeMs = 0; // on the console's monotonic clock

    // The phase to show: Offline while silent.
    StationPhase shownPhase() const;
};

// The room as the console knows it: its paired stations with their last status and the alerts raised
// from what they tell (or stop telling). No widgets, no network: the console's server feeds it, its
// window shows it, and a test can drive it with a test clock.
class RoomModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultBreakLimitMinutes = 15;
    static constexpr qint64 ActionAttentionMs = 60'000;
    static constexpr int AlertsKept = 500; // a day of a busy room; older ones are in the stations' logs

    explicit RoomModel(const Clock& clock, QObject* parent = nullptr);

    void setBreakLimitMinutes(int minutes) { m_breakLimitMinutes = minutes; }
    int breakLimitMinutes() const { return m_breakLimitMinutes; }

    void addStation(const QByteArray& pin, const QString& name);
    void removeStation(const QByteArray& pin);
    void statusReceived(const QByteArray& pin, const StationStatus& status);
    // The station's connection closed: it is offline at once (a station still connected but silent
    // for RoomTimings::SilentMs is found by tick()).
    void disconnected(const QByteArray& pin, const QString& why = {});
    void actionSent(const QByteArray& pin, const ActionOutcome& outcome);
    void actionAnswered(const QByteArray& pin, bool applied, const QString& why);
    void actionUndelivered(const QByteArray& pin, const QString& why);
    // Call about once a second: finds stations gone silent, and lets old refusals rest.
    void tick();

    // Sorted by what needs the proctor first (needRank), then by name.
    QList<StationEntry> stations() const;
    std::optional<StationEntry> station(const QByteArray& pin) const;
    // Newest first.
    QList<RoomAlert> alerts() const { return m_alerts; }
    // How long since the station was last heard from, in ms (-1: never).
    qint64 silenceMs(const StationEntry& entry) const;

    // Lower comes first: a station that needs the proctor now (offline, storage, interrupted, waiting
    // to start, a refused action), then one to watch (break, paused, little time left), then the rest.
    static int needRank(const StationEntry& entry);

Q_SIGNALS:
    void changed();
    void alertRaised(const exam::room::RoomAlert& alert);

private:
    StationEntry* find(const QByteArray& pin);
    void raise(const StationEntry& entry, AlertKind kind, const QString& text);
    void compare(const StationEntry& entry, const std::optional<StationStatus>& before, const StationStatus& now);

    const Clock& m_clock;
    QList<StationEntry> m_stations;
    QList<RoomAlert> m_alerts;
    int m_breakLimitMinutes = DefaultBreakLimitMinutes;
};

} // namespace exam::room
