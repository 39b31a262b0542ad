#include "replicasetup.h"

#include "replicajournal.h"
#include "sittings.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "json/canonicalwriter.h"
#include "json/strictobject.h"

#include <QJsonArray>

#include <limits>

namespace exam::session {

namespace {

constexpr qint64 MaxMs = std::numeric_limits<qint64>::max();
constexpr int MaxItems = 1'000;
constexpr int MaxOptions = 26;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Accommodations readAccommodations(StrictObject& in)
{
    Accommodations a;
    a.breaks = in.boolean(QStringLiteral("breaks"));
    a.colourScheme = in.choice(QStringLiteral("colourScheme"), Accommodations::colourSchemes());
    const QString language = in.string(QStringLiteral("language"), 8, true);
    if (in.ok() && !language.isEmpty() && !Accommodations::languages().contains(language))
        in.reject(QStringLiteral("language"), ReplicaJournal::tr("is not a language of the kiosk."));
    a.language = language;
    a.note = in.string(QStringLiteral("note"), Accommodations::NoteLimit, true);
    a.readAloud = in.boolean(QStringLiteral("readAloud"));
    a.screenReader = in.boolean(QStringLiteral("screenReader"));
    a.textSizePercent = int(in.integer(QStringLiteral("textSizePercent"), 100, 300));
    a.timeFactorPercent = int(in.integer(QStringLiteral("timeFactorPercent"), 0, 400));
    in.rejectUnknownFields();
    return a;
}

} // namespace

QByteArray ReplicaSetup::readHex(StrictObject& in, const QString& key, qsizetype size)
{
    const QString text = in.line(key, size * 2);
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    if (in.ok() && (text.size() != size * 2 || bytes.toHex() != text.toLatin1()))
        in.reject(key, ReplicaJournal::tr("must be %1 bytes in lowercase hex.").arg(size));
    return bytes;
}

Result<ReplicaSetup> ReplicaSetup::load(storage::Database& database, qint64 sessionId)
{
    auto stationId = StationSettings(database).stationId();
    if (!stationId)
        return std::unexpected(stationId.error());
    auto session = database.prepare(QStringLiteral(
        "SELECT s.sitting_id, s.position, t.candidate_id, c.name, t.accommodations, s.time_factor_pct, s.bank_id, "
        "s.bank_sha256, s.module_code, s.seed, s.limit_ms, s.rule_override FROM sessions s "
        "JOIN sittings t ON t.id = s.sitting_id JOIN candidates c ON c.id = t.candidate_id WHERE s.id = ?"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sessionId);
    auto found = session->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, ReplicaJournal::tr("There is no session %1 on this station.").arg(sessionId));
    ReplicaSetup setup;
    setup.stationId = *stationId;
    setup.sittingId = session->int64(0);
    setup.sittingPosition = int(session->int64(1));
    setup.candidateId = session->text(2);
    setup.candidateName = session->text(3);
    setup.accommodations = Sittings::accommodationsFrom(session->text(4).toUtf8(), int(session->int64(5)));
    setup.bankId = session->text(6);
    setup.bankSha256 = session->blob(7);
    setup.moduleCode = session->text(8);
    setup.seed = session->blob(9);
    setup.limitMs = session->int64(10);
    setup.ruleOverride = session->text(11);
    session->reset();

    auto items = database.prepare(QStringLiteral(
        "SELECT item_id, option_order, seen_before FROM session_items WHERE session_id = ? ORDER BY position"));
    if (!items)
        return std::unexpected(items.error());
    items->bind(1, sessionId);
    auto read = items->forEachRow([&setup](const storage::Statement& row) {
        FormItem item{row.text(0), {}, row.int64(2) != 0};
        for (const QString& option : row.text(1).split(u','))
            item.optionOrder.append(option.toInt());
        setup.form.items.append(item);
    });
    if (!read)
        return std::unexpected(read.error());
    return setup;
}

void ReplicaSetup::write(CanonicalWriter& out) const
{
    out.beginObject()
        .key(u"accommodations")
        .beginObject()
        .field(u"breaks", accommodations.breaks)
        .field(u"colourScheme", accommodations.colourScheme)
        .field(u"language", accommodations.language)
        .field(u"note", accommodations.note)
        .field(u"readAloud", accommodations.readAloud)
        .field(u"screenReader", accommodations.screenReader)
        .field(u"textSizePercent", accommodations.textSizePercent)
        .field(u"timeFactorPercent", accommodations.timeFactorPercent)
        .endObject()
        .field(u"bankId", bankId)
        .field(u"bankSha256", hex(bankSha256))
        .field(u"candidateId", candidateId)
        .field(u"candidateName", candidateName)
        .key(u"form")
        .beginArray();
    for (const FormItem& item : form.items) {
        out.beginObject().field(u"item", item.itemId).key(u"options").beginArray();
        for (int option : item.optionOrder)
            out.value(option);
        out.endArray().field(u"seenBefore", item.seenBefore).endObject();
    }
    out.endArray()
        .field(u"limitMs", limitMs)
        .field(u"moduleCode", moduleCode)
        .field(u"ruleOverride", ruleOverride)
        .field(u"seed", hex(seed))
        .field(u"sittingId", sittingId)
        .field(u"sittingPosition", sittingPosition)
        .field(u"station", stationId)
        .endObject();
}

ReplicaSetup ReplicaSetup::read(StrictObject& in)
{
    ReplicaSetup setup;
    StrictObject accommodations = in.object(QStringLiteral("accommodations"));
    setup.accommodations = readAccommodations(accommodations);
    in.absorb(accommodations);
    setup.bankId = in.line(QStringLiteral("bankId"), 200);
    setup.bankSha256 = readHex(in, QStringLiteral("bankSha256"), 32);
    setup.candidateId = in.line(QStringLiteral("candidateId"), 200);
    setup.candidateName = in.line(QStringLiteral("candidateName"), 400);
    const QJsonArray items = in.array(QStringLiteral("form"), 1, MaxItems);
    for (qsizetype i = 0; i < items.size() && in.ok(); ++i) {
        StrictObject entry = in.element(items, QStringLiteral("form"), i);
        FormItem item;
        item.itemId = entry.line(QStringLiteral("item"), 200);
        const QJsonArray options = entry.array(QStringLiteral("options"), 2, MaxOptions);
        for (const QJsonValue& option : options) {
            const int index = option.isDouble() ? option.toInt(-1) : -1;
            if (index < 0 || index >= options.size() || item.optionOrder.contains(index)) {
                entry.reject(QStringLiteral("options"), ReplicaJournal::tr("must be an order of the item's options."));
                break;
            }
            item.optionOrder.append(index);
        }
        item.seenBefore = entry.boolean(QStringLiteral("seenBefore"));
        entry.rejectUnknownFields();
        in.absorb(entry);
        setup.form.items.append(item);
    }
    setup.limitMs = in.integer(QStringLiteral("limitMs"), 0, MaxMs);
    setup.moduleCode = in.line(QStringLiteral("moduleCode"), 64);
    setup.ruleOverride = in.string(QStringLiteral("ruleOverride"), 2'000, true);
    setup.seed = readHex(in, QStringLiteral("seed"), 32);
    setup.sittingId = in.integer(QStringLiteral("sittingId"), 1, MaxMs);
    setup.sittingPosition = int(in.integer(QStringLiteral("sittingPosition"), 0, 100));
    setup.stationId = in.line(QStringLiteral("station"), 200);
    in.rejectUnknownFields();
    return setup;
}

} // namespace exam::session
