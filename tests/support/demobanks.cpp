#include "demobanks.h"

#include "crypto/keyfiles.h"
#include "testsupport.h"

#include <QDir>

namespace exam::test {

QStringList builtDemoModules()
{
    return QStringLiteral(EXAM_DEMO_MODULES).split(u',', Qt::SkipEmptyParts);
}

banks::OpenedBank openDemoBank(const QString& module)
{
    const QDir folder(QStringLiteral(EXAM_DEMO_BANKS_DIR));
    auto publisher = crypto::KeyFiles::readPublicKey(folder.filePath(QStringLiteral("demo-publisher.pub")),
                                                     crypto::KeyFiles::Algorithm::Ed25519);
    auto center = crypto::KeyFiles::readPrivateKey(folder.filePath(QStringLiteral("demo-center.key")),
                                                   crypto::KeyFiles::Algorithm::X25519);
    REQUIRE(publisher);
    REQUIRE(center);
    auto bytes = banks::BankReader::readFile(folder.filePath(module + QStringLiteral(".exambank")));
    REQUIRE(bytes);
    const QList<banks::PublisherKey> trusted{{QStringLiteral("Demo publisher"), *publisher}};
    auto opened = banks::BankReader::open(*bytes, trusted, banks::BankKeys{std::move(*center), std::nullopt});
    INFO((opened ? QString() : opened.error().describe(module)).toStdString());
    REQUIRE(opened);
    return std::move(*opened);
}

} // namespace exam::test
