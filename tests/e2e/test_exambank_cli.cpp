// exam-bank as an author runs it: a real process, real files, exit statuses and messages.
#include "demobanks.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using Run = exam::test::ToolRun;

Run examBank(const QStringList& arguments)
{
    return exam::test::runTool(QStringLiteral("exam-bank"), arguments);
}

struct Workspace
{
    QTemporaryDir dir;
    QString path(const QString& name) const { return dir.filePath(name); }

    Workspace()
    {
        REQUIRE(dir.isValid());
        REQUIRE(examBank({QStringLiteral("keygen"), QStringLiteral("publisher"), QStringLiteral("-o"),
                          path(QStringLiteral("publisher"))})
                    .status
                == 0);
        REQUIRE(examBank({QStringLiteral("keygen"), QStringLiteral("center"), QStringLiteral("-o"),
                          path(QStringLiteral("center"))})
                    .status
                == 0);
        REQUIRE(examBank({QStringLiteral("keygen"), QStringLiteral("center"), QStringLiteral("-o"),
                          path(QStringLiteral("other"))})
                    .status
                == 0);
    }

    Run build(const QString& output, const QStringList& extra = {}) const
    {
        return examBank(QStringList{QStringLiteral("build"), exam::test::dataPath(QStringLiteral("banks/sample")),
                                    QStringLiteral("-o"), path(output), QStringLiteral("--publisher-key"),
                                    path(QStringLiteral("publisher.key")), QStringLiteral("--publisher-name"),
                                    QStringLiteral("Test publisher")}
                        + extra);
    }
};

} // namespace

TEST_CASE("exam-bank keygen writes key files owner-only and never overwrites", "[e2e][exam-bank]")
{
    Workspace work;
    CHECK(QFile::permissions(work.path(QStringLiteral("publisher.key")))
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(QFile::permissions(work.path(QStringLiteral("publisher.pub"))).testFlag(QFileDevice::ReadOther));
    QFile key(work.path(QStringLiteral("publisher.key")));
    REQUIRE(key.open(QIODevice::ReadOnly));
    CHECK(key.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));

    const Run again = examBank({QStringLiteral("keygen"), QStringLiteral("publisher"), QStringLiteral("-o"),
                                work.path(QStringLiteral("publisher"))});
    CHECK(again.status == 73);
    CHECK(again.err.contains(QStringLiteral("exists already")));
    CHECK(examBank({QStringLiteral("keygen"), QStringLiteral("printer"), QStringLiteral("-o"),
                    work.path(QStringLiteral("x"))})
              .status
          == 64);
}

