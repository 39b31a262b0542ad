#pragma once

#include "error.h"

#include <QString>

namespace exam::storage {
class Database;
}

namespace exam {

// The key chord that opens the proctor panel over the candidate's screen, kept in the station's
// settings in Qt's portable text ("Ctrl+Alt+Shift+P"). A centre changes it when the default clashes
// with something on its machines, or to keep it out of reach of candidates who read the manual.
// Accepted: one key (a letter, a digit or F1–F24) with at least two modifiers of which one is Ctrl,
// Alt or Meta — so no candidate presses it by typing or by an everyday shortcut — and not one the
// kiosk can never receive (Alt+F4, Ctrl+Alt+F1–F12).
class PanelChord
{
    Q_DECLARE_TR_FUNCTIONS(exam::PanelChord)
public:
    static QString defaultChord() { return QStringLiteral("Ctrl+Alt+Shift+P"); }

    // The chord in its canonical form (modifiers in Ctrl, Alt, Shift, Meta order), or why not.
    static Result<QString> normalize(const QString& text);
    // The station's chord; the default when none was set.
    static Result<QString> load(storage::Database& database);
    static Result<void> save(storage::Database& database, const QString& text);
};

} // namespace exam
