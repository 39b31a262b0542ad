#include "demostation.h"

#include "crypto/keyfiles.h"

#include <QDir>

namespace exam::kiosk {

QStringList installDemoBanks(banks::BankCatalogue& catalogue, const QString& demoBanksFolder)
{
    const QDir folder(demoBanksFolder);
    auto publisher = crypto::KeyFiles::readPublicKey(folder.filePath(QStringLiteral("demo-publisher.pub")),
                                                     crypto::KeyFiles::Algorithm::Ed25519);
    if (!publisher)
        return {publisher.error().message};
    auto center = crypto::KeyFiles::readPrivateKey(folder.filePath(QStringLiteral("demo-center.key")),
                                                   crypto::KeyFiles::Algorithm::X25519);
    if (!center)
        return {center.error().message};
    const QList<banks::PublisherKey> trusted{{QStringLiteral("Demo publisher (not for real exams)"), *publisher}};
    const banks::BankKeys keys{std::move(*center), std::nullopt};

    QStringList problems;
    for (const QString& name : folder.entryList({QStringLiteral("*.exambank")}, QDir::Files, QDir::Name)) {
        if (auto installed = catalogue.install(folder.filePath(name), trusted, keys); !installed)
            problems.append(installed.error().describe(name));
    }
    return problems;
}

} // namespace exam::kiosk
