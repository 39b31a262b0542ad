// The room console's copy of its stations' replicas (issue 26): an entry is kept only when it links to
// the last one kept for its station and session, a batch in one transaction, all or nothing.
#include "crypto/ed25519.h"
#include "room/consolestore.h"
#include "room/replicastore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTemporaryDir>

using namespace exam;
using Stored = session::ReplicaJournal::Stored;

namespace {

// A chain of `count` checkpoints of session `sessionId`, as a station's journal links them.
QList<Stored> chain(qint64 sessionId, int count)
{
    QList<Stored> entries;
    QByteArray previous(32, '\0');
    for (int i = 1; i <= count; ++i) {
        Stored stored;
        stored.entry.sessionId = sessionId;
        stored.entry.sequence = i;
        stored.entry.at = QDateTime(QDate(2026, 12, 8), QTime(9, 0), Qt::UTC).addSecs(4 * i);
        stored.entry.kind = QStringLiteral("checkpoint");
        stored.entry.state = session::SessionState::InProgress;
        stored.entry.elapsedMs = 4'000 * i;
        stored.body = stored.entry.body();
        stored.previousHash = previous;
        stored.hash = session::ReplicaJournal::linkHash(previous, stored.body);
        previous = stored.hash;
        entries.append(stored);
    }
    return entries;
}

} // namespace

TEST_CASE("Replica store: a batch is kept whole when it links, refused whole when it does not", "[room][replica]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = storage::Database::open(dir.filePath(QStringLiteral("console.sqlite")), room::consoleMigrations());
    REQUIRE(database);
    room::ReplicaStore store(**database);
    const QByteArray station(32, 'a');
    const QList<Stored> entries = chain(7, 40);

    // Many entries in one batch (a station back after a while sends them so).
    auto kept = store.keep(station, 7, entries.mid(0, 25));
    REQUIRE(kept);
    CHECK(kept->sequence == 25);
    CHECK(kept->hash == entries.at(24).hash);

    // Sent again, or with one missing, or changed: refused, and nothing of the batch kept.
    CHECK(store.keep(station, 7, entries.mid(20, 10)).error().code == ErrorCode::Conflict);
    CHECK(store.keep(station, 7, entries.mid(26, 10)).error().code == ErrorCode::Conflict);
    QList<Stored> changed = entries.mid(25, 15);
    changed[3].body.replace("\"elapsedMs\":116000", "\"elapsedMs\":1000");
    CHECK(store.keep(station, 7, changed).error().code == ErrorCode::Conflict);
    auto last = store.last(station, 7);
    REQUIRE(last);
    CHECK(last->sequence == 25);

    // The rest follows on; another station's session 7 is a chain of its own.
    REQUIRE(store.keep(station, 7, entries.mid(25)));
    REQUIRE(store.keep(QByteArray(32, 'b'), 7, entries.mid(0, 3)));
    auto all = store.entries(station, 7);
    REQUIRE(all);
    REQUIRE(all->size() == 40);
    CHECK_FALSE(session::ReplicaJournal::firstBrokenLink(*all));
    for (int i = 0; i < 40; ++i)
        CHECK(all->at(i).entry == entries.at(i).entry);
    auto other = store.last(QByteArray(32, 'b'), 7);
    REQUIRE(other);
    CHECK(other->sequence == 3);
}

TEST_CASE("Replica store: the station's signature over a batch's last entry is kept with it and verifies only "
          "for that entry",
          "[room][replica]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto database = storage::Database::open(dir.filePath(QStringLiteral("console.sqlite")), room::consoleMigrations());
    REQUIRE(database);
    room::ReplicaStore store(**database);
    const QByteArray station(32, 'a');
    const QList<Stored> entries = chain(9, 12);
    auto keys = crypto::Ed25519::generate();
    REQUIRE(keys);
    const auto sign = [&](qint64 sequence, const QByteArray& head) {
        auto signature = crypto::Ed25519::sign(
            keys->privateKey.view(), session::ReplicaJournal::headStatement(QStringLiteral("st-1"), 9, sequence, head));
        REQUIRE(signature);
        return room::ReplicaProof{QStringLiteral("st-1"), keys->publicKey, *signature};
    };
    auto none = store.signedHead(station, 9);
    REQUIRE(none);
    CHECK_FALSE(*none);

    const room::ReplicaProof first = sign(5, entries.at(4).hash);
    REQUIRE(first.verify(9, 5, entries.at(4).hash));
    REQUIRE(store.keep(station, 9, entries.mid(0, 5), first));
    REQUIRE(store.keep(station, 9, entries.mid(5, 4))); // unsigned
    auto head = store.signedHead(station, 9);
    REQUIRE(head);
    REQUIRE(*head);
    CHECK((*head)->sequence == 5);
    CHECK((*head)->head == entries.at(4).hash);
    CHECK((*head)->proof.signature == first.signature);
    REQUIRE(store.keep(station, 9, entries.mid(9), sign(12, entries.at(11).hash)));
    head = store.signedHead(station, 9);
    REQUIRE(head);
    CHECK((*head)->sequence == 12);
    CHECK((*head)->proof.verify(9, 12, entries.at(11).hash));

    // The same signature does not vouch for another entry, session or station.
    CHECK(first.verify(9, 6, entries.at(4).hash).error().code == ErrorCode::AuthenticationFailed);
    CHECK_FALSE(first.verify(9, 5, entries.at(5).hash));
    CHECK_FALSE(first.verify(8, 5, entries.at(4).hash));
    room::ReplicaProof otherStation = first;
    otherStation.stationId = QStringLiteral("st-2");
    CHECK_FALSE(otherStation.verify(9, 5, entries.at(4).hash));
    // Read back from JSON as sent, strictly.
    auto read = room::ReplicaProof::fromJson(first.toJson());
    REQUIRE(read);
    CHECK(read->signature == first.signature);
    QJsonObject truncated = first.toJson();
    truncated[QStringLiteral("signature")] = QString::fromLatin1(first.signature.left(40).toBase64());
    CHECK_FALSE(room::ReplicaProof::fromJson(truncated));
}