TEST_CASE("exam-bank builds, inspects and verifies a bank", "[e2e][exam-bank]")
{
    Workspace work;
    const Run built =
        work.build(QStringLiteral("sample.exambank"),
                   {QStringLiteral("--center"), work.path(QStringLiteral("center.pub")),
                    QStringLiteral("--new-release-code"), QStringLiteral("--scrypt-n"), QStringLiteral("1024")});
    INFO(built.err.toStdString());
    REQUIRE(built.status == 0);
    CHECK(built.out.contains(QStringLiteral("13 items")));
    const auto code = QRegularExpression(QStringLiteral("Release code: (\\S+)")).match(built.out);
    REQUIRE(code.hasMatch());
    const QString bank = work.path(QStringLiteral("sample.exambank"));
    const QString trust = work.path(QStringLiteral("publisher.pub"));

    SECTION("inspect shows the header without a key")
    {
        const Run text = examBank({QStringLiteral("inspect"), bank});
        CHECK(text.status == 0);
        CHECK(text.out.contains(QStringLiteral("Module:      TEST-SMP — Sample module for tests (en)")));
        CHECK(text.out.contains(QStringLiteral("release code (scrypt N=1024 r=8 p=1)")));
        const Run json = examBank({QStringLiteral("inspect"), bank, QStringLiteral("--json")});
        REQUIRE(json.status == 0);
        const QJsonObject header = QJsonDocument::fromJson(json.out.toUtf8()).object();
        CHECK(header.value(QStringLiteral("itemCount")).toInt() == 13);
        CHECK(header.value(QStringLiteral("bankVersion")).toInt() == 3);
        CHECK(header.value(QStringLiteral("keySlots")).toArray().size() == 2);
        CHECK(header.value(QStringLiteral("sha256")).toString().size() == 64);
        CHECK(text.out.contains(QStringLiteral("Rules:       none in the bank")));
        CHECK_FALSE(header.contains(QStringLiteral("rules")));
    }
    SECTION("inspect shows the programme's rules a bank carries")
    {
        if (!exam::test::builtDemoModules().contains(QStringLiteral("clt")))
            return;
        const QString clt = QStringLiteral(EXAM_DEMO_BANKS_DIR "/clt.exambank");
        const Run text = examBank({QStringLiteral("inspect"), clt});
        INFO(text.out.toStdString());
        CHECK(text.status == 0);
        CHECK(text.out.contains(QStringLiteral("a retake 15 days after a fail, 60 days after 3 fails in a row")));
        CHECK(text.out.contains(QStringLiteral("Pass first:  CLA")));
        CHECK(text.out.contains(
            QStringLiteral("Credential:  CLT — MSSC Certified Logistics Technician: CLT, holding CLA, valid 5 year")));
        const Run json = examBank({QStringLiteral("inspect"), clt, QStringLiteral("--json")});
        const QJsonObject rules =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("rules")).toObject();
        CHECK(rules.value(QStringLiteral("prerequisites")).toArray() == QJsonArray{QStringLiteral("CLA")});
        CHECK(rules.value(QStringLiteral("issued")).toString() == QStringLiteral("2025-01-01"));
    }
    SECTION("verify: signature only, then with each key")
    {
        const Run signature = examBank({QStringLiteral("verify"), bank, QStringLiteral("--trust"), trust});
        CHECK(signature.status == 0);
        CHECK(signature.out.contains(QStringLiteral("signature OK")));
        const Run center = examBank({QStringLiteral("verify"), bank, QStringLiteral("--trust"), trust,
                                     QStringLiteral("--center-key"), work.path(QStringLiteral("center.key"))});
        CHECK(center.status == 0);
        CHECK(center.out.contains(QStringLiteral("OK. Signature, key slot, decryption and content all check out")));
        const Run withCode = examBank({QStringLiteral("verify"), bank, QStringLiteral("--trust"), trust,
                                       QStringLiteral("--release-code"), code.captured(1).toLower()});
        CHECK(withCode.status == 0);
    }
    SECTION("verify refuses, naming the file, the check and the reason")
    {
        const Run otherCenter = examBank({QStringLiteral("verify"), bank, QStringLiteral("--trust"), trust,
                                          QStringLiteral("--center-key"), work.path(QStringLiteral("other.key"))});
        CHECK(otherCenter.status == 1);
        CHECK(otherCenter.err.startsWith(bank + QStringLiteral(": the key check failed.")));
        const Run untrusted = examBank(
            {QStringLiteral("verify"), bank, QStringLiteral("--trust"), work.path(QStringLiteral("center.pub"))});
        CHECK(untrusted.status == 66); // an X25519 key is not a publisher key
        CHECK(untrusted.err.contains(QStringLiteral("not an Ed25519 public key file")));

        QFile file(bank);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        const char byte = file.peek(1).at(0);
        file.write(QByteArray(1, char(byte ^ 0x10)));
        file.close();
        const Run tampered = examBank({QStringLiteral("verify"), bank, QStringLiteral("--trust"), trust});
        CHECK(tampered.status == 1);
        CHECK(tampered.err.contains(QStringLiteral("the publisher signature check failed")));

        REQUIRE(QFile::resize(bank, 1000));
        const Run truncated = examBank({QStringLiteral("inspect"), bank});
        CHECK(truncated.status == 1);
        CHECK(truncated.err.contains(QStringLiteral("cut off")));
    }
}

