#include "results/stationkey.h"
#include "station/stationpaths.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace exam;
using namespace exam::results;

TEST_CASE("Station key: made once, kept owner-only, the same on every start", "[results][stationkey]")
{
    QTemporaryDir dir;
    const StationPaths paths(dir.filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists());
    auto first = StationKey::loadOrCreate(paths);
    REQUIRE(first);
    auto again = StationKey::loadOrCreate(paths);
    REQUIRE(again);
    CHECK(again->publicKey() == first->publicKey());
    CHECK(first->keyId().size() == 16);
    CHECK(QFile::permissions(paths.stationKeyBase() + QStringLiteral(".key"))
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(first->publicKeyPem()->startsWith("-----BEGIN PUBLIC KEY-----"));
}

TEST_CASE("Station key: a damaged key file is an error, never silently replaced", "[results][stationkey]")
{
    QTemporaryDir dir;
    const StationPaths paths(dir.filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists());
    REQUIRE(StationKey::loadOrCreate(paths));
    const QString keyFile = paths.stationKeyBase() + QStringLiteral(".key");
    {
        QFile file(keyFile);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("-----BEGIN PRIVATE KEY-----\ngarbage\n-----END PRIVATE KEY-----\n");
    }
    auto damaged = StationKey::loadOrCreate(paths);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().message.contains(QStringLiteral("Restore it")));
    QFile file(keyFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("garbage")); // left as it was, for the administrator
}

TEST_CASE("Station key: signatures verify with the OpenSSL command line", "[results][stationkey]")
{
    QTemporaryDir dir;
    const StationPaths paths(dir.filePath(QStringLiteral("station")));
    REQUIRE(paths.ensureExists());
    auto key = StationKey::loadOrCreate(paths);
    REQUIRE(key);
    const QByteArray message = R"({"result":"example","score":75})";
    auto signature = key->sign(message);
    REQUIRE(signature);
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    };
    const QString pub = write(QStringLiteral("station.pem"), *key->publicKeyPem());
    const QString sig = write(QStringLiteral("record.sig"), *signature);
    const auto verify = [&](const QByteArray& content) {
        const QString record = write(QStringLiteral("record.json"), content);
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                       QStringLiteral("-inkey"), pub, QStringLiteral("-rawin"), QStringLiteral("-in"), record,
                       QStringLiteral("-sigfile"), sig});
        REQUIRE(openssl.waitForFinished(30'000));
        return openssl.exitCode() == 0;
    };
    CHECK(verify(message));
    QByteArray changed = message;
    changed.replace("75", "76");
    CHECK_FALSE(verify(changed));
}
