#include "roomstation.h"

#include "candidateflow.h"
#include "crypto/random.h"
#include "kioskwindow.h"
#include "room/roomauthority.h"
#include "room/roomidentity.h"
#include "session/auditlog.h"
#include "session/sessionengine.h"
#include "sittingcontroller.h"
#include "station/stationpaths.h"
#include "station/stationsettings.h"
#include "util/clock.h"

#include <QLoggingCategory>

namespace exam::kiosk {

namespace {

Q_LOGGING_CATEGORY(lcRoomStation, "exam.kiosk.room")

constexpr int RefreshMs = 250; // what the engine does not signal (the clock, the flow's screen)
constexpr int MessageShownMs = 2 * 60'000;
constexpr int WatchMs = 3'000;

qint64 roundedUpToSecond(qint64 ms)
{
    return (ms + 999) / 1000 * 1000;
}

} // namespace

RoomStation::RoomStation(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                         const StationPaths& paths, SittingController& sitting, ui::CandidateFlow& flow,
                         ui::KioskWindow& window, QObject* parent)
    : QObject(parent),
      m_database(database),
      m_audit(audit),
      m_clock(clock),
      m_paths(paths),
      m_sitting(sitting),
      m_flow(flow),
      m_window(window),
      m_pairing(database, audit),
      m_replica(database)
{
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &RoomStation::refresh);
    connect(&m_sitting, &SittingController::moduleOpened, this,
            [this](session::SessionEngine* engine, const QString&, const QString& module) {
                m_module = module;
                // The first module opened after the kiosk started, found interrupted: the kiosk before this one
                // ended in the middle of it (a crash, a power cut).
                if (!m_sawFirstModule && engine->interrupted())
                    m_recoveredFromCrash = true;
                m_sawFirstModule = true;
                connect(engine, &session::SessionEngine::changed, this, &RoomStation::refresh);
                // Every committed step to the console's replica (issue 26): it keeps the sitting if this
                // station dies. Queued: reading, signing and sending happen after the candidate's action
                // returned, never inside its save.
                connect(
                    engine, &session::SessionEngine::changed, this,
                    [this, sessionId = engine->sessionId()] {
                        if (m_link)
                            m_link->replicate(sessionId);
                    },
                    Qt::QueuedConnection);
                if (m_link)
                    m_link->replicate(engine->sessionId());
                connect(engine, &session::SessionEngine::storageProblemChanged, this, &RoomStation::refresh);
                refresh();
            });
    connect(&m_sitting, &SittingController::moduleClosed, this, &RoomStation::refresh);
}

RoomStation::~RoomStation() = default;

void RoomStation::start()
{
    auto boot = crypto::Random::bytes(8);
    m_bootId = boot ? QString::fromLatin1(boot->toHex()) : QString::number(m_clock.monotonic().count());
    m_startedAt = m_clock.utcNow();
    // examctl room join or leave while the kiosk runs: the link follows within WatchMs.
    m_watch.setInterval(WatchMs);
    connect(&m_watch, &QTimer::timeout, this, &RoomStation::followPairing);
    m_watch.start();
    followPairing();
}

