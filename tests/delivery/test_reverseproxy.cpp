// The intake behind nginx with the shipped configuration (packaging/intake/nginx-exam-intake.conf),
// both real, on loopback: stations deliver through it, nginx holds the first wall (body size,
// connections per address, slow clients) and the intake's own limits hold behind it.

#include "nginxundertest.h"
#include "rawclient.h"

#include "intakehome.h"

#include <QFile>

#include <memory>
#include <vector>

using namespace exam;
using namespace exam::test;

namespace {

// The intake with an access log that trusts nginx's X-Forwarded-For, and nginx in front of it.
struct ProxiedIntake
{
    TestCa ca;
    IntakeUnderTest intake{ca};
    QFile accessLog{intake.dir.filePath(QStringLiteral("access.log"))};
    std::unique_ptr<NginxUnderTest> nginx;

    ProxiedIntake()
    {
        intake.start();
        REQUIRE(accessLog.open(QIODevice::Append | QIODevice::Text));
        intake.server->setAccessLog(&accessLog);
        intake.server->setTrustedProxies({QHostAddress::LocalHost});
        nginx = std::make_unique<NginxUnderTest>(ca, ca.issueServer(), intake.port);
    }

    QStringList intakeLog() const
    {
        QFile file(accessLog.fileName());
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    // What a station is told at set-up: nginx's address and the pin of nginx's certificate.
    delivery::DeliverySettings stationSettings(const DeliveryStation& station) const
    {
        delivery::DeliverySettings settings = station.settingsFor(intake, ca);
        settings.intakeUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(nginx->port()));
        return settings;
    }

    // The first line of an answer from nginx to `request` sent from `from`.
    QByteArray statusLine(const QByteArray& request, const QHostAddress& from = QHostAddress::LocalHost) const
    {
        const QByteArray answer = exchange(ca, nginx->port(), request, from);
        return answer.left(answer.indexOf("\r\n"));
    }
};

QByteArray healthRequest(const QByteArray& extraHeaders = {})
{
    return "GET /v1/health HTTP/1.1\r\nHost: intake.example.org\r\nConnection: close\r\n" + extraHeaders + "\r\n";
}

} // namespace

TEST_CASE("Behind nginx: results go through the shipped configuration with their receipts, and the intake logs "
          "the client's address, not nginx's nor a forged one",
          "[delivery][proxy]")
{
    ProxiedIntake proxied;
    DeliveryStation station;
    station.addRecords(30);
    proxied.intake.accept(station.key->publicKey());
    auto uploader = station.uploader(proxied.stationSettings(station));
    const delivery::UploadSummary summary = DeliveryStation::uploadAll(*uploader);
    CHECK(summary.stopReason.isEmpty());
    CHECK(summary.delivered == 30);
    CHECK(station.counts().undelivered() == 0);
    CHECK(proxied.intake.records() == 30);

    // From 127.0.0.3, claiming to be someone else: nginx replaces the header, the intake logs .3.
    CHECK(proxied.statusLine(healthRequest("X-Forwarded-For: 198.51.100.7\r\n"),
                             QHostAddress(QStringLiteral("127.0.0.3")))
          == "HTTP/1.1 200 OK");
    const QStringList lines = proxied.intakeLog();
    REQUIRE(lines.size() == 31);
    CHECK(lines.filter(QStringLiteral(" POST /v1/results 200 ")).size() == 30);
    const QString healthLine = lines.last();
    CHECK(healthLine.section(u' ', 1, 1) == QStringLiteral("127.0.0.3"));
    CHECK(healthLine.contains(QStringLiteral(" GET /v1/health 200 ")));
    CHECK(healthLine.endsWith(QStringLiteral(" via=127.0.0.1")));
    CHECK_FALSE(lines.join(u'\n').contains(QStringLiteral("198.51.100.7")));
    // nginx's log has the requests, and no record's content.
    CHECK(proxied.nginx->accessLog().count(QStringLiteral("POST /v1/results")) == 30);
    const QString resultId =
        QJsonDocument::fromJson(station.results().first().record).object().value(QStringLiteral("resultId")).toString();
    REQUIRE_FALSE(resultId.isEmpty());
    CHECK_FALSE(proxied.nginx->accessLog().contains(resultId));
}

