#include "replicasnapshot.h"

#include "crypto/sha256.h"
#include "json/canonicalwriter.h"
#include "json/strictobject.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace exam::session {

namespace {

constexpr qint64 MaxMs = std::numeric_limits<qint64>::max();

QJsonObject parsed(const QByteArray& canonical)
{
    return QJsonDocument::fromJson(canonical).object();
}

// Whether `response` names only what the item at `position` has.
bool fitsForm(const Form& form, int position, std::optional<int> choice, int struck)
{
    if (position < 0 || position >= form.items.size())
        return false;
    const int options = int(form.items.at(position).optionOrder.size());
    return options > 0 && (!choice || (*choice >= 0 && *choice < options)) && struck >= 0 && struck < (1 << options);
}

} // namespace

Result<ReplicaSnapshot> ReplicaSnapshot::fromReplica(const QList<ReplicaJournal::Stored>& entries)
{
    if (entries.isEmpty())
        return fail(ErrorCode::NotFound, ReplicaJournal::tr("The replica is empty: the session never began."));
    if (auto broken = ReplicaJournal::firstBrokenLink(entries))
        return fail(ErrorCode::AuthenticationFailed,
                    ReplicaJournal::tr("The replica's entry %1 does not link to the one before it: the replica was "
                                       "changed, or entries are missing.")
                        .arg(*broken));
    const ReplicaEntry& first = entries.first().entry;
    if (!first.setup)
        return fail(ErrorCode::ParseError, ReplicaJournal::tr("The replica does not begin with the session's set-up."));
    ReplicaSnapshot snapshot;
    snapshot.setup = *first.setup;
    snapshot.movedFrom = first.movedFrom;
    snapshot.sessionId = first.sessionId;
    const int items = int(snapshot.setup.form.items.size());
    snapshot.responses.resize(items);
    if (!first.responses.isEmpty()) { // moved here from another station: its responses then
        if (first.responses.size() != items)
            return fail(ErrorCode::ParseError,
                        ReplicaJournal::tr("The sitting has %1 responses for a form of %2 items.")
                            .arg(first.responses.size())
                            .arg(items));
        for (int position = 0; position < items; ++position) {
            const Response& carried = first.responses.at(position);
            if (!fitsForm(snapshot.setup.form, position, carried.choice, carried.struck))
                return fail(ErrorCode::ParseError, ReplicaJournal::tr("The replica's entry %1 names an item or option "
                                                                      "the form does not have.")
                                                       .arg(first.sequence));
        }
        snapshot.responses = first.responses;
    }
    for (const ReplicaJournal::Stored& stored : entries) {
        const ReplicaEntry& entry = stored.entry;
        if (entry.sessionId != snapshot.sessionId || entry.current < 0 || entry.current >= items)
            return fail(ErrorCode::ParseError,
                        ReplicaJournal::tr("The replica's entry %1 does not fit its session.").arg(entry.sequence));
        if (entry.response) {
            const ReplicaEntry::Response& changed = *entry.response;
            if (!fitsForm(snapshot.setup.form, changed.position, changed.choice, changed.struck))
                return fail(ErrorCode::ParseError,
                            ReplicaJournal::tr("The replica's entry %1 names an item or option the form does not have.")
                                .arg(entry.sequence));
            Response& response = snapshot.responses[changed.position];
            // Counted as the station counts them: another choice, or a choice cleared, is a change.
            if (entry.kind == u"item.changed" || entry.kind == u"item.cleared")
                ++response.changes;
            if (entry.kind == u"item.answered" || entry.kind == u"item.changed")
                response.answeredAtMs = entry.elapsedMs;
            response.choice = changed.choice;
            response.flagged = changed.flagged;
            response.struck = changed.struck;
        }
        snapshot.last = entry;
    }
    snapshot.sequence = entries.last().entry.sequence;
    snapshot.head = entries.last().hash;
    return snapshot;
}

QJsonObject ReplicaSnapshot::toJson() const
{
    CanonicalWriter setupJson(512 + setup.form.items.size() * 48);
    setup.write(setupJson);
    QJsonArray moves;
    for (const ReplicaEntry::Origin& origin : movedFrom) {
        CanonicalWriter move;
        origin.write(move);
        moves.append(parsed(move.finish().value_or(QByteArray())));
    }
    QJsonArray answers;
    for (const Response& response : responses) {
        CanonicalWriter answer(96);
        response.write(answer);
        answers.append(parsed(answer.finish().value_or(QByteArray())));
    }
    return QJsonObject{{QStringLiteral("head"), QString::fromLatin1(head.toHex())},
                       {QStringLiteral("last"), parsed(last.body())},
                       {QStringLiteral("movedFrom"), moves},
                       {QStringLiteral("responses"), answers},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("session"), sessionId},
                       {QStringLiteral("setup"), parsed(setupJson.finish().value_or(QByteArray()))}};
}

Result<ReplicaSnapshot> ReplicaSnapshot::fromJson(const QJsonObject& json)
{
    StrictObject in(json, QStringLiteral("sitting"));
    ReplicaSnapshot snapshot;
    snapshot.head = ReplicaSetup::readHex(in, QStringLiteral("head"), crypto::Sha256::DigestSize);
    StrictObject last = in.object(QStringLiteral("last"));
    in.absorb(last);
    const QJsonArray moves = in.array(QStringLiteral("movedFrom"), 0, 100);
    for (qsizetype i = 0; i < moves.size() && in.ok(); ++i) {
        StrictObject move = in.element(moves, QStringLiteral("movedFrom"), i);
        snapshot.movedFrom.append(ReplicaEntry::Origin::read(move));
        in.absorb(move);
    }
    const QJsonArray answers = in.array(QStringLiteral("responses"), 1, 1'000);
    snapshot.sequence = in.integer(QStringLiteral("sequence"), 1, MaxMs);
    snapshot.sessionId = in.integer(QStringLiteral("session"), 1, MaxMs);
    StrictObject setup = in.object(QStringLiteral("setup"));
    snapshot.setup = ReplicaSetup::read(setup);
    in.absorb(setup);
    for (qsizetype i = 0; i < answers.size() && in.ok(); ++i) {
        StrictObject answer = in.element(answers, QStringLiteral("responses"), i);
        const Response response = Response::read(answer);
        if (answer.ok() && !fitsForm(snapshot.setup.form, int(i), response.choice, response.struck))
            answer.reject(QStringLiteral("choice"), ReplicaJournal::tr("names an option the item does not have."));
        in.absorb(answer);
        snapshot.responses.append(response);
    }
    in.rejectUnknownFields();
    if (auto problem = in.error())
        return std::unexpected(*problem);
    if (snapshot.responses.size() != snapshot.setup.form.items.size())
        return fail(ErrorCode::ParseError, ReplicaJournal::tr("The sitting has %1 responses for a form of %2 items.")
                                               .arg(snapshot.responses.size())
                                               .arg(snapshot.setup.form.items.size()));
    auto entry = ReplicaEntry::fromBody(QJsonDocument(json.value(QStringLiteral("last")).toObject()).toJson());
    if (!entry)
        return std::unexpected(entry.error());
    snapshot.last = *entry;
    if (snapshot.last.sessionId != snapshot.sessionId || snapshot.last.sequence != snapshot.sequence
        || snapshot.last.current >= snapshot.setup.form.items.size())
        return fail(ErrorCode::ParseError,
                    ReplicaJournal::tr("The sitting's last step does not belong to its session."));
    return snapshot;
}

} // namespace exam::session
