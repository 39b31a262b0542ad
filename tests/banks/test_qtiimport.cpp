// exam-bank import-qti: the test package (tests/data/qti/package, every supported feature and one item
// for each refusal), unsafe packages, domains, and the round trip into a bank.
#include "bankfixture.h"
#include "banks/bankreader.h"
#include "banks/richtext.h"
#include "compiler/banksource.h"
#include "qtiimport.h"
#include "qtiitem.h"
#include "qtipackage.h"
#include "qtixml.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

#include <sys/stat.h>
#include <zip.h>

using namespace exam;
using namespace exam::qti;

namespace {

QString packageFolder()
{
    return test::dataPath(QStringLiteral("qti/package"));
}

struct ZipEntry
{
    QString name;
    QByteArray bytes;
    bool symlink = false;
};

// A zip file written by libzip, as packaging tools write them (deflated, or stored).
QByteArray zipOf(const QList<ZipEntry>& entries, bool stored = false)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(buffer);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    for (const ZipEntry& entry : entries) {
        zip_source_t* data = zip_source_buffer(archive, entry.bytes.constData(), zip_uint64_t(entry.bytes.size()), 0);
        const zip_int64_t index = zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (stored)
            REQUIRE(zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0) == 0);
        if (entry.symlink)
            REQUIRE(zip_file_set_external_attributes(archive, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                                     zip_uint32_t(S_IFLNK | 0777) << 16)
                    == 0);
    }
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(buffer) == 0);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_END) == 0);
    const zip_int64_t size = zip_source_tell(buffer);
    REQUIRE(zip_source_seek(buffer, 0, SEEK_SET) == 0);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    REQUIRE(zip_source_read(buffer, bytes.data(), zip_uint64_t(size)) == size);
    zip_source_close(buffer);
    zip_source_free(buffer);
    return bytes;
}

QList<ZipEntry> folderEntries(const QString& folder)
{
    QList<ZipEntry> entries;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        entries.append({QDir(folder).relativeFilePath(path), file.readAll(), false});
    }
    return entries;
}

QString writeZip(const QTemporaryDir& dir, const QByteArray& zip, const QString& name = QStringLiteral("package.zip"))
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(zip) == zip.size());
    return path;
}

const ImportEntry& entryOf(const ImportReport& report, const QString& identifier)
{
    for (const ImportEntry& entry : report.entries)
        if (entry.identifier == identifier)
            return entry;
    FAIL("no entry for " << identifier.toStdString());
    return report.entries.first();
}

QString itemFile(const QString& folder, const QString& domain)
{
    QFile file(QDir(folder).filePath(QStringLiteral("items/%1.txt").arg(domain)));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    return text.section(u'\n', 1); // without the line that says when it was imported
}

ItemOutcome convertText(const QByteArray& xml)
{
    auto document = QtiXml::parse(xml, QStringLiteral("item.xml"));
    REQUIRE(document);
    return QtiItemConverter::convert(
        *document, QStringLiteral("item.xml"), [](const QString& path) { return path; },
        [](const QString&) { return QByteArray(); });
}

// A valid QTI 2.1 item around `body` (before the interaction) and `choices`.
QByteArray qtiItem(const QByteArray& body, const QByteArray& choices = {}, const QByteArray& extra = {})
{
    return "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"UNIT-1\" " + extra
           + " adaptive=\"false\" timeDependent=\"false\"><responseDeclaration identifier=\"RESPONSE\" "
             "cardinality=\"single\" baseType=\"identifier\"><correctResponse><value>A</value></correctResponse>"
             "</responseDeclaration><itemBody>"
           + body
           + "<choiceInteraction responseIdentifier=\"RESPONSE\" "
             "maxChoices=\"1\">"
           + (choices.isEmpty() ? QByteArray("<simpleChoice identifier=\"A\">One</simpleChoice><simpleChoice "
                                             "identifier=\"B\">Two</simpleChoice><simpleChoice identifier=\"C\">Three"
                                             "</simpleChoice>")
                                : choices)
           + "</choiceInteraction></itemBody><responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/"
             "rptemplates/match_correct\"/></assessmentItem>";
}

} // namespace

