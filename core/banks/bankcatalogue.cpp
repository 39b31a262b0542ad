#include "bankcatalogue.h"

#include "crypto/sha256.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/ownerfolder.h"
#include "json/strictobject.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace exam::banks {

namespace {

std::unexpected<BankError> refuse(ErrorCode code, const QString& message)
{
    return std::unexpected(BankError{BankCheck::Install, Error{code, message}});
}

std::unexpected<BankError> refuse(const Error& error)
{
    return std::unexpected(BankError{BankCheck::Install, error});
}

const QString SelectColumns = QStringLiteral(
    "SELECT bank_id, version, sha256, file_name, module_code, title, language, item_count, publisher_key_id, "
    "needs_release_code, installed_at, rules FROM installed_banks");

// The rules as record() wrote them (JSON), read strictly all the same; problems go to `json`'s error.
ModuleRules recordedRules(const QString& text, StrictObject& json)
{
    json = StrictObject(QJsonDocument::fromJson(text.toUtf8()).object(), QStringLiteral("rules"));
    return ModuleRules::fromJson(json);
}

InstalledBank rowToBank(const storage::Statement& row)
{
    InstalledBank bank;
    bank.bankId = row.text(0);
    bank.version = int(row.int64(1));
    bank.sha256 = row.blob(2);
    bank.fileName = row.text(3);
    bank.moduleCode = row.text(4);
    bank.title = row.text(5);
    bank.language = row.text(6);
    bank.itemCount = int(row.int64(7));
    bank.publisherKeyId = row.text(8);
    bank.needsReleaseCode = row.int64(9) != 0;
    bank.installedAt = QDateTime::fromString(row.text(10), Qt::ISODateWithMs);
    if (!row.isNull(11)) {
        StrictObject json({}, {});
        bank.rules = recordedRules(row.text(11), json);
        if (!json.ok())
            bank.rules.reset(); // installedRules() reports it; a listing still shows the bank
    }
    return bank;
}

} // namespace

BankCatalogue::BankCatalogue(storage::Database& database, QString banksFolder, const Clock& clock)
    : m_database(database), m_banksFolder(std::move(banksFolder)), m_clock(clock)
{
}

Result<QList<InstalledBank>> BankCatalogue::installed()
{
    auto query = m_database.prepare(SelectColumns + QStringLiteral(" ORDER BY module_code, language"));
    if (!query)
        return std::unexpected(query.error());
    QList<InstalledBank> banks;
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        banks.append(rowToBank(*query));
    }
    return banks;
}

bool BankCatalogue::holdsIntact(QByteArrayView sha256)
{
    auto banks = installed();
    if (!banks)
        return false;
    for (const InstalledBank& bank : *banks) {
        if (bank.sha256 != sha256)
            continue;
        QFile copy(QDir(m_banksFolder).filePath(bank.fileName));
        if (!copy.open(QIODevice::ReadOnly))
            return false;
        auto hash = crypto::Sha256::hash(copy);
        return hash && *hash == sha256;
    }
    return false;
}

