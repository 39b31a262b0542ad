#include "resultrecorder.h"

#include "crypto/ed25519.h"
#include "json/canonicaljson.h"
#include "scoring.h"
#include "session/auditlog.h"
#include "session/sessionstate.h"
#include "stationkey.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace exam::results {

ResultRecorder::ResultRecorder(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                               const StationKey& key, const banks::BankContent& content)
    : m_database(database), m_audit(audit), m_clock(clock), m_key(key), m_content(content)
{
}

Result<QString> ResultRecorder::setting(const QString& key, const std::function<QString()>& makeDefault)
{
    auto query = m_database.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, key);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return query->text(0);
    const QString value = makeDefault();
    auto insert = m_database.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, key).bind(2, value);
    if (auto done = insert->run(); !done)
        return std::unexpected(done.error());
    return value;
}

Result<void> ResultRecorder::record(qint64 sessionId)
{
    auto stationId = setting(QStringLiteral("station.id"),
                             [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); });
    auto site = setting(QStringLiteral("site.code"), [] { return QString(); });
    if (!stationId || !site)
        return std::unexpected(!stationId ? stationId.error() : site.error());

    auto session = m_database.prepare(QStringLiteral(
        "SELECT s.bank_id, s.bank_sha256, s.state, s.time_factor_pct, s.limit_ms, s.extensions_ms, s.elapsed_ms, "
        "s.end_reason, t.candidate_id, s.sitting_id, s.position, s.rule_override FROM sessions s "
        "JOIN sittings t ON t.id = s.sitting_id "
        "WHERE s.id = ?"));
    if (!session)
        return std::unexpected(session.error());
    session->bind(1, sessionId);
    auto found = session->step();
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no session %1 to record.").arg(sessionId));
    session::SessionState state = session::SessionState::Created;
    session::stateFromName(session->text(2), &state);

    auto rows = m_database.prepare(QStringLiteral(
        "SELECT i.item_id, i.option_order, r.choice, r.flagged, r.changes, r.answered_at_ms FROM session_items i "
        "JOIN responses r ON r.session_id = i.session_id AND r.position = i.position WHERE i.session_id = ? "
        "ORDER BY i.position"));
    if (!rows)
        return std::unexpected(rows.error());
    rows->bind(1, sessionId);
    session::Form form;
    QList<std::optional<int>> choices;
    QJsonArray formJson;
    QJsonArray responsesJson;
    while (true) {
        auto row = rows->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        session::FormItem item{rows->text(0), {}};
        QJsonArray order;
        for (const QString& option : rows->text(1).split(u',')) {
            item.optionOrder.append(option.toInt());
            order.append(option.toInt());
        }
        form.items.append(item);
        formJson.append(QJsonObject{{QStringLiteral("item"), item.itemId}, {QStringLiteral("options"), order}});
        const std::optional<int> choice = rows->isNull(2) ? std::nullopt : std::optional<int>(int(rows->int64(2)));
        choices.append(choice);
        responsesJson.append(QJsonObject{
            {QStringLiteral("choice"), choice ? QJsonValue(*choice) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("flagged"), rows->int64(3) != 0},
            {QStringLiteral("changes"), double(rows->int64(4))},
            {QStringLiteral("answeredAtMs"), rows->isNull(5) ? QJsonValue(QJsonValue::Null) : QJsonValue(double(rows->int64(5)))}});
    }

    auto proctors = m_database.prepare(QStringLiteral(
        "SELECT DISTINCT substr(actor, 9) FROM audit_events WHERE subject = ? AND actor LIKE 'proctor:%' ORDER BY 1"));
    if (!proctors)
        return std::unexpected(proctors.error());
    proctors->bind(1, QStringLiteral("session:%1").arg(sessionId));
    QJsonArray proctorJson;
    while (true) {
        auto row = proctors->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        proctorJson.append(proctors->text(0));
    }
    auto auditHead = m_audit.head();
    if (!auditHead)
        return std::unexpected(auditHead.error());

    QJsonValue scoreJson = QJsonValue::Null;
    std::optional<Score> score;
    if (state == session::SessionState::Submitted || state == session::SessionState::TimedOut) {
        score = Scoring::score(m_content, form, choices);
        QJsonArray domains;
        for (const DomainScore& domain : score->domains)
            domains.append(QJsonObject{{QStringLiteral("id"), domain.domainId},
                                       {QStringLiteral("correct"), domain.correct},
                                       {QStringLiteral("total"), domain.total}});
        scoreJson = QJsonObject{{QStringLiteral("correct"), score->correct},
                                {QStringLiteral("total"), score->total},
                                {QStringLiteral("percent"), score->percent()},
                                {QStringLiteral("passMark"), score->passPercent},
                                {QStringLiteral("passed"), score->passed},
                                {QStringLiteral("domains"), domains}};
    }

    const QString resultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.utcNow();
    const QJsonObject record{
        {QStringLiteral("format"), QStringLiteral("exam-result/1")},
        {QStringLiteral("resultId"), resultId},
        {QStringLiteral("station"), QJsonObject{{QStringLiteral("id"), *stationId},
                                                {QStringLiteral("keyId"), m_key.keyId()},
                                                {QStringLiteral("site"), *site}}},
        {QStringLiteral("candidateId"), session->text(8)},
        {QStringLiteral("sitting"), QJsonObject{{QStringLiteral("id"), double(session->int64(9))},
                                                {QStringLiteral("position"), double(session->int64(10))}}},
        {QStringLiteral("module"), QJsonObject{{QStringLiteral("code"), m_content.module.code},
                                               {QStringLiteral("title"), m_content.module.title},
                                               {QStringLiteral("language"), m_content.module.language}}},
        {QStringLiteral("bank"), QJsonObject{{QStringLiteral("id"), session->text(0)},
                                             {QStringLiteral("version"), m_content.bankVersion},
                                             {QStringLiteral("sha256"), QString::fromLatin1(session->blob(1).toHex())}}},
        {QStringLiteral("form"), formJson},
        {QStringLiteral("responses"), responsesJson},
        {QStringLiteral("timing"), QJsonObject{{QStringLiteral("limitMs"), double(session->int64(4))},
                                               {QStringLiteral("extensionsMs"), double(session->int64(5))},
                                               {QStringLiteral("elapsedMs"), double(session->int64(6))}}},
        {QStringLiteral("accommodations"), QJsonObject{{QStringLiteral("timeFactorPercent"), double(session->int64(3))}}},
        {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("state"), session->text(2)},
                                                {QStringLiteral("reason"), session->text(7)}}},
        {QStringLiteral("ruleOverride"), session->text(11)},
        {QStringLiteral("proctors"), proctorJson},
        {QStringLiteral("score"), scoreJson},
        {QStringLiteral("auditHead"), QString::fromLatin1(auditHead->toHex())},
        {QStringLiteral("endedAt"), now.toUTC().toString(Qt::ISODateWithMs)},
    };
    auto bytes = CanonicalJson::serialize(record);
    if (!bytes)
        return std::unexpected(bytes.error());
    auto signature = m_key.sign(*bytes);
    if (!signature)
        return std::unexpected(signature.error());

    auto insert = m_database.prepare(QStringLiteral(
        "INSERT INTO results (id, session_id, record, signature, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, resultId).bind(2, sessionId).bind(3, QByteArrayView(*bytes)).bind(4, QByteArrayView(*signature))
        .bind(5, now.toUTC().toString(Qt::ISODateWithMs));
    if (auto done = insert->run(); !done)
        return done;
    auto outbox = m_database.prepare(QStringLiteral("INSERT INTO outbox (result_id) VALUES (?)"));
    if (!outbox)
        return std::unexpected(outbox.error());
    outbox->bind(1, resultId);
    if (auto done = outbox->run(); !done)
        return done;
    if (!score)
        return {}; // a voided session is no attempt: it neither counts against the retake rule nor passes
    auto attempt = m_database.prepare(QStringLiteral(
        "INSERT INTO module_attempts (result_id, candidate_id, module_code, taken_on, passed, percent) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!attempt)
        return std::unexpected(attempt.error());
    attempt->bind(1, resultId)
        .bind(2, session->text(8))
        .bind(3, m_content.module.code)
        .bind(4, now.toLocalTime().date().toString(Qt::ISODate)) // the same instant as endedAt
        .bind(5, score->passed)
        .bind(6, score->percent());
    return attempt->run();
}

Result<void> ResultRecorder::verify(QByteArrayView record, QByteArrayView signature, QByteArrayView stationPublicKey)
{
    return crypto::Ed25519::verify(stationPublicKey, record, signature);
}

} // namespace exam::results