TEST_CASE("QTI import: the test package becomes an authoring source, every refusal with its reason", "[banks][qti]")
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("source"));
    auto report = QtiImport::run({packageFolder(), output, QString(), {}, QStringLiteral("general")});
    REQUIRE(report);
    CHECK(report->imported() == 3);
    CHECK(report->skipped() == 11);
    CHECK(report->otherResources == 1); // the test, not an item
    CHECK(report->draftModule);
    CHECK(entryOf(*report, QStringLiteral("QTI-TEXT-1")).domain == u"safety-basics"); // LOM taxon entry
    CHECK(entryOf(*report, QStringLiteral("QTI-LIST-1")).domain == u"lockout");       // LOM taxon id
    CHECK(entryOf(*report, QStringLiteral("QTI-PICT-1")).domain == u"general");       // --domain
    CHECK(entryOf(*report, QStringLiteral("QTI-TEXT-1")).notes.join(u' ').contains(u"feedback"));

    const QList<std::pair<QString, QString>> refusals = {
        {QStringLiteral("QTI-MULTI"), QStringLiteral("multiple cardinality")},
        {QStringLiteral("QTI-ENTRY"), QStringLiteral("textEntryInteraction")},
        {QStringLiteral("QTI-CUSTOM"), QStringLiteral("custom response processing")},
        {QStringLiteral("QTI-LINK"), QStringLiteral("a link (https://example.org/manual)")},
        {QStringLiteral("QTI-INLINE-PICT"), QStringLiteral("a picture inside running text")},
        {QStringLiteral("QTI-NO-ALT"), QStringLiteral("has no alt text")},
        {QStringLiteral("QTI-JPEG"), QStringLiteral("neither PNG nor SVG")},
        {QStringLiteral("QTI-SIX"), QStringLiteral("6 choices")},
        {QStringLiteral("R-DEEP"), QStringLiteral("nested more than 64 deep")},
        {QStringLiteral("R-XXE"), QStringLiteral("declares XML entities")},
        {QStringLiteral("R-GONE"), QStringLiteral("not in the package")},
    };
    for (const auto& [identifier, reason] : refusals) {
        CAPTURE(identifier.toStdString());
        const ImportEntry& entry = entryOf(*report, identifier);
        CHECK_FALSE(entry.imported);
        CHECK(entry.reasons.join(u' ').contains(reason));
        CHECK(report->text().contains(QStringLiteral("skipped   %1").arg(identifier)));
    }

    // The items, written as an author would have.
    CHECK(itemFile(output, QStringLiteral("safety-basics"))
          == QStringLiteral("id: QTI-TEXT-1\ndomain: safety-basics\nkey: B\nfixed: D\n\n"
                            "The formula of **water** is H₂O; a floor area is given in m².\n\n"
                            "Read *every* choice \\[all 4\\] before you answer: 5 \\* 3 = 15\\_a.\n\n"
                            "Which gas do plants take in for photosynthesis?\n\n"
                            "A) Oxygen\nB) Carbon dioxide (CO₂)\nC) **Nitrogen** only\nD) None of the above\n"));
    const QString lists = itemFile(output, QStringLiteral("lockout"));
    CHECK(lists.contains(QStringLiteral("fixed: A,B,C,D"))); // shuffle="false": every choice keeps its place
    CHECK(lists.contains(QStringLiteral("A mechanic has done these steps:\n\nin this order.")));
    CHECK(lists.contains(
        QStringLiteral("1. Tell the *affected* workers.\n1. Shut the machine down.\n\n- Locks\n- Tags")));
    CHECK(
        lists.contains(QStringLiteral("| Source | State |\n|---|---|\n| Electric | Off \\| locked |\n| Air | Bled |")));
    const QString pictures = itemFile(output, QStringLiteral("general"));
    CHECK(pictures.contains(QStringLiteral("![A pressure gauge showing 40 psi](gauge.png)")));
    CHECK(pictures.contains(QStringLiteral("A) ![Gate valve symbol](Valve-Symbol.svg)")));
    for (const QString& media :
         {QStringLiteral("gauge.png"), QStringLiteral("Valve-Symbol.svg"), QStringLiteral("arrow.svg")})
        CHECK(QFile::exists(QDir(output).filePath(QStringLiteral("media/") + media)));
    CHECK_FALSE(
        QFile::exists(QDir(output).filePath(QStringLiteral("media/photo.jpg")))); // only what imported items use
    CHECK(QFile::exists(QDir(output).filePath(QStringLiteral("import-report.txt"))));

    // The compiler reads it without a problem, and it builds into a bank that opens with the same items.
    const bankcompiler::SourceResult source = bankcompiler::BankSource::read(output);
    for (const bankcompiler::SourceProblem& problem : source.problems)
        FAIL_CHECK(problem.toString().toStdString());
    REQUIRE(source.content.items.size() == 3);
    const test::BankFixture& fixture = test::BankFixture::instance();
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys.append(fixture.center().publicKey);
    const QByteArray bank = fixture.build(source.content, recipients);
    const auto trusted = fixture.trusted();
    auto opened = banks::BankReader::open(bank, trusted, fixture.centerKeys());
    REQUIRE(opened);
    CHECK(opened->content == source.content);
}

