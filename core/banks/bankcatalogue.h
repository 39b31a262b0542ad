#pragma once

#include "bankreader.h"

#include <QDateTime>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::banks {

struct InstalledBank
{
    QString bankId;
    int version = 0;
    QByteArray sha256;
    QString fileName; // inside the station's banks folder
    QString moduleCode;
    QString title;
    QString language;
    int itemCount = 0;
    QString publisherKeyId;
    bool needsReleaseCode = false; // could be checked only up to the signature when installed
    QDateTime installedAt;
    std::optional<ModuleRules> rules; // from the header (format 4 banks)
};

// The banks installed on a station: files in the banks folder, recorded (id, version, hash) in the
// station database. examctl installs through it; the kiosk lists and opens through it.
class BankCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::BankCatalogue)
public:
    // `banksFolder` holds the installed copies (a station's StationPaths::banksFolder()); it is made,
    // owner-only, when the first bank is installed.
    BankCatalogue(storage::Database& database, QString banksFolder, const Clock& clock);

    // Verify (fully when the station's keys open the bank; up to the signature when it needs the
    // exam-day release code), refuse an older version of an installed bank or a different file under
    // the same version, copy it into the banks folder (written whole or not at all) and record it.
    // Installing the same file again is harmless.
    BankResult<InstalledBank> install(const QString& sourceFile, std::span<const PublisherKey> trusted,
                                      const BankKeys& keys);

    Result<QList<InstalledBank>> installed();
    // Whether the file with this SHA-256 is installed and its copy in the banks folder is intact: what
    // a start-up that offers the same files every time checks instead of verifying them all again.
    bool holdsIntact(QByteArrayView sha256);
    // Where the installed copies are (InstalledBank::fileName is relative to it).
    QString banksFolder() const { return m_banksFolder; }
    Result<std::optional<InstalledBank>> find(const QString& bankId);
    // The rules this station applies on `day` (ProgrammeRules::standard() with the installed banks'
    // rules issued by then adopted: a bank installed ahead of its exam day does not change them early).
    Result<ProgrammeRules> rules(const QDate& day) { return installedRules(m_database, day); }
    // The same, for the parts of the station that hold only its database (set-up, score reports).
    static Result<ProgrammeRules> installedRules(storage::Database& database, const QDate& day);

    // Remove an installed bank (its file and its record). Refused while a sitting that used it has not
    // ended: its sessions could no longer be resumed nor their reports shown. The highest version
    // installed is remembered for good: an older one stays refused.
    Result<void> remove(const QString& bankId);

    // Open an installed bank for a session. The file must still be the one that was installed.
    BankResult<OpenedBank> open(const QString& bankId, std::span<const PublisherKey> trusted, const BankKeys& keys);

private:
    BankResult<void> copyIntoBanksFolder(QByteArrayView bytes, const QString& fileName);
    BankResult<void> record(const InstalledBank& bank);
    // Refuses a version older than the highest ever installed here, or another publisher's bank under
    // the same id, even after the bank was removed.
    BankResult<void> checkHighWater(const InstalledBank& bank);

    storage::Database& m_database;
    QString m_banksFolder;
    const Clock& m_clock;
};

} // namespace exam::banks
