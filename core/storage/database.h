#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace exam::storage {

class Statement;
class Transaction;

// One numbered schema step. Migration k turns schema k-1 into schema k; it runs in one transaction
// together with `PRAGMA user_version = k`, so a failure midway leaves schema k-1 exactly as it was.
struct Migration
{
    int version;
    QString sql;
};

// A SQLite connection with the settings the kiosk relies on, chosen on purpose:
// - journal_mode=WAL: readers (the proctor's station page) never block the writer (the candidate);
// - synchronous=FULL: a commit that returned survives a power cut, which is the promise the UI makes
//   when it shows an answer as saved (NORMAL could lose the last commits in WAL mode);
// - foreign_keys=ON: SQLite leaves it off by default.
// Used from one thread at a time. Every failure is a Result with a message for people.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(exam::storage::Database)
public:
    // Open (creating if needed) and bring the schema up to the newest migration. A database whose
    // user_version is newer than the newest migration is refused, untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, std::span<const Migration> migrations);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    Result<int> userVersion();
    // SQLite's quick_check: whether the file's pages and indexes are consistent (examctl check).
    Result<bool> intact();

    // Run SQL without results (one or several statements).
    Result<void> exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    // BEGIN IMMEDIATE: takes the write lock now, so a later write in it cannot fail with "busy".
    Result<Transaction> begin();
    // Whether a transaction is open on this connection (begin() or an explicit BEGIN).
    bool inTransaction() const;

    qint64 lastInsertRowId() const;
    int changes() const;

    // Fault injection for tests: the operation after the next `operations` ones fails as an I/O error
    // would (0 = the very next one). Counted operations: prepare, step, exec, begin and commit.
    // Negative turns it off.
    void failAfter(int operations) { m_failAfter = operations; }
    bool faultArmed() const { return m_failAfter >= 0; }

private:
    friend class Statement;
    friend class Transaction;
    Database(sqlite3* db, QString path);

    Result<void> applyMigrations(std::span<const Migration> migrations);
    Result<void> consumeFault();
    std::unexpected<Error> sqliteError(int rc, const QString& operation) const;

    sqlite3* m_db = nullptr;
    QString m_path;
    int m_failAfter = -1;
    // Prepared statements kept for their next use, by SQL text (StatementCache). A confirmed answer
    // runs the same few statements every time; preparing them was most of its CPU work.
    std::shared_ptr<struct StatementCache> m_statements;
};

// A prepared statement. Bind with 1-based indexes, step, read columns with 0-based indexes.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, QByteArrayView blob);
    Statement& bindNull(int index);

    // true: a row is available; false: the statement is done.
    Result<bool> step();
    // Step to completion, for statements that return no rows.
    Result<void> run();
    // Every row, each read by `read(*this)`; the first failing step ends it with that error.
    template<typename Read>
    Result<void> forEachRow(Read&& read)
    {
        while (true) {
            auto row = step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                return {};
            read(*this);
        }
    }
    // Reset for another execution with new bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(Database* db, sqlite3_stmt* stmt, QString sql, std::weak_ptr<StatementCache> cache)
        : m_db(db), m_stmt(stmt), m_sql(std::move(sql)), m_cache(std::move(cache))
    {
    }
    void noteBind(int rc);
    void release(); // back to the cache, reset, or finalised when there is none

    Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
    QString m_sql;
    std::weak_ptr<StatementCache> m_cache;
};

// A write transaction that rolls back unless commit() succeeded.
class Transaction
{
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    friend class Database;
    explicit Transaction(Database* db) : m_db(db) { }
    Database* m_db = nullptr;
};

} // namespace exam::storage
