#include "panelcontroller.h"

#include "candidateflow.h"
#include "kioskwindow.h"
#include "proctorgate.h"
#include "proctorpanel.h"
#include "session/auditlog.h"
#include "session/sessionengine.h"
#include "stationdelivery.h"
#include "timerdisplay.h"

#include <QTimer>

namespace exam::kiosk {

PanelController::PanelController(ProctorGate& gate, StationDelivery& delivery, session::AuditLog& audit,
                                 ui::KioskWindow& window, ui::CandidateFlow& flow, QObject* parent)
    : QObject(parent),
      m_gate(gate),
      m_delivery(delivery),
      m_audit(audit),
      m_window(window),
      m_flow(flow),
      m_idle(new QTimer(this))
{
    // A panel left alone closes itself: a signed-in panel must not wait for the candidate.
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_proctor && m_window.currentScreen() == m_panel)
            close();
    });
    connect(&m_delivery, &StationDelivery::uploadFinished, this, &PanelController::onUploadFinished);
    connect(&m_delivery, &StationDelivery::outcome, this, [this](const QString& text) {
        if (m_panel)
            m_panel->showOutcome(text);
        if (m_window.currentScreen() == m_panel)
            refresh();
    });
}

void PanelController::setModule(session::SessionEngine* engine, const QString& candidate, const QString& module)
{
    m_engine = engine;
    m_candidate = candidate;
    m_module = module;
}

void PanelController::clearModule()
{
    setModule(nullptr, QString(), QString());
}

void PanelController::setIdleMs(int ms)
{
    m_idle->setInterval(ms);
}

ui::ProctorPanel* PanelController::panel()
{
    if (m_panel)
        return m_panel;
    m_panel = new ui::ProctorPanel;
    m_window.addScreen(m_panel);
    connect(m_panel, &ui::ProctorPanel::pauseRequested, this, [this](const QString& reason) {
        act([&](const auto& proctor) { return m_engine->pause(proctor, reason); }, tr("The module is paused."));
    });
    connect(m_panel, &ui::ProctorPanel::resumeRequested, this, [this](const QString& reason) {
        act([&](const auto& proctor) { return m_engine->resume(proctor, reason); }, tr("The module goes on."));
    });
    connect(m_panel, &ui::ProctorPanel::extendRequested, this, [this](int minutes) {
        act([&](const auto& proctor) { return m_engine->extend(proctor, minutes); },
            tr("%1 minutes added.").arg(minutes));
    });
    // What cannot be undone asks for the PIN again: the panel may have been left open.
    connect(m_panel, &ui::ProctorPanel::voidRequested, this, [this](const QString& reason) {
        confirm(tr("Sign in again to void the module."), [this, reason] {
            act([&](const auto& proctor) { return m_engine->voidSession(proctor, reason); },
                tr("The module is voided; its record says why."));
        });
    });
    connect(m_panel, &ui::ProctorPanel::endSittingRequested, this, [this] {
        confirm(tr("Sign in again to end the sitting."), [this] {
            const session::ProctorAuthorization proctor = *m_proctor;
            close();
            Q_EMIT endSittingRequested(proctor);
        });
    });
    connect(m_panel, &ui::ProctorPanel::leaveRequested, this, [this] {
        confirm(tr("Sign in again to leave kiosk mode."), [this] {
            if (auto logged = m_audit.append(m_proctor->actor(), QStringLiteral("kiosk.left"),
                                             QStringLiteral("station"), QString());
                !logged)
                // Leaving must stay possible (a full disk, a damaged log): the station log says it went unrecorded.
                qWarning("kiosk mode left by %s without an audit entry: %s", qPrintable(m_proctor->actor()),
                         qPrintable(logged.error().message));
            Q_EMIT leaveAuthorized();
        });
    });
    connect(m_panel, &ui::ProctorPanel::closed, this, &PanelController::close);
    connect(m_panel, &ui::ProctorPanel::uploadRequested, this, [this] {
        m_idle->start();
        if (m_proctor)
            m_delivery.uploadNow(m_proctor->actor());
    });
    connect(m_panel, &ui::ProctorPanel::exportRequested, this, [this] {
        m_idle->start();
        if (!m_proctor)
            return;
        m_delivery.exportToDrive(m_proctor->actor());
    });
    connect(m_panel, &ui::ProctorPanel::activity, m_idle, qOverload<>(&QTimer::start));
    return m_panel;
}

