// Delivery: records uploaded by the station's uploader to a real exam-intake process over TLS on
// loopback, against a bare QNetworkAccessManager POST loop of the same kind of records to the same
// server.

#include "bench.h"
#include "benchstation.h"

#include "crypto/ed25519.h"
#include "delivery/deliverysettings.h"
#include "delivery/signedrecord.h"
#include "delivery/uploader.h"
#include "results/stationkey.h"
#include "station/stationpaths.h"
#include "testca.h"
#include "json/canonicaljson.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QUuid>

namespace exam::bench {

namespace {

// A record the size of a 101-item one, signed by the station key.
delivery::SignedRecord makeRecord(const results::StationKey& key)
{
    QJsonArray responses;
    for (int p = 0; p < 101; ++p)
        responses.append(QJsonObject{{QStringLiteral("position"), p},
                                     {QStringLiteral("choice"), p % 4},
                                     {QStringLiteral("itemId"), QStringLiteral("BEN-%1").arg(p)},
                                     {QStringLiteral("optionOrder"), QJsonArray{2, 0, 3, 1}},
                                     {QStringLiteral("answeredAtMs"), double(p) * 41234}});
    const QJsonObject record{
        {QStringLiteral("format"), QStringLiteral("exam-result/1")},
        {QStringLiteral("resultId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("station"), QJsonObject{{QStringLiteral("id"), QStringLiteral("bench-station")},
                                                {QStringLiteral("keyId"), key.keyId()},
                                                {QStringLiteral("site"), QStringLiteral("TC-BENCH")}}},
        {QStringLiteral("candidateId"), QStringLiteral("C-BENCH")},
        {QStringLiteral("module"), QJsonObject{{QStringLiteral("code"), QStringLiteral("BENCH-101")}}},
        {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("state"), QStringLiteral("submitted")}}},
        {QStringLiteral("responses"), responses},
        {QStringLiteral("endedAt"), QStringLiteral("2026-11-27T12:00:00.000Z")},
    };
    const QByteArray bytes = *CanonicalJson::serialize(record);
    return {bytes, *key.sign(bytes)};
}

