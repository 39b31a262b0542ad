#include "stationtext.h"

#include "colourscheme.h"

#include <QLocale>

namespace exam::ui {

using room::StationPhase;

QString StationText::phase(StationPhase phase, bool everHeard)
{
    switch (phase) {
    case StationPhase::Ready: return tr("Ready for a candidate");
    case StationPhase::IdentityCheck: return tr("Identity check");
    case StationPhase::Practice: return tr("Practice");
    case StationPhase::AwaitingStart: return tr("Waiting to start");
    case StationPhase::Running: return tr("Running");
    case StationPhase::Paused: return tr("Paused");
    case StationPhase::OnBreak: return tr("On a break");
    case StationPhase::Interrupted: return tr("Interrupted: resume it");
    case StationPhase::StorageProblem: return tr("Cannot save");
    case StationPhase::Submitted: return tr("Module ended");
    case StationPhase::ReportShown: return tr("Score report shown");
    case StationPhase::Offline: return everHeard ? tr("Offline") : tr("Not connected yet");
    }
    return {};
}

QString StationText::need(int rank)
{
    if (rank <= 1)
        return tr("Needs you");
    if (rank == 2)
        return tr("Watch");
    return {};
}

QString StationText::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000); // 0.2 s left still shows 00:01
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QStringList StationText::accommodations(const session::Accommodations& a)
{
    QStringList words;
    if (a.timeFactorPercent == 0)
        words << tr("untimed");
    else if (a.timeFactorPercent != 100)
        words << tr("%1 % time").arg(a.timeFactorPercent);
    if (a.breaks)
        words << tr("breaks");
    if (a.readAloud)
        words << tr("read-aloud");
    if (a.screenReader)
        words << tr("screen reader");
    if (a.textSizePercent != 100)
        words << tr("text %1 %").arg(a.textSizePercent);
    ColourScheme::Id scheme = ColourScheme::Id::Standard;
    if (ColourScheme::fromKey(a.colourScheme, &scheme) && scheme != ColourScheme::Id::Standard)
        words << ColourScheme::displayName(scheme);
    if (!a.language.isEmpty()) {
        QString name = QLocale(a.language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        words << tr("language: %1").arg(name.isEmpty() ? a.language : name);
    }
    if (!a.note.trimmed().isEmpty())
        words << tr("“%1”").arg(a.note.trimmed());
    return words;
}

QString StationText::heard(qint64 silenceMs)
{
    if (silenceMs < 0)
        return tr("Never heard from");
    const qint64 seconds = silenceMs / 1000;
    if (seconds < 120)
        return tr("Heard %1 s ago").arg(seconds);
    if (seconds < 2 * 3600)
        return tr("Heard %1 min ago").arg(seconds / 60);
    return tr("Heard %1 h ago").arg(seconds / 3600);
}

QString StationText::outcome(const room::ActionOutcome& outcome)
{
    using State = room::ActionOutcome::State;
    switch (outcome.state) {
    case State::Sent: return tr("%1: sent").arg(outcome.action);
    case State::Applied: return tr("%1: applied").arg(outcome.action);
    case State::Refused: return tr("%1: refused: %2").arg(outcome.action, outcome.why);
    case State::Undelivered: return tr("%1: not delivered: %2").arg(outcome.action, outcome.why);
    }
    return {};
}

QString StationText::actionName(room::ActionKind kind)
{
    using room::ActionKind;
    switch (kind) {
    case ActionKind::Start: return tr("Start module");
    case ActionKind::Pause: return tr("Pause");
    case ActionKind::Resume: return tr("Resume");
    case ActionKind::Extend: return tr("Extend time");
    case ActionKind::Void: return tr("Void module");
    case ActionKind::EndSitting: return tr("End sitting");
    case ActionKind::Message: return tr("Message to candidate");
    case ActionKind::TakeOver: return tr("Continue on another station");
    case ActionKind::MovedAway: return tr("Tell the station its sitting moved");
    }
    return {};
}

QString StationText::moduleOf(const room::StationStatus& status)
{
    if (status.moduleCount <= 1 || status.moduleNumber <= 0)
        return {};
    return tr("module %1 of %2").arg(status.moduleNumber).arg(status.moduleCount);
}

} // namespace exam::ui

namespace exam::ui {

namespace {

// The phases in which a module is open and its clock matters to the proctor.
bool clockShown(StationPhase phase)
{
    switch (phase) {
    case StationPhase::AwaitingStart:
    case StationPhase::Running:
    case StationPhase::Paused:
    case StationPhase::OnBreak:
    case StationPhase::Interrupted:
    case StationPhase::StorageProblem: return true;
    default: return false;
    }
}

} // namespace

QStringList StationText::Lines::details() const
{
    QStringList shown;
    for (const QString& line : {detail, candidate, module, progress, time, accommodations, heard, action})
        if (!line.isEmpty())
            shown << line;
    return shown;
}

StationText::Lines StationText::lines(const room::StationEntry& entry, qint64 silenceMs, int breakLimitMinutes)
{
    Lines lines;
    const StationPhase shown = entry.shownPhase();
    const QString separator = QStringLiteral(" · ");
    lines.need = need(room::RoomModel::needRank(entry));
    lines.name = entry.name;
    lines.state = phase(shown, entry.lastHeardMs >= 0);
    lines.heard = heard(silenceMs);
    // An action the station refused or never got, a short while ago, is why the proctor is needed: said
    // first, under the state (later, in its usual place).
    const bool actionFailed = entry.lastAction && entry.actionNeedsLook;
    if (entry.lastAction)
        (actionFailed ? lines.detail : lines.action) = tr("Last action: %1").arg(outcome(*entry.lastAction));
    if (!entry.status)
        return lines;
    const room::StationStatus& status = *entry.status;
    // Offline, the last status still says who sat there and how far they were: shown as it was.
    if (!actionFailed) {
        if (shown == StationPhase::Offline)
            lines.detail = tr("Before: %1").arg(phase(status.phase));
        else if (shown == StationPhase::StorageProblem)
            lines.detail = status.storageProblem;
        else if (shown == StationPhase::Interrupted && status.recoveredFromCrash)
            lines.detail = tr("Restarted after a crash");
    }
    QStringList who;
    for (const QString& part : {status.candidateName, status.candidateId})
        if (!part.isEmpty())
            who << part;
    lines.candidate = who.join(separator);
    QStringList module;
    for (const QString& part : {status.module, moduleOf(status)})
        if (!part.isEmpty())
            module << part;
    lines.module = module.join(separator);
    if (status.items > 0)
        lines.progress = tr("%1 of %2 answered, %3 flagged").arg(status.answered).arg(status.items).arg(status.flagged);
    if (shown != StationPhase::Offline && status.replicaLagMs >= 1000) // under a second is up to date
        lines.progress +=
            separator
            + tr("console's copy %1 steps, %2 s behind").arg(status.replicaBehind).arg(status.replicaLagMs / 1000);
    if (clockShown(status.phase)) {
        QStringList time;
        if (status.phase == StationPhase::OnBreak) {
            const bool long_ = status.currentBreakMs > qint64(breakLimitMinutes) * 60'000;
            time
                << (long_
                        ? tr("Break %1, past the %2 min limit").arg(clock(status.currentBreakMs)).arg(breakLimitMinutes)
                        : tr("Break %1").arg(clock(status.currentBreakMs)));
        }
        time << (status.timed ? tr("%1 left").arg(clock(status.remainingMs)) : tr("Untimed"));
        lines.time = time.join(separator);
    }
    lines.accommodations = accommodations(status.accommodations).join(separator);
    return lines;
}

} // namespace exam::ui
