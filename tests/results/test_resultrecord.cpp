#include "results/resultrecorder.h"
#include "results/scoring.h"
#include "results/stationkey.h"
#include "resultstation.h"
#include "json/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace exam;
using namespace exam::results;
using namespace std::chrono_literals;

using test::Recorded;
using test::ResultStation;

TEST_CASE("Result record: written and signed in the transaction that ends the session", "[results][record]")
{
    ResultStation station;
    auto engine = station.running();
    QList<std::optional<int>> choices;
    for (int p = 0; p < engine->itemCount(); ++p) {
        if (p % 3 != 2)
            REQUIRE(engine->answer(p, p % 3));
        choices.append(p % 3 != 2 ? std::optional<int>(p % 3) : std::nullopt);
    }
    station.clock.advance(90s);
    REQUIRE(engine->setFlag(1, true));
    REQUIRE(engine->submit());

    const QList<Recorded> results = station.results();
    REQUIRE(results.size() == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) == 1);
    const Recorded& result = results.first();
    CHECK(CanonicalJson::canonicalize(result.record).value_or(QByteArray()) == result.record);
    CHECK(ResultRecorder::verify(result.record, result.signature, station.key->publicKey()));
    CHECK_FALSE(result.record.contains("CANARY")); // no item content, ever

    const QJsonObject json = QJsonDocument::fromJson(result.record).object();
    CHECK(json.value(QStringLiteral("format")).toString() == QStringLiteral("exam-result/1"));
    CHECK(json.value(QStringLiteral("resultId")).toString().size() == 36);
    CHECK(json.value(QStringLiteral("candidateId")).toString() == QStringLiteral("C-1001"));
    CHECK(json.value(QStringLiteral("station")).toObject().value(QStringLiteral("keyId")).toString()
          == station.key->keyId());
    CHECK(json.value(QStringLiteral("bank")).toObject().value(QStringLiteral("version")).toInt() == 3);
    CHECK(json.value(QStringLiteral("proctors")).toArray() == QJsonArray{QStringLiteral("alice")});
    CHECK(json.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("state")).toString()
          == QStringLiteral("submitted"));
    CHECK(json.value(QStringLiteral("timing")).toObject().value(QStringLiteral("elapsedMs")).toInteger() == 90'000);
    CHECK(json.value(QStringLiteral("timing")).toObject().value(QStringLiteral("breaks")).toInteger() == 0);
    CHECK(json.value(QStringLiteral("accommodations")).toObject().value(QStringLiteral("breaks")) == QJsonValue(false));
    CHECK(json.value(QStringLiteral("auditHead")).toString() == QString::fromLatin1(station.audit->head()->toHex()));
    const QJsonArray form = json.value(QStringLiteral("form")).toArray();
    const QJsonArray responses = json.value(QStringLiteral("responses")).toArray();
    REQUIRE(form.size() == engine->itemCount());
    REQUIRE(responses.size() == engine->itemCount());
    session::Form engineForm;
    for (int p = 0; p < engine->itemCount(); ++p) {
        engineForm.items.append(engine->formItem(p));
        CHECK(form[p].toObject().value(QStringLiteral("item")).toString() == engine->formItem(p).itemId);
        const QJsonValue choice = responses[p].toObject().value(QStringLiteral("choice"));
        if (choices[p])
            CHECK(choice.toInt(-1) == *choices[p]);
        else
            CHECK(choice.isNull());
    }
    CHECK(responses[1].toObject().value(QStringLiteral("flagged")).toBool());
    const Score score = Scoring::score(station.content, engineForm, choices);
    const QJsonObject scoreJson = json.value(QStringLiteral("score")).toObject();
    CHECK(scoreJson.value(QStringLiteral("correct")).toInt() == score.correct);
    CHECK(scoreJson.value(QStringLiteral("percent")).toInt() == score.percent());
    CHECK(scoreJson.value(QStringLiteral("passed")).toBool() == score.passed);

    SECTION("changing any single field breaks the signature")
    {
        for (const QString& key : json.keys()) {
            INFO(key.toStdString());
            QJsonObject changed = json;
            const QJsonValue value = json.value(key);
            changed.insert(key, value.isString()   ? QJsonValue(value.toString() + u'x')
                                : value.isObject() ? QJsonValue(QJsonObject{{QStringLiteral("x"), 1}})
                                : value.isArray()  ? QJsonValue(QJsonArray{})
                                                   : QJsonValue(QStringLiteral("x")));
            const QByteArray bytes = *CanonicalJson::serialize(changed);
            CHECK_FALSE(ResultRecorder::verify(bytes, result.signature, station.key->publicKey()));
        }
    }
    SECTION("anyone can verify it with the OpenSSL command line")
    {
        const auto write = [&station](const QString& name, const QByteArray& bytes) {
            QFile file(station.dir.filePath(name));
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            return file.fileName();
        };
        const QString pem = write(QStringLiteral("station.pem"), *station.key->publicKeyPem());
        const QString sig = write(QStringLiteral("record.sig"), result.signature);
        for (const bool tamper : {false, true}) {
            QByteArray bytes = result.record;
            if (tamper)
                bytes.replace("\"passed\":", "\"passed\": ");
            const QString record = write(QStringLiteral("record.json"), bytes);
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                           QStringLiteral("-inkey"), pem, QStringLiteral("-rawin"), QStringLiteral("-in"), record,
                           QStringLiteral("-sigfile"), sig});
            REQUIRE(openssl.waitForFinished(30'000));
            CHECK((openssl.exitCode() == 0) == !tamper);
        }
    }
}