void fillOutbox(BenchStation& station, const results::StationKey& key, const banks::BankContent& content, int count)
{
    auto engine = station.startedSession(content);
    const qint64 baseSession = engine->sessionId();
    engine.reset();
    auto transaction = station.database->begin();
    for (int i = 0; i < count; ++i) {
        const delivery::SignedRecord record = makeRecord(key);
        const QString id = QJsonDocument::fromJson(record.record).object().value(QStringLiteral("resultId")).toString();
        auto session = station.database->prepare(QStringLiteral(
            "INSERT INTO sessions (sitting_id, position, bank_id, bank_sha256, state, seed, time_factor_pct, limit_ms, "
            "created_at, module_code) SELECT sitting_id, ?, bank_id, bank_sha256, state, seed, time_factor_pct, "
            "limit_ms, "
            "created_at, module_code FROM sessions WHERE id = ?"));
        session->bind(1, 1000 + i).bind(2, baseSession);
        auto result =
            station.database->prepare(QStringLiteral("INSERT INTO results (id, session_id, record, signature, "
                                                     "created_at) VALUES (?, last_insert_rowid(), ?, ?, ?)"));
        auto outbox = station.database->prepare(QStringLiteral("INSERT INTO outbox (result_id) VALUES (?)"));
        if (!session->run())
            qFatal("bench: no session row");
        result->bind(1, id)
            .bind(2, QByteArrayView(record.record))
            .bind(3, QByteArrayView(record.signature))
            .bind(4, QStringLiteral("2026-11-27T12:00:00.000Z"));
        outbox->bind(1, id);
        if (!result->run() || !outbox->run())
            qFatal("bench: no outbox row");
    }
    if (!transaction || !transaction->commit())
        qFatal("bench: the outbox was not filled");
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("bench: %s cannot be written", qPrintable(path));
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        qFatal("bench: %s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

} // namespace

Figure upload(const Settings& settings)
{
    const int count = settings.quick ? 150 : 10000;
    QTemporaryDir dir;
    const test::TestCa ca;
    const test::TestCertificate certificate = ca.issueServer();
    write(dir.filePath(QStringLiteral("server.pem")), certificate.certificatePem);
    write(dir.filePath(QStringLiteral("server.key")), certificate.privateKeyPem);
    const QString intake = settings.binaryDir + QStringLiteral("/exam-intake");
    const QString home = dir.filePath(QStringLiteral("intake"));
    const quint16 port = freePort();
    run(intake, {QStringLiteral("init"), QStringLiteral("--data-dir"), home, QStringLiteral("--certificate"),
                 dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--key"),
                 dir.filePath(QStringLiteral("server.key")), QStringLiteral("--port"), QString::number(port)});

    const StationPaths paths(dir.filePath(QStringLiteral("station")));
    (void)paths.ensureExists();
    BenchStation station(paths.dataFolder());
    const results::StationKey key = *results::StationKey::loadOrCreate(paths);
    run(intake, {QStringLiteral("station"), QStringLiteral("add"), paths.stationKeyBase() + QStringLiteral(".pub"),
                 QStringLiteral("--name"), QStringLiteral("bench"), QStringLiteral("--data-dir"), home});
    const QJsonObject shown = QJsonDocument::fromJson(run(intake, {QStringLiteral("show"), QStringLiteral("--json"),
                                                                   QStringLiteral("--data-dir"), home}))
                                  .object();
    banks::BankContent content;
    content.bankId = QStringLiteral("bench.upload");
    content.module = {QStringLiteral("BENCH-UP"),
                      QStringLiteral("Upload"),
                      QStringLiteral("Bench"),
                      QStringLiteral("en"),
                      10,
                      75,
                      1,
                      0,
                      false,
                      {{QStringLiteral("d"), QStringLiteral("D"), 1}}};
    banks::ItemBody body;
    body.stem = QStringLiteral("One item.");
    body.options = {{QStringLiteral("a"), {}, {}}, {QStringLiteral("b"), {}, {}}, {QStringLiteral("c"), {}, {}}};
    body.key = 0;
    banks::Item item{QStringLiteral("U-1"), QStringLiteral("d")};
    item.body = Sensitive<banks::ItemBody>(body);
    content.items = {item};
    fillOutbox(station, key, content, count);

    QProcess server;
    server.start(intake, {QStringLiteral("serve"), QStringLiteral("--data-dir"), home});
    if (!server.waitForReadyRead(30'000))
        qFatal("bench: exam-intake does not start");

    delivery::DeliverySettings deliverySettings;
    deliverySettings.intakeUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
    deliverySettings.caCertificates = ca.certificatePem();
    QFile receiptKey(shown.value(QStringLiteral("receiptKeyFile")).toString());
    receiptKey.open(QIODevice::ReadOnly);
    deliverySettings.receiptKey = *crypto::Ed25519::publicKeyFromPem(receiptKey.readAll());
    delivery::Uploader uploader(*station.database, station.clock);
    if (auto configured = uploader.configure(deliverySettings); !configured)
        qFatal("bench: %s", qPrintable(configured.error().message));
    QEventLoop loop;
    delivery::UploadSummary summary;
    QObject::connect(&uploader, &delivery::Uploader::finished, &loop, [&](const delivery::UploadSummary& s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    uploader.uploadAll();
    if (uploader.isRunning())
        loop.exec();
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (summary.delivered != count)
        qFatal("bench: %d of %d records delivered: %s", summary.delivered, count, qPrintable(summary.stopReason));

    // The baseline: the same kind of records, one POST after the other, nothing checked or stored here.
    QList<delivery::SignedRecord> fresh;
    for (int i = 0; i < count; ++i)
        fresh.append(makeRecord(key));
    QNetworkAccessManager network;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(ca.certificatePem()));
    int posted = 0;
    timer.restart();
    std::function<void()> postNext = [&] {
        if (posted == count) {
            loop.quit();
            return;
        }
        QNetworkRequest request(deliverySettings.resultsEndpoint());
        request.setSslConfiguration(ssl);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, delivery::SignedRecords::toUploadBody(fresh[posted]));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                qFatal("bench: a baseline POST failed");
            ++posted;
            postNext();
        });
    };
    postNext();
    loop.exec();
    const double baselineSeconds = double(timer.nsecsElapsed()) / 1e9;
    server.terminate();
    server.waitForFinished(10'000);

    Figure figure{QStringLiteral("records uploaded to exam-intake (TLS, loopback)"),
                  QStringLiteral("records/s"),
                  count / oursSeconds,
                  count / baselineSeconds,
                  QStringLiteral("≥ 0.8×"),
                  false,
                  QStringLiteral("%1 records of %2 KB; baseline a bare QNetworkAccessManager POST loop")
                      .arg(count)
                      .arg(fresh.first().record.size() / 1024)};
    figure.met = figure.ratio() >= 0.8;
    return figure;
}

} // namespace exam::bench