TEST_CASE("exam-bank build reports every source problem at once and writes nothing", "[e2e][exam-bank]")
{
    Workspace work;
    QTemporaryDir source;
    const QDir from(exam::test::dataPath(QStringLiteral("banks/sample")));
    QDir(source.path()).mkpath(QStringLiteral("items"));
    QDir(source.path()).mkpath(QStringLiteral("media"));
    REQUIRE(QFile::copy(from.filePath(QStringLiteral("module.json")), source.filePath(QStringLiteral("module.json"))));
    for (const QString& name : QDir(from.filePath(QStringLiteral("media"))).entryList(QDir::Files))
        REQUIRE(QFile::copy(from.filePath(QStringLiteral("media/") + name),
                            source.filePath(QStringLiteral("media/") + name)));
    for (const QString& name : QDir(from.filePath(QStringLiteral("items"))).entryList(QDir::Files)) {
        QFile in(from.filePath(QStringLiteral("items/") + name));
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray text = in.readAll();
        text.replace("key: B\n", "");               // several items lose their key
        text.replace("id: QUA-002", "id: QUA-001"); // a duplicate id
        QFile out(source.filePath(QStringLiteral("items/") + name));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const Run run =
        examBank({QStringLiteral("build"), source.path(), QStringLiteral("-o"), work.path(QStringLiteral("x.exambank")),
                  QStringLiteral("--publisher-key"), work.path(QStringLiteral("publisher.key")),
                  QStringLiteral("--publisher-name"), QStringLiteral("P"), QStringLiteral("--center"),
                  work.path(QStringLiteral("center.pub"))});
    CHECK(run.status == 2);
    CHECK(run.err.count(QStringLiteral("The item has no key")) == 4); // MEA-002, SAF-001, SAF-004, QUA-003
    CHECK(run.err.contains(QStringLiteral("(QUA-001): The id is used twice")));
    CHECK(run.err.contains(QStringLiteral("problem(s) in the source; no bank was written.")));
    CHECK_FALSE(QFile::exists(work.path(QStringLiteral("x.exambank"))));
}

TEST_CASE("exam-bank explains wrong usage and unreadable inputs", "[e2e][exam-bank]")
{
    Workspace work;
    CHECK(examBank({}).status == 64);
    CHECK(examBank({QStringLiteral("--help")}).status == 0);
    for (const QString& command :
         {QStringLiteral("keygen"), QStringLiteral("build"), QStringLiteral("inspect"), QStringLiteral("verify")}) {
        const Run help = examBank({command, QStringLiteral("--help")});
        CHECK(help.status == 0);
        CHECK(help.out.contains(QStringLiteral("Usage:")));
    }
    const Run unknown = examBank({QStringLiteral("frobnicate")});
    CHECK(unknown.status == 64);
    CHECK(unknown.err.contains(QStringLiteral("unknown command “frobnicate”")));
    const Run noOutput = examBank({QStringLiteral("build"), QStringLiteral("src")});
    CHECK(noOutput.status == 64);
    CHECK(noOutput.err.contains(QStringLiteral("--output is required")));
    const Run missingKey =
        work.build(QStringLiteral("x.exambank"), {QStringLiteral("--center"), work.path(QStringLiteral("nope.pub"))});
    CHECK(missingKey.status == 66);
    CHECK(missingKey.err.contains(QStringLiteral("nope.pub: cannot read the key file")));
    const Run noRecipient = work.build(QStringLiteral("x.exambank"));
    CHECK(noRecipient.status == 64);
    CHECK(noRecipient.err.contains(QStringLiteral("nobody could open the bank")));
    const Run badCode =
        work.build(QStringLiteral("x.exambank"), {QStringLiteral("--release-code"), QStringLiteral("ABC")});
    CHECK(badCode.status == 64);
    const Run missingFile = examBank({QStringLiteral("inspect"), work.path(QStringLiteral("missing.exambank"))});
    CHECK(missingFile.status == 66);
    CHECK(missingFile.err.contains(QStringLiteral("the file access check failed")));
}

TEST_CASE("exam-bank review prints a module for reviewers, from source or from a bank", "[e2e][exam-bank]")
{
    Workspace work;
    const Run fromSource = examBank({QStringLiteral("review"), exam::test::dataPath(QStringLiteral("banks/sample"))});
    REQUIRE(fromSource.status == 0);
    CHECK(fromSource.out.contains(QStringLiteral("TEST-SMP — Sample module for tests (en)")));
    CHECK(fromSource.out.contains(QStringLiteral("MEA-001  [measurement]")));
    CHECK(fromSource.out.contains(QStringLiteral("  * C) 25.4"))); // the key is marked
    CHECK(fromSource.out.contains(QStringLiteral("PIL-001  [quality, pilot]")));
    CHECK(fromSource.out.contains(QStringLiteral("Image sign-triangle.svg: A yellow triangle")));

    REQUIRE(
        work.build(QStringLiteral("b.exambank"), {QStringLiteral("--center"), work.path(QStringLiteral("center.pub"))})
            .status
        == 0);
    const Run fromBank = examBank({QStringLiteral("review"), work.path(QStringLiteral("b.exambank")),
                                   QStringLiteral("--trust"), work.path(QStringLiteral("publisher.pub")),
                                   QStringLiteral("--center-key"), work.path(QStringLiteral("center.key"))});
    REQUIRE(fromBank.status == 0);
    CHECK(fromBank.out == fromSource.out);
    const Run noKey = examBank({QStringLiteral("review"), work.path(QStringLiteral("b.exambank")),
                                QStringLiteral("--trust"), work.path(QStringLiteral("publisher.pub"))});
    CHECK(noKey.status == 1);
    CHECK(noKey.out.isEmpty());
}

TEST_CASE("exam-bank reads a release code from standard input", "[e2e][exam-bank]")
{
    Workspace work;
    const Run built = work.build(QStringLiteral("rc.exambank"), {QStringLiteral("--new-release-code"),
                                                                 QStringLiteral("--scrypt-n"), QStringLiteral("1024")});
    REQUIRE(built.status == 0);
    const QString code = QRegularExpression(QStringLiteral("Release code: (\\S+)")).match(built.out).captured(1);
    QProcess process;
    process.start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-bank"),
                  {QStringLiteral("verify"), work.path(QStringLiteral("rc.exambank")), QStringLiteral("--trust"),
                   work.path(QStringLiteral("publisher.pub")), QStringLiteral("--release-code"), QStringLiteral("-")});
    process.write(code.toLatin1() + "\n");
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60'000));
    CHECK(process.exitCode() == 0);
    CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("OK.")));
}