TEST_CASE("QTI import: the package as a zip gives the same source as the folder", "[banks][qti]")
{
    QTemporaryDir dir;
    const QString zip = writeZip(dir, zipOf(folderEntries(packageFolder())));
    auto fromZip = QtiImport::run({zip, dir.filePath(QStringLiteral("zip")), QString(), {}, QStringLiteral("general")});
    auto fromFolder = QtiImport::run(
        {packageFolder(), dir.filePath(QStringLiteral("folder")), QString(), {}, QStringLiteral("general")});
    REQUIRE(fromZip);
    REQUIRE(fromFolder);
    CHECK(fromZip->imported() == fromFolder->imported());
    CHECK(fromZip->skipped() == fromFolder->skipped());
    const auto zipSource = bankcompiler::BankSource::read(dir.filePath(QStringLiteral("zip")));
    const auto folderSource = bankcompiler::BankSource::read(dir.filePath(QStringLiteral("folder")));
    CHECK(zipSource.problems.isEmpty());
    CHECK(zipSource.content.items == folderSource.content.items);
    CHECK(zipSource.content.media == folderSource.content.media);
}

TEST_CASE("QTI import refuses an unsafe or broken package as a whole, and writes nothing", "[banks][qti]")
{
    QTemporaryDir dir;
    const QByteArray manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources/></manifest>";
    const auto refused = [&](const QByteArray& zip, ErrorCode code, const QString& message) {
        const QString output = dir.filePath(QStringLiteral("out"));
        auto report = QtiImport::run({writeZip(dir, zip), output, QString(), {}, QString()});
        REQUIRE_FALSE(report);
        CHECK(report.error().code == code);
        CHECK(report.error().message.contains(message));
        CHECK_FALSE(QDir(output).exists());
        return true;
    };
    SECTION("a path that leaves the package")
    {
        for (const QString& name :
             {QStringLiteral("../evil.xml"), QStringLiteral("items/../../evil.xml"), QStringLiteral("/etc/evil.xml"),
              QStringLiteral("C:/evil.xml"), QStringLiteral("items\\evil.xml")}) {
            CAPTURE(name.toStdString());
            refused(zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {name, "x"}}), ErrorCode::ParseError,
                    QStringLiteral("The package holds \"%1\"").arg(name));
        }
    }
    SECTION("a symbolic link")
    {
        refused(zipOf({{QStringLiteral("imsmanifest.xml"), manifest},
                       {QStringLiteral("items/passwd"), "/etc/passwd", true}}),
                ErrorCode::ParseError, QStringLiteral("a symbolic link"));
    }
    SECTION("a zip bomb")
    {
        refused(zipOf({{QStringLiteral("imsmanifest.xml"), manifest},
                       {QStringLiteral("items/zeros.xml"), QByteArray(8 * 1024 * 1024, '\0')}}),
                ErrorCode::LimitExceeded, QStringLiteral("zip bomb"));
    }
    SECTION("a file over the size limit")
    {
        QByteArray random(QtiPackage::MaxFileBytes + 1, Qt::Uninitialized);
        for (qsizetype i = 0; i < random.size(); ++i)
            random[i] = char((i * 2654435761u) >> 13); // compresses badly: not a bomb, only large
        refused(zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("big.png"), random}}),
                ErrorCode::LimitExceeded, QStringLiteral("larger than 16 MiB"));
    }
    SECTION("too many files")
    {
        QList<ZipEntry> entries{{QStringLiteral("imsmanifest.xml"), manifest}};
        for (int i = 0; i < QtiPackage::MaxFiles; ++i)
            entries.append({QStringLiteral("f/%1").arg(i), "x"});
        refused(zipOf(entries), ErrorCode::LimitExceeded, QStringLiteral("more than 5000 files"));
    }
    SECTION("an entry that holds other than its sizes say")
    {
        // Stored (not compressed), so the sizes are plain numbers in the central directory: one is made
        // larger than what the entry holds.
        QByteArray zip =
            zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("items/a.xml"), "<a/>"}}, true);
        const qsizetype central = zip.lastIndexOf(QByteArray("PK\x01\x02", 4));
        REQUIRE(central > 0);
        REQUIRE(zip.mid(central + 46, 11) == "items/a.xml");
        zip[central + 24] = char(40); // uncompressed size: 40 bytes instead of 4
        const QString output = dir.filePath(QStringLiteral("out"));
        auto report = QtiImport::run({writeZip(dir, zip), output, QString(), {}, QString()});
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::ParseError);
        CHECK_FALSE(QDir(output).exists());
    }
    SECTION("not a zip, no manifest, a broken manifest, entities in the manifest")
    {
        refused("PK\x03\x04 this is not a zip", ErrorCode::ParseError,
                QStringLiteral("neither a folder nor a readable zip"));
        refused(zipOf({{QStringLiteral("items/a.xml"), "<a/>"}}), ErrorCode::ParseError,
                QStringLiteral("no imsmanifest.xml"));
        refused(zipOf({{QStringLiteral("imsmanifest.xml"), "<manifest><resources>"}}), ErrorCode::ParseError,
                QStringLiteral("not well-formed XML"));
        refused(zipOf({{QStringLiteral("imsmanifest.xml"),
                        "<!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><manifest>&b;</manifest>"}}),
                ErrorCode::ParseError, QStringLiteral("declares XML entities"));
        refused(zipOf({{QStringLiteral("imsmanifest.xml"), "<assessmentItem/>"}}), ErrorCode::ParseError,
                QStringLiteral("not a content package manifest"));
    }
}

