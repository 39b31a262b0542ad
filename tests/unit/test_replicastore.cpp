// The room console's copy of its stations' replicas (issue 26): an entry is kept only when it links to
// the last one kept for its station and session, a batch in one transaction, all or nothing.
#include "room/consolestore.h"
#include "room/replicastore.h"
#include "storage/database.h"
#include "testsupport.h"

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
