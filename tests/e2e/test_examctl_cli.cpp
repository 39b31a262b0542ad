// examctl as a centre administrator runs it: real processes, a real data folder, banks built by the
// real exam-bank for this station's centre key; exit statuses and messages.
#include "banks/bankcatalogue.h"
#include "results/resultrecorder.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/pinpepper.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = exam::test::ToolRun;

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    return exam::test::runTool(program, arguments, input);
}

struct Centre
{
    QTemporaryDir dir;
    QString station = dir.filePath(QStringLiteral("station"));

    Run examctl(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments << QStringLiteral("--data-dir") << station;
        return run(QStringLiteral("examctl"), arguments, input);
    }

    QString path(const QString& name) const { return dir.filePath(name); }

    // A bank of the sample module, signed by a fresh publisher key and issued to `centerPub`.
    QString buildBank(const QString& name, const QString& centerPub) const
    {
        if (!QFile::exists(path(QStringLiteral("publisher.key"))))
            REQUIRE(run(QStringLiteral("exam-bank"), {QStringLiteral("keygen"), QStringLiteral("publisher"),
                                                      QStringLiteral("-o"), path(QStringLiteral("publisher"))})
                        .status
                    == 0);
        const Run built = run(QStringLiteral("exam-bank"),
                              {QStringLiteral("build"), exam::test::dataPath(QStringLiteral("banks/sample")),
                               QStringLiteral("-o"), path(name), QStringLiteral("--publisher-key"),
                               path(QStringLiteral("publisher.key")), QStringLiteral("--publisher-name"),
                               QStringLiteral("Test publisher"), QStringLiteral("--center"), centerPub});
        INFO(built.err.toStdString());
        REQUIRE(built.status == 0);
        return path(name);
    }
};

} // namespace

