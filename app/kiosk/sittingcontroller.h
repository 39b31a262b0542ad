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
#include "session/replicajournal.h"
#include "session/replicasnapshot.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationpaths.h"

#include <QObject>

#include <memory>
#include <optional>

namespace exam::banks {
class BankCatalogue;
}

namespace exam::ui {
class KioskWindow;
class MessageScreen;
class Speech;
} // namespace exam::ui

namespace exam::kiosk {

class ScreenReader;

class BankContents;
class CandidateDisplay;
class ProctorGate;
class SetupController;

class SittingController : public QObject
{
    Q_OBJECT
public:
    SittingController(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                      const StationPaths& paths, BankContents& banks, SetupController& setup, ProctorGate& gate,
                      CandidateDisplay& display, ui::KioskWindow& window, ui::CandidateFlow& flow,
                      QObject* parent = nullptr);
    ~SittingController() override;

    // Goes on with a sitting the station was in the middle of, or shows the station as ready.
    void start();
    // Orca, for candidates whose accommodations include a screen reader; started when their module
    // opens and stopped when the station is ready for the next candidate.
    void setScreenReader(ScreenReader* screenReader);
    // Back to where the candidate was after a proctor screen; the station screen between sittings.
    void returnToCandidate();
    // Voids the module under way and closes the sitting, in `proctor`'s name (`reason`: why, when
    // it did not come from the station's own panel).
    void endSitting(const session::ProctorAuthorization& proctor, const QString& reason = {});
    // Issue 26, from the room console: a sitting moved here from a station that failed, opened paused for
    // the proctor (refused while this station has a sitting of its own); and a session of this station's
    // that went on at `spare` while it was away: closed here, nothing more recorded for it.
    Result<void> takeOver(const session::ReplicaSnapshot& moved, const session::ProctorAuthorization& proctor,
                          const QString& reason);
    Result<void> movedAway(qint64 sessionId, const session::ProctorAuthorization& proctor, const QString& spare);
    // The station's signing key: made on first use on a demo station, required on one set up with examctl.
    Result<const results::StationKey*> stationKey();
    // The module open for the candidate now, and how it was opened; none between sittings.
    session::SessionEngine* engine() const { return m_engine.get(); }
    const std::optional<session::SessionOpening>& opening() const { return m_opening; }

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
    void openSession(qint64 sessionId);
    void onProctorAction(ui::CandidateFlow::ProctorAction action);
    void leaveKioskMode();
    void showProblem(const QString& heading, const Error& error);
    void showProblemAgain();
    void closeModule();
    // The audit log's head signed with the station key (results::AuditSeal), at start-up and at the end
    // of each sitting.
    void sealAuditLog();
    ui::Speech* speechFor(bool readAloud);
    ui::MessageScreen* problemScreen();
    session::Sittings sittings();

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    const StationPaths& m_paths;
    BankContents& m_banks;
    SetupController& m_setup;
    ProctorGate& m_gate;
    CandidateDisplay& m_display;
    ui::KioskWindow& m_window;
    ui::CandidateFlow& m_flow;
    std::optional<results::StationKey> m_stationKey;
    std::unique_ptr<session::SessionEngine> m_engine;
    std::unique_ptr<results::ResultRecorder> m_recorder;
    session::ReplicaJournal m_journal;
    std::optional<qint64> m_sittingId;
    std::optional<session::SessionOpening> m_opening;
    std::unique_ptr<ui::Speech> m_speech; // the station's speech engine, once a candidate needed it
    ScreenReader* m_screenReader = nullptr;
    ui::MessageScreen* m_station;
    ui::MessageScreen* m_problem = nullptr; // made when first needed
};

} // namespace exam::kiosk
