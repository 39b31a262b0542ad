#pragma once

#include "room/roomaction.h"
#include "room/roommodel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace exam::ui {

// The room console's words for what a station tells: its state, its clock, its accommodations, when it
// was last heard and how the last action went. One place, so a tile, its accessible text and the tests
// say the same thing, and the proctor never has to read a colour.
class StationText
{
    Q_DECLARE_TR_FUNCTIONS(exam::ui::StationText)

public:
    // "Waiting to start", "On a break", "Offline"… For an Offline station never heard from: "Not
    // connected yet" (nothing was lost: it has not been switched on).
    static QString phase(room::StationPhase phase, bool everHeard = true);
    // "Needs you" (RoomModel::needRank 0 or 1), "Watch" (2), or empty.
    static QString need(int rank);
    // 83 s → "01:23"; minutes go past 59 rather than adding hours ("95:00"), as a proctor reads it.
    static QString clock(qint64 ms);
    // "150 % time", "breaks", "read-aloud", "screen reader", "text 200 %", "Yellow on black",
    // "language: Español", and the proctor's note in quotes; empty for standard accommodations.
    static QStringList accommodations(const session::Accommodations& accommodations);
    // "Heard 3 s ago", "Heard 2 min ago", "Never heard from".
    static QString heard(qint64 silenceMs);
    // "Pause: applied", "Void module: refused: the module had ended"…
    static QString outcome(const room::ActionOutcome& outcome);
    // The action's name on its button and in its dialog: "Start module", "Extend time"…
    static QString actionName(room::ActionKind kind);
    // "module 2 of 3" when the sitting has more than one, else empty.
    static QString moduleOf(const room::StationStatus& status);

    // Everything a station's tile says, line by line (an empty line is not shown).
    struct Lines
    {
        QString need;           // "Needs you", "Watch" or empty
        QString name;           // the station
        QString state;          // in words
        QString detail;         // what the state needs said: the disk's problem, a crash, the last state before silence
        QString candidate;      // "Ana Pérez · C-1043"
        QString module;         // "CPT-SAF Safety · module 2 of 3"
        QString progress;       // "12 of 40 answered, 3 flagged"
        QString time;           // "23:15 left", "Untimed", "Break 04:12, past the 15 min limit · 23:15 left"
        QString accommodations; // "150 % time · breaks"
        QString heard;          // "Heard 3 s ago"
        QString action;         // "Last action: Pause: applied"

        // The lines after the name and state, in order: the tile's accessible description.
        QStringList details() const;
    };
    static Lines lines(const room::StationEntry& entry, qint64 silenceMs, int breakLimitMinutes);
};

} // namespace exam::ui
