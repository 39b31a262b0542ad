#include "database.h"

#include "util/diskspace.h"

#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "exam.storage")

namespace exam::storage {

namespace {
constexpr int BusyTimeoutMs = 5000;
constexpr qsizetype MaxCachedStatements = 64; // the kiosk has fewer; SQL built on the fly is not kept beyond
} // namespace

// Statements not in use, ready for their SQL again. Shared with the statements handed out (weakly),
// so one that outlives its database is finalised instead of returned.
struct StatementCache
{
    QMultiHash<QString, sqlite3_stmt*> idle;

    ~StatementCache()
    {
        for (sqlite3_stmt* statement : std::as_const(idle))
            sqlite3_finalize(statement);
    }
};

Database::Database(sqlite3* db, QString path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_shared<StatementCache>())
{
}

Database::~Database()
{
    // sqlite3_close_v2 defers the close until every statement is finalised, so a stray Statement
    // cannot leave a dangling handle; the cached ones go first.
    m_statements.reset();
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, std::span<const Migration> migrations)
{
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return db->sqliteError(rc, tr("open"));
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);

    // journal_mode answers with the mode in force: WAL can be refused (e.g. on some network file
    // systems), and the durability promise depends on it, so check rather than assume.
    auto mode = db->prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return std::unexpected(mode.error());
    auto row = mode->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || mode->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::DatabaseError,
                    tr("The database %1 cannot use write-ahead logging on this disk. Put the data folder on a local "
                       "disk.")
                        .arg(path));
    mode = Statement(nullptr, nullptr, {}, {}); // reset (done with) before the next pragmas

    if (auto ok = db->exec(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db->applyMigrations(migrations); !ok)
        return std::unexpected(ok.error());
    return db;
}

Result<int> Database::userVersion()
{
    auto stmt = prepare(QStringLiteral("PRAGMA user_version"));
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? static_cast<int>(stmt->int64(0)) : 0;
}

Result<bool> Database::intact()
{
    auto stmt = prepare(QStringLiteral("PRAGMA quick_check"));
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && stmt->text(0) == u"ok";
}

Result<void> Database::applyMigrations(std::span<const Migration> migrations)
{
    auto current = userVersion();
    if (!current)
        return std::unexpected(current.error());
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > newest)
        return fail(ErrorCode::SchemaTooNew,
                    tr("The database %1 was written by a newer version of this program (data format %2; this "
                       "version understands up to %3). It was not changed. Install the newer version, or use a "
                       "different data folder.")
                        .arg(m_path)
                        .arg(*current)
                        .arg(newest));
    for (qsizetype i = 0; i < qsizetype(migrations.size()); ++i) {
        const Migration& migration = migrations[size_t(i)];
        Q_ASSERT_X(migration.version == i + 1, "Database::applyMigrations", "migrations must be numbered 1, 2, 3…");
        if (migration.version <= *current)
            continue;
        auto transaction = begin();
        auto applied = transaction ? exec(migration.sql) : Result<void>(std::unexpected(transaction.error()));
        if (applied)
            applied = exec(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        if (applied)
            applied = transaction->commit();
        if (!applied) {
            if (transaction)
                transaction->rollback();
            qCWarning(lcStorage) << "migration" << migration.version << "failed:" << applied.error().message;
            return fail(ErrorCode::MigrationFailed,
                        tr("Updating the database %1 to data format %2 failed, and it was left at format %3: %4")
                            .arg(m_path)
                            .arg(migration.version)
                            .arg(migration.version - 1)
                            .arg(applied.error().message));
        }
        qCInfo(lcStorage) << "database schema now at version" << migration.version;
    }
    return {};
}

Result<void> Database::consumeFault()
{
    if (m_failAfter < 0)
        return {};
    if (m_failAfter-- > 0)
        return {};
    return sqliteError(SQLITE_IOERR_WRITE, tr("simulated fault"));
}

