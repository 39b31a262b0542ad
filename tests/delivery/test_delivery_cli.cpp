// Delivery as the people run it: exam-intake and examctl as real processes on real data folders, the
// intake serving HTTPS on loopback with a certificate from a CA made up for the test.

#include "deliveryfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>

using namespace exam;
using namespace exam::test;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(EXAM_BINARY_DIR "/bin/") + program, arguments);
    REQUIRE(process.waitForStarted(30'000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120'000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Registry
{
    QTemporaryDir dir;
    QString home = dir.filePath(QStringLiteral("intake"));
    quint16 port = freePort();
    std::unique_ptr<QProcess> server;

    Run intake(QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << home;
        return run(QStringLiteral("exam-intake"), arguments);
    }

    void serve()
    {
        server = std::make_unique<QProcess>();
        server->start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-intake"),
                      {QStringLiteral("serve"), QStringLiteral("--data-dir"), home});
        REQUIRE(server->waitForStarted(30'000));
        REQUIRE(QTest::qWaitFor([this] { return server->readAllStandardOutput().contains("listening"); }, 30'000));
    }

    int stop()
    {
        server->terminate(); // SIGTERM, as systemd stops it
        REQUIRE(server->waitForFinished(30'000));
        const int status = server->exitStatus() == QProcess::NormalExit ? server->exitCode() : -1;
        server.reset();
        return status;
    }
};

} // namespace

TEST_CASE("exam-intake and examctl: set up, upload, intake down, export, import", "[delivery][cli]")
{
    TestCa ca;
    const TestCertificate certificate = ca.issueServer();
    Registry registry;
    write(registry.dir.filePath(QStringLiteral("server.pem")), certificate.certificatePem);
    write(registry.dir.filePath(QStringLiteral("server.key")), certificate.privateKeyPem);
    write(registry.dir.filePath(QStringLiteral("ca.pem")), ca.certificatePem());

    const Run init = registry.intake({QStringLiteral("init"), QStringLiteral("--certificate"),
                                      registry.dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--key"),
                                      registry.dir.filePath(QStringLiteral("server.key")), QStringLiteral("--port"),
                                      QString::number(registry.port)});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    CHECK(registry
              .intake({QStringLiteral("init"), QStringLiteral("--certificate"), QStringLiteral("x"),
                       QStringLiteral("--key"), QStringLiteral("y")})
              .status
          == 1);
    CHECK((QFile::permissions(registry.home) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    const Run shown = registry.intake({QStringLiteral("show"), QStringLiteral("--json")});
    REQUIRE(shown.status == 0);
    const QJsonObject intakeInfo = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    const QString pin = intakeInfo.value(QStringLiteral("pin")).toString();
    CHECK(QByteArray::fromBase64(pin.toLatin1()).size() == 32);

    DeliveryStation station;
    station.addRecords(3);
    const QString dataDir = station.paths.dataFolder();
    const auto examctl = [&](QStringList arguments) {
        arguments << QStringLiteral("--data-dir") << dataDir;
        return run(QStringLiteral("examctl"), arguments);
    };

    // Nothing configured yet: a clear refusal.
    const Run unconfigured = examctl({QStringLiteral("outbox"), QStringLiteral("upload")});
    CHECK(unconfigured.status == 1);
    CHECK(unconfigured.err.contains(QStringLiteral("station set-intake")));
    CHECK(
        examctl({QStringLiteral("outbox"), QStringLiteral("export"), registry.dir.filePath(QStringLiteral("x.bundle"))})
            .err.contains(QStringLiteral("bundle key")));

    const QString stationPub = station.paths.stationKeyBase() + QStringLiteral(".pub");
    REQUIRE(registry
                .intake({QStringLiteral("station"), QStringLiteral("add"), stationPub, QStringLiteral("--name"),
                         QStringLiteral("Centre 42, room 1")})
                .status
            == 0);
    CHECK(registry
              .intake({QStringLiteral("station"), QStringLiteral("add"), stationPub, QStringLiteral("--name"),
                       QStringLiteral("again")})
              .status
          == 1);

    const Run configured =
        examctl({QStringLiteral("station"), QStringLiteral("set-intake"), QStringLiteral("--url"),
                 QStringLiteral("https://127.0.0.1:%1/").arg(registry.port), QStringLiteral("--receipt-key"),
                 intakeInfo.value(QStringLiteral("receiptKeyFile")).toString(), QStringLiteral("--bundle-key"),
                 intakeInfo.value(QStringLiteral("bundleKeyFile")).toString(), QStringLiteral("--ca"),
                 registry.dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("--pin"), pin});
    INFO(configured.err.toStdString());
    REQUIRE(configured.status == 0);
    CHECK(examctl({QStringLiteral("station"), QStringLiteral("set-intake"), QStringLiteral("--url"),
                   QStringLiteral("http://127.0.0.1/")})
              .status
          == 64);
    CHECK(examctl({QStringLiteral("station"), QStringLiteral("set-intake"), QStringLiteral("--pin"),
                   QStringLiteral("nonsense")})
              .status
          == 64);
    CHECK(examctl({QStringLiteral("outbox"), QStringLiteral("status")}).out.contains(QStringLiteral("Pending:    3")));

    const auto deliveryCheck = [&] {
        const QJsonArray checks =
            QJsonDocument::fromJson(examctl({QStringLiteral("check"), QStringLiteral("--json")}).out.toUtf8()).array();
        for (const QJsonValue check : checks)
            if (check[QStringLiteral("check")].toString() == u"delivery")
                return check.toObject();
        FAIL("no delivery line in examctl check");
        return QJsonObject();
    };
    CHECK(deliveryCheck()[QStringLiteral("verdict")].toString() == u"warn"); // the intake is not running yet
    registry.serve();
    const QJsonObject reachable = deliveryCheck();
    CHECK(reachable[QStringLiteral("verdict")].toString() == u"pass");
    CHECK(reachable[QStringLiteral("detail")].toString().contains(QStringLiteral("3 results wait in the outbox")));
    const Run uploaded = examctl({QStringLiteral("outbox"), QStringLiteral("upload")});
    INFO(uploaded.out.toStdString() + uploaded.err.toStdString());
    CHECK(uploaded.status == 0);
    CHECK(uploaded.out.contains(QStringLiteral("Delivered 3, failed 0, still waiting 0.")));
    const Run nothing = examctl({QStringLiteral("outbox"), QStringLiteral("upload")});
    CHECK(nothing.status == 0);
    CHECK(nothing.out.contains(QStringLiteral("Nothing to upload")));
    CHECK(registry.stop() == 0);

    // The access log names results and stations, never candidates.
    QFile accessLog(registry.home + QStringLiteral("/access.log"));
    REQUIRE(accessLog.open(QIODevice::ReadOnly));
    const QByteArray logged = accessLog.readAll();
    CHECK(logged.count("POST /v1/results 200") == 3);
    CHECK_FALSE(logged.contains("C-1001"));

    // The intake is down: the upload says so, the results wait with the reason.
    station.addRecords(2);
    const Run down =
        examctl({QStringLiteral("outbox"), QStringLiteral("upload"), QStringLiteral("--timeout"), QStringLiteral("5")});
    CHECK(down.status == 1);
    CHECK(down.out.contains(QStringLiteral("refused the connection")));
    const Run status = examctl({QStringLiteral("outbox"), QStringLiteral("status")});
    CHECK(status.out.contains(QStringLiteral("Failing:    1")));
    CHECK(status.out.contains(QStringLiteral("refused the connection")));

    // So they go on a stick instead.
    const QString bundle = registry.dir.filePath(QStringLiteral("results.bundle"));
    const Run exported = examctl({QStringLiteral("outbox"), QStringLiteral("export"), bundle});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    CHECK(exported.out.contains(QStringLiteral("results.bundle: 2, encrypted")));
    CHECK(examctl({QStringLiteral("outbox"), QStringLiteral("export"), registry.dir.filePath(QStringLiteral("b2"))})
              .err.contains(QStringLiteral("Nothing new to export")));
    CHECK(examctl({QStringLiteral("outbox"), QStringLiteral("export"), bundle, QStringLiteral("--again")}).status
          == 73);
    CHECK(examctl({QStringLiteral("outbox"), QStringLiteral("status")}).out.contains(QStringLiteral("Exported:   2")));

    QFile bundleFile(bundle);
    REQUIRE(bundleFile.open(QIODevice::ReadOnly));
    const QByteArray bundleBytes = bundleFile.readAll();
    const QString truncated = registry.dir.filePath(QStringLiteral("truncated.bundle"));
    write(truncated, bundleBytes.first(bundleBytes.size() - 100));
    const Run refused = registry.intake({QStringLiteral("import"), truncated});
    CHECK(refused.status == 1);
    CHECK(refused.err.contains(QStringLiteral("Nothing was imported")));

    const Run imported = registry.intake({QStringLiteral("import"), bundle});
    INFO(imported.err.toStdString());
    CHECK(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("2 stored, 0 held already, 0 refused")));
    CHECK(registry.intake({QStringLiteral("import"), bundle}).out.contains(QStringLiteral("0 stored, 2 held already")));
    CHECK(registry.intake({QStringLiteral("show"), QStringLiteral("--json")})
              .out.contains(QStringLiteral("\"records\":5")));

    // Back online, the exported results get their receipts (the intake answers with the ones it made
    // at import); a revoked station's upload is refused.
    registry.serve();
    const Run receipts = examctl({QStringLiteral("outbox"), QStringLiteral("upload")});
    CHECK(receipts.status == 0);
    CHECK(receipts.out.contains(QStringLiteral("Delivered 2")));
    REQUIRE(registry.intake({QStringLiteral("station"), QStringLiteral("revoke"), station.key->keyId()}).status == 0);
    CHECK(registry.intake({QStringLiteral("station"), QStringLiteral("list")}).out.contains(QStringLiteral("revoked")));
    station.addRecords(1);
    const Run revoked = examctl({QStringLiteral("outbox"), QStringLiteral("upload")});
    CHECK(revoked.status == 1);
    CHECK(revoked.out.contains(QStringLiteral("revoked")));
    CHECK(registry.stop() == 0);
}

TEST_CASE("exam-intake: every command refuses a missing intake and wrong use", "[delivery][cli]")
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("none"));
    for (const QStringList& command : {QStringList{QStringLiteral("show")}, QStringList{QStringLiteral("serve")},
                                       QStringList{QStringLiteral("station"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("import"), QStringLiteral("x")}}) {
        const Run result =
            run(QStringLiteral("exam-intake"), command + QStringList{QStringLiteral("--data-dir"), home});
        INFO(command.join(u' ').toStdString());
        CHECK(result.status == 66);
        CHECK(result.err.contains(QStringLiteral("exam-intake init")));
    }
    CHECK(run(QStringLiteral("exam-intake"), {QStringLiteral("bogus")}).status == 64);
    CHECK(run(QStringLiteral("exam-intake"), {QStringLiteral("init"), QStringLiteral("--data-dir"), home}).status
          == 64);
    CHECK(
        run(QStringLiteral("exam-intake"), {QStringLiteral("--help")}).out.contains(QStringLiteral("station revoke")));
    CHECK(run(QStringLiteral("exam-intake"), {QStringLiteral("serve"), QStringLiteral("--help")}).status == 0);
    // --data-dir before the command names the same intake as after it.
    const Run before = run(QStringLiteral("exam-intake"),
                           {QStringLiteral("--data-dir"), home, QStringLiteral("station"), QStringLiteral("list")});
    CHECK(before.status == 66);
    CHECK(before.err.contains(home));
    CHECK(run(QStringLiteral("exam-intake"), {QStringLiteral("station"), QStringLiteral("--help")})
              .out.contains(QStringLiteral("station revoke")));
}