TEST_CASE("exam-bank import-qti writes a source, reports what it skipped, and builds a bank", "[e2e][exam-bank]")
{
    Workspace work;
    const QString package = exam::test::dataPath(QStringLiteral("qti/package"));
    // The whole test package: some items skipped, so status 2, the source written all the same, and the
    // --build shortcut makes a bank that verifies.
    const Run imported = examBank(
        {QStringLiteral("import-qti"), package, QStringLiteral("-o"), work.path(QStringLiteral("source")),
         QStringLiteral("--domain"), QStringLiteral("general"), QStringLiteral("--build"),
         work.path(QStringLiteral("qti.exambank")), QStringLiteral("--"), QStringLiteral("--publisher-key"),
         work.path(QStringLiteral("publisher.key")), QStringLiteral("--publisher-name"),
         QStringLiteral("Test publisher"), QStringLiteral("--center"), work.path(QStringLiteral("center.pub"))});
    CHECK(imported.status == 2);
    CHECK(imported.out.contains(QStringLiteral("3 item(s) imported, 11 skipped.")));
    CHECK(imported.err.contains(QStringLiteral("skipped QTI-MULTI (items/multiple.xml): multiple cardinality")));
    CHECK(QFile::exists(work.path(QStringLiteral("source/import-report.txt"))));
    const Run verified = examBank({QStringLiteral("verify"), work.path(QStringLiteral("qti.exambank")),
                                   QStringLiteral("--trust"), work.path(QStringLiteral("publisher.pub")),
                                   QStringLiteral("--center-key"), work.path(QStringLiteral("center.key"))});
    CHECK(verified.status == 0);
    CHECK(verified.out.contains(QStringLiteral("3 items in 3 domains")));

    // A package of good items only: status 0.
    QTemporaryDir good;
    QFile manifest(good.filePath(QStringLiteral("imsmanifest.xml")));
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    manifest.write("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>"
                   "<resource identifier=\"R1\" type=\"imsqti_item_xmlv2p1\" href=\"text.xml\"/>"
                   "<resource identifier=\"R2\" type=\"imsqti_item_xmlv2p2\" href=\"lists.xml\"/>"
                   "</resources></manifest>");
    manifest.close();
    for (const QString& item : {QStringLiteral("text.xml"), QStringLiteral("lists.xml")})
        REQUIRE(QFile::copy(package + QStringLiteral("/items/") + item, good.filePath(item)));
    const Run clean =
        examBank({QStringLiteral("import-qti"), good.path(), QStringLiteral("-o"), work.path(QStringLiteral("clean")),
                  QStringLiteral("--domain"), QStringLiteral("general")});
    CHECK(clean.status == 0);
    CHECK(clean.out.contains(QStringLiteral("2 item(s) imported, 0 skipped.")));

    // Wrong usage and unreadable inputs: the statuses of the other commands.
    CHECK(examBank({QStringLiteral("import-qti"), package}).status == 64); // no -o
    CHECK(examBank({QStringLiteral("import-qti"), package, QStringLiteral("-o"), work.path(QStringLiteral("clean"))})
              .status
          == 64); // not empty
    const Run missing = examBank({QStringLiteral("import-qti"), work.path(QStringLiteral("nothing.zip")),
                                  QStringLiteral("-o"), work.path(QStringLiteral("x"))});
    CHECK(missing.status == 66);
    CHECK(missing.err.contains(QStringLiteral("cannot be read")));
    const Run notAPackage = examBank({QStringLiteral("import-qti"), work.path(QStringLiteral("publisher.pub")),
                                      QStringLiteral("-o"), work.path(QStringLiteral("y"))});
    CHECK(notAPackage.status == 66);
    CHECK(notAPackage.err.contains(QStringLiteral("neither a folder nor a readable zip")));
    CHECK(examBank({QStringLiteral("import-qti"), package, QStringLiteral("-o"), work.path(QStringLiteral("z")),
                    QStringLiteral("--"), QStringLiteral("--center")})
              .status
          == 64); // build options without --build
    QFile map(work.path(QStringLiteral("map.json")));
    REQUIRE(map.open(QIODevice::WriteOnly));
    map.write(R"({"QTI-PICT-1": 5})");
    map.close();
    const Run badMap = examBank({QStringLiteral("import-qti"), package, QStringLiteral("-o"),
                                 work.path(QStringLiteral("m")), QStringLiteral("--domain-map"), map.fileName()});
    CHECK(badMap.status == 66);
    CHECK(badMap.err.contains(QStringLiteral("the domain of \"QTI-PICT-1\" is not a string")));
    CHECK_FALSE(QDir(work.path(QStringLiteral("m"))).exists());
    const Run noModule =
        examBank({QStringLiteral("import-qti"), package, QStringLiteral("-o"), work.path(QStringLiteral("n")),
                  QStringLiteral("--module"), work.path(QStringLiteral("no-module.json"))});
    CHECK(noModule.status == 66); // an input, not the output
    CHECK(noModule.err.contains(QStringLiteral("no-module.json cannot be read")));
}