void RoomStation::followPairing()
{
    auto pairing = m_pairing.load();
    if (!pairing) {
        if (pairing.error().message != m_pairingProblem)
            qCWarning(lcRoomStation) << "the room this station joined cannot be read:" << pairing.error().message;
        m_pairingProblem = pairing.error().message;
        return;
    }
    m_pairingProblem.clear();
    const auto same = [](const room::ConsolePairing& a, const room::ConsolePairing& b) {
        return a.pin == b.pin && a.host == b.host && a.port == b.port && a.stationName == b.stationName;
    };
    if (m_link && *pairing && same(m_link->pairing(), **pairing))
        return;
    if (m_link) {
        qCInfo(lcRoomStation) << "left room" << m_link->pairing().name;
        m_link.reset();
        m_refresh.stop();
    }
    if (!*pairing)
        return; // in no room: the station works alone, as it always could
    auto identity = room::RoomIdentity::open(m_paths.roomIdentityBase());
    if (!identity) {
        if (identity.error().message != m_pairingProblem)
            qCWarning(lcRoomStation) << "the station cannot show itself to its room console:"
                                     << identity.error().message;
        m_pairingProblem = identity.error().message;
        return;
    }
    m_stationName = (*pairing)->stationName;
    m_link =
        std::make_unique<room::RoomLink>(identity->tls(), **pairing, [this](const QByteArray& pin, qint64 sequence) {
            return m_pairing.claimSequence(pin, sequence);
        });
    connect(m_link.get(), &room::RoomLink::actionReceived, this, &RoomStation::apply);
    m_link->setReplicaReader([this](qint64 sessionId, qint64 after) { return m_replica.entries(sessionId, after); });
    m_link->setHeadSigner([this](qint64 sessionId, qint64 sequence, const QByteArray& head) {
        return signReplicaHead(sessionId, sequence, head);
    });
    if (const session::SessionEngine* engine = m_sitting.engine())
        m_link->replicate(engine->sessionId());
    connect(m_link.get(), &room::RoomLink::actionRejected, this, [this](qint64 sequence, const QString& why) {
        auditRefusal(QStringLiteral("action %1: %2").arg(sequence).arg(why));
    });
    m_link->setStatus(currentStatus());
    m_link->start();
    m_refresh.start();
    qCInfo(lcRoomStation) << "in room" << (*pairing)->name << "as" << m_stationName;
}

Result<room::ReplicaProof> RoomStation::signReplicaHead(qint64 sessionId, qint64 sequence, const QByteArray& head)
{
    auto key = m_sitting.stationKey();
    if (!key)
        return std::unexpected(key.error());
    if (m_stationId.isEmpty()) {
        auto id = StationSettings(m_database).stationId();
        if (!id)
            return std::unexpected(id.error());
        m_stationId = *id;
    }
    auto signature = (*key)->sign(session::ReplicaJournal::headStatement(m_stationId, sessionId, sequence, head));
    if (!signature)
        return std::unexpected(signature.error());
    return room::ReplicaProof{m_stationId, (*key)->publicKey(), *signature};
}

void RoomStation::countLockout()
{
    ++m_lockouts;
    refresh();
}

void RoomStation::countLeaveRefusal()
{
    ++m_leaveRefusals;
    refresh();
}

void RoomStation::refresh()
{
    if (m_link)
        m_link->setStatus(currentStatus());
}

room::StationPhase RoomStation::currentPhase() const
{
    using room::StationPhase;
    using session::SessionState;
    const session::SessionEngine* engine = m_sitting.engine();
    if (!engine)
        return StationPhase::Ready;
    if (engine->storageProblem())
        return StationPhase::StorageProblem;
    if (engine->interrupted())
        return StationPhase::Interrupted;
    switch (engine->state()) {
    case SessionState::Created: return m_flow.onPractice() ? StationPhase::Practice : StationPhase::IdentityCheck;
    case SessionState::AwaitingProctor: return StationPhase::AwaitingStart;
    case SessionState::InProgress: return StationPhase::Running;
    case SessionState::Paused: return StationPhase::Paused;
    case SessionState::OnBreak: return StationPhase::OnBreak;
    case SessionState::Submitted:
    case SessionState::TimedOut:
    case SessionState::Voided: return m_flow.onReport() ? StationPhase::ReportShown : StationPhase::Submitted;
    }
    return StationPhase::Ready;
}

