#pragma once

#include <QString>

namespace exam::session {

// The life of one module's session (DESIGN.md, "Sessions"). Scoring, queueing and delivery follow in
// the results layer.
enum class SessionState {
    Created,         // set up by a proctor; the candidate has not started the welcome steps
    AwaitingProctor, // the candidate is ready; a proctor starts the clock
    InProgress,
    Paused,
    Submitted,
    TimedOut,
    Voided,
};

QString stateName(SessionState state); // stable, stored in the database
bool stateFromName(const QString& name, SessionState* state);
bool isFinished(SessionState state);

// Accommodations that change the session's time. Others (read-aloud, large print) live in the UI.
struct Accommodations
{
    int timeFactorPercent = 100; // 100, 125, 150 or 200; 0 = untimed
};

} // namespace exam::session
