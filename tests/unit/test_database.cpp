#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace exam;
using namespace exam::storage;

namespace {

const Migration V1{1, QStringLiteral("CREATE TABLE answers (item TEXT PRIMARY KEY, choice INTEGER NOT NULL) STRICT;")};
const Migration V2{2, QStringLiteral("ALTER TABLE answers ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;"
                                     "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT NOT NULL);")};

qint64 scalar(Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt);
    auto row = stmt->step();
    REQUIRE(row);
    REQUIRE(*row);
    return stmt->int64(0);
}

QString text(Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt);
    auto row = stmt->step();
    REQUIRE(row);
    REQUIRE(*row);
    return stmt->text(0);
}

bool tableExists(Database& db, const QString& table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?1"));
    REQUIRE(stmt);
    stmt->bind(1, table);
    REQUIRE(*stmt->step());
    return stmt->int64(0) == 1;
}

// One candidate action: one transaction with one write.
Result<void> saveAnswer(Database& db, const QString& item, int choice)
{
    auto transaction = db.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto stmt = db.prepare(QStringLiteral("INSERT INTO answers (item, choice) VALUES (?1, ?2) "
                                          "ON CONFLICT (item) DO UPDATE SET choice = excluded.choice"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, item).bind(2, choice);
    if (auto ok = stmt->run(); !ok)
        return ok;
    return transaction->commit();
}

int answerCount(Database& db)
{
    return int(scalar(db, QStringLiteral("SELECT count(*) FROM answers")));
}

} // namespace

TEST_CASE("A new database gets the durability settings and every migration", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    const Migration migrations[] = {V1, V2};
    auto db = Database::open(path, migrations);
    REQUIRE(db);
    CHECK(text(**db, QStringLiteral("PRAGMA journal_mode")) == QLatin1String("wal"));
    CHECK(scalar(**db, QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(scalar(**db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(*(*db)->userVersion() == 2);
    CHECK(tableExists(**db, QStringLiteral("events")));
}

TEST_CASE("Migrations run once each and only the new ones run on upgrade", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    {
        const Migration first[] = {V1};
        auto db = Database::open(path, first);
        REQUIRE(db);
        REQUIRE(saveAnswer(**db, QStringLiteral("Q1"), 2));
    }
    const Migration both[] = {V1, V2};
    auto db = Database::open(path, both);
    REQUIRE(db);
    CHECK(*(*db)->userVersion() == 2);
    CHECK(answerCount(**db) == 1); // V1 did not run again
    CHECK(scalar(**db, QStringLiteral("SELECT flagged FROM answers WHERE item='Q1'")) == 0);
}

TEST_CASE("A migration that fails midway leaves the old schema and data intact", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    {
        const Migration first[] = {V1};
        auto db = Database::open(path, first);
        REQUIRE(db);
        REQUIRE(saveAnswer(**db, QStringLiteral("Q1"), 3));
    }
    const Migration broken{2, QStringLiteral("ALTER TABLE answers ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;"
                                             "CREATE TABLE events (id INTEGER PRIMARY KEY);"
                                             "INSERT INTO no_such_table VALUES (1);")};
    const Migration withBroken[] = {V1, broken};
    auto failed = Database::open(path, withBroken);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::MigrationFailed);
    CHECK(failed.error().message.contains(QLatin1String("left at format 1")));

    const Migration first[] = {V1};
    auto db = Database::open(path, first);
    REQUIRE(db);
    CHECK(*(*db)->userVersion() == 1);
    CHECK_FALSE(tableExists(**db, QStringLiteral("events")));
    CHECK_FALSE((*db)->prepare(QStringLiteral("SELECT flagged FROM answers"))); // the ALTER was undone
    CHECK(scalar(**db, QStringLiteral("SELECT choice FROM answers WHERE item='Q1'")) == 3);
}

TEST_CASE("A database written by a newer build is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.sqlite"));
    {
        const Migration both[] = {V1, V2};
        auto db = Database::open(path, both);
        REQUIRE(db);
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA user_version=7")));
    }
    const Migration older[] = {V1, V2};
    auto refused = Database::open(path, older);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::SchemaTooNew);
    CHECK(refused.error().message.contains(QLatin1String("newer version")));
    CHECK(refused.error().message.contains(QLatin1String("format 7")));

    const Migration none[] = {V1};
    CHECK(Database::open(path, none).error().code == ErrorCode::SchemaTooNew);
}

