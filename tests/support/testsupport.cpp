#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace exam::test {

ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(EXAM_BINARY_DIR "/bin/") + program, arguments);
    REQUIRE(process.waitForStarted(30'000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return ToolRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
}

bool opensslVerifies(const QByteArray& publicKeyPem, const QByteArray& message, const QByteArray& signature)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return file.fileName();
    };
    const QString pem = write(QStringLiteral("key.pem"), publicKeyPem);
    const QString in = write(QStringLiteral("message"), message);
    const QString sig = write(QStringLiteral("message.sig"), signature);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                   QStringLiteral("-inkey"), pem, QStringLiteral("-rawin"), QStringLiteral("-in"), in,
                   QStringLiteral("-sigfile"), sig});
    REQUIRE(openssl.waitForFinished(30'000));
    return openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

QJsonDocument loadJson(const QString& relativePath)
{
    QFile file(dataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot open test data " << relativePath.toStdString());
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        FAIL("malformed test data " << relativePath.toStdString() << ": " << error.errorString().toStdString());
    return doc;
}

} // namespace exam::test
