#include "pinpepper.h"

#include "crypto/random.h"
#include "proctoraccounts.h"

#include <QFile>
#include <QSaveFile>

namespace exam::session {

Result<crypto::SecretBytes> PinPepper::open(const QString& file, ProctorAccounts& accounts)
{
    QFile existing(file);
    if (existing.open(QIODevice::ReadOnly)) {
        crypto::SecretBytes pepper(Size);
        const qint64 read = existing.read(reinterpret_cast<char*>(pepper.writableData()), Size);
        if (read != Size || !existing.atEnd())
            return fail(ErrorCode::DatabaseCorrupt,
                        tr("The PIN pepper %1 is damaged, so no PIN can be checked. Restore it from the station's "
                           "backup.")
                            .arg(file));
        return pepper;
    }
    if (existing.exists())
        return fail(ErrorCode::IoError, tr("The PIN pepper %1 cannot be read: %2").arg(file, existing.errorString()));
    auto peppered = accounts.pepperedCount();
    if (!peppered)
        return std::unexpected(peppered.error());
    if (*peppered > 0)
        return fail(ErrorCode::NotFound,
                    tr("The PIN pepper %1 is missing, so no PIN can be checked. Restore it from the station's backup, "
                       "or give each proctor a new PIN with examctl proctor recover.")
                        .arg(file));
    auto bytes = crypto::Random::bytes(Size);
    if (!bytes)
        return std::unexpected(bytes.error());
    crypto::SecretBytes pepper = crypto::SecretBytes::copyOf(*bytes);
    crypto::wipe(*bytes);
    // Made whole before it takes its name (a temporary file renamed, never a half-written pepper), and
    // never over a pepper another program made meanwhile.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || out.write(pepper.constData(), Size) != Size)
        return fail(ErrorCode::IoError, tr("The PIN pepper %1 cannot be written: %2").arg(file, out.errorString()));
    if (QFile::exists(file)) {
        out.cancelWriting();
        return open(file, accounts); // another start made it first: use that one
    }
    if (!out.commit())
        return fail(ErrorCode::IoError, tr("The PIN pepper %1 cannot be written: %2").arg(file, out.errorString()));
    return pepper;
}

Result<void> PinPepper::replaceLost(const QString& file, ProctorAccounts& accounts, const QString& operatorName)
{
    if (QFile::exists(file))
        return applyTo(file, accounts); // not lost
    if (auto forgotten = accounts.forgetPepperedPins(operatorName); !forgotten)
        return forgotten;
    return applyTo(file, accounts);
}

Result<void> PinPepper::applyTo(const QString& file, ProctorAccounts& accounts)
{
    auto pepper = open(file, accounts);
    if (!pepper)
        return std::unexpected(pepper.error());
    accounts.setPepper(std::move(*pepper));
    return {};
}

} // namespace exam::session
