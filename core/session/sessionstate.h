#pragma once

#include <QString>
#include <QStringList>

namespace exam::session {

// The life of one module's session (core/DESIGN.md, "Sessions"). Scoring, queueing and delivery follow in
// the results layer.
enum class SessionState {
    Created,         // set up by a proctor; the candidate has not started the welcome steps
    AwaitingProctor, // the candidate is ready; a proctor starts the clock
    InProgress,
    Paused,
    OnBreak, // the candidate's own break (an accommodation): the clock stops, the items are hidden
    Submitted,
    TimedOut,
    Voided,
};

QString stateName(SessionState state); // stable, stored in the database
bool stateFromName(const QString& name, SessionState* state);
bool isFinished(SessionState state);

// What the proctor sets up for a candidate (A1–A6, A8). The time factor is the engine's; the others the
// kiosk applies from the candidate's first screen (the candidate may change size and colours later).
// All are stored with the sitting and carried in each result record.
struct Accommodations
{
    int timeFactorPercent = 100; // 100, 125, 150 or 200; 0 = untimed
    bool readAloud = false;      // the item's read-aloud control shown and ready
    bool screenReader = false;   // the station starts Orca for the sitting, in the module's language (A5)
    int textSizePercent = 100;   // 100–300
    QString colourScheme = QStringLiteral("standard"); // one of colourSchemes()
    QString language;                                  // "" = the bank's language, else one of languages()
    bool breaks = false;                               // the candidate may take breaks that stop the clock (A6)
    QString note; // the proctor's words ("reader present"), at most NoteLimit characters

    static constexpr int NoteLimit = 300;
    static Accommodations withTimeFactor(int percent)
    {
        Accommodations a;
        a.timeFactorPercent = percent;
        return a;
    }
    // The kiosk's colour schemes by their stored names (ui::ColourScheme::key).
    static QStringList colourSchemes();
    // The languages the kiosk's interface can be set to for a candidate.
    static QStringList languages() { return {QStringLiteral("en"), QStringLiteral("es")}; }
    // Anything other than standard time, size, colours and no note.
    bool any() const;
    bool operator==(const Accommodations&) const = default;
};

} // namespace exam::session
