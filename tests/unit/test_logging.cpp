#include "crypto/secretbytes.h"
#include "testsupport.h"
#include "util/logsink.h"
#include "util/sensitive.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <type_traits>

using namespace exam;

Q_LOGGING_CATEGORY(lcLogTest, "exam.test")

TEST_CASE("Sensitive values never reach a log line", "[logging]")
{
    static_assert(!std::is_convertible_v<Sensitive<QString>, QString>);
    static_assert(!std::is_constructible_v<QString, Sensitive<QString>>);

    QTemporaryDir dir;
    const QString logFile = dir.filePath(QStringLiteral("station.log"));
    REQUIRE(LogSink::install(logFile));

    const QString canary = QStringLiteral("CANARY-7f3a-which-valve-is-closed");
    const Sensitive<QString> stem(canary);
    const Sensitive<QString> pin(QStringLiteral("482913"));
    const auto key = crypto::SecretBytes::copyOf("KEYCANARY-0123456789abcdef");
    qCWarning(lcLogTest) << "item stem" << stem << "pin" << pin << "key" << key;
    qCInfo(lcLogTest) << "bank opened with" << 84 << "items";
    LogSink::uninstall();

    QFile file(logFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    CHECK(log.contains("exam.test: item stem <redacted> pin <redacted> key SecretBytes(26 bytes, not shown)"));
    CHECK(log.contains("bank opened with 84 items"));
    CHECK_FALSE(log.contains("CANARY"));
    CHECK_FALSE(log.contains("482913"));
    CHECK(stem.reveal() == canary); // the value itself is intact for the code that needs it
}

TEST_CASE("The log file is owner-only and rotates", "[logging]")
{
    QTemporaryDir dir;
    const QString logFile = dir.filePath(QStringLiteral("station.log"));
    {
        QFile big(logFile);
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(LogSink::RotateAtBytes, '.'));
    }
    REQUIRE(LogSink::install(logFile));
    qCInfo(lcLogTest) << "after rotation";
    LogSink::uninstall();
    CHECK(QFile(logFile + QLatin1String(".1")).size() == LogSink::RotateAtBytes);
    QFile file(logFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("after rotation"));
    CHECK(file.permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    auto refused = LogSink::install(dir.filePath(QStringLiteral("missing/folder/station.log")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::IoError);
}
