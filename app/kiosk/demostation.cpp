#include "demostation.h"

#include "crypto/keyfiles.h"
#include "crypto/sha256.h"

#include <QDir>
#include <QFile>

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

QStringList installDemoBanks(banks::BankCatalogue& catalogue, const QString& demoBanksFolder)
{
    auto keys = loadDemoKeys(demoBanksFolder);
    if (!keys)
        return {keys.error().message};
    QStringList problems;
    const QDir folder(demoBanksFolder);
    for (const QString& name : folder.entryList({QStringLiteral("*.exambank")}, QDir::Files, QDir::Name)) {
        // Offered again at every start: only what changed is verified and installed again.
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            auto hash = crypto::Sha256::hash(file);
            if (hash && catalogue.holdsIntact(*hash))
                continue;
        }
        if (auto installed = catalogue.install(folder.filePath(name), keys->trusted, keys->keys); !installed)
            problems.append(installed.error().describe(name));
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