TEST_CASE("examctl: a station is set up, trusts its publisher, installs a bank and gets proctors", "[e2e][examctl]")
{
    Centre centre;
    // Nothing there yet: commands other than init say so and create nothing.
    const Run none = centre.examctl({QStringLiteral("bank"), QStringLiteral("list")});
    CHECK(none.status == 66);
    CHECK(none.err.contains(QStringLiteral("examctl station init")));
    CHECK_FALSE(QFile::exists(centre.station));

    const Run init = centre.examctl(
        {QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("TC-0042")});
    INFO(init.err.toStdString());
    REQUIRE(init.status == 0);
    CHECK(init.out.contains(QStringLiteral("center-key.pub")));
    const QString centerKey = centre.station + QStringLiteral("/center-key.key");
    const auto ownerOnly = [](const QString& file) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                                | QFileDevice::ReadOther | QFileDevice::WriteOther
                                                | QFileDevice::ExeOther;
        return (QFile::permissions(file) & others) == 0 && (QFile::permissions(file) & QFileDevice::ReadOwner);
    };
    CHECK(ownerOnly(centerKey));
    CHECK(ownerOnly(centre.station + QStringLiteral("/station-key.key")));
    const QByteArray keyBefore = [&] {
        QFile f(centerKey);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();

    // Initialising again changes nothing, above all not the centre key banks are issued to.
    const Run again = centre.examctl(
        {QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("XX-1")});
    CHECK(again.status == 1);
    CHECK(again.err.contains(QStringLiteral("already set up")));
    CHECK([&] {
        QFile f(centerKey);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }() == keyBefore);

    const QString bank =
        centre.buildBank(QStringLiteral("sample.exambank"), centre.station + QStringLiteral("/center-key.pub"));
    // Not trusted yet: refused with the reason.
    const Run untrusted = centre.examctl({QStringLiteral("bank"), QStringLiteral("install"), bank});
    CHECK(untrusted.status == 1);
    CHECK_FALSE(untrusted.err.isEmpty());
    REQUIRE(
        centre
            .examctl({QStringLiteral("station"), QStringLiteral("trust"), centre.path(QStringLiteral("publisher.pub")),
                      QStringLiteral("--name"), QStringLiteral("Test publisher")})
            .status
        == 0);
    const Run installed = centre.examctl({QStringLiteral("bank"), QStringLiteral("install"), bank});
    INFO(installed.err.toStdString());
    CHECK(installed.status == 0);
    CHECK(installed.out.contains(QStringLiteral("test.sample.en")));

    // A bank issued to another centre is refused, and says to ask the publisher.
    REQUIRE(run(QStringLiteral("exam-bank"), {QStringLiteral("keygen"), QStringLiteral("center"), QStringLiteral("-o"),
                                              centre.path(QStringLiteral("elsewhere"))})
                .status
            == 0);
    const QString foreign =
        centre.buildBank(QStringLiteral("foreign.exambank"), centre.path(QStringLiteral("elsewhere.pub")));
    const Run notIssued = centre.examctl({QStringLiteral("bank"), QStringLiteral("install"), foreign});
    CHECK(notIssued.status == 1);
    CHECK(notIssued.err.contains(QStringLiteral("publisher")));

    const Run list = centre.examctl({QStringLiteral("bank"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.status == 0);
    const QJsonArray banks = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(banks.size() == 1);
    CHECK(banks[0].toObject().value(QStringLiteral("bankId")).toString() == QStringLiteral("test.sample.en"));

    // Proctors: the first needs no authorization, the next one needs an existing proctor's PIN.
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("alice"),
                        QStringLiteral("--name"), QStringLiteral("Alice Adams")},
                       "135790\n")
              .status
          == 0);
    const Run unauthorized = centre.examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("bob"),
                                             QStringLiteral("--name"), QStringLiteral("Bob")},
                                            "24680246\n");
    CHECK(unauthorized.status == 1);
    const Run wrongPin = centre.examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("bob"),
                                         QStringLiteral("--name"), QStringLiteral("Bob"), QStringLiteral("--by"),
                                         QStringLiteral("alice")},
                                        "24680246\n999999\n");
    CHECK(wrongPin.status == 1);
    CHECK(wrongPin.err.contains(QStringLiteral("PIN")));
    CHECK(
        centre
            .examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--name"),
                      QStringLiteral("Bob"), QStringLiteral("--by"), QStringLiteral("alice")},
                     "24680246\n135790\n")
            .status
        == 0);
    const Run proctors = centre.examctl({QStringLiteral("proctor"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray logins = QJsonDocument::fromJson(proctors.out.toUtf8()).array();
    REQUIRE(logins.size() == 2);
    CHECK(logins[0].toObject().value(QStringLiteral("login")).toString() == QStringLiteral("alice"));

    // Nobody disables themselves, so a station always keeps a proctor who can sign in.
    const Run self = centre.examctl({QStringLiteral("proctor"), QStringLiteral("disable"), QStringLiteral("alice"),
                                     QStringLiteral("--by"), QStringLiteral("alice")},
                                    "135790\n");
    CHECK(self.status == 1);
    CHECK(self.err.contains(QStringLiteral("own account")));
    const Run unknown = centre.examctl({QStringLiteral("proctor"), QStringLiteral("disable"), QStringLiteral("zed"),
                                        QStringLiteral("--by"), QStringLiteral("alice")},
                                       "135790\n");
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("zed")));
    // A disabled proctor cannot authorize anything; enabled again, they can.
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("disable"), QStringLiteral("bob"),
                        QStringLiteral("--by"), QStringLiteral("alice")},
                       "135790\n")
              .status
          == 0);
    const Run byDisabled = centre.examctl({QStringLiteral("proctor"), QStringLiteral("reset-pin"),
                                           QStringLiteral("alice"), QStringLiteral("--by"), QStringLiteral("bob")},
                                          "97531975\n24680246\n");
    CHECK(byDisabled.status == 1);
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("enable"), QStringLiteral("bob"),
                        QStringLiteral("--by"), QStringLiteral("alice")},
                       "135790\n")
              .status
          == 0);
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("reset-pin"), QStringLiteral("alice"),
                        QStringLiteral("--by"), QStringLiteral("bob")},
                       "97531975\n24680246\n")
              .status
          == 0);

    // The way back when no other proctor can authorize: refused while one can, allowed when none can.
    const Run notNeeded =
        centre.examctl({QStringLiteral("proctor"), QStringLiteral("recover"), QStringLiteral("alice")}, "11223344\n");
    CHECK(notNeeded.status == 1);
    CHECK(notNeeded.err.contains(QStringLiteral("“bob” can sign in and authorize")));
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("disable"), QStringLiteral("bob"),
                        QStringLiteral("--by"), QStringLiteral("alice")},
                       "97531975\n")
              .status
          == 0);
    // Alice forgets her PIN (and locks herself out trying); nobody else can sign in.
    Run attempt;
    for (int i = 0; i < 6; ++i)
        attempt = centre.examctl({QStringLiteral("proctor"), QStringLiteral("enable"), QStringLiteral("bob"),
                                  QStringLiteral("--by"), QStringLiteral("alice")},
                                 "00000000\n");
    CHECK((attempt.err.contains(QStringLiteral("locked")) || attempt.err.contains(QStringLiteral("Try again in"))));
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("enable"), QStringLiteral("bob"),
                        QStringLiteral("--by"), QStringLiteral("alice")},
                       "97531975\n")
              .status
          == 1); // even the right PIN, while locked out
    const Run recovered =
        centre.examctl({QStringLiteral("proctor"), QStringLiteral("recover"), QStringLiteral("alice")}, "11223344\n");
    INFO(recovered.err.toStdString());
    CHECK(recovered.status == 0);
    CHECK(centre
              .examctl({QStringLiteral("proctor"), QStringLiteral("enable"), QStringLiteral("bob"),
                        QStringLiteral("--by"), QStringLiteral("alice")},
                       "11223344\n")
              .status
          == 0);
    CHECK(centre.examctl({QStringLiteral("proctor"), QStringLiteral("recover"), QStringLiteral("zed")}, "11223344\n")
              .status
          == 1);
    CHECK(centre.examctl({QStringLiteral("audit"), QStringLiteral("verify")}).status == 0);

    // bank verify opens every bank as the kiosk will; a changed file on disk fails it, by name.
    const Run verified = centre.examctl({QStringLiteral("bank"), QStringLiteral("verify")});
    CHECK(verified.status == 0);
    CHECK(verified.out.contains(QStringLiteral("ok    test.sample.en")));
    {
        const QString installedFile =
            QDir(centre.station + QStringLiteral("/banks")).entryInfoList(QDir::Files).first().filePath();
        QFile file(installedFile);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        const char flipped = char(file.peek(1).at(0) ^ 0x01);
        file.write(&flipped, 1);
    }
    const Run tampered = centre.examctl({QStringLiteral("bank"), QStringLiteral("verify")});
    CHECK(tampered.status == 1);
    CHECK(tampered.out.contains(QStringLiteral("FAIL  test.sample.en")));
    CHECK(centre.examctl({QStringLiteral("bank"), QStringLiteral("remove"), QStringLiteral("test.sample.en")}).status
          == 0);
    CHECK(centre.examctl({QStringLiteral("bank"), QStringLiteral("remove"), QStringLiteral("test.sample.en")}).status
          == 66);
    CHECK(QDir(centre.station + QStringLiteral("/banks")).entryList(QDir::Files).isEmpty());
    {
        // The install and the removal are both in the audit log.
        auto database = exam::storage::Database::open(centre.station + QStringLiteral("/station.sqlite"),
                                                      exam::stationMigrations());
        REQUIRE(database);
        auto kinds = (*database)->prepare(QStringLiteral(
            "SELECT group_concat(kind, ' ') FROM audit_events WHERE kind IN ('bank.installed', 'bank.removed')"));
        REQUIRE(kinds);
        REQUIRE(*kinds->step());
        CHECK(kinds->text(0) == QStringLiteral("bank.installed bank.removed"));
        auto trusted = (*database)->prepare(
            QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'station.publisher-trusted'"));
        REQUIRE(trusted);
        REQUIRE(*trusted->step());
        CHECK(trusted->int64(0) == 1);
    }

    const Run show = centre.examctl({QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json")});
    const QJsonObject info = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(info.value(QStringLiteral("site")).toString() == QStringLiteral("TC-0042"));
    CHECK(info.value(QStringLiteral("banks")).toInt() == 0); // removed above
    CHECK(info.value(QStringLiteral("proctors")).toInt() == 2);
    CHECK(info.value(QStringLiteral("trustedPublishers")).toArray() == QJsonArray{QStringLiteral("Test publisher")});
}

TEST_CASE("examctl: a group's --help lists its commands, and --data-dir goes before the group too", "[e2e][examctl]")
{
    Centre centre;
    const Run groupHelp = run(QStringLiteral("examctl"), {QStringLiteral("station"), QStringLiteral("--help")});
    CHECK(groupHelp.status == 0);
    for (const char* command :
         {"station init", "station show", "station trust", "station set-intake", "station set-panel-chord"})
        CHECK(groupHelp.out.contains(QString::fromLatin1(command)));
    CHECK_FALSE(groupHelp.out.contains(QStringLiteral("bank install"))); // only the group's
    const Run bare = run(QStringLiteral("examctl"), {QStringLiteral("proctor")});
    CHECK(bare.status == 64);
    CHECK(bare.err.contains(QStringLiteral("proctor reset-pin")));
    // Before the group, with a space or an "=", and after the command: the same station.
    REQUIRE(run(QStringLiteral("examctl"), {QStringLiteral("--data-dir"), centre.station, QStringLiteral("station"),
                                            QStringLiteral("init"), QStringLiteral("--site"), QStringLiteral("TC-7")})
                .status
            == 0);
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--data-dir"), centre.station, QStringLiteral("station"), QStringLiteral("show"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("--data-dir=") + centre.station, QStringLiteral("station"), QStringLiteral("show"),
                      QStringLiteral("--json")},
          QStringList{QStringLiteral("station"), QStringLiteral("show"), QStringLiteral("--json"),
                      QStringLiteral("--data-dir"), centre.station}}) {
        INFO(arguments.join(u' ').toStdString());
        const Run shown = run(QStringLiteral("examctl"), arguments);
        REQUIRE(shown.status == 0);
        CHECK(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("site")).toString()
              == QStringLiteral("TC-7"));
    }
    // A one-word command takes it before its word as well.
    CHECK(run(QStringLiteral("examctl"),
              {QStringLiteral("--data-dir"), centre.station, QStringLiteral("check"), QStringLiteral("--json")})
              .out.contains(QStringLiteral("\"check\"")));
    // The group's help and the version with the option before them.
    const Run leadingHelp = run(QStringLiteral("examctl"), {QStringLiteral("--data-dir"), centre.station,
                                                            QStringLiteral("station"), QStringLiteral("--help")});
    CHECK(leadingHelp.status == 0);
    CHECK(leadingHelp.out.contains(QStringLiteral("station set-panel-chord")));
    CHECK(run(QStringLiteral("examctl"), {QStringLiteral("--data-dir"), centre.station, QStringLiteral("--version")})
              .out.startsWith(QStringLiteral("examctl ")));
    // The option without its folder is wrong use, not a command named after the folder.
    CHECK(run(QStringLiteral("examctl"), {QStringLiteral("--data-dir")}).status == 64);
}

