#include "sittings.h"

#include "auditlog.h"
#include "form.h"
#include "proctoraccounts.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace exam::session {

Sittings::Sittings(storage::Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database), m_audit(audit), m_clock(clock)
{
}

Result<qint64> Sittings::create(const ProctorAuthorization& proctor, const QString& candidateId,
                                const QString& candidateName, const QList<ModuleChoice>& modules,
                                const Accommodations& accommodations)
{
    if (candidateId.trimmed().isEmpty() || candidateName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Enter the candidate's id and name as on their photo ID."));
    if (modules.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Choose at least one module for the sitting."));
    if (!QList<int>{0, 100, 125, 150, 200}.contains(accommodations.timeFactorPercent))
        return fail(ErrorCode::InvalidArgument, tr("Extended time is 1.25, 1.5 or 2 times the limit, or untimed."));
    if (accommodations.textSizePercent < 100 || accommodations.textSizePercent > 300)
        return fail(ErrorCode::InvalidArgument, tr("The text size is between 100 % and 300 %."));
    if (!Accommodations::colourSchemes().contains(accommodations.colourScheme))
        return fail(ErrorCode::InvalidArgument,
                    tr("There is no colour scheme \"%1\".").arg(accommodations.colourScheme));
    if (!accommodations.language.isEmpty() && !Accommodations::languages().contains(accommodations.language))
        return fail(ErrorCode::InvalidArgument,
                    tr("There is no interface language \"%1\".").arg(accommodations.language));
    if (accommodations.note.size() > Accommodations::NoteLimit)
        return fail(ErrorCode::InvalidArgument,
                    tr("The accommodation note is at most %1 characters.").arg(Accommodations::NoteLimit));

    // Forms first: if a bank cannot fill its blueprint, nothing is written. Each form avoids what the
    // candidate met on earlier forms and on this sitting's forms before it.
    auto seen = seenItems(candidateId.trimmed());
    if (!seen)
        return std::unexpected(seen.error());
    // Enemies are declared on both items, but a bank of another module may name one this bank does not:
    // what this sitting's banks say of the items seen and drawn is kept out as well.
    QSet<QString> excluded;
    const auto excludeEnemiesOf = [&modules, &excluded](const QSet<QString>& ids) {
        for (const ModuleChoice& module : modules)
            for (const banks::Item& item : module.content->items)
                if (ids.contains(item.id))
                    for (const QString& enemy : item.enemies)
                        excluded.insert(enemy);
    };
    excludeEnemiesOf(*seen);
    QList<std::pair<QByteArray, Form>> forms;
    for (const ModuleChoice& module : modules) {
        auto seed = FormAssembler::newSeed();
        if (!seed)
            return std::unexpected(seed.error());
        auto exposures = this->exposures(module.bankId);
        if (!exposures)
            return std::unexpected(exposures.error());
        const FormConstraints constraints{*seen, *exposures, accommodations.readAloud || accommodations.screenReader,
                                          excluded};
        auto form = FormAssembler::assemble(*module.content, *seed, constraints);
        if (!form)
            return fail(form.error().code, tr("%1: %2").arg(module.content->module.title, form.error().message));
        QSet<QString> drawn;
        for (const FormItem& item : form->items)
            drawn.insert(item.itemId);
        seen->unite(drawn);
        excludeEnemiesOf(drawn);
        forms.append({*seed, *form});
    }

    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    const QString now = m_clock.utcNow().toString(Qt::ISODateWithMs);
    auto candidate = m_database.prepare(QStringLiteral(
        "INSERT INTO candidates (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name"));
    if (!candidate)
        return std::unexpected(candidate.error());
    candidate->bind(1, candidateId.trimmed()).bind(2, candidateName.trimmed());
    if (auto done = candidate->run(); !done)
        return std::unexpected(done.error());
    auto sitting = m_database.prepare(
        QStringLiteral("INSERT INTO sittings (candidate_id, created_at, accommodations) VALUES (?, ?, ?)"));
    if (!sitting)
        return std::unexpected(sitting.error());
    sitting->bind(1, candidateId.trimmed()).bind(2, now).bind(3, QString::fromUtf8(accommodationsJson(accommodations)));
    if (auto done = sitting->run(); !done)
        return std::unexpected(done.error());
    const qint64 sittingId = m_database.lastInsertRowId();

    for (int position = 0; position < modules.size(); ++position) {
        const ModuleChoice& module = modules[position];
        const qint64 limit =
            accommodations.timeFactorPercent == 0
                ? 0
                : qint64(module.content->module.timeLimitMinutes) * 60'000 * accommodations.timeFactorPercent / 100;
        auto session = m_database.prepare(QStringLiteral(
            "INSERT INTO sessions (sitting_id, position, bank_id, bank_sha256, state, seed, time_factor_pct, limit_ms, "
            "created_at, rule_override, module_code) VALUES (?, ?, ?, ?, 'created', ?, ?, ?, ?, ?, ?)"));
        if (!session)
            return std::unexpected(session.error());
        session->bind(1, sittingId)
            .bind(2, position)
            .bind(3, module.bankId)
            .bind(4, QByteArrayView(module.bankSha256))
            .bind(5, QByteArrayView(forms[position].first))
            .bind(6, accommodations.timeFactorPercent)
            .bind(7, limit)
            .bind(8, now)
            .bind(9, module.ruleOverride)
            .bind(10, module.content->module.code);
        if (auto done = session->run(); !done)
            return std::unexpected(done.error());
        const qint64 sessionId = m_database.lastInsertRowId();
        auto item = m_database.prepare(QStringLiteral("INSERT INTO session_items (session_id, position, item_id, "
                                                      "option_order, seen_before) VALUES (?, ?, ?, ?, ?)"));
        auto response =
            m_database.prepare(QStringLiteral("INSERT INTO responses (session_id, position) VALUES (?, ?)"));
        auto exposure =
            m_database.prepare(QStringLiteral("INSERT INTO item_exposures (bank_id, item_id, forms) VALUES (?, ?, 1) "
                                              "ON CONFLICT (bank_id, item_id) DO UPDATE SET forms = forms + 1"));
        if (!item || !response || !exposure)
            return std::unexpected(!item ? item.error() : !response ? response.error() : exposure.error());
        const Form& form = forms[position].second;
        for (int i = 0; i < form.items.size(); ++i) {
            QStringList order;
            for (int option : form.items[i].optionOrder)
                order.append(QString::number(option));
            item->reset();
            item->bind(1, sessionId)
                .bind(2, i)
                .bind(3, form.items[i].itemId)
                .bind(4, order.join(u','))
                .bind(5, form.items[i].seenBefore ? 1 : 0);
            response->reset();
            response->bind(1, sessionId).bind(2, i);
            if (auto done = item->run(); !done)
                return std::unexpected(done.error());
            if (auto done = response->run(); !done)
                return std::unexpected(done.error());
            exposure->reset();
            exposure->bind(1, module.bankId).bind(2, form.items[i].itemId);
            if (auto done = exposure->run(); !done)
                return std::unexpected(done.error());
        }
        if (auto logged = m_audit.append(
                proctor.actor(), QStringLiteral("session.created"), QStringLiteral("session:%1").arg(sessionId),
                QStringLiteral("sitting %1, bank %2, time factor %3 %, read-aloud %4, "
                               "text size %5 %, colours %6, language %7, breaks %8, screen reader %9")
                    .arg(sittingId)
                    .arg(module.bankId)
                    .arg(accommodations.timeFactorPercent)
                    .arg(accommodations.readAloud ? QStringLiteral("on") : QStringLiteral("off"))
                    .arg(accommodations.textSizePercent)
                    .arg(accommodations.colourScheme)
                    .arg(accommodations.language.isEmpty() ? QStringLiteral("bank's") : accommodations.language)
                    .arg(accommodations.breaks ? QStringLiteral("on") : QStringLiteral("off"))
                    .arg(accommodations.screenReader ? QStringLiteral("on") : QStringLiteral("off")));
            !logged)
            return std::unexpected(logged.error());
        if (!module.ruleOverride.isEmpty()) {
            if (auto logged = m_audit.append(proctor.actor(), QStringLiteral("session.rule-overridden"),
                                             QStringLiteral("session:%1").arg(sessionId), module.ruleOverride);
                !logged)
                return std::unexpected(logged.error());
        }
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return sittingId;
}

Result<QList<qint64>> Sittings::sessions(qint64 sittingId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT id FROM sessions WHERE sitting_id = ? ORDER BY position"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sittingId);
    QList<qint64> ids;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return ids;
        ids.append(query->int64(0));
    }
}

Result<QSet<QString>> Sittings::seenItems(const QString& candidateId)
{
    // Forms the candidate worked on: not those set up and never started (a sitting closed early voids
    // them), whose items the candidate never saw. By the candidate's sessions first (an index each
    // way): a join starting from session_items would read every form the station ever made.
    auto query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT item_id FROM session_items WHERE session_id IN (SELECT s.id FROM sessions s "
                       "JOIN sittings t ON t.id = s.sitting_id WHERE t.candidate_id = ? AND s.state NOT IN ('created', "
                       "'awaiting-proctor') AND (s.state <> 'voided' OR s.elapsed_ms > 0 OR s.current_position > 0))"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, candidateId);
    QSet<QString> seen;
    auto read = query->forEachRow([&seen](const storage::Statement& row) { seen.insert(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    return seen;
}

Result<QHash<QString, int>> Sittings::exposures(const QString& bankId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT item_id, forms FROM item_exposures WHERE bank_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, bankId);
    QHash<QString, int> exposures;
    auto read = query->forEachRow(
        [&exposures](const storage::Statement& row) { exposures.insert(row.text(0), int(row.int64(1))); });
    if (!read)
        return std::unexpected(read.error());
    return exposures;
}

Result<std::optional<KnownCandidate>> Sittings::candidate(const QString& candidateId)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT c.id, c.name, count(t.id), max(t.created_at) FROM candidates c LEFT JOIN sittings t "
                       "ON t.candidate_id = c.id WHERE c.id = ? GROUP BY c.id"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, candidateId.trimmed());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<KnownCandidate>();
    KnownCandidate known{query->text(0), query->text(1), int(query->int64(2)), {}};
    if (!query->isNull(3))
        known.lastSitting = QDateTime::fromString(query->text(3), Qt::ISODateWithMs);
    return known;
}

Result<Accommodations> Sittings::accommodations(qint64 sittingId)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT t.accommodations, (SELECT s.time_factor_pct FROM sessions s WHERE s.sitting_id = t.id "
                       "ORDER BY s.position LIMIT 1) FROM sittings t WHERE t.id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sittingId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no sitting %1.").arg(sittingId));
    return accommodationsFrom(query->text(0).toUtf8(), query->isNull(1) ? 100 : int(query->int64(1)));
}

