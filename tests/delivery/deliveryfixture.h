#pragma once
// A station with signed results in its outbox, and a real intake (its store, rules and HTTPS server)
// on 127.0.0.1 with a certificate from a CA made up for the test.

#include "../results/resultstation.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "delivery/uploader.h"
#include "intakeundertest.h"
#include "json/canonicaljson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace exam::test {

struct DeliveryStation : ResultStation
{
    SystemClock wall;

    DeliveryStation()
    {
        REQUIRE(database->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('site.code', 'TC-0042')")));
    }

    // One real result (a session started and voided), then n - 1 more made from it: each with its
    // own result id and session row, signed by the station key, as the recorder would have written.
    void addRecords(int n)
    {
        auto engine = running();
        REQUIRE(engine->voidSession(proctor(), QStringLiteral("test record")));
        const qint64 baseSession = engine->sessionId();
        engine.reset();
        const QByteArray baseRecord = results().last().record;
        QJsonObject object = QJsonDocument::fromJson(baseRecord).object();
        auto transaction = database->begin();
        REQUIRE(transaction);
        for (int i = 1; i < n; ++i) {
            object[QStringLiteral("resultId")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QByteArray bytes = *CanonicalJson::serialize(object);
            const QByteArray signature = *key->sign(bytes);
            auto session = database->prepare(QStringLiteral(
                "INSERT INTO sessions (sitting_id, position, bank_id, bank_sha256, state, seed, time_factor_pct, "
                "limit_ms, created_at, module_code) SELECT sitting_id, ?, bank_id, bank_sha256, state, seed, "
                "time_factor_pct, limit_ms, created_at, module_code FROM sessions WHERE id = ?"));
            REQUIRE(session);
            session->bind(1, 100000 + i + int(scalar(QStringLiteral("SELECT count(*) FROM sessions"))))
                .bind(2, baseSession);
            REQUIRE(session->run());
            const qint64 sessionId = database->lastInsertRowId();
            auto result = database->prepare(QStringLiteral(
                "INSERT INTO results (id, session_id, record, signature, created_at) VALUES (?, ?, ?, ?, ?)"));
            REQUIRE(result);
            result->bind(1, object[QStringLiteral("resultId")].toString())
                .bind(2, sessionId)
                .bind(3, QByteArrayView(bytes))
                .bind(4, QByteArrayView(signature))
                .bind(5, QStringLiteral("2026-03-02T08:00:%1.000Z").arg(i % 60, 2, 10, QLatin1Char('0')));
            REQUIRE(result->run());
            auto outbox = database->prepare(QStringLiteral("INSERT INTO outbox (result_id) VALUES (?)"));
            REQUIRE(outbox);
            outbox->bind(1, object[QStringLiteral("resultId")].toString());
            REQUIRE(outbox->run());
        }
        REQUIRE(transaction->commit());
    }

    delivery::DeliverySettings settingsFor(const IntakeUnderTest& intake, const TestCa& ca) const
    {
        delivery::DeliverySettings settings;
        settings.intakeUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(intake.port));
        settings.caCertificates = ca.certificatePem();
        settings.receiptKey = intake.receiptKeys.publicKey;
        settings.bundleKey = intake.bundleKeys.publicKey;
        return settings;
    }

    std::unique_ptr<delivery::Uploader> uploader(const delivery::DeliverySettings& settings,
                                                 std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
    {
        auto made = std::make_unique<delivery::Uploader>(*database, wall);
        REQUIRE(made->configure(settings));
        made->setTimeout(timeout);
        made->setRetryPolicy({std::chrono::milliseconds(10), std::chrono::milliseconds(100)});
        return made;
    }

    // One foreground run to its end. A QEventLoop, not QTest::qWaitFor: qWaitFor sleeps 10 ms between
    // event batches, which would make every exchange with the in-process intake ten times slower.
    static delivery::UploadSummary uploadAll(delivery::Uploader& uploader)
    {
        std::optional<delivery::UploadSummary> summary;
        QEventLoop loop;
        auto connection = QObject::connect(&uploader, &delivery::Uploader::finished, &loop,
                                           [&summary, &loop](const delivery::UploadSummary& s) {
                                               summary = s;
                                               loop.quit();
                                           });
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        uploader.uploadAll();
        if (!summary)
            loop.exec();
        QObject::disconnect(connection);
        REQUIRE(summary.has_value());
        return *summary;
    }

    delivery::OutboxCounts counts()
    {
        delivery::Outbox outbox(*database);
        auto counted = outbox.counts();
        REQUIRE(counted);
        return *counted;
    }

    QList<delivery::OutboxEntry> undelivered()
    {
        delivery::Outbox outbox(*database);
        auto list = outbox.undelivered();
        REQUIRE(list);
        return *list;
    }
};

// The common start of a delivery test: a station with `records` results and a running intake that
// accepts the station's key.
struct StationAndIntake
{
    TestCa ca;
    IntakeUnderTest intake{ca};
    DeliveryStation station;

    explicit StationAndIntake(int records)
    {
        intake.start();
        station.addRecords(records);
        intake.accept(station.key->publicKey());
    }

    std::unique_ptr<delivery::Uploader> uploader(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
    {
        return station.uploader(station.settingsFor(intake, ca), timeout);
    }
};

} // namespace exam::test