#ifdef Q_OS_LINUX
TEST_CASE("examctl does not load Qt Widgets: the score report's PDF needs QtGui only", "[e2e][examctl]")
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(EXAM_BINARY_DIR "/bin/examctl")});
    REQUIRE(ldd.waitForFinished(30'000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    REQUIRE(libraries.contains(QStringLiteral("libQt6Core"))); // ldd read the program
    CHECK(libraries.contains(QStringLiteral("libQt6Gui")));
    CHECK_FALSE(libraries.contains(QStringLiteral("libQt6Widgets")));
}
#endif

TEST_CASE("examctl: wrong use and missing files are explained", "[e2e][examctl]")
{
    Centre centre;
    CHECK(run(QStringLiteral("examctl"), {}).status == 64);
    const Run unknown = run(QStringLiteral("examctl"), {QStringLiteral("station"), QStringLiteral("explode")});
    CHECK(unknown.status == 64);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
    const Run help =
        run(QStringLiteral("examctl"), {QStringLiteral("bank"), QStringLiteral("install"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("--data-dir")));
    CHECK(centre.examctl({QStringLiteral("station"), QStringLiteral("init")}).status == 64); // no --site
    REQUIRE(centre
                .examctl({QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"),
                          QStringLiteral("TC-1")})
                .status
            == 0);
    const Run missing = centre.examctl(
        {QStringLiteral("bank"), QStringLiteral("install"), centre.path(QStringLiteral("nope.exambank"))});
    CHECK(missing.status == 66);
    CHECK(missing.err.contains(QStringLiteral("nope.exambank")));
    QFile notAKey(centre.path(QStringLiteral("junk.pub")));
    REQUIRE(notAKey.open(QIODevice::WriteOnly));
    notAKey.write("not a key\n");
    notAKey.close();
    const Run junk = centre.examctl({QStringLiteral("station"), QStringLiteral("trust"), notAKey.fileName(),
                                     QStringLiteral("--name"), QStringLiteral("Junk")});
    CHECK(junk.status != 0);
    CHECK(junk.err.contains(QStringLiteral("junk.pub")));
    const Run badName = centre.examctl({QStringLiteral("station"), QStringLiteral("trust"), notAKey.fileName(),
                                        QStringLiteral("--name"), QStringLiteral("../evil")});
    CHECK(badName.status == 1);
    CHECK(run(QStringLiteral("examctl"), {QStringLiteral("--version")}).out.startsWith(QStringLiteral("examctl ")));
}

TEST_CASE("examctl check: one line per readiness check, and a failure for what would stop exam day", "[e2e][examctl]")
{
    Centre centre;
    const Run nothing = centre.examctl({QStringLiteral("check")});
    CHECK(nothing.status == 1);
    CHECK(nothing.out.contains(QStringLiteral("FAIL  database")));

    REQUIRE(centre
                .examctl({QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"),
                          QStringLiteral("TC-7")})
                .status
            == 0);
    const Run bare = centre.examctl({QStringLiteral("check")});
    CHECK(bare.status == 1);
    CHECK(bare.out.contains(QStringLiteral("FAIL  publishers")));
    CHECK(bare.out.contains(QStringLiteral("FAIL  banks")));
    CHECK(bare.out.contains(QStringLiteral("FAIL  proctors")));
    CHECK(bare.out.contains(QStringLiteral("PASS  clock")));

    const QString bank =
        centre.buildBank(QStringLiteral("b.exambank"), centre.station + QStringLiteral("/center-key.pub"));
    REQUIRE(
        centre
            .examctl({QStringLiteral("station"), QStringLiteral("trust"), centre.path(QStringLiteral("publisher.pub")),
                      QStringLiteral("--name"), QStringLiteral("Test publisher")})
            .status
        == 0);
    REQUIRE(centre.examctl({QStringLiteral("bank"), QStringLiteral("install"), bank}).status == 0);
    REQUIRE(centre
                .examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("alice"),
                          QStringLiteral("--name"), QStringLiteral("Alice")},
                         "135790\n")
                .status
            == 0);
    const Run ready = centre.examctl({QStringLiteral("check"), QStringLiteral("--json")});
    INFO(ready.out.toStdString());
    CHECK(ready.status == 0);
    const QJsonArray findings = QJsonDocument::fromJson(ready.out.toUtf8()).array();
    REQUIRE(findings.size() >= 10);
    for (const QJsonValue finding : findings)
        CHECK(finding.toObject().value(QStringLiteral("verdict")).toString() != QStringLiteral("fail"));

    // The PIN pepper is lost: no PIN can be checked, and the check says so without making a new one.
    const QString pepper = centre.station + QStringLiteral("/pin-pepper.key");
    REQUIRE(QFile::rename(pepper, centre.path(QStringLiteral("kept-pepper.key"))));
    const Run noPepper = centre.examctl({QStringLiteral("check")});
    CHECK(noPepper.status == 1);
    CHECK(noPepper.out.contains(QStringLiteral("FAIL  PIN pepper")));
    CHECK_FALSE(QFile::exists(pepper));
    REQUIRE(QFile::rename(centre.path(QStringLiteral("kept-pepper.key")), pepper));

    // Other users may read the data folder: a failure that says how to fix it.
    QFile::setPermissions(centre.station,
                          QFile::permissions(centre.station) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const Run open = centre.examctl({QStringLiteral("check")});
    CHECK(open.status == 1);
    CHECK(open.out.contains(QStringLiteral("chmod 700")));
    QFile::setPermissions(centre.station, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // The signing key is lost: the check says so and does not quietly make a new one.
    REQUIRE(
        QFile::rename(centre.station + QStringLiteral("/station-key.key"), centre.path(QStringLiteral("kept.key"))));
    const Run lost = centre.examctl({QStringLiteral("check")});
    CHECK(lost.status == 1);
    CHECK(lost.out.contains(QStringLiteral("FAIL  station key")));
    CHECK_FALSE(QFile::exists(centre.station + QStringLiteral("/station-key.key")));
}

// A result taken on a real station (its centre key, its installed bank, the real engine and recorder),
// then its score report printed again from the command line.
TEST_CASE("examctl results report: the score report again as a PDF, from the signed result", "[e2e][examctl]")
{
    Centre centre;
    REQUIRE(centre
                .examctl({QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"),
                          QStringLiteral("TC-0042")})
                .status
            == 0);
    const QString bankFile =
        centre.buildBank(QStringLiteral("sample.exambank"), centre.station + QStringLiteral("/center-key.pub"));
    REQUIRE(
        centre
            .examctl({QStringLiteral("station"), QStringLiteral("trust"), centre.path(QStringLiteral("publisher.pub")),
                      QStringLiteral("--name"), QStringLiteral("Test publisher")})
            .status
        == 0);
    REQUIRE(centre.examctl({QStringLiteral("bank"), QStringLiteral("install"), bankFile}).status == 0);
    REQUIRE(centre
                .examctl({QStringLiteral("proctor"), QStringLiteral("add"), QStringLiteral("alice"),
                          QStringLiteral("--name"), QStringLiteral("Alice")},
                         "135790\n")
                .status
            == 0);

    QString passedId, voidedId;
    {
        const exam::StationPaths paths(centre.station);
        const exam::SystemClock clock;
        auto database = exam::storage::Database::open(paths.databaseFile(), exam::stationMigrations());
        REQUIRE(database);
        exam::session::AuditLog audit(**database, clock);
        exam::session::ProctorAccounts accounts(**database, clock, audit);
        REQUIRE(exam::session::PinPepper::applyTo(paths.pinPepperFile(), accounts)); // examctl hashed with it
        auto keys = exam::StationBankKeyStore(paths).load();
        REQUIRE(keys);
        exam::banks::BankCatalogue catalogue(**database, paths.banksFolder(), clock);
        auto bank = catalogue.open(QStringLiteral("test.sample.en"), keys->trusted, keys->keys);
        REQUIRE(bank);
        auto stationKey = exam::results::StationKey::loadOrCreate(paths);
        REQUIRE(stationKey);
        exam::results::ResultRecorder recorder(**database, audit, clock, *stationKey, bank->content);
        const auto sitOne = [&](bool voidIt) {
            auto proctor = accounts.signIn(QStringLiteral("alice"), exam::Sensitive<QString>(QStringLiteral("135790")));
            REQUIRE(proctor);
            exam::session::Sittings sittings(**database, audit, clock);
            auto sitting = sittings.create(*proctor, voidIt ? QStringLiteral("C-2") : QStringLiteral("C-1"),
                                           voidIt ? QStringLiteral("Vic Void") : QStringLiteral("Pat Print"),
                                           {{bank->header.bankId, bank->fileSha256, &bank->content}}, {});
            REQUIRE(sitting);
            auto engine =
                exam::session::SessionEngine::open(**database, audit, clock, sittings.sessions(*sitting)->first());
            REQUIRE(engine);
            (*engine)->setFinisher([&](qint64 id) { return recorder.record(id); });
            REQUIRE((*engine)->start(*proctor));
            if (voidIt) {
                REQUIRE((*engine)->voidSession(*proctor, QStringLiteral("fire alarm")));
            } else {
                for (int p = 0; p < (*engine)->itemCount(); ++p)
                    REQUIRE((*engine)->answer(p, 0));
                REQUIRE((*engine)->submit());
            }
            auto query = (*database)->prepare(QStringLiteral("SELECT id FROM results ORDER BY rowid DESC LIMIT 1"));
            REQUIRE(*query->step());
            return query->text(0);
        };
        passedId = sitOne(false);
        voidedId = sitOne(true);
    }

    const QString pdf = centre.path(QStringLiteral("report.pdf"));
    const Run printed = centre.examctl(
        {QStringLiteral("results"), QStringLiteral("report"), passedId.left(8), QStringLiteral("-o"), pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.status == 0);
    CHECK(printed.out.contains(QStringLiteral("Pat Print")));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Pat Print")));
    CHECK(text.contains(QStringLiteral("C-1")));
    CHECK(text.contains(passedId.left(8)));

    CHECK(centre.examctl({QStringLiteral("results"), QStringLiteral("report"), passedId, QStringLiteral("-o"), pdf})
              .status
          == 73);
    CHECK(centre.examctl({QStringLiteral("results"), QStringLiteral("report"), passedId}).status == 64);
    const Run voided = centre.examctl({QStringLiteral("results"), QStringLiteral("report"), voidedId,
                                       QStringLiteral("-o"), centre.path(QStringLiteral("voided.pdf"))});
    CHECK(voided.status == 1);
    CHECK_FALSE(voided.err.isEmpty());
    CHECK_FALSE(QFile::exists(centre.path(QStringLiteral("voided.pdf"))));

    // Without the bank (its file lost from the station) the report cannot name its topics, and says what
    // to do. (`bank remove` is refused here: the sittings that used it are still open.)
    CHECK(centre.examctl({QStringLiteral("bank"), QStringLiteral("remove"), QStringLiteral("test.sample.en")}).status
          == 1);
    for (const QFileInfo& file : QDir(centre.station + QStringLiteral("/banks")).entryInfoList(QDir::Files))
        REQUIRE(QFile::remove(file.filePath()));
    const Run noBank = centre.examctl({QStringLiteral("results"), QStringLiteral("report"), passedId,
                                       QStringLiteral("-o"), centre.path(QStringLiteral("again.pdf"))});
    CHECK(noBank.status == 1);
    CHECK(noBank.err.contains(QStringLiteral("Install it again")));
}