bool Sittings::Display::valid() const
{
    return Accommodations::colourSchemes().contains(colourScheme) && textSizePercent >= 100 && textSizePercent <= 300
           && readingRate >= -2 && readingRate <= 2;
}

Result<void> Sittings::setCandidateDisplay(qint64 sittingId, const Display& display)
{
    if (!display.valid())
        return fail(ErrorCode::InvalidArgument, tr("That display cannot be kept: a colour scheme of the kiosk and a "
                                                   "text size of 100 to 300 %."));
    auto update = m_database.prepare(QStringLiteral("UPDATE sittings SET candidate_display = ? WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    const QJsonObject json{{QStringLiteral("colourScheme"), display.colourScheme},
                           {QStringLiteral("textSizePercent"), display.textSizePercent},
                           {QStringLiteral("lineReader"), display.lineReader},
                           {QStringLiteral("readingRate"), display.readingRate}};
    update->bind(1, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))).bind(2, sittingId);
    return update->run();
}

Result<std::optional<Sittings::Display>> Sittings::candidateDisplay(qint64 sittingId)
{
    auto query = m_database.prepare(QStringLiteral("SELECT candidate_display FROM sittings WHERE id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sittingId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || query->isNull(0))
        return std::optional<Display>();
    return displayFrom(query->text(0).toUtf8());
}

std::optional<Sittings::Display> Sittings::displayFrom(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const Display display{object.value(QStringLiteral("colourScheme")).toString(),
                          object.value(QStringLiteral("textSizePercent")).toInt(),
                          object.value(QStringLiteral("lineReader")).toBool(),
                          object.value(QStringLiteral("readingRate")).toInt()};
    return display.valid() ? std::optional<Display>(display) : std::nullopt;
}

QByteArray Sittings::accommodationsJson(const Accommodations& accommodations)
{
    const QJsonObject display{{QStringLiteral("readAloud"), accommodations.readAloud},
                              {QStringLiteral("screenReader"), accommodations.screenReader},
                              {QStringLiteral("textSizePercent"), accommodations.textSizePercent},
                              {QStringLiteral("colourScheme"), accommodations.colourScheme},
                              {QStringLiteral("language"), accommodations.language},
                              {QStringLiteral("breaks"), accommodations.breaks},
                              {QStringLiteral("note"), accommodations.note.trimmed()}};
    return QJsonDocument(display).toJson(QJsonDocument::Compact);
}

Accommodations Sittings::accommodationsFrom(const QByteArray& json, int timeFactorPercent)
{
    // Written by create() alone; anything unreadable (a sitting from before migration 7) reads as the
    // standard display, which is what that sitting had.
    const QJsonObject stored = QJsonDocument::fromJson(json).object();
    Accommodations a;
    a.timeFactorPercent = timeFactorPercent;
    a.readAloud = stored.value(QStringLiteral("readAloud")).toBool(false);
    a.screenReader = stored.value(QStringLiteral("screenReader")).toBool(false);
    a.textSizePercent = std::clamp(stored.value(QStringLiteral("textSizePercent")).toInt(100), 100, 300);
    const QString scheme = stored.value(QStringLiteral("colourScheme")).toString();
    a.colourScheme = Accommodations::colourSchemes().contains(scheme) ? scheme : QStringLiteral("standard");
    const QString language = stored.value(QStringLiteral("language")).toString();
    a.language = Accommodations::languages().contains(language) ? language : QString();
    a.breaks = stored.value(QStringLiteral("breaks")).toBool(false);
    a.note = stored.value(QStringLiteral("note")).toString().left(Accommodations::NoteLimit);
    return a;
}

Result<std::optional<qint64>> Sittings::nextSession(qint64 sittingId)
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT id FROM sessions WHERE sitting_id = ? AND state NOT IN ('submitted', 'timed-out', 'voided') "
        "ORDER BY position LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sittingId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

Result<void> Sittings::close(qint64 sittingId, const ProctorAuthorization& proctor, const QString& reason)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto pending = m_database.prepare(QStringLiteral(
        "UPDATE sessions SET state = 'voided', end_reason = ? WHERE sitting_id = ? AND state IN ('created', "
        "'awaiting-proctor')"));
    if (!pending)
        return std::unexpected(pending.error());
    pending->bind(1, reason).bind(2, sittingId);
    if (auto done = pending->run(); !done)
        return done;
    auto running = m_database.prepare(QStringLiteral(
        "SELECT count(*) FROM sessions WHERE sitting_id = ? AND state IN ('in-progress', 'paused', 'on-break') "
        "AND moved_to = ''"));
    if (!running)
        return std::unexpected(running.error());
    running->bind(1, sittingId);
    auto row = running->step();
    if (!row)
        return std::unexpected(row.error());
    if (running->int64(0) > 0)
        return fail(ErrorCode::NotAllowed, tr("A module of this sitting is still running; end or void it first."));
    running->reset();
    auto closing = m_database.prepare(QStringLiteral("UPDATE sittings SET closed = 1 WHERE id = ?"));
    if (!closing)
        return std::unexpected(closing.error());
    closing->bind(1, sittingId);
    if (auto done = closing->run(); !done)
        return done;
    if (auto logged = m_audit.append(proctor.actor(), QStringLiteral("sitting.closed"),
                                     QStringLiteral("sitting:%1").arg(sittingId), reason);
        !logged)
        return logged;
    return transaction->commit();
}

Result<SessionOpening> Sittings::opening(qint64 sessionId)
{
    auto query = m_database.prepare(QStringLiteral(
        "SELECT s.sitting_id, c.id, c.name, s.bank_id, s.position, "
        "(SELECT count(*) FROM sessions o WHERE o.sitting_id = s.sitting_id), "
        "(SELECT o.bank_id FROM sessions o WHERE o.sitting_id = s.sitting_id AND o.position > s.position "
        "ORDER BY o.position LIMIT 1), "
        "t.accommodations, (SELECT o.time_factor_pct FROM sessions o WHERE o.sitting_id = t.id ORDER BY o.position "
        "LIMIT 1), t.candidate_display, s.moved_from "
        "FROM sessions s JOIN sittings t ON t.id = s.sitting_id JOIN candidates c ON c.id = t.candidate_id "
        "WHERE s.id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, sessionId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no session %1 on this station.").arg(sessionId));
    SessionOpening opening;
    SessionPlace& place = opening.place;
    place.sittingId = query->int64(0);
    place.candidateId = query->text(1);
    place.candidateName = query->text(2);
    place.bankId = query->text(3);
    place.position = int(query->int64(4));
    place.moduleCount = int(query->int64(5));
    if (!query->isNull(6))
        place.nextBankId = query->text(6);
    opening.accommodations = accommodationsFrom(query->text(7).toUtf8(), query->isNull(8) ? 100 : int(query->int64(8)));
    if (!query->isNull(9))
        opening.candidateDisplay = displayFrom(query->text(9).toUtf8());
    place.movedFrom = query->text(10);
    return opening;
}

Result<SessionPlace> Sittings::place(qint64 sessionId)
{
    auto opening = this->opening(sessionId);
    if (!opening)
        return std::unexpected(opening.error());
    return opening->place;
}

Result<std::optional<qint64>> Sittings::openSitting()
{
    auto query =
        m_database.prepare(QStringLiteral("SELECT id FROM sittings WHERE closed = 0 ORDER BY id DESC LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

Result<std::optional<qint64>> Sittings::interruptedSession()
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT id FROM sessions WHERE state IN ('in-progress', 'paused', 'on-break') AND moved_to = '' "
                       "ORDER BY id LIMIT 1"));
    if (!query)
        return std::unexpected(query.error());
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>(query->int64(0)) : std::nullopt;
}

} // namespace exam::session