void PanelController::open()
{
    if (m_proctor || m_gate.isAsking())
        return; // already open, or a sign-in is under way
    m_gate.ask(
        tr("Sign in to open the proctor panel."),
        [this](const auto& proctor) {
            m_proctor = proctor;
            show();
        },
        [this] { Q_EMIT closed(); });
}

void PanelController::show()
{
    m_flow.setProctorScreenShown(true); // the candidate's screens stay out of the way meanwhile
    panel()->showOutcome({});
    refresh();
    m_window.showScreen(m_panel);
    m_idle->start();
}

void PanelController::confirm(const QString& purpose, std::function<void()> then)
{
    m_gate.ask(
        purpose,
        [this, then](const session::ProctorAuthorization& proctor) {
            m_proctor = proctor;
            show();
            then();
        },
        [this] { show(); }, /*keepLogin=*/true);
}

void PanelController::onUploadFinished()
{
    if (m_panel && m_window.currentScreen() == m_panel)
        refresh();
}

QString PanelController::stateInWords() const
{
    using session::SessionState;
    switch (m_engine->state()) {
    case SessionState::Created: return tr("not started yet");
    case SessionState::AwaitingProctor: return tr("ready, waiting to be started");
    case SessionState::InProgress:
        return m_engine->interrupted() ? tr("interrupted, waiting to be resumed") : tr("running");
    case SessionState::Paused: return tr("paused");
    case SessionState::OnBreak:
        return m_engine->interrupted() ? tr("interrupted during a break, waiting to be resumed")
                                       : tr("on a break (the clock is stopped; resume ends it)");
    case SessionState::Submitted: return tr("submitted");
    case SessionState::TimedOut: return tr("ended when the time ran out");
    case SessionState::Voided: return tr("voided");
    }
    return {};
}

void PanelController::refresh()
{
    ui::ProctorPanel::Status status;
    if (m_engine) {
        using session::SessionState;
        const SessionState state = m_engine->state();
        status.moduleOpen = true;
        status.running = state == SessionState::InProgress && !m_engine->interrupted();
        // Resume also ends the candidate's break and continues after a crash.
        status.paused = state == SessionState::Paused || state == SessionState::OnBreak
                        || (state == SessionState::InProgress && m_engine->interrupted());
        status.timed = m_engine->timed();
        status.answered = m_engine->answeredCount();
        status.items = m_engine->itemCount();
        status.timeLeft = ui::TimerDisplay::format(m_engine->remaining());
        status.state = stateInWords();
        status.candidate = m_candidate;
        status.module = m_module;
    }
    const StationDelivery::Summary outbox = m_delivery.summary();
    status.outbox = outbox.text;
    status.canUpload = outbox.canUpload;
    status.canExport = outbox.canExport;
    panel()->setStatus(status);
}

template<typename Action>
void PanelController::act(Action action, const QString& done)
{
    if (!m_engine || !m_proctor)
        return;
    m_idle->start();
    const Result<void> result = action(*m_proctor);
    refresh();
    if (result)
        panel()->clearReason(); // kept after a refusal, so the proctor can correct and try again
    panel()->showOutcome(result ? done : result.error().message);
}

void PanelController::close()
{
    m_idle->stop();
    m_proctor.reset();
    m_flow.setProctorScreenShown(false);
    Q_EMIT closed();
}

} // namespace exam::kiosk
