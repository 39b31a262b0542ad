#include "candidateflow.h"

#include "breakscreen.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "messagescreen.h"
#include "practicescreen.h"
#include "reviewscreen.h"
#include "scorereportview.h"
#include "session/sessionengine.h"
#include "submitscreen.h"

#include <QEvent>
#include <QTimer>

namespace exam::ui {

using session::SessionState;

CandidateFlow::CandidateFlow(KioskWindow* window, QObject* parent)
    : QObject(parent), m_window(window), m_ticker(new QTimer(this)), m_bannerTimer(new QTimer(this))
{
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(60'000);
    connect(m_bannerTimer, &QTimer::timeout, this, [this] { m_window->setBanner({}); });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &CandidateFlow::tick);
}

void CandidateFlow::build()
{
    // Made when the first candidate comes, not at start-up: the station's first screen shows sooner
    // (about a quarter of the start-up work was these screens).
    if (m_items)
        return;
    m_welcome = new WelcomeScreen;
    m_practice = new PracticeScreen;
    m_items = new ItemScreen;
    m_review = new ReviewScreen;
    m_submit = new SubmitScreen;
    m_report = new ScoreReportView;
    m_message = new MessageScreen;
    m_break = new BreakScreen;
    // The window owns the screens; they are added once and shown one at a time.
    for (QWidget* screen :
         {static_cast<QWidget*>(m_welcome), static_cast<QWidget*>(m_practice), static_cast<QWidget*>(m_items),
          static_cast<QWidget*>(m_review), static_cast<QWidget*>(m_submit), static_cast<QWidget*>(m_report),
          static_cast<QWidget*>(m_message), static_cast<QWidget*>(m_break)})
        m_window->addScreen(screen);

    connect(m_welcome, &WelcomeScreen::confirmed, this, [this] {
        m_place = CandidatePlace::Practice;
        m_practice->reset();
        sync();
    });
    connect(m_welcome, &WelcomeScreen::notMe, this, [this] {
        m_place = CandidatePlace::NotMe;
        Q_EMIT proctorCalled(tr("The candidate says the name or module shown is not theirs."));
        sync();
    });
    connect(m_practice, &PracticeScreen::ready, this, [this] {
        if (m_engine->state() == SessionState::Created) {
            if (auto ready = m_engine->candidateReady(); !ready) {
                m_practice->setProblem(ready.error().message); // the candidate can press again
                return;
            }
        }
        m_place = CandidatePlace::Items;
        sync();
    });
    connect(m_items, &ItemScreen::reviewRequested, this, [this] {
        m_place = CandidatePlace::Review;
        sync();
        m_review->focusCurrentItem(); // the arrow keys move on the grid at once, from where the candidate was
    });
    connect(m_review, &ReviewScreen::itemRequested, this, [this](int position) {
        if (auto moved = m_engine->moveTo(position); !moved)
            return; // the engine's state change (paused, storage) shows its own screen
        m_place = CandidatePlace::Items;
        sync();
    });
    connect(m_review, &ReviewScreen::backRequested, this, [this] {
        m_place = CandidatePlace::Items;
        sync();
    });
    connect(m_review, &ReviewScreen::submitRequested, this, [this] {
        m_place = CandidatePlace::Submit;
        m_submit->refresh();
        sync();
    });
    connect(m_submit, &SubmitScreen::backRequested, this, [this] {
        m_place = CandidatePlace::Review;
        sync();
        m_review->focusCurrentItem();
    });
    connect(m_submit, &SubmitScreen::submitted, this, &CandidateFlow::sync);
    connect(m_report, &ScoreReportView::done, this, [this] {
        m_place = CandidatePlace::Finished;
        sync();
        Q_EMIT moduleFinished(m_engine->sessionId());
    });
    connect(m_message, &MessageScreen::actionRequested, this, [this] {
        if (m_offered)
            Q_EMIT proctorActionRequested(*m_offered);
    });
    m_message->installEventFilter(this);
}

ItemScreen* CandidateFlow::itemScreen()
{
    build();
    return m_items;
}

MessageScreen* CandidateFlow::messageScreen()
{
    build();
    return m_message;
}

bool CandidateFlow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_message && watched == m_message && event->type() == QEvent::LanguageChange && currentScreen() == m_message)
        QMetaObject::invokeMethod(this, &CandidateFlow::sync, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

CandidateFlow::~CandidateFlow() = default;

void CandidateFlow::showModule(const Module& module)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    build();
    m_module = module;
    m_engine = module.engine;
    if (m_engine && m_proctorScreen)
        m_engine->holdClock();
    m_welcome->setDetails(module.details);
    m_movedInWaiting = !module.details.movedFrom.isEmpty();
    m_practice->setBreaks(module.details.breaks);
    m_items->setSession(module.engine, module.content);
    m_items->setReadAloud(module.speech != nullptr, module.speech);
    m_review->setSession(module.engine);
    m_submit->setSession(module.engine);
    m_break->setSession(module.engine);
    connect(module.engine, &session::SessionEngine::changed, this, &CandidateFlow::sync);
    connect(module.engine, &session::SessionEngine::storageProblemChanged, this, &CandidateFlow::sync);
    connect(module.engine, &session::SessionEngine::timedOut, this, &CandidateFlow::sync);
    connect(module.engine, &session::SessionEngine::timeWarning, this, &CandidateFlow::showTimeWarning);
    m_window->setBanner({});
    // Where the candidate stands follows from the saved state: a restarted kiosk resumes on the items.
    switch (module.engine->state()) {
    case SessionState::Created: m_place = CandidatePlace::Welcome; break;
    case SessionState::AwaitingProctor:
    case SessionState::InProgress:
    case SessionState::Paused:
    case SessionState::OnBreak: m_place = CandidatePlace::Items; break;
    default: m_place = CandidatePlace::Report; break;
    }
    m_ticker->start();
    sync();
}

