#pragma once
// The kiosk's composition: the station's core objects and the screens, and the steps between them
// (station ready → proctor signs in → sitting set-up → the candidate's modules → end of sitting).

#include "banks/bankcatalogue.h"
#include "candidateflow.h"
#include "proctorpanel.h"
#include "delivery/uploader.h"
#include "demostation.h"
#include "results/resultrecorder.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "station/stationpaths.h"

#include <QMap>
#include <QKeySequence>
#include <QObject>

#include <functional>

class QTimer;

#include <memory>
#include <optional>

namespace exam::ui {
class KioskWindow;
class MessageScreen;
class ProctorPanel;
class ProctorSignInScreen;
class SittingSetupScreen;
class Speech;
} // namespace exam::ui

namespace exam::kiosk {

class KioskController : public QObject
{
    Q_OBJECT
public:
    // The panel closes itself after this long without a key or a click.
    static constexpr int PanelIdleMs = 60'000;

    // `bankKeys` is empty on a station that has no centre key yet: it can show, not run, sittings.
    KioskController(storage::Database& database, const StationPaths& paths, const Clock& clock,
                    banks::BankCatalogue& catalogue, std::optional<StationBankKeys> bankKeys,
                    ui::KioskWindow& window, QObject* parent = nullptr);
    ~KioskController() override;

    // Goes on with a sitting the station was in the middle of, or shows the station as ready.
    void start();
    // How long the panel stays open alone (PanelIdleMs unless a test shortens it).
    void setPanelIdleMs(int ms);
    // Where "Export results to a USB drive" looks for drives (RemovableDrives::writable() unless a test
    // gives folders).
    void setDriveFinder(std::function<QStringList()> finder) { m_drives = std::move(finder); }

Q_SIGNALS:
    // A proctor signed in to leave kiosk mode: the app releases the window and quits.
    void leaveAuthorized();

private:
    void showReady(const QString& problem = {});
    void askProctor(const QString& purpose, std::function<void(const session::ProctorAuthorization&)> then,
                    std::function<void()> cancelled);
    void setUpSitting(const session::ProctorAuthorization& proctor);
    ui::SittingSetupScreen* setupScreen();
    void openSession(qint64 sessionId);
    void onProctorAction(ui::CandidateFlow::ProctorAction action);
    void endSitting(const session::ProctorAuthorization& proctor);
    Result<const banks::BankContent*> content(const QString& bankId);
    void showProblem(const QString& heading, const Error& error);
    void leaveKioskMode();
    void openPanel();
    void showPanel();
    void refreshPanel();
    void closePanel();
    ui::MessageScreen* problemScreen();
    ui::ProctorPanel* panel();
    ui::ProctorSignInScreen* signInScreen();
    void confirmProctor(const QString& purpose, std::function<void()> then);
    template<typename Action>
    void panelAction(Action action, const QString& done);
    void returnToCandidate();
    void showProblemAgain();
    bool stationInitialised();
    // Opens the proctor panel (after the proctor signs in) from any screen: the station's chord
    // (examctl station set-panel-chord), Ctrl+Alt+Shift+P unless set.
    QKeySequence panelChord();
    void startDelivery();
    // Saves the display the candidate has now with the sitting (Appearance::changed).
    void keepCandidateDisplay();
    void uploadNow();
    void exportToDrive();
    QString siteCode();
    void setOutboxStatus(ui::ProctorPanel::Status& status);

    storage::Database& m_database;
    const StationPaths& m_paths;
    const Clock& m_clock;
    banks::BankCatalogue& m_catalogue;
    std::optional<StationBankKeys> m_bankKeys;
    ui::KioskWindow& m_window;
    session::AuditLog m_audit;
    session::ProctorAccounts m_accounts;
    std::optional<results::StationKey> m_stationKey;
    std::map<QString, banks::BankContent> m_contents; // opened banks, in memory only
    std::unique_ptr<session::SessionEngine> m_engine;
    std::unique_ptr<results::ResultRecorder> m_recorder;
    std::optional<qint64> m_sittingId;
    std::optional<qint64> m_appearanceSitting; // whose accommodations (or own display) the kiosk shows
    bool m_readAloud = false;                  // that candidate has read-aloud
    QString m_language;                        // that candidate's interface language; empty: each module's
    std::unique_ptr<ui::Speech> m_speech;      // the station's speech engine, once a candidate needed it
    ui::CandidateFlow* m_flow;
    ui::MessageScreen* m_station;
    ui::ProctorSignInScreen* m_signIn = nullptr; // made when first needed (signInScreen())
    ui::SittingSetupScreen* m_setup = nullptr; // made when first needed (setupScreen())
    ui::MessageScreen* m_problem = nullptr; // made when first needed (problemScreen())
    ui::ProctorPanel* m_panel = nullptr;    // made when first needed (panel())
    QTimer* m_panelIdle;
    std::optional<session::ProctorAuthorization> m_panelProctor; // while the panel is open
    std::unique_ptr<delivery::Uploader> m_uploader; // when the station has an intake to deliver to
    std::function<QStringList()> m_drives;
};

} // namespace exam::kiosk