TEST_CASE("Files that are not databases and unwritable places give clear errors", "[storage]")
{
    QTemporaryDir dir;
    const Migration first[] = {V1};

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    auto corrupt = Database::open(garbage, first);
    REQUIRE_FALSE(corrupt);
    CHECK(corrupt.error().code == ErrorCode::DatabaseCorrupt);
    CHECK(corrupt.error().message.contains(garbage));

    auto missing = Database::open(dir.filePath(QStringLiteral("no/such/folder/station.sqlite")), first);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::IoError);
}

TEST_CASE("Values of every kind round-trip through statements", "[storage]")
{
    QTemporaryDir dir;
    const Migration kinds[] = {{1, QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")}};
    auto db = Database::open(dir.filePath(QStringLiteral("k.sqlite")), kinds);
    REQUIRE(db);
    const QByteArray blob("\0\1\2binary\xff", 10);
    const QString unicode = QStringLiteral("Größe ± 0,05 mm — ñ 😂");
    auto insert = (*db)->prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)"));
    REQUIRE(insert);
    insert->bind(1, qint64(1) << 40).bind(2, 0.25).bind(3, unicode).bind(4, QByteArrayView(blob)).bindNull(5);
    REQUIRE(insert->run());
    insert->reset();
    insert->bind(1, 0).bind(2, 0.0).bind(3, QString()).bind(4, QByteArrayView()).bindNull(5);
    REQUIRE(insert->run());

    auto select = (*db)->prepare(QStringLiteral("SELECT i, r, s, b, n, typeof(b) FROM t ORDER BY rowid"));
    REQUIRE(select);
    REQUIRE(*select->step());
    CHECK(select->int64(0) == qint64(1) << 40);
    CHECK(select->real(1) == 0.25);
    CHECK(select->text(2) == unicode);
    CHECK(select->blob(3) == blob);
    CHECK(select->isNull(4));
    REQUIRE(*select->step());
    CHECK(select->text(5) == QLatin1String("blob")); // an empty blob stays a blob, not NULL
    CHECK_FALSE(*select->step());

    auto bad = (*db)->prepare(QStringLiteral("SELECT * FROM nowhere"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::DatabaseError);
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[storage]")
{
    QTemporaryDir dir;
    const Migration first[] = {V1};
    auto db = Database::open(dir.filePath(QStringLiteral("t.sqlite")), first);
    REQUIRE(db);
    {
        auto transaction = (*db)->begin();
        REQUIRE(transaction);
        REQUIRE((*db)->exec(QStringLiteral("INSERT INTO answers VALUES ('Q9', 1)")));
    }
    CHECK(answerCount(**db) == 0);
    REQUIRE(saveAnswer(**db, QStringLiteral("Q9"), 1));
    CHECK(answerCount(**db) == 1);
}

TEST_CASE("Fault injection: a failure at any operation never looks like success", "[storage][faults]")
{
    QTemporaryDir dir;
    const Migration first[] = {V1};
    auto db = Database::open(dir.filePath(QStringLiteral("f.sqlite")), first);
    REQUIRE(db);
    REQUIRE(saveAnswer(**db, QStringLiteral("Q0"), 0));

    int failures = 0;
    for (int i = 0; i < 12; ++i) {
        INFO("failing operation " << i);
        const QString item = QStringLiteral("Q%1").arg(i + 1);
        (*db)->failAfter(i);
        auto saved = saveAnswer(**db, item, 1);
        const bool faultFired = !(*db)->faultArmed();
        (*db)->failAfter(-1);
        auto check = (*db)->prepare(QStringLiteral("SELECT count(*) FROM answers WHERE item=?1"));
        REQUIRE(check);
        check->bind(1, item);
        REQUIRE(*check->step());
        const bool stored = check->int64(0) == 1;
        if (saved) {
            CHECK(stored);
            CHECK_FALSE(faultFired); // the fault lay beyond this save
        } else {
            ++failures;
            CHECK_FALSE(stored); // never stored when not confirmed
            CHECK(saved.error().code == ErrorCode::IoError);
            CHECK(saved.error().message.contains(QLatin1String("what was saved before is safe")));
        }
    }
    CHECK(failures == 4); // begin, prepare, step, commit each failed once
    CHECK(scalar(**db, QStringLiteral("SELECT choice FROM answers WHERE item='Q0'")) == 0);
    REQUIRE(saveAnswer(**db, QStringLiteral("after"), 2)); // fully working again
    CHECK(text(**db, QStringLiteral("PRAGMA integrity_check")) == QLatin1String("ok"));
}

TEST_CASE("A full disk is reported as such and keeps what was saved", "[storage][faults]")
{
    QTemporaryDir dir;
    const Migration first[] = {V1};
    auto db = Database::open(dir.filePath(QStringLiteral("full.sqlite")), first);
    REQUIRE(db);
    REQUIRE(saveAnswer(**db, QStringLiteral("Q1"), 1));
    // A real SQLITE_FULL: cap the database at its current size.
    const qint64 pages = scalar(**db, QStringLiteral("PRAGMA page_count"));
    REQUIRE((*db)->exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages)));

    Result<void> saved;
    int i = 0;
    const QString padding(2000, QLatin1Char('x'));
    for (; i < 200 && saved; ++i)
        saved = saveAnswer(**db, QStringLiteral("Q-%1-%2").arg(i).arg(padding), 1);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::StorageFull);
    CHECK(saved.error().message.contains(QLatin1String("full")));
    CHECK(scalar(**db, QStringLiteral("SELECT choice FROM answers WHERE item='Q1'")) == 1);

    REQUIRE((*db)->exec(QStringLiteral("PRAGMA max_page_count=1000000")));
    CHECK(saveAnswer(**db, QStringLiteral("Q2"), 4)); // space again: it continues
}