TEST_CASE("Result record: timed-out and voided sessions are recorded too", "[results][record]")
{
    ResultStation station;
    auto timedOut = station.running();
    REQUIRE(timedOut->answer(0, 1));
    station.clock.advance(31min);
    REQUIRE(timedOut->tick());
    REQUIRE(timedOut->state() == session::SessionState::TimedOut);
    auto voided = station.running();
    REQUIRE(voided->voidSession(station.proctor(), QStringLiteral("fire alarm")));

    const QList<Recorded> results = station.results();
    REQUIRE(results.size() == 2);
    const QJsonObject first = QJsonDocument::fromJson(results[0].record).object();
    const QJsonObject second = QJsonDocument::fromJson(results[1].record).object();
    CHECK(first.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("state")).toString()
          == QStringLiteral("timed-out"));
    CHECK(first.value(QStringLiteral("score")).isObject());
    CHECK(second.value(QStringLiteral("outcome")).toObject().value(QStringLiteral("reason")).toString()
          == QStringLiteral("fire alarm"));
    CHECK(second.value(QStringLiteral("score")).isNull());
    CHECK(first.value(QStringLiteral("resultId")) != second.value(QStringLiteral("resultId")));
}

TEST_CASE("Result record: the candidate's breaks are counted and timed, apart from the active time",
          "[results][record]")
{
    ResultStation station;
    session::Accommodations withBreaks;
    withBreaks.breaks = true;
    auto engine = station.started(station.newSession(withBreaks));
    station.clock.advance(2min);
    REQUIRE(engine->startBreak());
    station.clock.advance(3min);
    REQUIRE(engine->endBreak());
    station.clock.advance(1min);
    REQUIRE(engine->startBreak());
    station.clock.advance(30s);
    // Voided during the second break: the break still counts, up to the void.
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("candidate unwell")));

    const QList<Recorded> results = station.results();
    REQUIRE(results.size() == 1);
    const QJsonObject json = QJsonDocument::fromJson(results[0].record).object();
    const QJsonObject timing = json.value(QStringLiteral("timing")).toObject();
    CHECK(timing.value(QStringLiteral("elapsedMs")).toInteger() == 3 * 60'000);
    CHECK(timing.value(QStringLiteral("breaks")).toInteger() == 2);
    CHECK(timing.value(QStringLiteral("breakMs")).toInteger() == 210'000);
    CHECK(json.value(QStringLiteral("accommodations")).toObject().value(QStringLiteral("breaks")) == QJsonValue(true));
}

TEST_CASE("Result record: the time the clock stood still because nothing could be saved is kept apart from the "
          "active time",
          "[results][record]")
{
    ResultStation station;
    auto engine = station.started(station.newSession());
    station.clock.advance(2min);
    station.database->failAfter(0); // saving fails under a tick
    CHECK_FALSE(engine->tick());
    station.clock.advance(45s);
    station.database->failAfter(-1);
    REQUIRE(engine->tick());
    station.clock.advance(1min);
    REQUIRE(engine->submit());

    const QList<Recorded> results = station.results();
    REQUIRE(results.size() == 1);
    const QJsonObject timing =
        QJsonDocument::fromJson(results[0].record).object().value(QStringLiteral("timing")).toObject();
    CHECK(timing.value(QStringLiteral("elapsedMs")).toInteger() == 3 * 60'000);
    CHECK(timing.value(QStringLiteral("storageHeldMs")).toInteger() == 45'000);
}

TEST_CASE("Result record: a session never ends without its record", "[results][record][faults]")
{
    // Fail each database operation of the ending transaction in turn, until the ending has no
    // operation left to fail: the submit is refused, the session still runs with no record and no
    // attempt; the next submit ends it with exactly one record, outbox row and attempt.
    bool reachedTheEnd = false;
    for (int failAt = 0; failAt < 200 && !reachedTheEnd; ++failAt) {
        INFO("failing operation " << failAt);
        ResultStation station;
        auto engine = station.running();
        REQUIRE(engine->answer(0, 1));
        station.database->failAfter(failAt);
        const bool ended = bool(engine->submit());
        const bool faultFired = !station.database->faultArmed();
        station.database->failAfter(-1);
        reachedTheEnd = !faultFired;
        if (!ended) {
            CHECK(faultFired);
            CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM results")) == 0);
            CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM module_attempts")) == 0);
            CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'in-progress'")) == 1);
            REQUIRE(engine->submit());
        }
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM results")) == 1);
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == 1);
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM module_attempts")) == 1);
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'submitted'")) == 1);
    }
    CHECK(reachedTheEnd);
}

// The record is written by a canonical writer; these are the bytes the earlier QJsonObject-based
// writer produced for the same content, so records signed before and after the change agree.
TEST_CASE("Result record: composed bytes equal the canonical form of the documented record", "[results][record]")
{
    results::RecordContent c;
    c.resultId = QStringLiteral("1b0c5d6e-0f2a-4b3c-8d4e-5f6a7b8c9d0e");
    c.stationId = QStringLiteral("st-1");
    c.stationKeyId = QStringLiteral("0011223344556677");
    c.site = QStringLiteral("TC-0042");
    c.candidateId = QStringLiteral("C-1001");
    c.sittingId = 7;
    c.sittingPosition = 2;
    c.moduleCode = QStringLiteral("CLA");
    c.moduleTitle = QStringLiteral("Certified Logistics Associate – é");
    c.moduleLanguage = QStringLiteral("en");
    c.bankId = QStringLiteral("mssc.cla.en");
    c.bankVersion = 3;
    c.bankSha256 = QByteArray(32, '\x5a');
    c.form.items = {{QStringLiteral("CLA-001"), {2, 0, 3, 1}, false}, {QStringLiteral("CLA-002"), {0, 1, 2}, true}};
    c.responses = {{1, true, 3, 41234}, {std::nullopt, false, 0, std::nullopt}};
    c.limitMs = 5'400'000;
    c.extensionsMs = 600'000;
    c.elapsedMs = 1'234'567;
    c.breaksTaken = 2;
    c.breakMs = 754'000;
    c.storageHeldMs = 45'000;
    c.accommodations.breaks = true;
    c.accommodations.timeFactorPercent = 150;
    c.accommodations.readAloud = true;
    c.accommodations.screenReader = true;
    c.accommodations.textSizePercent = 200;
    c.accommodations.colourScheme = QStringLiteral("yellow-on-black");
    c.accommodations.language = QStringLiteral("es");
    c.accommodations.note = QStringLiteral("Reader present; separate room");
    c.outcomeState = QStringLiteral("submitted");
    c.outcomeReason = QString();
    c.ruleOverride = QStringLiteral("CLA passed elsewhere, \"certificate\" seen");
    c.proctors = {QStringLiteral("alice"), QStringLiteral("bob")};
    results::Score score;
    score.correct = 1;
    score.total = 2;
    score.passPercent = 75;
    score.passed = false;
    score.domains = {{QStringLiteral("d1"), QStringLiteral("Domain"), 1, 2}};
    c.auditHead = QByteArray(32, '\x11');
    c.endedAt = QStringLiteral("2026-11-27T12:00:00.000Z");

    const auto documented = [&](const QJsonValue& scoreJson) {
        return QJsonObject{
            {QStringLiteral("format"), QStringLiteral("exam-result/1")},
            {QStringLiteral("resultId"), c.resultId},
            {QStringLiteral("station"), QJsonObject{{QStringLiteral("id"), c.stationId},
                                                    {QStringLiteral("keyId"), c.stationKeyId},
                                                    {QStringLiteral("site"), c.site}}},
            {QStringLiteral("candidateId"), c.candidateId},
            {QStringLiteral("sitting"), QJsonObject{{QStringLiteral("id"), 7}, {QStringLiteral("position"), 2}}},
            {QStringLiteral("module"), QJsonObject{{QStringLiteral("code"), c.moduleCode},
                                                   {QStringLiteral("title"), c.moduleTitle},
                                                   {QStringLiteral("language"), c.moduleLanguage}}},
            {QStringLiteral("bank"),
             QJsonObject{{QStringLiteral("id"), c.bankId},
                         {QStringLiteral("version"), 3},
                         {QStringLiteral("sha256"), QString::fromLatin1(c.bankSha256.toHex())}}},
            {QStringLiteral("form"), QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("CLA-001")},
                                                            {QStringLiteral("newToCandidate"), true},
                                                            {QStringLiteral("options"), QJsonArray{2, 0, 3, 1}}},
                                                QJsonObject{{QStringLiteral("item"), QStringLiteral("CLA-002")},
                                                            {QStringLiteral("newToCandidate"), false},
                                                            {QStringLiteral("options"), QJsonArray{0, 1, 2}}}}},
            {QStringLiteral("responses"), QJsonArray{QJsonObject{{QStringLiteral("choice"), 1},
                                                                 {QStringLiteral("flagged"), true},
                                                                 {QStringLiteral("changes"), 3},
                                                                 {QStringLiteral("answeredAtMs"), 41234}},
                                                     QJsonObject{{QStringLiteral("choice"), QJsonValue()},
                                                                 {QStringLiteral("flagged"), false},
                                                                 {QStringLiteral("changes"), 0},
                                                                 {QStringLiteral("answeredAtMs"), QJsonValue()}}}},
            {QStringLiteral("timing"), QJsonObject{{QStringLiteral("limitMs"), 5400000},
                                                   {QStringLiteral("extensionsMs"), 600000},
                                                   {QStringLiteral("elapsedMs"), 1234567},
                                                   {QStringLiteral("breaks"), 2},
                                                   {QStringLiteral("breakMs"), 754000},
                                                   {QStringLiteral("storageHeldMs"), 45000}}},
            {QStringLiteral("accommodations"),
             QJsonObject{{QStringLiteral("timeFactorPercent"), 150},
                         {QStringLiteral("breaks"), true},
                         {QStringLiteral("readAloud"), true},
                         {QStringLiteral("screenReader"), true},
                         {QStringLiteral("textSizePercent"), 200},
                         {QStringLiteral("colourScheme"), QStringLiteral("yellow-on-black")},
                         {QStringLiteral("language"), QStringLiteral("es")},
                         {QStringLiteral("note"), c.accommodations.note}}},
            {QStringLiteral("outcome"),
             QJsonObject{{QStringLiteral("state"), c.outcomeState}, {QStringLiteral("reason"), c.outcomeReason}}},
            {QStringLiteral("ruleOverride"), c.ruleOverride},
            {QStringLiteral("proctors"), QJsonArray{QStringLiteral("alice"), QStringLiteral("bob")}},
            {QStringLiteral("score"), scoreJson},
            {QStringLiteral("auditHead"), QString::fromLatin1(c.auditHead.toHex())},
            {QStringLiteral("endedAt"), c.endedAt},
        };
    };
    auto withoutScore = results::ResultRecorder::compose(c);
    REQUIRE(withoutScore);
    CHECK(*withoutScore == *CanonicalJson::serialize(documented(QJsonValue())));
    c.score = score;
    auto withScore = results::ResultRecorder::compose(c);
    REQUIRE(withScore);
    const QJsonObject scoreJson{
        {QStringLiteral("correct"), 1},
        {QStringLiteral("total"), 2},
        {QStringLiteral("percent"), 50},
        {QStringLiteral("passMark"), 75},
        {QStringLiteral("passed"), false},
        {QStringLiteral("domains"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")},
                                                           {QStringLiteral("correct"), 1},
                                                           {QStringLiteral("total"), 2}}}}};
    CHECK(*withScore == *CanonicalJson::serialize(documented(scoreJson)));
}
