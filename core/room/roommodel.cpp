#include "roommodel.h"

#include "util/clock.h"

#include <algorithm>

namespace exam::room {

namespace {

constexpr qint64 FiveMinutesMs = 5 * 60'000;

bool moduleEnded(StationPhase phase)
{
    return phase == StationPhase::Submitted || phase == StationPhase::ReportShown;
}

} // namespace

StationPhase StationEntry::shownPhase() const
{
    if (!online || !status)
        return StationPhase::Offline;
    return status->phase;
}

RoomModel::RoomModel(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) { }

void RoomModel::addStation(const QByteArray& pin, const QString& name)
{
    if (StationEntry* known = find(pin)) {
        known->name = name;
    } else {
        StationEntry entry;
        entry.pin = pin;
        entry.name = name;
        m_stations.append(entry);
    }
    Q_EMIT changed();
}

void RoomModel::removeStation(const QByteArray& pin)
{
    m_stations.removeIf([&pin](const StationEntry& entry) { return entry.pin == pin; });
    Q_EMIT changed();
}

void RoomModel::statusReceived(const QByteArray& pin, const StationStatus& status)
{
    StationEntry* entry = find(pin);
    if (!entry)
        return; // removed meanwhile: its connection is on its way out
    const bool wasOffline = !entry->online && entry->lastHeardMs >= 0;
    const std::optional<StationStatus> before = entry->status;
    entry->status = status;
    entry->online = true;
    entry->lastHeardMs = m_clock.monotonic().count();
    if (wasOffline)
        raise(*entry, AlertKind::BackOnline, tr("%1 is back.").arg(entry->name));
    compare(*entry, before, status);
    Q_EMIT changed();
}

void RoomModel::disconnected(const QByteArray& pin, const QString& why)
{
    StationEntry* entry = find(pin);
    if (!entry || !entry->online)
        return;
    entry->online = false;
    raise(*entry, AlertKind::Silent,
          why.isEmpty() ? tr("%1 is offline: its connection closed.").arg(entry->name)
                        : tr("%1 is offline: %2").arg(entry->name, why));
    Q_EMIT changed();
}

void RoomModel::actionSent(const QByteArray& pin, const ActionOutcome& outcome)
{
    if (StationEntry* entry = find(pin)) {
        entry->lastAction = outcome;
        entry->actionNeedsLook = false;
        Q_EMIT changed();
    }
}

void RoomModel::actionAnswered(const QByteArray& pin, bool applied, const QString& why)
{
    StationEntry* entry = find(pin);
    if (!entry || !entry->lastAction)
        return;
    entry->lastAction->state = applied ? ActionOutcome::State::Applied : ActionOutcome::State::Refused;
    entry->lastAction->why = why;
    entry->lastAction->at = m_clock.utcNow();
    entry->actionNeedsLook = !applied;
    entry->actionOutcomeMs = m_clock.monotonic().count();
    if (!applied) {
        raise(*entry, AlertKind::ActionRefused,
              tr("%1 refused \"%2\": %3").arg(entry->name, entry->lastAction->action, why));
    }
    Q_EMIT changed();
}

void RoomModel::actionUndelivered(const QByteArray& pin, const QString& why)
{
    StationEntry* entry = find(pin);
    if (!entry)
        return;
    if (entry->lastAction) {
        entry->lastAction->state = ActionOutcome::State::Undelivered;
        entry->lastAction->why = why;
        entry->lastAction->at = m_clock.utcNow();
    }
    entry->actionNeedsLook = true;
    entry->actionOutcomeMs = m_clock.monotonic().count();
    raise(*entry, AlertKind::ActionUndelivered,
          tr("\"%1\" did not reach %2 and will not be applied: %3")
              .arg(entry->lastAction ? entry->lastAction->action : QString(), entry->name, why));
    Q_EMIT changed();
}

void RoomModel::tick()
{
    bool any = false;
    for (StationEntry& entry : m_stations) {
        if (entry.actionNeedsLook && m_clock.monotonic().count() - entry.actionOutcomeMs > ActionAttentionMs) {
            entry.actionNeedsLook = false;
            any = true;
        }
        // Said once per silence: `online` turns false here, and true again with the next status.
        if (!entry.online || silenceMs(entry) <= RoomTimings::SilentMs)
            continue;
        entry.online = false;
        raise(entry, AlertKind::Silent,
              tr("%1 has not been heard from for %2 s.").arg(entry.name).arg(silenceMs(entry) / 1000));
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

QList<StationEntry> RoomModel::stations() const
{
    QList<StationEntry> sorted = m_stations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const StationEntry& a, const StationEntry& b) {
        const int rankA = needRank(a);
        const int rankB = needRank(b);
        if (rankA != rankB)
            return rankA < rankB;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return sorted;
}

std::optional<StationEntry> RoomModel::station(const QByteArray& pin) const
{
    for (const StationEntry& entry : m_stations) {
        if (entry.pin == pin)
            return entry;
    }
    return std::nullopt;
}

qint64 RoomModel::silenceMs(const StationEntry& entry) const
{
    if (entry.lastHeardMs < 0)
        return -1;
    return m_clock.monotonic().count() - entry.lastHeardMs;
}

int RoomModel::needRank(const StationEntry& entry)
{
    if (entry.actionNeedsLook)
        return 0;
    switch (entry.shownPhase()) {
    case StationPhase::Offline: return entry.lastHeardMs < 0 ? 9 : 0; // never heard: not yet switched on, nothing lost
    case StationPhase::StorageProblem:
    case StationPhase::Interrupted: return 0;
    case StationPhase::AwaitingStart: return 1;
    case StationPhase::OnBreak:
    case StationPhase::Paused: return 2;
    case StationPhase::Running:
        return (entry.status->timed && entry.status->remainingMs <= FiveMinutesMs)
                       || entry.status->replicaLagMs > RoomTimings::ReplicaLagAlertMs
                   ? 2
                   : 4;
    case StationPhase::Submitted: return 3;
    case StationPhase::IdentityCheck:
    case StationPhase::Practice: return 5;
    case StationPhase::ReportShown: return 6;
    case StationPhase::Ready: return 7;
    }
    return 8;
}

StationEntry* RoomModel::find(const QByteArray& pin)
{
    for (StationEntry& entry : m_stations) {
        if (entry.pin == pin)
            return &entry;
    }
    return nullptr;
}

void RoomModel::raise(const StationEntry& entry, AlertKind kind, const QString& text)
{
    RoomAlert alert;
    alert.at = m_clock.utcNow();
    alert.stationPin = entry.pin;
    alert.stationName = entry.name;
    alert.kind = kind;
    alert.text = text;
    m_alerts.prepend(alert);
    if (m_alerts.size() > AlertsKept)
        m_alerts.resize(AlertsKept);
    Q_EMIT alertRaised(alert);
}

void RoomModel::compare(const StationEntry& entry, const std::optional<StationStatus>& before, const StationStatus& now)
{
    // The first status this console sees of a station (the console just started, or the station was
    // just paired) is where it begins: what happened before is not called out again, only what needs
    // the proctor now.
    const bool sameBoot = before && before->bootId == now.bootId;
    const bool restarted = before && !sameBoot;
    if (now.recoveredFromCrash && (restarted || (!before && now.phase == StationPhase::Interrupted)))
        raise(entry, AlertKind::CrashRestart,
              tr("%1 restarted after a crash: the module waits for a proctor to resume it.").arg(entry.name));
    if (now.phase == StationPhase::StorageProblem && (!before || before->phase != StationPhase::StorageProblem))
        raise(entry, AlertKind::StorageProblem, tr("%1 cannot save: %2").arg(entry.name, now.storageProblem));
    const qint64 limitMs = qint64(m_breakLimitMinutes) * 60'000;
    if (now.phase == StationPhase::OnBreak && now.currentBreakMs > limitMs
        && !(before && before->phase == StationPhase::OnBreak && before->currentBreakMs > limitMs))
        raise(entry, AlertKind::LongBreak,
              tr("%1: the candidate's break is longer than %2 minutes.").arg(entry.name).arg(m_breakLimitMinutes));
    if (before && now.pinLockouts > (sameBoot ? before->pinLockouts : 0))
        raise(entry, AlertKind::PinLockout, tr("%1: wrong PINs locked a proctor account.").arg(entry.name));
    if (before && now.leaveRefusals > (sameBoot ? before->leaveRefusals : 0))
        raise(entry, AlertKind::LeaveRefused, tr("%1: an attempt to leave the kiosk was refused.").arg(entry.name));
    if (before && moduleEnded(now.phase) && !moduleEnded(before->phase) && before->phase != StationPhase::Ready)
        raise(entry, AlertKind::ModuleEnded, tr("%1: %2 ended.").arg(entry.name, before->module));
    const auto lagging = [](const StationStatus& status) {
        return status.replicaLagMs > RoomTimings::ReplicaLagAlertMs;
    };
    if (lagging(now) && !(before && lagging(*before)))
        raise(entry, AlertKind::ReplicaBehind,
              tr("%1: the console's copy of its answers is %2 s behind. Check the room's network.")
                  .arg(entry.name)
                  .arg(now.replicaLagMs / 1000));
    if (now.phase == StationPhase::Running && now.timed && now.remainingMs <= FiveMinutesMs && before && before->timed
        && before->remainingMs > FiveMinutesMs && before->module == now.module)
        raise(entry, AlertKind::FiveMinutesLeft, tr("%1: five minutes left in %2.").arg(entry.name, now.module));
}

} // namespace exam::room
