#pragma once
// The proctor panel over the candidate's screens: opened by the station's chord after a proctor signs
// in, the open module's state and the outbox, pause, resume, extend, void, end the sitting, leave kiosk
// mode, deliver the results; closed after a minute alone. Irreversible actions ask for the PIN again.

#include "session/proctoraccounts.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace exam::session {
class AuditLog;
class SessionEngine;
} // namespace exam::session

namespace exam::ui {
class CandidateFlow;
class KioskWindow;
class ProctorPanel;
} // namespace exam::ui

namespace exam::kiosk {

class ProctorGate;
class StationDelivery;

class PanelController : public QObject
{
    Q_OBJECT
public:
    // The panel closes itself after this long without a key or a click.
    static constexpr int IdleMs = 60'000;

    PanelController(ProctorGate& gate, StationDelivery& delivery, session::AuditLog& audit, ui::KioskWindow& window,
                    ui::CandidateFlow& flow, QObject* parent = nullptr);

    // The module the panel acts on, described for the proctor; none between sittings.
    void setModule(session::SessionEngine* engine, const QString& candidate, const QString& module);
    void clearModule();
    // How long the panel stays open alone (IdleMs unless a test shortens it).
    void setIdleMs(int ms);

    // A proctor signs in, then the panel shows (from any screen, by the station's chord).
    void open();

Q_SIGNALS:
    // The proctor confirmed the end of the sitting (the panel is closed already).
    void endSittingRequested(const exam::session::ProctorAuthorization& proctor);
    // The proctor confirmed leaving kiosk mode (logged already).
    void leaveAuthorized();
    // The panel is gone: the candidate's screen comes back.
    void closed();

private:
    ui::ProctorPanel* panel();
    void show();
    void refresh();
    void close();
    void onUploadFinished();
    // Asks the PIN again, then shows the panel and runs `then`.
    void confirm(const QString& purpose, std::function<void()> then);
    template<typename Action>
    void act(Action action, const QString& done);
    QString stateInWords() const;

    ProctorGate& m_gate;
    StationDelivery& m_delivery;
    session::AuditLog& m_audit;
    ui::KioskWindow& m_window;
    ui::CandidateFlow& m_flow;
    ui::ProctorPanel* m_panel = nullptr; // made when first needed
    QTimer* m_idle;
    std::optional<session::ProctorAuthorization> m_proctor; // while the panel is open
    QPointer<session::SessionEngine> m_engine;
    QString m_candidate;
    QString m_module;
};

} // namespace exam::kiosk