QWidget* CandidateFlow::currentScreen() const
{
    return m_window->currentScreen();
}

void CandidateFlow::showMessage(const QString& heading, const QString& explanation, std::optional<ProctorAction> action)
{
    m_message->setMessage(heading, explanation);
    m_offered = action;
    QString label;
    if (action) {
        switch (*action) {
        case ProctorAction::Start: label = tr("Proctor: start the module"); break;
        case ProctorAction::Resume: label = tr("Proctor: resume"); break;
        case ProctorAction::NextModule: label = tr("Proctor: go on to the next module"); break;
        case ProctorAction::EndSitting: label = tr("Proctor: end the sitting"); break;
        case ProctorAction::LeaveKiosk: label = tr("Proctor: leave kiosk mode"); break;
        }
    }
    m_message->setAction(label);
    m_window->showScreen(m_message);
}

void CandidateFlow::setProctorScreenShown(bool shown, bool proctorCame)
{
    m_proctorScreen = shown;
    // The items are hidden meanwhile: the candidate's clock stands still, as in a pause, when a proctor
    // came to the station.
    if (m_engine)
        shown ? m_engine->holdClock() : m_engine->releaseClock(!proctorCame);
    if (!shown)
        sync();
}

void CandidateFlow::sync()
{
    session::SessionEngine* engine = m_engine;
    if (!engine || m_proctorScreen)
        return;
    if (engine->state() != SessionState::Paused)
        m_movedInWaiting = false;
    if (m_place == CandidatePlace::NotMe) {
        showMessage(tr("Please call your proctor"),
                    tr("Raise your hand or call the proctor, who will check the details with you. Nothing has "
                       "started yet."),
                    ProctorAction::EndSitting);
        return;
    }
    if (engine->storageProblem()) {
        showMessage(tr("Storage problem: please call the proctor"),
                    tr("The station could not save your last action. Everything you saved before is safe. This "
                       "screen goes away by itself as soon as saving works again."),
                    ProctorAction::LeaveKiosk);
        return;
    }
    switch (engine->state()) {
    case SessionState::Created:
        m_window->showScreen(m_place == CandidatePlace::Practice ? static_cast<QWidget*>(m_practice) : m_welcome);
        return;
    case SessionState::AwaitingProctor:
        showMessage(tr("You are ready"), tr("Your proctor will now start the module. The clock starts then."),
                    ProctorAction::Start);
        return;
    case SessionState::Paused:
        if (m_movedInWaiting) {
            const WelcomeScreen::Details& details = m_module.details;
            showMessage(tr("Your module goes on at this station"),
                        tr("The station you were on stopped working. Please check that this is you: %1, candidate "
                           "ID %2. If it is not, tell the proctor.\n\nYour answers so far are here and the clock is "
                           "stopped. The proctor resumes the module when you are ready.")
                            .arg(details.candidateName, details.candidateId),
                        ProctorAction::Resume);
            return;
        }
        showMessage(tr("Paused by the proctor"),
                    tr("Your answers are saved and the clock is stopped. The module goes on when the proctor resumes "
                       "it."),
                    ProctorAction::Resume);
        return;
    case SessionState::OnBreak:
    case SessionState::InProgress:
        if (engine->interrupted()) {
            showMessage(tr("Session interrupted: proctor required"),
                        tr("The station stopped unexpectedly. Your answers are saved, and the time lost is not "
                           "counted. Please call the proctor to continue."),
                        ProctorAction::Resume);
            return;
        }
        if (engine->state() == SessionState::OnBreak) {
            if (currentScreen() != m_break) {
                m_break->setTimeHidden(m_items->timeHidden());
                m_break->refresh();
            }
            m_window->showScreen(m_break);
            return;
        }
        if (m_place == CandidatePlace::Review) {
            m_review->refresh();
            m_window->showScreen(m_review);
        } else if (m_place == CandidatePlace::Submit) {
            m_submit->refreshTime();
            m_window->showScreen(m_submit);
        } else {
            m_place = CandidatePlace::Items;
            m_items->refresh();
            m_window->showScreen(m_items);
        }
        return;
    case SessionState::Voided:
        m_ticker->stop();
        m_window->setBanner({});
        showMessage(tr("This module was ended by the proctor"),
                    tr("Please stay seated; the proctor will tell you what happens next."),
                    m_module.nextModuleTitle.isEmpty() ? ProctorAction::EndSitting : ProctorAction::NextModule);
        return;
    case SessionState::Submitted:
    case SessionState::TimedOut:
        m_ticker->stop();
        m_window->setBanner({});
        if (m_place == CandidatePlace::Finished) {
            if (m_module.nextModuleTitle.isEmpty())
                showMessage(tr("Please call your proctor"),
                            tr("You have finished. Thank you. Please stay seated until the proctor comes to you."),
                            ProctorAction::EndSitting);
            else
                showMessage(tr("Time for a break"),
                            tr("This module is finished. Next: %1. Your proctor starts it after the break.")
                                .arg(m_module.nextModuleTitle),
                            ProctorAction::NextModule);
            return;
        }
        showReport();
        return;
    }
}