TEST_CASE("Statements used again start clean, never hold the database, and may outlive it", "[storage]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")), std::span<const Migration>(&V1, 1));
    REQUIRE(db);
    const QString insertSql = QStringLiteral("INSERT INTO answers (item, choice) VALUES (?1, ?2)");
    {
        auto insert = (*db)->prepare(insertSql);
        REQUIRE(insert);
        insert->bind(1, QStringLiteral("Q1")).bind(2, 3);
        REQUIRE(insert->run());
        auto left = (*db)->prepare(insertSql); // the same SQL while the first is in use: a second statement
        REQUIRE(left);
        left->bind(1, QStringLiteral("Q2")).bind(2, 1); // bound, never run
    }
    {
        // Used again, with nothing left of the last bindings: the NOT NULL choice refuses the row.
        auto again = (*db)->prepare(insertSql);
        REQUIRE(again);
        again->bind(1, QStringLiteral("Q3"));
        CHECK_FALSE(again->run());
    }
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM answers")) == 1);

    // A read given up half way holds no read transaction: the WAL can be checkpointed whole.
    {
        auto insert = (*db)->prepare(insertSql);
        REQUIRE(insert);
        insert->bind(1, QStringLiteral("Q4")).bind(2, 2);
        REQUIRE(insert->run());
        auto reading = (*db)->prepare(QStringLiteral("SELECT item FROM answers"));
        REQUIRE(reading);
        REQUIRE(*reading->step());
    }
    auto checkpoint = (*db)->prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    REQUIRE(checkpoint);
    REQUIRE(*checkpoint->step());
    CHECK(checkpoint->int64(0) == 0); // not busy
    checkpoint->reset();

    // A statement still alive when its database goes is finalised, not returned to a cache that is gone.
    auto survivor = (*db)->prepare(QStringLiteral("SELECT count(*) FROM answers"));
    REQUIRE(survivor);
    db->reset();
}