TEST_CASE("QTI import: a folder package with a symbolic link is refused", "[banks][qti]")
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("package"));
    REQUIRE(QDir().mkpath(package));
    REQUIRE(QFile::copy(packageFolder() + QStringLiteral("/imsmanifest.xml"),
                        package + QStringLiteral("/imsmanifest.xml")));
    REQUIRE(QFile::link(QStringLiteral("/etc/hostname"), package + QStringLiteral("/hostname.png")));
    auto report = QtiImport::run({package, dir.filePath(QStringLiteral("out")), QString(), {}, QString()});
    REQUIRE_FALSE(report);
    CHECK(report.error().message.contains(QStringLiteral("a symbolic link")));
}

TEST_CASE("QTI import: domains from a map, from module.json, or none", "[banks][qti]")
{
    QTemporaryDir dir;
    SECTION("the map comes before the manifest's metadata; identifiers of items or resources")
    {
        auto report = QtiImport::run({packageFolder(),
                                      dir.filePath(QStringLiteral("a")),
                                      QString(),
                                      {{QStringLiteral("QTI-TEXT-1"), QStringLiteral("Chemistry")},
                                       {QStringLiteral("R-PICT"), QStringLiteral("gauges")}},
                                      QString()});
        REQUIRE(report);
        CHECK(entryOf(*report, QStringLiteral("QTI-TEXT-1")).domain == u"chemistry");
        CHECK(entryOf(*report, QStringLiteral("QTI-PICT-1")).domain == u"gauges");
        CHECK(entryOf(*report, QStringLiteral("QTI-LIST-1")).domain == u"lockout");
    }
    SECTION("without a domain an item is skipped, saying how to give one")
    {
        auto report = QtiImport::run({packageFolder(), dir.filePath(QStringLiteral("b")), QString(), {}, QString()});
        REQUIRE(report);
        CHECK(report->imported() == 2);
        CHECK(entryOf(*report, QStringLiteral("QTI-PICT-1")).reasons.join(u' ').contains(u"--domain-map or --domain"));
    }
    SECTION("a domain id that cannot be one")
    {
        auto report = QtiImport::run(
            {packageFolder(), dir.filePath(QStringLiteral("c")), QString(), {}, QStringLiteral("Gauges & dials!")});
        REQUIRE(report);
        CHECK(entryOf(*report, QStringLiteral("QTI-PICT-1")).reasons.join(u' ').contains(u"is not a domain id"));
    }
    SECTION("module.json decides which domains there are, and is used as it is")
    {
        const QString module = dir.filePath(QStringLiteral("module.json"));
        QFile file(module);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray json = R"({"bankId": "test.qti", "version": 2, "code": "QTI-TEST", "title": "Lockout",
            "program": "Test", "language": "en", "timeLimitMinutes": 30, "passPercent": 75, "formLength": 1,
            "pilotCount": 0, "calculatorAllowed": false, "domains": [{"id": "lockout", "title": "Lockout", "count": 1}]})";
        file.write(json);
        file.close();
        const QString output = dir.filePath(QStringLiteral("d"));
        auto report = QtiImport::run({packageFolder(), output, module, {}, QStringLiteral("general")});
        REQUIRE(report);
        CHECK(report->imported() == 1);
        CHECK(entryOf(*report, QStringLiteral("QTI-TEXT-1")).reasons.join(u' ').contains(u"is not one of"));
        CHECK_FALSE(report->draftModule);
        const auto source = bankcompiler::BankSource::read(output);
        CHECK(source.problems.isEmpty());
        CHECK(source.content.bankId == u"test.qti");
        CHECK(source.content.bankVersion == 2);
    }
}