std::unexpected<Error> Database::sqliteError(int rc, const QString& operation) const
{
    const QString detail = m_db && sqlite3_errcode(m_db) == rc ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                                               : QString::fromUtf8(sqlite3_errstr(rc));
    // A full disk often comes as an I/O error (the journal or its shared memory cannot grow) or as a
    // file that cannot be opened: say what it is.
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL
        || ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && DiskSpace::isFull(m_path)))
        return fail(ErrorCode::StorageFull, DiskSpace::fullMessage(m_path));
    switch (primary) {
    case SQLITE_IOERR:
        return fail(ErrorCode::IoError,
                    tr("The disk that holds %1 reported a read or write error (%2, during %3); what was saved "
                       "before is safe. Check the disk, then continue.")
                        .arg(m_path, detail, operation));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return fail(ErrorCode::DatabaseCorrupt,
                    tr("The file %1 is damaged or is not a database of this program (%2). Restore it from a "
                       "backup or move it aside.")
                        .arg(m_path, detail));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        return fail(ErrorCode::IoError,
                    tr("The database %1 cannot be opened for writing (%2). Check that the folder exists and "
                       "that this user may write to it.")
                        .arg(m_path, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return fail(
            ErrorCode::DatabaseError,
            tr("The database %1 is in use by another program (%2). Close it and try again.").arg(m_path, detail));
    default:
        return fail(ErrorCode::DatabaseError,
                    tr("The database %1 reported an error during %2: %3").arg(m_path, operation, detail));
    }
}

Result<void> Database::exec(const QString& sql)
{
    if (auto fault = consumeFault(); !fault)
        return fault;
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return sqliteError(rc, tr("a statement"));
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (auto fault = consumeFault(); !fault)
        return std::unexpected(fault.error());
    if (auto cached = m_statements->idle.find(sql); cached != m_statements->idle.end()) {
        sqlite3_stmt* stmt = cached.value();
        m_statements->idle.erase(cached);
        return Statement(this, stmt, sql, m_statements);
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    // PERSISTENT: it is meant to be used again (SQLite's hint for where to keep it).
    const int rc =
        sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(rc, tr("preparing a statement"));
    return Statement(this, stmt, sql, m_statements);
}

Result<Transaction> Database::begin()
{
    if (auto ok = exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return std::unexpected(ok.error());
    return Transaction(this);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

// ---- Statement

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindError(std::exchange(other.m_bindError, 0)),
      m_sql(std::move(other.m_sql)),
      m_cache(std::move(other.m_cache))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
        m_sql = std::move(other.m_sql);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    // Reset at once, used again or not: a statement left mid-read would hold a read transaction open
    // (and keep the WAL from being checkpointed).
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    const std::shared_ptr<StatementCache> cache = m_cache.lock();
    if (cache && cache->idle.size() < MaxCachedStatements)
        cache->idle.insert(m_sql, std::exchange(m_stmt, nullptr));
    else
        sqlite3_finalize(std::exchange(m_stmt, nullptr));
}

void Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement& Statement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                 SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, QByteArrayView blob)
{
    // A zero-length blob must still be a blob, not NULL: give SQLite a non-null pointer.
    static const char empty = 0;
    noteBind(sqlite3_bind_blob64(m_stmt, index, blob.isEmpty() ? &empty : blob.data(), sqlite3_uint64(blob.size()),
                                 SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0)
        return m_db->sqliteError(m_bindError, exam::storage::Database::tr("binding a value"));
    if (auto fault = m_db->consumeFault(); !fault)
        return std::unexpected(fault.error());
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    return m_db->sqliteError(rc, exam::storage::Database::tr("a statement"));
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

// ---- Transaction

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::InvalidArgument, Database::tr("The transaction was already finished."));
    auto ok = m_db->exec(QStringLiteral("COMMIT"));
    if (ok)
        m_db = nullptr;
    return ok; // on failure the destructor (or rollback()) undoes the transaction
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    // Not counted by fault injection: a rollback must always be attempted. When SQLite already rolled
    // back by itself (e.g. after SQLITE_FULL), this is a harmless "no transaction is active".
    if (!sqlite3_get_autocommit(m_db->m_db))
        sqlite3_exec(m_db->m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    m_db = nullptr;
}

} // namespace exam::storage
