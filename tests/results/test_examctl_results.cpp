// examctl's results and audit commands on a station whose results were written by the real engine
// and recorder; the exported record checked with the OpenSSL command line.
#include "resultstation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace exam;

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
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

Run examctl(const test::ResultStation& station, QStringList arguments)
{
    arguments << QStringLiteral("--data-dir") << station.paths.dataFolder();
    return run(QStringLiteral(EXAM_BINARY_DIR "/bin/examctl"), arguments);
}

} // namespace

TEST_CASE("examctl results: list, show and export signed records, audit verify finds a changed entry",
          "[results][examctl]")
{
    test::ResultStation station;
    auto passed = station.running();
    station.sit(*passed, 8);
    auto voided = station.running();
    REQUIRE(voided->voidSession(station.proctor(), QStringLiteral("fire alarm")));

    const Run list = examctl(station, {QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--json")});
    INFO(list.err.toStdString());
    REQUIRE(list.status == 0);
    const QJsonArray results = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(results.size() == 2);
    CHECK(results[0].toObject().value(QStringLiteral("percent")).toInt() == 100);
    CHECK(results[0].toObject().value(QStringLiteral("passed")).toBool());
    CHECK(results[0].toObject().value(QStringLiteral("delivery")).toString() == QStringLiteral("pending"));
    CHECK(results[1].toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("voided"));
    CHECK(results[1].toObject().value(QStringLiteral("percent")).isNull());
    const QString id = results[0].toObject().value(QStringLiteral("resultId")).toString();

    const Run human = examctl(station, {QStringLiteral("results"), QStringLiteral("list")});
    CHECK(human.out.contains(QStringLiteral("100 %, pass")));
    CHECK(human.out.contains(QStringLiteral("voided")));

    const Run show =
        examctl(station, {QStringLiteral("results"), QStringLiteral("show"), id.left(8), QStringLiteral("--json")});
    REQUIRE(show.status == 0);
    CHECK(QJsonDocument::fromJson(show.out.toUtf8())
              .object()
              .value(QStringLiteral("record"))
              .toObject()
              .value(QStringLiteral("resultId"))
              .toString()
          == id);
    CHECK_FALSE(show.out.contains(QStringLiteral("CANARY"))); // never item content
    CHECK(examctl(station, {QStringLiteral("results"), QStringLiteral("show"), QStringLiteral("ffffffff")}).status
          == 66);
    CHECK(examctl(station, {QStringLiteral("results"), QStringLiteral("show"), QStringLiteral("abc")}).status == 64);

    const QString folder = station.dir.filePath(QStringLiteral("export"));
    const Run exported =
        examctl(station, {QStringLiteral("results"), QStringLiteral("export"), id, QStringLiteral("-o"), folder});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    CHECK(exported.out.contains(QStringLiteral("openssl pkeyutl -verify")));
    const Run verified = run(QStringLiteral("openssl"),
                             {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                              QStringLiteral("-inkey"), folder + QStringLiteral("/station.pem"),
                              QStringLiteral("-rawin"), QStringLiteral("-in"), folder + QStringLiteral("/record.json"),
                              QStringLiteral("-sigfile"), folder + QStringLiteral("/record.sig")});
    CHECK(verified.status == 0);
    // Never over an earlier export.
    const Run again =
        examctl(station, {QStringLiteral("results"), QStringLiteral("export"), id, QStringLiteral("-o"), folder});
    CHECK(again.status == 73);
    CHECK(again.err.contains(QStringLiteral("empty folder")));

    const Run intact = examctl(station, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(intact.status == 0);
    CHECK(intact.out.contains(QStringLiteral("intact")));
    // Someone edits an entry behind the station's back: the check names where the chain breaks.
    REQUIRE(
        station.database->exec(QStringLiteral("UPDATE audit_events SET detail = 'nothing happened' WHERE seq = 3")));
    const Run broken = examctl(station, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.status == 1);
    CHECK(broken.err.contains(QStringLiteral("entry 3")));
}