TEST_CASE("Behind nginx: a body above 1 MiB is refused 413 from its headers and never reaches the intake, and only "
          "the two API resources are passed on",
          "[delivery][proxy]")
{
    ProxiedIntake proxied;
    const QByteArray huge(2 * 1024 * 1024, 'x');
    const Posted refused = post(proxied.ca, proxied.nginx->port(), huge);
    CHECK(refused.statusLine.startsWith("HTTP/1.1 413"));
    CHECK(refused.written < huge.size());
    CHECK(proxied.statusLine("GET /v1/results HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .startsWith("HTTP/1.1 403"));
    CHECK(proxied.statusLine("DELETE /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .startsWith("HTTP/1.1 403"));
    CHECK(proxied.statusLine("GET /v1/stations HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
              .startsWith("HTTP/1.1 404"));
    CHECK(proxied.intakeLog().isEmpty());
    CHECK(proxied.statusLine(healthRequest()) == "HTTP/1.1 200 OK");
    CHECK(proxied.intakeLog().size() == 1);
}

TEST_CASE("Behind nginx: one address holding 64 slow uploads gets 429 for a 65th, holds no intake connection, and "
          "everyone else still gets through",
          "[delivery][proxy]")
{
    ProxiedIntake proxied;
    const QHostAddress hog(QStringLiteral("127.0.0.2"));
    std::vector<std::unique_ptr<QSslSocket>> slow;
    for (int i = 0; i < 64; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(trustingClient(proxied.ca));
        REQUIRE(socket->bind(hog));
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), proxied.nginx->port());
        slow.push_back(std::move(socket));
    }
    REQUIRE(QTest::qWaitFor(
        [&] { return std::all_of(slow.cbegin(), slow.cend(), [](const auto& s) { return s->isEncrypted(); }); },
        20000));
    // Each sends its headers and then the body a byte at a time, as a slowloris would.
    for (const auto& socket : slow)
        socket->write("POST /v1/results HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n{");
    QTest::qWait(500);
    CHECK(proxied.statusLine(healthRequest(), hog).startsWith("HTTP/1.1 429"));
    CHECK(proxied.statusLine(healthRequest(), QHostAddress(QStringLiteral("127.0.0.4"))) == "HTTP/1.1 200 OK");
    // nginx reads a body whole before it opens a connection to the intake: the intake saw only the
    // other address's health check.
    CHECK(proxied.intakeLog().size() == 1);
    CHECK(std::none_of(slow.cbegin(), slow.cend(), [](const auto& s) { return s->bytesAvailable() > 0; }));
}

TEST_CASE("Behind nginx: the intake's own limits and rules still hold, and with the intake down a station hears "
          "502, stops after one attempt and keeps every result",
          "[delivery][proxy]")
{
    ProxiedIntake proxied;
    DeliveryStation station;
    station.addRecords(5);
    const Recorded base = station.results().first();
    proxied.intake.server->setMaxBodyBytes(128 * 1024);
    proxied.intake.accept(station.key->publicKey());
    // Under nginx's 1 MiB but over the intake's own cap: the intake's 413 comes back through nginx.
    const Posted overIntakeCap = post(proxied.ca, proxied.nginx->port(), uploadBodyOfSize(station, base, 500 * 1000));
    CHECK(overIntakeCap.statusLine.startsWith("HTTP/1.1 413"));
    CHECK(proxied.intake.records() == 0);

    // A station the intake does not know is refused by the intake, not by nginx.
    DeliveryStation stranger;
    stranger.addRecords(1);
    auto strangerUploader = stranger.uploader(proxied.stationSettings(stranger));
    const delivery::UploadSummary refused = DeliveryStation::uploadAll(*strangerUploader);
    CHECK(refused.delivered == 0);
    CHECK(refused.stopReason.contains(QStringLiteral("does not accept this station")));

    const quint16 intakePort = proxied.intake.port;
    proxied.intake.stop();
    auto uploader = station.uploader(proxied.stationSettings(station));
    const delivery::UploadSummary down = DeliveryStation::uploadAll(*uploader);
    CHECK(down.delivered == 0);
    CHECK(down.failed == 1);
    CHECK(down.stopReason.contains(QStringLiteral("the intake behind it does not (502)")));
    CHECK(station.counts().undelivered() == 5);

    // The intake comes back where nginx expects it: the next run delivers everything.
    proxied.intake.start(intakePort);
    proxied.intake.server->setMaxBodyBytes(128 * 1024);
    const delivery::UploadSummary back = DeliveryStation::uploadAll(*uploader);
    CHECK(back.delivered == 5);
    CHECK(station.counts().undelivered() == 0);
}

TEST_CASE("intake.json: trustedProxies is read as addresses, absent means none, and anything else is refused by name",
          "[delivery][proxy]")
{
    QTemporaryDir dir;
    const intake::IntakeHome home(dir.path());
    const auto loadWith = [&home](const QByteArray& proxies) {
        QFile file(home.configFile());
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"listen": "127.0.0.1", "port": 8443, "certificate": "/c.pem", "privateKey": "/k.pem",
                      "maxBodyBytes": 1048576, "idleTimeoutSeconds": 30)"
                   + (proxies.isEmpty() ? QByteArray() : ", \"trustedProxies\": " + proxies) + "}");
        file.close();
        return home.loadConfig();
    };
    const auto none = loadWith({});
    REQUIRE(none);
    CHECK(none->trustedProxies.isEmpty());
    const auto two = loadWith(R"(["127.0.0.1", "::1"])");
    REQUIRE(two);
    CHECK(two->trustedProxies == QList<QHostAddress>{QHostAddress::LocalHost, QHostAddress::LocalHostIPv6});
    const auto named = loadWith(R"(["127.0.0.1", "proxy.example.org"])");
    REQUIRE_FALSE(named);
    CHECK(named.error().message.contains(QStringLiteral("“proxy.example.org”, which is not an IP address")));
    CHECK_FALSE(loadWith(R"("127.0.0.1")"));
    CHECK_FALSE(loadWith(R"([1])"));
}
