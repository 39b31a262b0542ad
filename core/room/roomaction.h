#pragma once

#include "error.h"
#include "stationstatus.h"

#include <QJsonObject>
#include <QString>

namespace exam::room {

// What a proctor at the console can ask of a station: the proctor panel's actions, and a message
// for the candidate's screen.
enum class ActionKind {
    Start,      // the module's clock, once the candidate pressed "ready"
    Pause,      // with a reason
    Resume,     // with a reason: after a pause, a crash or a candidate's break
    Extend,     // minutes added
    Void,       // with a reason
    EndSitting, // the module under way voided and the sitting closed
    Message,    // text shown on the candidate's screen
    // Issue 26: a spare station takes over the sitting of a dead one, from the console's replica (with a
    // reason); the dead one, back, is told its session went on elsewhere.
    TakeOver,
    MovedAway,
};

QString actionKindName(ActionKind kind); // stable: what goes over the wire
// A module is open at the station and not ended (from the identity check on).
bool moduleUnderWay(StationPhase phase);
bool actionKindFromName(const QString& name, ActionKind* kind);

// One action as the proctor confirmed it. The console adds who (the signed-in proctor) and a sequence
// number when it sends it; the station checks both.
struct RoomAction
{
    static constexpr int ReasonLimit = 300;
    static constexpr int MessageLimit = 500;
    static constexpr int MaxExtendMinutes = 240;
    static constexpr int StationLimit = 200;

    ActionKind kind = ActionKind::Start;
    QString reason;      // Pause, Resume, Void, EndSitting: required, as at the station's panel
    int minutes = 0;     // Extend: 1–MaxExtendMinutes
    QString message;     // Message
    QJsonObject sitting; // TakeOver: the session as the replica tells it (session::ReplicaSnapshot)
    qint64 session = 0;  // MovedAway: the session at the station that moved
    QString station;     // TakeOver: the station it comes from; MovedAway: the station it went on at

    // Whether the action makes sense for a station in `phase` (the console offers it only then; the
    // station decides for itself when it arrives).
    static bool fits(ActionKind kind, StationPhase phase);
    // Why the action is not complete (a void without a reason…), or empty.
    QString problem() const;
};

// The action on the wire: the action, the proctor's login, and the console's sequence number for the
// station (each one higher than the last the station applied or refused; anything else is a replay).
struct ActionFrame
{
    qint64 sequence = 0;
    QString proctor; // login at the console
    RoomAction action;
    // When the console sent it, on the console's monotonic clock (ms): a station applies an action only
    // while it is fresh (RoomTimings::ActionFreshMs), so one held up in the network or a stalled
    // station is refused, never applied later by surprise.
    qint64 sentAtMs = 0;

    QJsonObject toJson() const;
    static Result<ActionFrame> fromJson(const QJsonObject& json);
};

// The station's answer to one action.
struct ActionAnswer
{
    qint64 sequence = 0;
    bool applied = false;
    QString why; // when refused: in words, in the station's language

    QJsonObject toJson() const;
    static Result<ActionAnswer> fromJson(const QJsonObject& json);
};

} // namespace exam::room