room::StationStatus RoomStation::currentStatus() const
{
    room::StationStatus status;
    status.station = m_stationName;
    status.phase = currentPhase();
    status.bootId = m_bootId;
    status.startedAt = m_startedAt;
    status.recoveredFromCrash = m_recoveredFromCrash;
    status.pinLockouts = m_lockouts;
    status.leaveRefusals = m_leaveRefusals;
    const session::SessionEngine* engine = m_sitting.engine();
    const auto& opening = m_sitting.opening();
    if (!engine || !opening)
        return status;
    status.candidateId = opening->place.candidateId;
    status.candidateName = opening->place.candidateName;
    status.module = m_module;
    status.sessionId = engine->sessionId();
    if (m_link) {
        status.replicaBehind = int(std::min<qint64>(m_link->replicaBehind(status.sessionId), 1'000'000));
        // Whole seconds: the status goes out again when the figure changes, not every refresh.
        status.replicaLagMs = m_link->replicaLagMs(status.sessionId) / 1000 * 1000;
    }
    status.moduleNumber = opening->place.position + 1;
    status.moduleCount = opening->place.moduleCount;
    status.accommodations = opening->accommodations;
    status.items = engine->itemCount();
    status.answered = engine->answeredCount();
    for (int position = 0; position < engine->itemCount(); ++position)
        status.flagged += engine->response(position).flagged ? 1 : 0;
    status.timed = engine->timed();
    if (status.timed)
        status.remainingMs = roundedUpToSecond(std::max<qint64>(0, engine->remaining().count()));
    if (status.phase == room::StationPhase::OnBreak)
        status.currentBreakMs = engine->currentBreak().count() / 1000 * 1000;
    if (status.phase == room::StationPhase::StorageProblem)
        status.storageProblem = tr("Nothing can be saved on this station's disk.");
    return status;
}

void RoomStation::auditRefusal(const QString& detail)
{
    if (auto logged = m_audit.append(QStringLiteral("room"), QStringLiteral("room.action-refused"),
                                     QStringLiteral("station"), detail);
        !logged)
        qCWarning(lcRoomStation) << "a refused room action is not in the audit log:" << logged.error().message;
}

void RoomStation::apply(const room::ReceivedAction& received)
{
    const room::ActionFrame& frame = received.frame();
    const Result<void> done = perform(received);
    if (!done)
        auditRefusal(QStringLiteral("action %1, %2 by %3: %4")
                         .arg(frame.sequence)
                         .arg(room::actionKindName(frame.action.kind), frame.proctor, done.error().message));
    m_link->answer(room::ActionAnswer{frame.sequence, bool(done), done ? QString() : done.error().message});
    refresh();
}

Result<void> RoomStation::perform(const room::ReceivedAction& received)
{
    using room::ActionKind;
    const session::ProctorAuthorization proctor = room::RoomAuthority::forAction(received, m_clock.utcNow());
    const room::RoomAction& action = received.frame().action;
    if (action.kind == ActionKind::Message) {
        if (auto logged = m_audit.append(proctor.actor(), QStringLiteral("room.message"), QStringLiteral("station"),
                                         action.message.simplified());
            !logged)
            return logged;
        const QString shown = tr("Message from the proctor: %1").arg(action.message.simplified());
        m_window.setBanner(shown);
        QTimer::singleShot(MessageShownMs, this, [this, shown] {
            if (m_window.banner() == shown)
                m_window.setBanner(QString());
        });
        return {};
    }
    if (action.kind == ActionKind::TakeOver) {
        auto moved = session::ReplicaSnapshot::fromJson(action.sitting);
        if (!moved)
            return fail(moved.error().code,
                        tr("The sitting from the console cannot be read: %1").arg(moved.error().message));
        return m_sitting.takeOver(*moved, proctor, tr("from station %1: %2").arg(action.station, action.reason));
    }
    if (action.kind == ActionKind::MovedAway)
        return m_sitting.movedAway(action.session, proctor, action.station);
    session::SessionEngine* engine = m_sitting.engine();
    if (!engine)
        return fail(ErrorCode::NotAllowed, tr("No module is open at this station."));
    switch (action.kind) {
    case ActionKind::Start:
        if (engine->state() != session::SessionState::AwaitingProctor)
            return fail(ErrorCode::NotAllowed, tr("The candidate has not pressed \"ready\" yet."));
        return engine->start(proctor);
    case ActionKind::Pause: return engine->pause(proctor, action.reason);
    case ActionKind::Resume: return engine->resume(proctor, action.reason);
    case ActionKind::Extend: return engine->extend(proctor, action.minutes);
    case ActionKind::Void: return engine->voidSession(proctor, action.reason);
    case ActionKind::EndSitting:
        m_sitting.endSitting(proctor, action.reason);
        if (m_sitting.engine())
            return fail(ErrorCode::NotAllowed, tr("The sitting could not be ended: the station shows why."));
        return {};
    case ActionKind::Message:
    case ActionKind::TakeOver: // handled above
    case ActionKind::MovedAway: break;
    }
    return {};
}

} // namespace exam::kiosk