TEST_CASE("QTI import never writes into a folder that holds something", "[banks][qti]")
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("module.json")));
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("{}");
    existing.close();
    auto report = QtiImport::run({packageFolder(), dir.path(), QString(), {}, QStringLiteral("general")});
    REQUIRE_FALSE(report);
    CHECK(report.error().code == ErrorCode::Conflict);
    QFile kept(dir.filePath(QStringLiteral("module.json")));
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "{}");
}

TEST_CASE("QTI item conversion: the XHTML subset and its limits", "[banks][qti]")
{
    const auto reasons = [](const QByteArray& xml) { return convertText(xml).reasons.join(u' '); };
    const auto stem = [](const QByteArray& body) {
        const ItemOutcome outcome = convertText(qtiItem(body));
        CAPTURE(outcome.reasons.join(u' ').toStdString());
        REQUIRE(outcome.item);
        return outcome.item->body.reveal().stem;
    };
    SECTION("supported markup")
    {
        const ItemOutcome outcome = convertText(qtiItem("<h2>Units</h2><p>10<sup>-3</sup> m and x<sub>(2)</sub>.</p>"));
        REQUIRE(outcome.item);
        CHECK(outcome.item->body.reveal().stem == u"**Units**\n\n10⁻³ m and x₍₂₎.");
        CHECK(outcome.item->body.reveal().fixedPositions == QList<int>{0, 1, 2}); // no shuffle attribute
    }
    SECTION("spaces between elements, styles inside the same style, styles across a line break")
    {
        CHECK(stem("<p>Use <b>A</b> <span>or</span> <b>B</b>.</p>") == u"Use **A** or **B**.");
        CHECK(stem("<p>Press <b>Stop</b> <i>now</i></p>") == u"Press **Stop** *now*");
        CHECK(stem("<p><strong>a <strong>b</strong> c</strong></p>") == u"**a b c**");
        CHECK(stem("<h2><strong>Title</strong></h2>") == u"**Title**");
        CHECK(stem("<p><strong>line one<br/>line two</strong></p>") == u"**line one**\n\n**line two**");
        CHECK(stem("<p>a<![CDATA[ < b ]]>c &amp;lt; d</p>") == u"a < b c &lt; d");
    }
    SECTION("a table's first data row of dashes stays a row")
    {
        const QString table = stem("<table><tr><th>A</th><th>B</th></tr><tr><td>-</td><td>-</td></tr>"
                                   "<tr><td>1</td><td>2</td></tr></table>");
        CHECK(table == u"| A | B |\n|---|---|\n| - | - |\n| 1 | 2 |");
        CHECK(banks::RichText::toHtml(table).count(QStringLiteral("<tr")) == 3);
    }
    SECTION("xs:boolean 1 is true")
    {
        QByteArray item =
            qtiItem("<p>x</p>", "<simpleChoice identifier=\"A\">One</simpleChoice><simpleChoice identifier=\"B\">"
                                "Two</simpleChoice><simpleChoice identifier=\"C\" fixed=\"1\">Three</simpleChoice>");
        item.replace("maxChoices=\"1\"", "maxChoices=\"1\" shuffle=\"1\"");
        const ItemOutcome outcome = convertText(item);
        REQUIRE(outcome.item);
        CHECK(outcome.item->body.reveal().fixedPositions == QList<int>{2});
    }
    SECTION("refused, each with its reason")
    {
        CHECK(reasons(qtiItem("<p>x<sub>max</sub></p>")).contains(u"the subscript \"max\""));
        CHECK(reasons(qtiItem("<p>- not a list</p>")).contains(u"begins like a list"));
        CHECK(reasons(qtiItem("<table><tr><th colspan=\"2\">A</th></tr><tr><td>1</td><td>2</td></tr></table>"))
                  .contains(u"spanning rows or columns"));
        CHECK(reasons(qtiItem("<p>x</p>",
                              "<simpleChoice identifier=\"A\"><ul><li>a</li></ul></simpleChoice>"
                              "<simpleChoice identifier=\"B\">b</simpleChoice><simpleChoice identifier=\"C\">c"
                              "</simpleChoice>"))
                  .contains(u"a list or table in a choice"));
        CHECK(reasons(qtiItem("<p>x</p><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>"))
                  .contains(u"MathML"));
        QByteArray adaptive = qtiItem("<p>x</p>");
        adaptive.replace("adaptive=\"false\"", "adaptive=\"true\"");
        CHECK(reasons(adaptive).contains(u"adaptive"));
        CHECK(
            reasons(qtiItem("<ul><li>a<ul><li>b</li></ul></li></ul>")).contains(u"a list or table inside a list item"));
        CHECK(reasons(qtiItem("<p>x</p>",
                              "<simpleChoice identifier=\"X\">One</simpleChoice><simpleChoice identifier=\"B\">"
                              "Two</simpleChoice><simpleChoice identifier=\"C\">Three</simpleChoice>"))
                  .contains(u"the correct response \"A\" is not one of the choices"));
        CHECK(reasons("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v3p0\" identifier=\"X\"/>")
                  .contains(u"not a QTI 2.1 or 2.2 assessmentItem"));
        QByteArray noProcessing = qtiItem("<p>x</p>");
        noProcessing.replace(QByteArray("<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/"
                                        "rptemplates/match_correct\"/>"),
                             QByteArray());
        CHECK(reasons(noProcessing).contains(u"no responseProcessing"));
        CHECK(reasons(qtiItem("<p>x</p>", "<simpleChoice identifier=\"A\">One</simpleChoice><simpleChoice "
                                          "identifier=\"B\">One</simpleChoice><simpleChoice identifier=\"C\">Three"
                                          "</simpleChoice>"))
                  .contains(u"repeats an earlier option")); // the bank's own rules, through the compiler
        CHECK(reasons(qtiItem("<ul><li></li><li>b</li></ul>")).contains(u"an empty list item"));
        CHECK(reasons(qtiItem("<p><em><strong>both</strong></em></p>")).contains(u"bold and italic on the same words"));
        CHECK(reasons(qtiItem("<p>A) looks like an option</p>")).contains(u"begins like a list, a table or an option"));
        CHECK(reasons(qtiItem("<p># looks like a comment</p>")).contains(u"begins like a list, a table or an option"));
        CHECK(reasons(qtiItem("<p>---</p>")).contains(u"begins like a list, a table or an option"));
        CHECK(reasons(qtiItem("<p>a \xef\xbf\xbc b</p>")).contains(u"U+FFFC"));
        CHECK(reasons(qtiItem("<p>x</p><object data=\"movie.mp4\"/>")).contains(u"an embedded object (movie.mp4)"));
        CHECK(reasons(qtiItem("<p><img src=\"http://example.org/a.png\" alt=\"a\"/></p>")).contains(u"external link"));
        CHECK(reasons(qtiItem("<table><tr><th>A</th></tr><tr><td><img src=\"a.png\" alt=\"a\"/></td></tr></table>"))
                  .contains(u"a picture in a table cell"));
        CHECK(
            reasons(qtiItem("<ul><li><img src=\"a.png\" alt=\"a\"/></li></ul>")).contains(u"a picture in a list item"));
        CHECK(reasons(qtiItem("<p>" + QByteArray(20000, 'a') + "</p>")).contains(u"The stem"));
        CHECK(reasons(qtiItem("<p>x</p>",
                              "<simpleChoice identifier=\"A\">One</simpleChoice><simpleChoice identifier=\"A\">"
                              "Two</simpleChoice><simpleChoice identifier=\"C\">Three</simpleChoice>"))
                  .contains(u"two choices with the identifier \"A\""));
        // A valid item with one thing changed.
        const auto changed = [&](const QByteArray& from, const QByteArray& to) {
            QByteArray item = qtiItem("<p>x</p>");
            REQUIRE(item.contains(from));
            return reasons(item.replace(from, to));
        };
        CHECK(changed("identifier=\"UNIT-1\"", "identifier=\"BAD ID!\"").contains(u"may hold only letters"));
        CHECK(changed("</itemBody>",
                      "<choiceInteraction responseIdentifier=\"RESPONSE\"><simpleChoice identifier=\"Z\">z"
                      "</simpleChoice></choiceInteraction></itemBody>")
                  .contains(u"2 interactions"));
        CHECK(changed("<value>A</value>", "<value>A</value><value>B</value>").contains(u"2 correct values"));
        CHECK(changed("cardinality=\"single\"", "cardinality=\"ordered\"").contains(u"ordered cardinality"));
        CHECK(changed("maxChoices=\"1\"", "maxChoices=\"0\"").contains(u"maxChoices=\"0\""));
        CHECK(changed("<itemBody>",
                      "<templateDeclaration identifier=\"T\" cardinality=\"single\" baseType=\"integer\"/>"
                      "<itemBody>")
                  .contains(u"a template item"));
    }
}

