#pragma once
// The candidate's display at the kiosk: colours, text size, the line reader and the read-aloud speed,
// and the interface language. Set from the sitting's accommodations when a candidate's first module
// opens (or from what the candidate chose, after a restart), kept with the sitting whenever the
// candidate changes it, and back to the standard display for the next candidate. The one place that
// maps the stored display (session::Sittings::Display) to the screens' (ui::Appearance) and back.

#include "session/sittings.h"

#include <QObject>

#include <optional>

namespace exam::ui {
class CandidateFlow;
}

namespace exam::kiosk {

class CandidateDisplay : public QObject
{
    Q_OBJECT
public:
    // `sittings` keeps the candidate's choices; `flow` shows them.
    CandidateDisplay(session::Sittings sittings, ui::CandidateFlow& flow, QObject* parent = nullptr);

    // The display of `opening`'s sitting, unless it is on the screen already (a candidate's own changes
    // stay from module to module). Returns whether a new candidate's display was set.
    bool showFor(const session::SessionOpening& opening);
    // The interface language for the module: the proctor's choice for the candidate, or the module's own
    // ("es-US" is Spanish); English where the kiosk has no translation.
    void applyLanguage(const QString& moduleLanguage);
    // The standard display in English: the proctor's, and the next candidate's start.
    void reset();
    bool readAloud() const { return m_readAloud; }

private:
    // The display the screens show now, as it is stored.
    session::Sittings::Display current() const;
    void show(const session::Sittings::Display& display);
    static session::Sittings::Display fromAccommodations(const session::Accommodations& accommodations);
    // Saves the display the candidate has now with the sitting.
    void keep();

    session::Sittings m_sittings;
    ui::CandidateFlow& m_flow;
    std::optional<qint64> m_sitting; // whose display is shown; unset while it is not the candidate's choice
    bool m_readAloud = false;        // that candidate has read-aloud
    QString m_language;              // that candidate's interface language; empty: each module's
};

} // namespace exam::kiosk
