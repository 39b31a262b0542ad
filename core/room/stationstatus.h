#pragma once

#include "error.h"
#include "session/sessionstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace exam::room {

// Where a station stands, as the room console shows it on the station's tile. The first states come
// before a module's clock starts, the last after it; Offline is the console's own word for a station
// it has not heard from.
enum class StationPhase {
    Ready,          // no sitting: the station waits for the next candidate
    IdentityCheck,  // the candidate confirms who they are
    Practice,       // the practice item and the tour of the screen
    AwaitingStart,  // the candidate pressed "ready": a proctor starts the module
    Running,        // the module's clock runs
    Paused,         // a proctor paused it
    OnBreak,        // the candidate's own break (an accommodation)
    Interrupted,    // the kiosk restarted in the middle of the module: a proctor resumes it
    StorageProblem, // nothing can be saved: the candidate cannot go on
    Submitted,      // the module ended (submitted, timed out or voided), the next one not begun
    ReportShown,    // the sitting is over and its score report is on the screen
    Offline,        // the console has not heard from the station for RoomTimings::SilentMs
};

QString phaseName(StationPhase phase); // stable: what goes over the wire
bool phaseFromName(const QString& name, StationPhase* phase);

// How soon the console calls something out. The station sends its status on every change and at least
// every HeartbeatMs; a station silent for SilentMs is offline.
struct RoomTimings
{
    static constexpr int HeartbeatMs = 1'000;
    static constexpr int SilentMs = 5'000;
    static constexpr int ReconnectMs = 1'000;      // a station tries its console again this often
    static constexpr int RefusedRedialMs = 30'000; // and this often after the console refused it
    // Either side drops a connection it has not heard on for this long (a cable pulled, a machine
    // frozen): the console then shows the station offline, and nothing sent meanwhile arrives later.
    static constexpr int LinkSilentMs = 3'500;
    static constexpr int PingMs = 1'000;        // the console's sign of life to its stations
    static constexpr int ActionFreshMs = 2'000; // a station refuses an action older than this
    // The frames a station and its console exchange; either refuses another version, saying so.
    static constexpr int ProtocolVersion = 3;       // 3: session ids, take-over and moved-away (issue 26)
    static constexpr int ReplicaLagAlertMs = 2'000; // the console calls out a replica this far behind
};

// One station's status: what it sends, and what the console keeps of it. Holds no item content, no
// answer, no PIN: the candidate's name and id, the module's name and counts.
struct StationStatus
{
    QString station; // the station's name (its site and label, as examctl station init set them)
    StationPhase phase = StationPhase::Ready;
    QString candidateId;
    QString candidateName;
    qint64 sessionId = 0; // the module's session at the station (its replica's); 0 between sittings
    QString module;       // the module's code and title: "CPT-SAF Safety"
    int moduleNumber = 0; // 1-based within the sitting; 0 between sittings
    int moduleCount = 0;
    int answered = 0;
    int items = 0;
    int flagged = 0;
    bool timed = false;
    qint64 remainingMs = 0;    // while timed
    qint64 currentBreakMs = 0; // while on a break
    session::Accommodations accommodations;
    // The kiosk process: a new bootId is a restart; `recoveredFromCrash` when it found a module it
    // had been in the middle of (the previous run did not end it).
    QString bootId;
    QDateTime startedAt;
    bool recoveredFromCrash = false;
    // Counted since the kiosk started: the console alerts when one goes up.
    int pinLockouts = 0;
    int leaveRefusals = 0;
    QString storageProblem; // what the station says about its disk, while phase is StorageProblem
    // How far the console's copy of the module's replica is behind (issue 26): steps not acknowledged,
    // and for how long (whole seconds) the console has not caught up.
    int replicaBehind = 0;
    qint64 replicaLagMs = 0;

    QJsonObject toJson() const;
    // Strict: a field missing, of a wrong type or out of range is refused, naming the field.
    static Result<StationStatus> fromJson(const QJsonObject& json);
    bool operator==(const StationStatus&) const = default;
};

} // namespace exam::room
