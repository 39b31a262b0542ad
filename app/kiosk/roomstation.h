#pragma once
// The station's side of the room console (issue 25): when the station joined a room (examctl room
// join), the link to the console runs beside the candidate's screens. It tells the console where the
// station stands, on every change and every second, and applies the console's actions through the
// same engine calls as the proctor panel, each in the audit log with the console proctor's login, and
// answers applied or refused (with why). Without a room, or with the console away, nothing changes at
// the station and the candidate sees nothing of it.

#include "room/roomlink.h"
#include "room/stationpairing.h"
#include "session/replicajournal.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace exam {
class Clock;
class StationPaths;
namespace storage {
class Database;
}
namespace session {
class AuditLog;
}
namespace ui {
class CandidateFlow;
class KioskWindow;
} // namespace ui
} // namespace exam

namespace exam::kiosk {

class SittingController;

class RoomStation : public QObject
{
    Q_OBJECT
public:
    RoomStation(storage::Database& database, session::AuditLog& audit, const Clock& clock, const StationPaths& paths,
                SittingController& sitting, ui::CandidateFlow& flow, ui::KioskWindow& window,
                QObject* parent = nullptr);
    ~RoomStation() override;

    // Starts the link when the station is in a room; says why not in the log when it cannot.
    void start();
    bool inRoom() const { return m_link != nullptr; }

    // Events the console calls out.
    void countLockout();
    void countLeaveRefusal();

private:
    void followPairing();
    room::StationStatus currentStatus() const;
    room::StationPhase currentPhase() const;
    void refresh();
    void apply(const room::ReceivedAction& action);
    Result<void> perform(const room::ReceivedAction& action);
    void auditRefusal(const QString& detail);
    // The proof the console keeps of what this station confirmed (issue 26).
    Result<room::ReplicaProof> signReplicaHead(qint64 sessionId, qint64 sequence, const QByteArray& head);

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    const StationPaths& m_paths;
    SittingController& m_sitting;
    ui::CandidateFlow& m_flow;
    ui::KioskWindow& m_window;
    room::StationPairing m_pairing;
    session::ReplicaJournal m_replica; // read only: the engine writes it
    std::unique_ptr<room::RoomLink> m_link;
    QTimer m_refresh;
    QTimer m_watch;
    QString m_pairingProblem; // said once in the log, not every few seconds
    QString m_stationName;
    QString m_stationId; // read when first needed
    QString m_module;    // "CPT-SAF Safety", as the panel shows it
    QString m_bootId;
    QDateTime m_startedAt;
    bool m_recoveredFromCrash = false;
    bool m_sawFirstModule = false;
    int m_lockouts = 0;
    int m_leaveRefusals = 0;
};

} // namespace exam::kiosk
