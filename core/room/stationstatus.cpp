#include "stationstatus.h"

#include "json/strictobject.h"

#include <QJsonArray>

#include <array>
#include <limits>
#include <utility>

namespace exam::room {

namespace {

constexpr std::array<std::pair<StationPhase, const char*>, 12> PhaseNames{{
    {StationPhase::Ready, "ready"},
    {StationPhase::IdentityCheck, "identity-check"},
    {StationPhase::Practice, "practice"},
    {StationPhase::AwaitingStart, "awaiting-start"},
    {StationPhase::Running, "running"},
    {StationPhase::Paused, "paused"},
    {StationPhase::OnBreak, "on-break"},
    {StationPhase::Interrupted, "interrupted"},
    {StationPhase::StorageProblem, "storage-problem"},
    {StationPhase::Submitted, "submitted"},
    {StationPhase::ReportShown, "report-shown"},
    {StationPhase::Offline, "offline"},
}};

constexpr int TextLimit = 200;
constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject accommodationsJson(const session::Accommodations& a)
{
    return QJsonObject{
        {QStringLiteral("timeFactorPercent"), a.timeFactorPercent},
        {QStringLiteral("readAloud"), a.readAloud},
        {QStringLiteral("screenReader"), a.screenReader},
        {QStringLiteral("textSizePercent"), a.textSizePercent},
        {QStringLiteral("colourScheme"), a.colourScheme},
        {QStringLiteral("language"), a.language},
        {QStringLiteral("breaks"), a.breaks},
        {QStringLiteral("note"), a.note},
    };
}

session::Accommodations accommodationsFrom(StrictObject& json)
{
    session::Accommodations a;
    a.timeFactorPercent = int(json.integer(QStringLiteral("timeFactorPercent"), 0, 400));
    a.readAloud = json.boolean(QStringLiteral("readAloud"));
    a.screenReader = json.boolean(QStringLiteral("screenReader"));
    a.textSizePercent = int(json.integer(QStringLiteral("textSizePercent"), 50, 400));
    a.colourScheme = json.line(QStringLiteral("colourScheme"), 40);
    a.language = json.string(QStringLiteral("language"), 10, true);
    a.breaks = json.boolean(QStringLiteral("breaks"));
    a.note = json.string(QStringLiteral("note"), session::Accommodations::NoteLimit, true);
    return a;
}

} // namespace

QString phaseName(StationPhase phase)
{
    for (const auto& [value, name] : PhaseNames) {
        if (value == phase)
            return QString::fromLatin1(name);
    }
    return {};
}

bool phaseFromName(const QString& name, StationPhase* phase)
{
    for (const auto& [value, known] : PhaseNames) {
        if (name == QLatin1String(known)) {
            *phase = value;
            return true;
        }
    }
    return false;
}

QJsonObject StationStatus::toJson() const
{
    return QJsonObject{
        {QStringLiteral("station"), station},
        {QStringLiteral("phase"), phaseName(phase)},
        {QStringLiteral("candidateId"), candidateId},
        {QStringLiteral("candidateName"), candidateName},
        {QStringLiteral("module"), module},
        {QStringLiteral("session"), sessionId},
        {QStringLiteral("moduleNumber"), moduleNumber},
        {QStringLiteral("moduleCount"), moduleCount},
        {QStringLiteral("answered"), answered},
        {QStringLiteral("items"), items},
        {QStringLiteral("flagged"), flagged},
        {QStringLiteral("timed"), timed},
        {QStringLiteral("remainingMs"), remainingMs},
        {QStringLiteral("currentBreakMs"), currentBreakMs},
        {QStringLiteral("accommodations"), accommodationsJson(accommodations)},
        {QStringLiteral("bootId"), bootId},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recoveredFromCrash"), recoveredFromCrash},
        {QStringLiteral("pinLockouts"), pinLockouts},
        {QStringLiteral("leaveRefusals"), leaveRefusals},
        {QStringLiteral("storageProblem"), storageProblem},
        {QStringLiteral("replicaBehind"), replicaBehind},
        {QStringLiteral("replicaLagMs"), replicaLagMs},
    };
}

Result<StationStatus> StationStatus::fromJson(const QJsonObject& json)
{
    // Unknown fields are let through on purpose: a station of a newer build may tell more than this
    // console shows, and must still be shown.
    StrictObject in(json, QStringLiteral("status"));
    StationStatus status;
    status.station = in.line(QStringLiteral("station"), TextLimit);
    const QString phase = in.line(QStringLiteral("phase"), 40);
    if (in.ok() && (!phaseFromName(phase, &status.phase) || status.phase == StationPhase::Offline))
        in.reject(QStringLiteral("phase"), QCoreApplication::translate("exam::room", "is not a station's state"));
    status.candidateId = in.string(QStringLiteral("candidateId"), TextLimit, true);
    status.candidateName = in.string(QStringLiteral("candidateName"), TextLimit, true);
    status.module = in.string(QStringLiteral("module"), TextLimit, true);
    status.sessionId = in.integer(QStringLiteral("session"), 0, std::numeric_limits<qint64>::max());
    status.moduleNumber = int(in.integer(QStringLiteral("moduleNumber"), 0, 100));
    status.moduleCount = int(in.integer(QStringLiteral("moduleCount"), 0, 100));
    status.items = int(in.integer(QStringLiteral("items"), 0, 10'000));
    status.answered = int(in.integer(QStringLiteral("answered"), 0, status.items));
    status.flagged = int(in.integer(QStringLiteral("flagged"), 0, status.items));
    status.timed = in.boolean(QStringLiteral("timed"));
    status.remainingMs = in.integer(QStringLiteral("remainingMs"), 0, 30 * DayMs);
    status.currentBreakMs = in.integer(QStringLiteral("currentBreakMs"), 0, 30 * DayMs);
    StrictObject accommodations = in.object(QStringLiteral("accommodations"));
    status.accommodations = accommodationsFrom(accommodations);
    in.absorb(accommodations);
    status.bootId = in.line(QStringLiteral("bootId"), 64);
    status.startedAt = QDateTime::fromString(in.line(QStringLiteral("startedAt"), 40), Qt::ISODateWithMs).toUTC();
    if (in.ok() && !status.startedAt.isValid())
        in.reject(QStringLiteral("startedAt"), QCoreApplication::translate("exam::room", "is not a date and time"));
    status.recoveredFromCrash = in.boolean(QStringLiteral("recoveredFromCrash"));
    status.pinLockouts = int(in.integer(QStringLiteral("pinLockouts"), 0, 1'000'000));
    status.leaveRefusals = int(in.integer(QStringLiteral("leaveRefusals"), 0, 1'000'000));
    status.storageProblem = in.string(QStringLiteral("storageProblem"), 1000, true);
    status.replicaBehind = int(in.optionalInteger(QStringLiteral("replicaBehind"), 0, 1'000'000).value_or(0));
    status.replicaLagMs = in.optionalInteger(QStringLiteral("replicaLagMs"), 0, 30 * DayMs).value_or(0);
    if (auto error = in.error())
        return std::unexpected(*error);
    return status;
}

} // namespace exam::room
