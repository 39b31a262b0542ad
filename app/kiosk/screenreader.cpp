#include "screenreader.h"

#include "station/screenreaderinstall.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace exam::kiosk {

Q_LOGGING_CATEGORY(lcScreenReader, "exam.kiosk.screenreader")

namespace {

constexpr int StopWaitMs = 3000;

// One voice for everything Orca says, in the candidate's language: its default, system (Orca's own
// messages), capitals and links.
QJsonObject voices(const QString& language)
{
    const QJsonObject family{{QStringLiteral("name"), QJsonValue()},
                             {QStringLiteral("lang"), language},
                             {QStringLiteral("dialect"), QString()},
                             {QStringLiteral("variant"), QJsonValue()}};
    const QJsonObject voice{{QStringLiteral("established"), true}, {QStringLiteral("family"), family}};
    QJsonObject all;
    for (const char* kind : {"default", "system", "uppercase", "hyperlink"})
        all.insert(QLatin1String(kind), voice);
    return all;
}

} // namespace

ScreenReader::ScreenReader(QObject* parent) : QObject(parent) { }

ScreenReader::~ScreenReader()
{
    stop();
}

bool ScreenReader::running() const
{
    return m_orca && m_orca->state() != QProcess::NotRunning;
}

Result<void> ScreenReader::writeSettings(const QString& folder, const QString& language) const
{
    // Orca 43's settings file: a profile "default" that is also the one it starts with.
    QJsonObject profile{
        {QStringLiteral("profile"), QJsonArray{QStringLiteral("Default"), QStringLiteral("default")}},
        {QStringLiteral("firstStart"), false},
        {QStringLiteral("enableSpeech"), true},
        {QStringLiteral("speechServerFactory"), QStringLiteral("orca.speechdispatcherfactory")},
        {QStringLiteral("keyboardLayout"), 1}, // desktop: the numeric keypad's review keys
        {QStringLiteral("orcaModifierKeys"), QJsonArray{QStringLiteral("Insert"), QStringLiteral("KP_Insert"),
                                                        QStringLiteral("Caps_Lock"), QStringLiteral("Shift_Lock")}},
        {QStringLiteral("voices"), voices(language)},
    };
    QJsonObject general = profile;
    general.insert(QStringLiteral("startingProfile"), QJsonArray{QStringLiteral("Default"), QStringLiteral("default")});
    const QJsonObject settings{{QStringLiteral("general"), general},
                               {QStringLiteral("profiles"), QJsonObject{{QStringLiteral("default"), profile}}},
                               {QStringLiteral("pronunciations"), QJsonObject()},
                               {QStringLiteral("keybindings"), QJsonObject()}};
    QFile file(QDir(folder).filePath(QStringLiteral("user-settings.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(settings).toJson()) < 0 || !file.flush())
        return std::unexpected(
            Error{ErrorCode::IoError,
                  tr("The screen reader's settings cannot be written to %1: %2.").arg(folder, file.errorString())});
    if (!m_transcript.isEmpty()) {
        // Line by line, so the transcript can be read while Orca speaks.
        QFile customizations(QDir(folder).filePath(QStringLiteral("orca-customizations.py")));
        if (!customizations.open(QIODevice::WriteOnly)
            || customizations.write("import orca.debug as d\n"
                                    "d.debugFile and d.debugFile.reconfigure(line_buffering=True)\n")
                   < 0)
            return std::unexpected(
                Error{ErrorCode::IoError,
                      tr("The screen reader's transcript cannot be set up: %1.").arg(customizations.errorString())});
    }
    return {};
}

Result<void> ScreenReader::start(const QString& language)
{
    if (running() && language == m_language)
        return {};
    stop();
    if (const QString missing = ScreenReaderInstall::missing(); !missing.isEmpty())
        return std::unexpected(Error{ErrorCode::NotFound, missing});
    // In the session's runtime folder (a tmpfs of the station account's, emptied at logout), so a kiosk
    // that dies leaves nothing behind in /tmp.
    QString parent = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (parent.isEmpty())
        parent = QDir::tempPath();
    m_settings = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("exam-screen-reader-XXXXXX")));
    if (!m_settings->isValid())
        return std::unexpected(
            Error{ErrorCode::IoError, tr("The screen reader cannot start: no folder for its settings "
                                         "(%1).")
                                          .arg(m_settings->errorString())});
    if (auto written = writeSettings(m_settings->path(), language); !written)
        return written;

    m_orca = std::make_unique<QProcess>();
    QStringList arguments{QStringLiteral("--replace"), QStringLiteral("--user-prefs"), m_settings->path()};
    if (!m_transcript.isEmpty())
        arguments << QStringLiteral("--debug-file") << m_transcript;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), language); // Orca's own words ("button") in that language
    // Settings from the folder above, never from the station account's dconf.
    environment.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("memory"));
    m_orca->setProcessEnvironment(environment);
    m_orca->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_orca->setStandardOutputFile(QProcess::nullDevice());
    connect(m_orca.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        qCWarning(lcScreenReader, "Orca ended by itself (status %d, %s)", code,
                  status == QProcess::CrashExit ? "crashed" : "exited");
        Q_EMIT stoppedUnexpectedly(tr("The screen reader stopped. Sign in and set the sitting up again, or call "
                                      "support."));
    });
    // Orca ends with the kiosk, however the kiosk ends (a crash, a kill): never left reading the next
    // candidate's screens.
    m_orca->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_orca->start(QStringLiteral("orca"), arguments);
    if (!m_orca->waitForStarted(5000)) {
        const QString why = m_orca->errorString();
        m_orca.reset();
        return std::unexpected(Error{ErrorCode::IoError, tr("The screen reader cannot start: %1.").arg(why)});
    }
    m_language = language;
    qCInfo(lcScreenReader, "Orca started (language %s)", qPrintable(language));
    return {};
}

void ScreenReader::stop()
{
    if (!m_orca)
        return;
    m_stopping = true;
    if (m_orca->state() != QProcess::NotRunning) {
        m_orca->terminate(); // Orca restores the keyboard (Caps Lock) and its status on the way out
        if (!m_orca->waitForFinished(StopWaitMs)) {
            m_orca->kill();
            m_orca->waitForFinished(StopWaitMs);
        }
        qCInfo(lcScreenReader, "Orca stopped");
    }
    m_orca.reset();
    m_settings.reset();
    m_language.clear();
    m_stopping = false;
}

} // namespace exam::kiosk
