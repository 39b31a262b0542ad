#pragma once
// The kiosk's composition: the station's core objects and the screens, and the parts that run them,
// connected — the sitting's life (SittingController), the proctor's sign-in (ProctorGate), the proctor
// panel (PanelController), setting a sitting up (SetupController), the opened banks (BankContents),
// the results' delivery (StationDelivery) and the candidate's display (CandidateDisplay). This class
// builds and connects them, nothing more.

#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"
#include "station/storagereserve.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace exam::banks {
class BankCatalogue;
}
namespace exam::ui {
class CandidateFlow;
class KioskWindow;
} // namespace exam::ui

namespace exam::kiosk {

class ScreenReader;

class BankContents;
class CandidateDisplay;
class PanelController;
class ProctorGate;
class RoomStation;
class SetupController;
class SittingController;
class StationDelivery;

class KioskController : public QObject
{
    Q_OBJECT
public:
    // `bankKeys` is empty on a station that has no centre key yet: it can show, not run, sittings.
    KioskController(storage::Database& database, const StationPaths& paths, const Clock& clock,
                    banks::BankCatalogue& catalogue, std::optional<StationBankKeys> bankKeys, ui::KioskWindow& window,
                    QObject* parent = nullptr);
    ~KioskController() override;

    // Goes on with a sitting the station was in the middle of, or shows the station as ready.
    void start();
    // Orca for the candidates who have a screen reader (main.cpp sets its transcript on the demo station).
    ScreenReader& screenReader() { return *m_screenReader; }
    // Keeps room on the disk for a proctor (StorageReserve) when there is room for it: at the start,
    // every 30 s, and when called.
    void keepRoomForProctor();
    // How long the panel stays open alone (PanelController::IdleMs unless a test shortens it).
    void setPanelIdleMs(int ms);
    // Where "Export results to a USB drive" looks for drives (RemovableDrives::writable() unless a test
    // gives folders).
    void setDriveFinder(std::function<QStringList()> finder);
    // Something the kiosk's guard refused (ui::KioskGuard::refused): an attempt to close the window or
    // quit is called out on the room console.
    void guardRefused(const QString& what);

Q_SIGNALS:
    // A proctor signed in to leave kiosk mode: the app releases the window and quits.
    void leaveAuthorized();

private:
    // Opens the proctor panel (after the proctor signs in) from any screen: the station's chord
    // (examctl station set-panel-chord), Ctrl+Alt+Shift+P unless set.
    void installPanelChord(storage::Database& database, ui::KioskWindow& window);

    session::AuditLog m_audit;
    session::ProctorAccounts m_accounts;
    StorageReserve m_reserve;
    QTimer m_reserveTimer;
    bool m_reserveMissing = false; // said once in the log, not every time it is tried
    ui::CandidateFlow* m_flow;
    ProctorGate* m_gate;
    CandidateDisplay* m_display;
    StationDelivery* m_delivery;
    std::unique_ptr<BankContents> m_banks;
    PanelController* m_panel;
    SetupController* m_setup;
    SittingController* m_sitting;
    ScreenReader* m_screenReader;
    RoomStation* m_room;
};

} // namespace exam::kiosk
