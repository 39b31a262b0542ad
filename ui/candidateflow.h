#pragma once

#include "error.h"
#include "results/scorereport.h"
#include "welcomescreen.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace exam::banks {
struct BankContent;
}
namespace exam::session {
class SessionEngine;
}

namespace exam::ui {

class BreakScreen;
class ItemScreen;
class KioskWindow;
class MessageScreen;
class PracticeScreen;
class ReviewScreen;
class ScoreReportView;
class Speech;
class SubmitScreen;

// The candidate's side of one module, screen by screen, driven by the session engine's state:
// welcome and identity → instructions and practice → waiting for the proctor → items, review and
// submit → score report → a break before the next module or "please call your proctor". The candidate's
// own break (an accommodation) hides the items behind the break screen. Paused,
// interrupted (after a crash) and storage problems each get their own plain-words screen. Ticks the
// engine every second so warnings and the automatic submit happen on any screen.
class CandidateFlow : public QObject
{
    Q_OBJECT
public:
    using ReportProvider = std::function<Result<results::ScoreReport>(qint64 sessionId)>;

    // What the proctor is asked to do from the candidate's screen (after signing in).
    enum class ProctorAction { Start, Resume, NextModule, EndSitting, LeaveKiosk };
    Q_ENUM(ProctorAction)

    struct Module
    {
        session::SessionEngine* engine = nullptr;
        const banks::BankContent* content = nullptr;
        WelcomeScreen::Details details;
        QString nextModuleTitle;  // empty on the last module of the sitting
        Speech* speech = nullptr; // set when the candidate has read-aloud (an accommodation)
    };

    explicit CandidateFlow(KioskWindow* window, QObject* parent = nullptr);
    ~CandidateFlow() override;

    void setReportProvider(ReportProvider provider) { m_reports = std::move(provider); }
    void showModule(const Module& module);
    // Shows the screen the engine's state calls for; called on every change.
    void sync();
    // While a proctor screen (sign-in, set-up, the panel) is up, the flow changes no screen: the
    // proctor's keys must never reach the candidate's items; and the candidate's clock stands still
    // (SessionEngine::holdClock). Giving the screen back shows what the state calls for.
    // `proctorCame` (when giving the screen back): a proctor signed in, so the time the items were hidden
    // is not charged; a sign-in nobody completed is charged.
    void setProctorScreenShown(bool shown, bool proctorCame = true);
    QWidget* currentScreen() const;
    // Where the candidate is before the clock starts and after the module ends (the room console shows it).
    bool onWelcome() const { return m_place == CandidatePlace::Welcome; }
    bool onPractice() const { return m_place == CandidatePlace::Practice; }
    bool onReport() const { return m_place == CandidatePlace::Report; }

    ItemScreen* itemScreen();
    MessageScreen* messageScreen();

Q_SIGNALS:
    // The candidate closed the score report: the app may set up the next module or lock the station.
    void moduleFinished(qint64 sessionId);
    // The candidate needs the proctor (not the right person, a problem). Never carries secrets.
    void proctorCalled(const QString& reason);
    // The proctor pressed the action offered on the current screen.
    void proctorActionRequested(exam::ui::CandidateFlow::ProctorAction action);

protected:
    // A new language while a message is shown: the message is shown again in it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class CandidatePlace { Welcome, Practice, Items, Review, Submit, Report, Finished, NotMe };

    void build();
    void showMessage(const QString& heading, const QString& explanation,
                     std::optional<ProctorAction> action = std::nullopt);
    void showReport();
    void tick();
    void showTimeWarning(int minutesLeft);

    KioskWindow* m_window;
    Module m_module;
    QPointer<session::SessionEngine> m_engine; // the module's engine, until it is gone
    ReportProvider m_reports;
    CandidatePlace m_place = CandidatePlace::Welcome;
    std::optional<ProctorAction> m_offered;
    bool m_proctorScreen = false;
    bool m_movedInWaiting = false; // a module moved here, not resumed yet: the candidate checks who they are
    QTimer* m_ticker;
    QTimer* m_bannerTimer;
    WelcomeScreen* m_welcome = nullptr;
    PracticeScreen* m_practice = nullptr;
    ItemScreen* m_items = nullptr;
    ReviewScreen* m_review = nullptr;
    SubmitScreen* m_submit = nullptr;
    ScoreReportView* m_report = nullptr;
    MessageScreen* m_message = nullptr;
    BreakScreen* m_break = nullptr;
};

} // namespace exam::ui