namespace {

void writeText(const QString& path, const QByteArray& bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray itemWithStem(const QByteArray& identifier, const QByteArray& stem)
{
    QByteArray item = qtiItem("<p>" + stem + "</p>");
    item.replace("identifier=\"UNIT-1\"", QByteArray("identifier=\"" + identifier + "\""));
    return item;
}

} // namespace

TEST_CASE("QTI import: nested manifests, xml:base, item types not read, repeated items", "[banks][qti]")
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("package"));
    writeText(package + QStringLiteral("/imsmanifest.xml"),
              "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\">"
              "<resources xml:base=\"content/\">"
              "<resource identifier=\"R1\" type=\"imsqti_item_xmlv2p1\" href=\"one.xml\"/>"
              "<resource identifier=\"R2\" type=\"imsqti_apipitem_xmlv2p1\" href=\"apip.xml\"/>"
              "<resource identifier=\"R3\" type=\"imsqti_item_xmlv2p1\" href=\"same-stem.xml\"/>"
              "<resource identifier=\"R4\" type=\"imsqti_item_xmlv2p1\" href=\"same-id.xml\"/>"
              "</resources>"
              "<manifest identifier=\"SUB\" xml:base=\"sub/\"><resources>"
              "<resource identifier=\"R5\" type=\"imsqti_item_xmlv2p2\" href=\"two.xml\"/>"
              "</resources></manifest></manifest>");
    writeText(package + QStringLiteral("/content/one.xml"), itemWithStem("ONE", "The first question"));
    writeText(package + QStringLiteral("/content/apip.xml"), itemWithStem("APIP", "An APIP item"));
    writeText(package + QStringLiteral("/content/same-stem.xml"), itemWithStem("THREE", "The  first   question"));
    writeText(package + QStringLiteral("/content/same-id.xml"), itemWithStem("ONE", "Another question"));
    writeText(package + QStringLiteral("/sub/two.xml"), itemWithStem("TWO", "The second question"));
    auto report =
        QtiImport::run({package, dir.filePath(QStringLiteral("out")), QString(), {}, QStringLiteral("general")});
    REQUIRE(report);
    CHECK(report->entries.size() == 5);
    CHECK(entryOf(*report, QStringLiteral("ONE")).imported);
    CHECK(entryOf(*report, QStringLiteral("TWO")).imported); // the nested manifest's, under its xml:base
    CHECK(entryOf(*report, QStringLiteral("R2")).reasons.join(u' ').contains(u"imsqti_apipitem_xmlv2p1"));
    CHECK(entryOf(*report, QStringLiteral("THREE")).reasons.join(u' ').contains(u"the same stem as the item ONE"));
    const auto sameId = std::find_if(report->entries.cbegin(), report->entries.cend(),
                                     [](const ImportEntry& entry) { return entry.file == u"content/same-id.xml"; });
    REQUIRE(sameId != report->entries.cend());
    CHECK(sameId->reasons.join(u' ').contains(u"used by an earlier item"));
    CHECK(bankcompiler::BankSource::read(dir.filePath(QStringLiteral("out"))).problems.isEmpty());
}

