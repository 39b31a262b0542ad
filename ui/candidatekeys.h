#pragma once

class QKeyEvent;

namespace exam::ui {

// A key a candidate pressed, read the same way on the practice screen and the item screen (README,
// "Candidate keys"). The screens take keys in keyPressEvent, never as QShortcuts: Qt runs a shortcut
// before its accessibility bridge lets a screen reader see the key, so Orca's own commands (Insert+F,
// Caps Lock+B, learn mode) would flag and choose. A key event reaches a screen only after Orca let it
// through.
struct CandidateKey
{
    enum class Action {
        None,
        Choose,     // A–E or 1–5
        Strike,     // Shift+A–E
        Flag,       // F
        Next,       // N
        Previous,   // P
        Review,     // R
        Clear,      // Delete
        LineReader, // L
        LineUp,     // Alt+Up
        LineDown,   // Alt+Down
        TimeLeft,   // T
        ReadAloud,  // S
    };
    Action action = Action::None;
    int option = -1; // Choose and Strike: the displayed option, 0 = A

    // None for keys that are not the candidate's, for other modifiers, and for a held key's repeats (a
    // held F does not flag and unflag in turn). `optionCount` options can be chosen.
    static CandidateKey read(const QKeyEvent& event, int optionCount);
};

} // namespace exam::ui
