#include "roomaction.h"

#include "json/strictobject.h"

#include <array>
#include <limits>
#include <utility>

namespace exam::room {

namespace {

constexpr std::array<std::pair<ActionKind, const char*>, 9> KindNames{{
    {ActionKind::Start, "start"},
    {ActionKind::Pause, "pause"},
    {ActionKind::Resume, "resume"},
    {ActionKind::Extend, "extend"},
    {ActionKind::Void, "void"},
    {ActionKind::EndSitting, "end-sitting"},
    {ActionKind::Message, "message"},
    {ActionKind::TakeOver, "take-over"},
    {ActionKind::MovedAway, "moved-away"},
}};

QString tr(const char* text)
{
    return QCoreApplication::translate("exam::room::RoomAction", text);
}

} // namespace

bool moduleUnderWay(StationPhase phase)
{
    switch (phase) {
    case StationPhase::IdentityCheck:
    case StationPhase::Practice:
    case StationPhase::AwaitingStart:
    case StationPhase::Running:
    case StationPhase::Paused:
    case StationPhase::OnBreak:
    case StationPhase::Interrupted:
    case StationPhase::StorageProblem: return true;
    case StationPhase::Ready:
    case StationPhase::Submitted:
    case StationPhase::ReportShown:
    case StationPhase::Offline: return false;
    }
    return false;
}

QString actionKindName(ActionKind kind)
{
    for (const auto& [value, name] : KindNames) {
        if (value == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool actionKindFromName(const QString& name, ActionKind* kind)
{
    for (const auto& [value, known] : KindNames) {
        if (name == QLatin1String(known)) {
            *kind = value;
            return true;
        }
    }
    return false;
}

bool RoomAction::fits(ActionKind kind, StationPhase phase)
{
    switch (kind) {
    case ActionKind::Start: return phase == StationPhase::AwaitingStart;
    case ActionKind::Pause: return phase == StationPhase::Running || phase == StationPhase::OnBreak;
    case ActionKind::Resume:
        return phase == StationPhase::Paused || phase == StationPhase::OnBreak || phase == StationPhase::Interrupted;
    case ActionKind::Extend:
        return phase == StationPhase::Running || phase == StationPhase::Paused || phase == StationPhase::OnBreak
               || phase == StationPhase::Interrupted;
    case ActionKind::Void:
        return moduleUnderWay(phase) && phase != StationPhase::IdentityCheck && phase != StationPhase::Practice;
    case ActionKind::EndSitting: return moduleUnderWay(phase) || phase == StationPhase::Submitted;
    case ActionKind::Message: return phase != StationPhase::Offline && phase != StationPhase::Ready;
    case ActionKind::TakeOver: return phase == StationPhase::Ready;
    case ActionKind::MovedAway: return phase != StationPhase::Offline;
    }
    return false;
}

QString RoomAction::problem() const
{
    const bool needsReason = kind == ActionKind::Void || kind == ActionKind::EndSitting || kind == ActionKind::Pause
                             || kind == ActionKind::Resume || kind == ActionKind::TakeOver;
    if (needsReason && reason.trimmed().isEmpty())
        return tr("Give a reason: it goes into the station's audit log and the result.");
    if (reason.size() > ReasonLimit)
        return tr("The reason is longer than %1 characters.").arg(ReasonLimit);
    if (kind == ActionKind::Extend && (minutes < 1 || minutes > MaxExtendMinutes))
        return tr("Extend by 1 to %1 minutes.").arg(MaxExtendMinutes);
    if (kind == ActionKind::Message && message.trimmed().isEmpty())
        return tr("Write the message to show on the candidate's screen.");
    if (message.size() > MessageLimit)
        return tr("The message is longer than %1 characters.").arg(MessageLimit);
    if (kind == ActionKind::TakeOver && sitting.isEmpty())
        return tr("There is no sitting to take over.");
    if ((kind == ActionKind::TakeOver || kind == ActionKind::MovedAway) && station.trimmed().isEmpty())
        return tr("Name the other station.");
    if (kind == ActionKind::MovedAway && session <= 0)
        return tr("Name the session that moved.");
    if (station.size() > StationLimit)
        return tr("The station's name is longer than %1 characters.").arg(StationLimit);
    return {};
}

QJsonObject ActionFrame::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("proctor"), proctor},
        {QStringLiteral("kind"), actionKindName(action.kind)},
        {QStringLiteral("reason"), action.reason},
        {QStringLiteral("minutes"), action.minutes},
        {QStringLiteral("message"), action.message},
        {QStringLiteral("sitting"), action.sitting},
        {QStringLiteral("session"), action.session},
        {QStringLiteral("station"), action.station},
        {QStringLiteral("sentAtMs"), sentAtMs},
    };
}

Result<ActionFrame> ActionFrame::fromJson(const QJsonObject& json)
{
    StrictObject in(json, QStringLiteral("action"));
    ActionFrame frame;
    frame.sequence = in.integer(QStringLiteral("sequence"), 1, std::numeric_limits<qint64>::max());
    frame.proctor = in.line(QStringLiteral("proctor"), 64);
    const QString kind = in.line(QStringLiteral("kind"), 40);
    if (in.ok() && !actionKindFromName(kind, &frame.action.kind))
        in.reject(QStringLiteral("kind"),
                  QCoreApplication::translate("exam::room::RoomAction", "is not an action this station knows"));
    frame.action.reason = in.string(QStringLiteral("reason"), RoomAction::ReasonLimit, true);
    frame.action.minutes = int(in.integer(QStringLiteral("minutes"), 0, RoomAction::MaxExtendMinutes));
    frame.action.message = in.string(QStringLiteral("message"), RoomAction::MessageLimit, true);
    in.absorb(in.object(QStringLiteral("sitting"))); // an object, read in full where it is used
    frame.action.sitting = json.value(QStringLiteral("sitting")).toObject();
    frame.action.session = in.integer(QStringLiteral("session"), 0, std::numeric_limits<qint64>::max());
    frame.action.station = in.string(QStringLiteral("station"), RoomAction::StationLimit, true);
    frame.sentAtMs = in.integer(QStringLiteral("sentAtMs"), 0, std::numeric_limits<qint64>::max());
    in.rejectUnknownFields(); // an action is applied: nothing in it may go unread
    if (auto error = in.error())
        return std::unexpected(*error);
    if (const QString problem = frame.action.problem(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    return frame;
}

QJsonObject ActionAnswer::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("applied"), applied},
        {QStringLiteral("why"), why},
    };
}

Result<ActionAnswer> ActionAnswer::fromJson(const QJsonObject& json)
{
    StrictObject in(json, QStringLiteral("answer"));
    ActionAnswer answer;
    answer.sequence = in.integer(QStringLiteral("sequence"), 1, std::numeric_limits<qint64>::max());
    answer.applied = in.boolean(QStringLiteral("applied"));
    answer.why = in.string(QStringLiteral("why"), 1000, true);
    if (auto error = in.error())
        return std::unexpected(*error);
    return answer;
}

} // namespace exam::room