void CandidateFlow::showReport()
{
    m_place = CandidatePlace::Report;
    const ProctorAction after =
        m_module.nextModuleTitle.isEmpty() ? ProctorAction::EndSitting : ProctorAction::NextModule;
    if (!m_reports) {
        showMessage(tr("Your answers are submitted"), tr("Please call your proctor."), after);
        return;
    }
    auto report = m_reports(m_engine->sessionId());
    if (!report) {
        showMessage(tr("Your answers are submitted"),
                    tr("They are saved and will be scored. The score report cannot be shown here (%1). Please call "
                       "your proctor.")
                        .arg(report.error().message),
                    after);
        return;
    }
    m_report->setReport(*report);
    m_window->showScreen(m_report);
}

void CandidateFlow::tick()
{
    if (!m_engine)
        return;
    (void)m_engine->tick(); // a failure shows through storageProblemChanged
    // The time on the screen being seen; the others are brought up to date as they are shown (a
    // screen reader hears about hidden labels changing every second otherwise).
    QWidget* shown = currentScreen();
    if (shown == m_items)
        m_items->refreshTime();
    else if (shown == m_review)
        m_review->refreshTime();
    else if (shown == m_submit)
        m_submit->refreshTime();
    else if (shown == m_break)
        m_break->refreshTime();
}

void CandidateFlow::showTimeWarning(int minutesLeft)
{
    // Above whatever screen the candidate is on, for a minute; the timer itself is never announced.
    m_window->setBanner(minutesLeft == 1 ? tr("1 minute left. Your answers are saved; at zero the module ends.")
                                         : tr("%1 minutes left.").arg(minutesLeft));
    m_bannerTimer->start();
}

} // namespace exam::ui
