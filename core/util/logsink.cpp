#include "logsink.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>

#include <cstdio>

namespace exam {

namespace {

struct SinkState
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

SinkState& state()
{
    static SinkState s;
    return s;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void rotateIfNeeded(QFile& file)
{
    if (file.size() < LogSink::RotateAtBytes)
        return;
    const QString path = file.fileName();
    file.close();
    QFile::remove(path + QLatin1String(".1"));
    QFile::rename(path, path + QLatin1String(".1"));
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type)
                            + ' ' + (context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    SinkState& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            rotateIfNeeded(s.file);
            s.file.write(line);
            s.file.flush();
        }
    }
    if (type >= QtWarningMsg)
        std::fputs(line.constData(), stderr);
}

} // namespace

Result<void> LogSink::install(const QString& filePath)
{
    SinkState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen())
        s.file.close();
    s.file.setFileName(filePath);
    if (!s.file.open(QIODevice::Append | QIODevice::Text))
        return fail(ErrorCode::IoError,
                    tr("The log file %1 cannot be opened (%2). Check that the data folder is writable.")
                        .arg(filePath, s.file.errorString()));
    s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!s.installed)
        s.previous = qInstallMessageHandler(handler);
    s.installed = true;
    return {};
}

void LogSink::uninstall()
{
    SinkState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed)
        qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
    s.file.close();
}

} // namespace exam
