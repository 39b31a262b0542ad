#pragma once

#include "error.h"
#include "results/credentials.h"
#include "session/sessionstate.h"
#include "session/sittings.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace exam::ui {

class LargeButton;

// The proctor sets up a sitting: the candidate (id and name as on the photo ID, and the check that
// the ID was seen; a candidate the station knows is found by id), the modules in the order they are taken, the
// accommodations (time, breaks, read-aloud, a screen reader, text size, colour scheme, language, a note), which apply
// from the candidate's first screen. The retake rule is shown for each chosen module as soon as the candidate id is
// known; a refused module needs the proctor's reason, which is logged.
class SittingSetupScreen : public QWidget
{
    Q_OBJECT
public:
    struct ModuleOption
    {
        QString bankId;
        QString moduleCode;
        QString title;
        QString language;
        int items = 0; // in the bank
    };
    struct Request
    {
        QString candidateId;
        QString candidateName;
        QStringList bankIds; // in the order they are taken
        QString overrideReason;
        session::Accommodations accommodations;
    };
    using EligibilityCheck =
        std::function<Result<results::Eligibility>(const QString& candidateId, const QString& moduleCode)>;
    using CandidateLookup = std::function<Result<std::optional<session::KnownCandidate>>(const QString& candidateId)>;

    explicit SittingSetupScreen(QWidget* parent = nullptr);
    ~SittingSetupScreen() override;

    void setModules(const QList<ModuleOption>& modules);
    void setEligibilityCheck(EligibilityCheck check) { m_eligibility = std::move(check); }
    // Finds a candidate the station has seen: the name is filled in and said, for the photo ID check.
    void setCandidateLookup(CandidateLookup lookup) { m_lookup = std::move(lookup); }
    QString candidateNote() const;
    // Orca cannot be started on this station: the box is off and says why (`whatIsMissing`, e.g. "Orca
    // is not installed…"); empty offers it.
    void setScreenReaderMissing(const QString& whatIsMissing);
    void reset();
    void showProblem(const QString& message);
    QString problem() const;
    QString rules() const;

Q_SIGNALS:
    void setUpRequested(const exam::ui::SittingSetupScreen::Request& request);
    void cancelled();

private:
    QString screenReaderHint() const;
    void updateRules();
    void lookUpCandidate();
    void submit();
    QList<ModuleOption> chosen() const;

    QList<ModuleOption> m_modules;
    EligibilityCheck m_eligibility;
    CandidateLookup m_lookup;
    QLineEdit* m_candidateId;
    QLineEdit* m_candidateName;
    QLabel* m_known;      // what the station knows of the candidate id entered
    QString m_filledName; // the name the look-up put in the name field, until the proctor changes it
    QCheckBox* m_photoIdChecked;
    QWidget* m_moduleList; // a check box per module
    QVBoxLayout* m_moduleChecks;
    QList<QCheckBox*> m_moduleBoxes;
    QLabel* m_rules;
    QLineEdit* m_overrideReason;
    QLabel* m_overrideLabel;
    QComboBox* m_time;
    QCheckBox* m_readAloud;
    QCheckBox* m_breaks;
    QCheckBox* m_screenReader;
    QLabel* m_screenReaderHint = nullptr;
    QString m_screenReaderMissing;
    QComboBox* m_textSize;
    QComboBox* m_colours;
    QComboBox* m_language;
    QLineEdit* m_note;
    QLabel* m_problem;
    LargeButton* m_start;
    LargeButton* m_cancel;
    bool m_refused = false;
};

} // namespace exam::ui