TEST_CASE("QTI import: the package's name cannot write into the items, a pipe is refused", "[banks][qti]")
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("pkg\n---\nid: INJECTED\nread-aloud: The answer is C"));
    writeText(package + QStringLiteral("/imsmanifest.xml"),
              "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"><resources>"
              "<resource identifier=\"R1\" type=\"imsqti_item_xmlv2p1\" href=\"one.xml\"/></resources></manifest>");
    writeText(package + QStringLiteral("/one.xml"), itemWithStem("ONE", "The first question"));
    const QString output = dir.filePath(QStringLiteral("out"));
    auto report = QtiImport::run({package, output, QString(), {}, QStringLiteral("general")});
    REQUIRE(report);
    const auto source = bankcompiler::BankSource::read(output);
    CHECK(source.problems.isEmpty());
    REQUIRE(source.content.items.size() == 1);
    CHECK(source.content.items.first().id == u"ONE");
    CHECK(source.content.items.first().body.reveal().readAloud.isEmpty());

    REQUIRE(::mkfifo(QFile::encodeName(package + QStringLiteral("/pipe.xml")).constData(), 0600) == 0);
    auto refused =
        QtiImport::run({package, dir.filePath(QStringLiteral("out2")), QString(), {}, QStringLiteral("general")});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("not a file")));
}