Result<ProgrammeRules> BankCatalogue::installedRules(storage::Database& database, const QDate& day)
{
    // Oldest issue first, so the newest rules are adopted last; bank id breaks ties the same way every time.
    // Rules issued after `day` wait for it.
    auto query = database.prepare(QStringLiteral(
        "SELECT module_code, rules, title, language, bank_id FROM installed_banks WHERE rules IS NOT "
        "NULL AND json_extract(rules, '$.issued') <= ? ORDER BY json_extract(rules, '$.issued'), bank_id"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, day.toString(Qt::ISODate));
    ProgrammeRules rules = ProgrammeRules::standard();
    while (true) {
        auto row = query->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        StrictObject json({}, {});
        const ModuleRules parsed = recordedRules(query->text(1), json);
        if (auto error = json.error())
            return fail(ErrorCode::DatabaseError,
                        tr("The rules recorded for “%1” (%2) cannot be read: %3. Install the bank's file again "
                           "(examctl bank install FILE); its rules are recorded again from the file.")
                            .arg(query->text(2), query->text(4), error->message));
        rules.adopt(query->text(0), parsed, query->text(3));
    }
    return rules;
}

Result<std::optional<InstalledBank>> BankCatalogue::find(const QString& bankId)
{
    auto query = m_database.prepare(SelectColumns + QStringLiteral(" WHERE bank_id = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, bankId);
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<InstalledBank>();
    return std::optional<InstalledBank>(rowToBank(*query));
}

BankResult<InstalledBank> BankCatalogue::install(const QString& sourceFile, std::span<const PublisherKey> trusted,
                                                 const BankKeys& keys)
{
    auto bytes = BankReader::readFile(sourceFile);
    if (!bytes)
        return std::unexpected(bytes.error());

    // Open fully when the station can; a bank that waits for its exam-day release code is checked up
    // to its signature now and completely when the code is entered.
    bool needsReleaseCode = false;
    auto header = BankReader::verify(*bytes, trusted);
    if (!header)
        return std::unexpected(header.error());
    if (auto opened = BankReader::open(*bytes, trusted, keys); !opened) {
        const bool waitsForCode =
            opened.error().check == BankCheck::KeySlot && opened.error().error.code == ErrorCode::KeyRequired
            && !keys.releaseCode
            && std::any_of(header->keySlots.cbegin(), header->keySlots.cend(),
                           [](const KeySlot& slot) { return slot.type == KeySlot::Type::ReleaseCode; });
        if (!waitsForCode)
            return std::unexpected(opened.error());
        needsReleaseCode = true;
    }

    InstalledBank bank;
    bank.bankId = header->bankId;
    bank.version = header->bankVersion;
    bank.sha256 = crypto::Sha256::hash(*bytes);
    bank.fileName = QStringLiteral("%1-v%2.exambank").arg(header->bankId).arg(header->bankVersion);
    bank.moduleCode = header->moduleCode;
    bank.title = header->title;
    bank.language = header->language;
    bank.itemCount = header->itemCount;
    bank.publisherKeyId = header->publisherKeyId;
    bank.needsReleaseCode = needsReleaseCode;
    bank.installedAt = m_clock.utcNow();
    bank.rules = header->rules;

    if (auto allowed = checkHighWater(bank); !allowed)
        return std::unexpected(allowed.error());
    auto existing = find(bank.bankId);
    if (!existing)
        return refuse(existing.error());
    if (*existing) {
        const InstalledBank& current = **existing;
        if (current.version > bank.version)
            return refuse(ErrorCode::RollbackRefused,
                          tr("Version %1 of “%2” is already installed; version %3 is older and is refused, so an old "
                             "bank cannot be brought back. Install version %1 or newer.")
                              .arg(current.version)
                              .arg(bank.title)
                              .arg(bank.version));
        if (current.version == bank.version && current.sha256 != bank.sha256)
            return refuse(ErrorCode::Conflict,
                          tr("Version %1 of “%2” is already installed from a different file. Two files must not share "
                             "a version; ask the publisher which one is right.")
                              .arg(bank.version)
                              .arg(bank.title));
        if (current.publisherKeyId != bank.publisherKeyId)
            return refuse(ErrorCode::Conflict,
                          tr("“%1” is installed from another publisher (key %2); a bank id belongs to one publisher. "
                             "Ask the certifying body which file is right.")
                              .arg(bank.title, current.publisherKeyId));
        // Same version and file: nothing to do, unless the installed copy was damaged; then it is replaced.
        if (current.version == bank.version) {
            QFile installedFile(QDir(m_banksFolder).filePath(current.fileName));
            if (installedFile.open(QIODevice::ReadOnly)
                && crypto::Sha256::hash(installedFile).value_or(QByteArray()) == current.sha256) {
                if (current.rules == bank.rules)
                    return current;
                // The copy is sound but the record of its rules is not (damaged, or written by an older
                // kiosk): record them again from the verified header.
                InstalledBank repaired = current;
                repaired.rules = bank.rules;
                if (auto recorded = record(repaired); !recorded)
                    return std::unexpected(recorded.error());
                return repaired;
            }
        }
    }

    if (auto copied = copyIntoBanksFolder(*bytes, bank.fileName); !copied)
        return std::unexpected(copied.error());
    if (auto recorded = record(bank); !recorded) {
        if (!*existing || (*existing)->fileName != bank.fileName)
            QFile::remove(QDir(m_banksFolder).filePath(bank.fileName));
        return std::unexpected(recorded.error());
    }
    if (*existing && (*existing)->fileName != bank.fileName)
        QFile::remove(QDir(m_banksFolder).filePath((*existing)->fileName));
    return bank;
}

BankResult<void> BankCatalogue::copyIntoBanksFolder(QByteArrayView bytes, const QString& fileName)
{
    if (auto ready = OwnerFolder::ensure(m_banksFolder); !ready)
        return refuse(ready.error());
    // QSaveFile writes a temporary file, flushes it to disk and renames it: a power cut leaves either
    // no file or the whole file, never half a bank.
    QSaveFile file(QDir(m_banksFolder).filePath(fileName));
    const auto failed = [&file]() {
        const bool full = file.error() == QFileDevice::ResourceError;
        return refuse(
            full ? ErrorCode::StorageFull : ErrorCode::IoError,
            full ? tr("The disk is full; the bank could not be copied. Free some space and install it again.")
                 : tr("The bank could not be copied into the station's banks folder: %1.").arg(file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes.data(), bytes.size()) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return {};
}

BankResult<void> BankCatalogue::checkHighWater(const InstalledBank& bank)
{
    auto query = m_database.prepare(
        QStringLiteral("SELECT highest_version, publisher_key_id FROM bank_high_water WHERE bank_id = ?"));
    if (!query)
        return refuse(query.error());
    query->bind(1, bank.bankId);
    auto row = query->step();
    if (!row)
        return refuse(row.error());
    if (!*row)
        return {};
    const int highest = int(query->int64(0));
    const QString publisher = query->text(1);
    if (highest > bank.version)
        return refuse(ErrorCode::RollbackRefused,
                      tr("Version %1 of “%2” was installed on this station before (it may have been removed since); "
                         "version %3 is older and is refused, so an old bank cannot be brought back. Install version "
                         "%1 or newer.")
                          .arg(highest)
                          .arg(bank.title)
                          .arg(bank.version));
    if (publisher != bank.publisherKeyId)
        return refuse(ErrorCode::Conflict,
                      tr("“%1” was installed here from another publisher (key %2); a bank id belongs to one "
                         "publisher. Ask the certifying body which file is right.")
                          .arg(bank.title, publisher));
    return {};
}

BankResult<void> BankCatalogue::record(const InstalledBank& bank)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return refuse(transaction.error());
    auto upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO installed_banks (bank_id, version, sha256, file_name, module_code, title, language, item_count, "
        "publisher_key_id, needs_release_code, installed_at, rules) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (bank_id) DO UPDATE SET version = excluded.version, sha256 = excluded.sha256, "
        "file_name = excluded.file_name, module_code = excluded.module_code, title = excluded.title, "
        "language = excluded.language, item_count = excluded.item_count, publisher_key_id = excluded.publisher_key_id, "
        "needs_release_code = excluded.needs_release_code, installed_at = excluded.installed_at, rules = "
        "excluded.rules"));
    if (!upsert)
        return refuse(upsert.error());
    upsert->bind(1, bank.bankId)
        .bind(2, bank.version)
        .bind(3, QByteArrayView(bank.sha256))
        .bind(4, bank.fileName)
        .bind(5, bank.moduleCode)
        .bind(6, bank.title)
        .bind(7, bank.language)
        .bind(8, bank.itemCount)
        .bind(9, bank.publisherKeyId)
        .bind(10, bank.needsReleaseCode)
        .bind(11, bank.installedAt.toUTC().toString(Qt::ISODateWithMs));
    if (bank.rules)
        upsert->bind(12, QString::fromUtf8(QJsonDocument(bank.rules->toJson()).toJson(QJsonDocument::Compact)));
    else
        upsert->bindNull(12);
    if (auto done = upsert->run(); !done)
        return refuse(done.error());
    auto highWater = m_database.prepare(QStringLiteral(
        "INSERT INTO bank_high_water (bank_id, highest_version, publisher_key_id) VALUES (?, ?, ?) "
        "ON CONFLICT (bank_id) DO UPDATE SET highest_version = max(highest_version, excluded.highest_version)"));
    if (!highWater)
        return refuse(highWater.error());
    highWater->bind(1, bank.bankId).bind(2, bank.version).bind(3, bank.publisherKeyId);
    if (auto done = highWater->run(); !done)
        return refuse(done.error());
    if (auto committed = transaction->commit(); !committed)
        return refuse(committed.error());
    return {};
}

BankResult<OpenedBank> BankCatalogue::open(const QString& bankId, std::span<const PublisherKey> trusted,
                                           const BankKeys& keys)
{
    auto bank = find(bankId);
    if (!bank)
        return refuse(bank.error());
    if (!*bank)
        return refuse(ErrorCode::NotFound, tr("No bank with the id “%1” is installed on this station.").arg(bankId));
    auto bytes = BankReader::readFile(QDir(m_banksFolder).filePath((*bank)->fileName));
    if (!bytes)
        return std::unexpected(bytes.error());
    if (crypto::Sha256::hash(*bytes) != (*bank)->sha256)
        return refuse(ErrorCode::AuthenticationFailed,
                      tr("The installed file of “%1” has changed on disk since it was installed. Install the bank "
                         "again from the publisher's file.")
                          .arg((*bank)->title));
    return BankReader::open(*bytes, trusted, keys);
}

Result<void> BankCatalogue::remove(const QString& bankId)
{
    auto bank = find(bankId);
    if (!bank)
        return std::unexpected(bank.error());
    if (!*bank)
        return fail(ErrorCode::NotFound, tr("No bank with the id “%1” is installed on this station.").arg(bankId));
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    // Also a finished session of a sitting still open: the kiosk shows its report from the bank.
    auto open = m_database.prepare(
        QStringLiteral("SELECT count(*) FROM sessions s JOIN sittings t ON t.id = s.sitting_id WHERE s.bank_id = ? AND "
                       "(s.state NOT IN ('submitted', 'timed-out', 'voided') OR t.closed = 0)"));
    if (!open)
        return std::unexpected(open.error());
    open->bind(1, bankId);
    auto row = open->step();
    if (!row)
        return std::unexpected(row.error());
    if (open->int64(0) > 0)
        return fail(ErrorCode::NotAllowed, tr("“%1” is in use by %2 session(s) of sittings not ended yet; end those "
                                              "sittings first.")
                                               .arg((*bank)->title)
                                               .arg(open->int64(0)));
    open->reset();
    auto forget = m_database.prepare(QStringLiteral("DELETE FROM installed_banks WHERE bank_id = ?"));
    if (!forget)
        return std::unexpected(forget.error());
    forget->bind(1, bankId);
    if (auto done = forget->run(); !done)
        return done;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    // The record is gone first: a file left behind is unused and harmless, a record without its file is not.
    const QString file = QDir(m_banksFolder).filePath((*bank)->fileName);
    if (QFile::exists(file) && !QFile::remove(file))
        return fail(ErrorCode::IoError,
                    tr("“%1” is no longer installed, but its file %2 could not be deleted; delete it "
                       "by hand.")
                        .arg((*bank)->title, file));
    return {};
}

} // namespace exam::banks
