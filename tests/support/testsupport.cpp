#include "testsupport.h"

#include <QFile>
#include <QProcess>

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
