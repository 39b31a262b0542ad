#pragma once
// The life of a sitting at the kiosk: the station's "ready" screen, a proctor setting a sitting up, each
// module opened for the candidate (the engine, the recorder, the candidate's display and language),
// the proctor's actions from the candidate's screens, the end of the sitting, and the problems met on
// the way, each on a screen that says what to do.

#include "candidateflow.h"
#include "results/resultrecorder.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>

namespace exam::banks {
class BankCatalogue;
}

namespace exam::ui {
class KioskWindow;
class MessageScreen;
class SittingSetupScreen;
class Speech;
} // namespace exam::ui

namespace exam::kiosk {

class CandidateDisplay;
class ProctorGate;

class SittingController : public QObject
{
    Q_OBJECT
public:
    // `bankKeys` is empty on a station that has no centre key yet: it can show, not run, sittings.
    SittingController(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                      const StationPaths& paths, banks::BankCatalogue& catalogue,
                      std::optional<StationBankKeys> bankKeys, ProctorGate& gate, CandidateDisplay& display,
                      ui::KioskWindow& window, ui::CandidateFlow& flow, QObject* parent = nullptr);
    ~SittingController() override;

    // Goes on with a sitting the station was in the middle of, or shows the station as ready.
    void start();
    // Back to where the candidate was after a proctor screen; the station screen between sittings.
    void returnToCandidate();
    // Voids the module under way and closes the sitting, in `proctor`'s name.
    void endSitting(const session::ProctorAuthorization& proctor);

Q_SIGNALS:
    // A module is open for the candidate (the proctor panel acts on it), or none is.
    void moduleOpened(exam::session::SessionEngine* engine, const QString& candidate, const QString& module);
    void moduleClosed();
    // A module ended and its result is recorded (and queued for delivery).
    void resultRecorded();
    // A proctor signed in to leave kiosk mode.
    void leaveAuthorized();

private:
    void showReady(const QString& problem = {});
    void setUpSitting(const session::ProctorAuthorization& proctor);
    void createSitting(const session::ProctorAuthorization& proctor, const QStringList& bankIds,
                       const QString& candidateId, const QString& candidateName,
                       const session::Accommodations& accommodations, const QString& overrideReason);
    void openSession(qint64 sessionId);
    void onProctorAction(ui::CandidateFlow::ProctorAction action);
    void leaveKioskMode();
    void showProblem(const QString& heading, const Error& error);
    void showProblemAgain();
    void closeModule();
    Result<const banks::BankContent*> content(const QString& bankId);
    Result<const results::StationKey*> stationKey();
    ui::Speech* speechFor(bool readAloud);
    ui::MessageScreen* problemScreen();
    ui::SittingSetupScreen* setupScreen();
    session::Sittings sittings();

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    const StationPaths& m_paths;
    banks::BankCatalogue& m_catalogue;
    std::optional<StationBankKeys> m_bankKeys;
    ProctorGate& m_gate;
    CandidateDisplay& m_display;
    ui::KioskWindow& m_window;
    ui::CandidateFlow& m_flow;
    std::optional<results::StationKey> m_stationKey;
    std::map<QString, banks::BankContent> m_contents; // opened banks, in memory only
    std::unique_ptr<session::SessionEngine> m_engine;
    std::unique_ptr<results::ResultRecorder> m_recorder;
    std::optional<qint64> m_sittingId;
    std::unique_ptr<ui::Speech> m_speech; // the station's speech engine, once a candidate needed it
    ui::MessageScreen* m_station;
    ui::MessageScreen* m_problem = nullptr;    // made when first needed
    ui::SittingSetupScreen* m_setup = nullptr; // made when first needed
};

} // namespace exam::kiosk
