#include "demostation.h"

#include "banks/bankreader.h"
#include "crypto/keyfiles.h"
#include "crypto/sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace exam::kiosk {

Result<StationBankKeys> loadDemoKeys(const QString& demoBanksFolder)
{
    const QDir folder(demoBanksFolder);
    auto publisher = crypto::KeyFiles::readPublicKey(folder.filePath(QStringLiteral("demo-publisher.pub")),
                                                     crypto::KeyFiles::Algorithm::Ed25519);
    if (!publisher)
        return std::unexpected(publisher.error());
    auto center = crypto::KeyFiles::readPrivateKey(folder.filePath(QStringLiteral("demo-center.key")),
                                                   crypto::KeyFiles::Algorithm::X25519);
    if (!center)
        return std::unexpected(center.error());
    return StationBankKeys{{{QStringLiteral("Demo publisher (not for real exams)"), *publisher}},
                           banks::BankKeys{std::move(*center), std::nullopt}};
}

namespace {

// Name, size and time of each demo bank and of each installed copy: what changes when a bank is
// rebuilt, installed, replaced or damaged on disk.
QByteArray demoStamp(banks::BankCatalogue& catalogue, const QDir& demoFolder)
{
    QByteArray stamp;
    const auto add = [&stamp](const QFileInfo& file) {
        stamp += file.fileName().toUtf8() + ' ' + QByteArray::number(file.size()) + ' '
                 + QByteArray::number(file.lastModified().toMSecsSinceEpoch()) + '\n';
    };
    for (const QFileInfo& file : demoFolder.entryInfoList({QStringLiteral("*.exambank")}, QDir::Files, QDir::Name))
        add(file);
    auto installed = catalogue.installed();
    if (!installed)
        return {}; // no stamp: everything is checked
    for (const banks::InstalledBank& bank : *installed)
        add(QFileInfo(QDir(catalogue.banksFolder()).filePath(bank.fileName)));
    return stamp;
}

} // namespace

QStringList installDemoBanks(banks::BankCatalogue& catalogue, const StationBankKeys& keys,
                             const QString& demoBanksFolder, const QString& stampFile)
{
    const QDir folder(demoBanksFolder);
    QFile previous(stampFile);
    const QByteArray before = demoStamp(catalogue, folder);
    if (!before.isEmpty() && previous.open(QIODevice::ReadOnly) && previous.readAll() == before)
        return {};
    QStringList problems;
    for (const QString& name : folder.entryList({QStringLiteral("*.exambank")}, QDir::Files, QDir::Name)) {
        // Only what changed is verified and installed again.
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            auto hash = crypto::Sha256::hash(file);
            if (hash && catalogue.holdsIntact(*hash))
                continue;
        }
        auto installed = catalogue.install(folder.filePath(name), keys.trusted, keys.keys);
        if (!installed && installed.error().error.code == ErrorCode::Conflict) {
            // The build makes a demo bank anew (new keys and nonces) under the same version: on the demo
            // station the new file replaces the old one, unless a sitting not ended yet still uses it.
            // Only the same bank, version and publisher: anything else stays refused.
            auto bytes = banks::BankReader::readFile(folder.filePath(name));
            auto header = bytes ? banks::BankReader::readHeader(*bytes) : std::unexpected(bytes.error());
            auto current = header ? catalogue.find(header->bankId) : Result<std::optional<banks::InstalledBank>>();
            if (header && current && current->has_value() && (*current)->version == header->bankVersion
                && (*current)->publisherKeyId == header->publisherKeyId) {
                if (auto removed = catalogue.remove(header->bankId); removed)
                    installed = catalogue.install(folder.filePath(name), keys.trusted, keys.keys);
                else
                    problems.append(QStringLiteral("%1: %2").arg(name, removed.error().message));
            }
        }
        if (!installed)
            problems.append(installed.error().describe(name));
    }
    QSaveFile stamp(stampFile);
    if (problems.isEmpty() && stamp.open(QIODevice::WriteOnly)) {
        stamp.write(demoStamp(catalogue, folder));
        stamp.commit(); // a stamp that is not written only means the next start checks again
    }
    return problems;
}

Result<void> ensureDemoProctor(session::ProctorAccounts& accounts)
{
    auto count = accounts.count();
    if (!count)
        return std::unexpected(count.error());
    if (*count > 0)
        return {};
    auto created = accounts.create(QString::fromLatin1(DemoProctorLogin), QStringLiteral("Demo proctor"),
                                   Sensitive<QString>(QString::fromLatin1(DemoProctorPin)), nullptr);
    if (!created)
        return std::unexpected(created.error());
    return {};
}

} // namespace exam::kiosk
