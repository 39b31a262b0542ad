// The authoring source: the item text format and the folder reader.
#include "bankfixture.h"
#include "banks/richtext.h"
#include "compiler/banksource.h"
#include "compiler/itemtext.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace exam;
using namespace exam::bankcompiler;

namespace {

QStringList problemTexts(const QList<SourceProblem>& problems)
{
    QStringList texts;
    for (const SourceProblem& problem : problems)
        texts.append(problem.toString());
    return texts;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A copy of the sample source the test may break.
struct SourceCopy
{
    QTemporaryDir dir;
    SourceCopy()
    {
        REQUIRE(dir.isValid());
        const QDir from(test::BankFixture::instance().sourceFolder());
        for (const QString& sub : {QStringLiteral("items"), QStringLiteral("media")}) {
            QDir(dir.path()).mkpath(sub);
            for (const QString& name : QDir(from.filePath(sub)).entryList(QDir::Files))
                REQUIRE(QFile::copy(from.filePath(sub + u'/' + name), dir.filePath(sub + u'/' + name)));
        }
        REQUIRE(QFile::copy(from.filePath(QStringLiteral("module.json")), dir.filePath(QStringLiteral("module.json"))));
    }
    QString path(const QString& relative) const { return dir.filePath(relative); }
    void replaceIn(const QString& relative, const QString& before, const QString& after)
    {
        QFile file(path(relative));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        REQUIRE(text.contains(before));
        text.replace(before, after);
        writeFile(path(relative), text.toUtf8());
    }
};

} // namespace

TEST_CASE("Item text: every part of an item is read", "[banks][source]")
{
    const QString text = QStringLiteral("# a comment\n"
                                        "id: X-1\ndomain: safety\nkey: C\npilot: yes\nfixed: D\n"
                                        "read-aloud: Spoken version\n\n"
                                        "Stem with **strong** text.\n\n- a\n- b\n\n"
                                        "A) First\nB) ![A triangle](t.svg)\nC) Third\nD) All of the above\n");
    QList<SourceProblem> problems;
    const QList<ParsedItem> items = ItemTextParser::parse(text, QStringLiteral("items/x.txt"), problems);
    CHECK(problemTexts(problems).isEmpty());
    REQUIRE(items.size() == 1);
    const banks::Item& item = items[0].item;
    const banks::ItemBody& body = item.body.reveal();
    CHECK(items[0].line == 2);
    CHECK(item.id == QStringLiteral("X-1"));
    CHECK(item.domain == QStringLiteral("safety"));
    CHECK(item.status == banks::ItemStatus::Pilot);
    CHECK(body.key == 2);
    CHECK(body.fixedPositions == QList<int>{3});
    CHECK(body.readAloud == QStringLiteral("Spoken version"));
    CHECK(body.stem == QStringLiteral("Stem with **strong** text.\n\n- a\n- b"));
    REQUIRE(body.options.size() == 4);
    CHECK(body.options[1].image == QStringLiteral("t.svg"));
    CHECK(body.options[1].alt == QStringLiteral("A triangle"));
    CHECK(body.options[3].text == QStringLiteral("All of the above"));

    SECTION("write() produces text that parses back to the same item")
    {
        QList<SourceProblem> again;
        const QList<ParsedItem> reparsed = ItemTextParser::parse(ItemTextParser::write(item), QString(), again);
        CHECK(again.isEmpty());
        REQUIRE(reparsed.size() == 1);
        CHECK(reparsed[0].item == item);
    }
}

TEST_CASE("Item text: problems name the file, line and item", "[banks][source]")
{
    const QString text =
        QStringLiteral("id: A-1\ndomain: d\n\nStem\n\nA) x\nB) y\nC) z\n" // no key
                       "---\n"
                       "id: A-2\ndomain: d\nkey: E\ncolour: red\n\nStem two\n\nA) x\nC) y\nB) z\nstray text\n");
    QList<SourceProblem> problems;
    const QList<ParsedItem> items = ItemTextParser::parse(text, QStringLiteral("items/bad.txt"), problems);
    REQUIRE(items.size() == 2);
    const QStringList texts = problemTexts(problems);
    INFO(texts.join(u'\n').toStdString());
    REQUIRE(texts.size() == 5);
    CHECK(texts[0]
          == QStringLiteral(
              "items/bad.txt:1 (A-1): The item has no key: add a line “key: B” naming the correct option."));
    CHECK(texts[1].startsWith(QStringLiteral("items/bad.txt:13 (A-2): Unknown field “colour”")));
    CHECK(texts[2].startsWith(QStringLiteral("items/bad.txt:18 (A-2): Option C is out of order")));
    CHECK(texts[3].startsWith(QStringLiteral("items/bad.txt:20 (A-2): Text after the options")));
    CHECK(texts[4] == QStringLiteral("items/bad.txt:10 (A-2): The key “E” is not one of the item's options."));
}

TEST_CASE("Source folder: the sample source reads without problems", "[banks][source]")
{
    const SourceResult source = BankSource::read(test::BankFixture::instance().sourceFolder());
    CHECK(problemTexts(source.problems).isEmpty());
    CHECK(source.content.items.size() == 13);
    CHECK(source.content.media.size() == 4);
    CHECK(source.content.module.formLength == 9);
    CHECK(source.content.module.calculatorAllowed);
}

TEST_CASE("Source folder: all problems are reported in one run", "[banks][source]")
{
    SourceCopy copy;
    copy.replaceIn(QStringLiteral("items/measurement.txt"),
                   QStringLiteral("id: MEA-004\ndomain: measurement\nkey: D\n"),
                   QStringLiteral("id: MEA-004\ndomain: measurement\n")); // missing key
    copy.replaceIn(QStringLiteral("items/quality.txt"), QStringLiteral("id: QUA-002"),
                   QStringLiteral("id: QUA-001")); // duplicate id
    copy.replaceIn(QStringLiteral("items/safety.txt"), QStringLiteral("![A yellow triangle](sign-triangle.svg)"),
                   QStringLiteral("![](sign-triangle.svg)")); // image without alt
    copy.replaceIn(QStringLiteral("items/safety.txt"), QStringLiteral("id: SAF-002\ndomain: safety"),
                   QStringLiteral("id: SAF-002\ndomain: chemistry")); // unknown domain
    copy.replaceIn(QStringLiteral("module.json"), QStringLiteral("\"count\": 2"),
                   QStringLiteral("\"count\": 6")); // blueprint
    copy.replaceIn(QStringLiteral("module.json"), QStringLiteral("\"formLength\": 9"),
                   QStringLiteral("\"formLength\": 13"));

    const SourceResult source = BankSource::read(copy.dir.path());
    const QString all = problemTexts(source.problems).join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("items/measurement.txt:44 (MEA-004): The item has no key")));
    CHECK(all.contains(QStringLiteral("(QUA-001): The id is used twice; the first is at items/quality.txt:1")));
    CHECK(all.contains(
        QStringLiteral("items/safety.txt:46 (SAF-004): Option B: the image “sign-triangle.svg” has no alt text")));
    CHECK(all.contains(QStringLiteral("(SAF-002): The domain “chemistry” is not one of the module's domains.")));
    CHECK(all.contains(
        QStringLiteral("module.json: The blueprint cannot be met: domain “quality” needs 6 scored items")));
    CHECK(source.problems.size() == 5);
}

TEST_CASE("Source folder: broken module settings and media are reported", "[banks][source]")
{
    SourceCopy copy;
    SECTION("module.json that is not JSON")
    {
        writeFile(copy.path(QStringLiteral("module.json")), "{ \"bankId\": ");
        const SourceResult source = BankSource::read(copy.dir.path());
        REQUIRE_FALSE(source.problems.isEmpty());
        REQUIRE(source.problems.size() == 1);
        CHECK(source.problems.first().toString().startsWith(QStringLiteral("module.json: Not a JSON object")));
    }
    SECTION("an unknown setting")
    {
        copy.replaceIn(QStringLiteral("module.json"), QStringLiteral("\"version\": 3,"),
                       QStringLiteral("\"version\": 3, \"colour\": \"red\","));
        const SourceResult source = BankSource::read(copy.dir.path());
        CHECK(problemTexts(source.problems)
                  .contains(QStringLiteral("module.json: The field “colour” is not part of the format.")));
    }
    SECTION("a media file that is not an image, and one nobody uses")
    {
        writeFile(copy.path(QStringLiteral("media/notes.txt")), "just text");
        writeFile(copy.path(QStringLiteral("media/unused.svg")), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        const QStringList texts = problemTexts(BankSource::read(copy.dir.path()).problems);
        CHECK(texts.contains(QStringLiteral("media/notes.txt: Not a PNG or SVG image.")));
        CHECK(texts.contains(QStringLiteral("media/unused.svg: Media file “unused.svg”: no item uses it.")));
    }
    SECTION("a missing image")
    {
        QFile::remove(copy.path(QStringLiteral("media/caliper.svg")));
        const QStringList texts = problemTexts(BankSource::read(copy.dir.path()).problems);
        CHECK(texts.contains(
            QStringLiteral("items/measurement.txt:14 (MEA-002): The stem: the image “caliper.svg” is not "
                           "among the bank's media files.")));
    }
    SECTION("a folder that does not exist")
    {
        CHECK(BankSource::read(copy.path(QStringLiteral("nope"))).problems.size() == 1);
    }
}

TEST_CASE("Item text: comments are invisible, wherever they stand", "[banks][source]")
{
    const QString text = QStringLiteral("id: C-1\n# a comment between fields\ndomain: d\nkey: A\n\n"
                                        "First line of the stem\n# a comment inside the stem\nsecond line.\n\n"
                                        "A) x\nB) y\nC) z\n");
    QList<SourceProblem> problems;
    const QList<ParsedItem> items = ItemTextParser::parse(text, QStringLiteral("c.txt"), problems);
    CHECK(problemTexts(problems).isEmpty());
    REQUIRE(items.size() == 1);
    CHECK(items[0].item.domain == QStringLiteral("d"));
    CHECK(items[0].item.body.reveal().stem == QStringLiteral("First line of the stem\nsecond line."));
    CHECK(banks::RichText::toPlainText(items[0].item.body.reveal().stem)
          == QStringLiteral("First line of the stem second line."));
}

TEST_CASE("Item text: the pool fields are read, written and carried through the payload", "[banks][source][pools]")
{
    const QString text = QStringLiteral("id: X-2\ndomain: safety\nkey: A\nactivity: 4\nstatus: retired\n"
                                        "variant: glove-choice\nenemies: X-3, CLA-SAF-01\n"
                                        "source: OSHA 29 CFR 1910.138\npicture-measured: yes\n\n"
                                        "Read the gauge.\n\n![A pressure gauge](g.svg)\n\n"
                                        "A) 40 psi\nB) 45 psi\nC) 50 psi\nD) 55 psi\n");
    QList<SourceProblem> problems;
    const QList<ParsedItem> items = ItemTextParser::parse(text, QStringLiteral("items/x.txt"), problems);
    CHECK(problemTexts(problems).isEmpty());
    REQUIRE(items.size() == 1);
    const banks::Item& item = items[0].item;
    CHECK(item.activity == QStringLiteral("4"));
    CHECK(item.status == banks::ItemStatus::Retired);
    CHECK_FALSE(item.drawable());
    CHECK(item.variantGroup == QStringLiteral("glove-choice"));
    CHECK(item.enemies == (QStringList{QStringLiteral("X-3"), QStringLiteral("CLA-SAF-01")}));
    CHECK(item.source == QStringLiteral("OSHA 29 CFR 1910.138"));
    CHECK(item.pictureMeasured);
    QList<SourceProblem> again;
    const QList<ParsedItem> reparsed = ItemTextParser::parse(ItemTextParser::write(item), QString(), again);
    CHECK(again.isEmpty());
    REQUIRE(reparsed.size() == 1);
    CHECK(reparsed[0].item == item);

    // Through a version 3 payload and back, unchanged; in a version 2 payload these members are refused.
    banks::BankContent content = test::BankFixture::instance().content();
    content.module.activities = {{QStringLiteral("4"), QStringLiteral("Identify unsafe conditions")}};
    for (banks::Item& each : content.items)
        each.activity = QStringLiteral("4");
    content.items.first().variantGroup = QStringLiteral("first-group");
    content.items.first().enemies = {QStringLiteral("CLA-SAF-01")};
    content.items.first().source = QStringLiteral("OSHA 29 CFR 1910.147");
    QByteArray payload = banks::BankPayload::serialize(content);
    auto parsed = banks::BankPayload::parse(payload, 3);
    INFO((parsed ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed);
    CHECK(*parsed == content);
    auto asVersion2 = banks::BankPayload::parse(payload, 2);
    REQUIRE_FALSE(asVersion2);
    INFO(asVersion2.error().message.toStdString());
    CHECK(asVersion2.error().message.contains(QStringLiteral("is not part of the format")));

    // What the rules refuse: an activity the module does not list, or none where it lists them.
    content.items.first().activity = QStringLiteral("9");
    content.items.last().activity.clear();
    QStringList messages;
    for (const banks::ContentProblem& problem : banks::validateContent(content))
        messages.append(problem.itemId + u' ' + problem.message);
    CHECK(messages.join(u'\n').contains(QStringLiteral("key work activity “9” is not one of the module's")));
    CHECK(messages.join(u'\n').contains(QStringLiteral("names no key work activity")));
}

TEST_CASE("Bank content: a domain with too few variant groups cannot meet its blueprint", "[banks][source][pools]")
{
    banks::BankContent content = test::BankFixture::instance().content();
    const banks::Domain domain = content.module.domains.first();
    // Every live item of the first domain in one variant group: a form can take only one of them.
    for (banks::Item& item : content.items)
        if (item.domain == domain.id && item.scored())
            item.variantGroup = QStringLiteral("all-the-same");
    QStringList messages;
    for (const banks::ContentProblem& problem : banks::validateContent(content))
        messages.append(problem.message);
    REQUIRE(domain.count > 1);
    CHECK(
        messages.join(u'\n').contains(QStringLiteral("domain “%1” needs %2 scored items on a form, and the bank has 1")
                                          .arg(domain.id)
                                          .arg(domain.count)));
}

TEST_CASE("Item text: a field given twice, or pilot beside status, is refused", "[banks][source][pools]")
{
    QList<SourceProblem> problems;
    ItemTextParser::parse(QStringLiteral("id: X-4\ndomain: safety\nkey: A\nstatus: retired\npilot: no\n\n"
                                         "Stem?\n\nA) a\nB) b\nC) c\n"),
                          QStringLiteral("items/x.txt"), problems);
    ItemTextParser::parse(QStringLiteral("id: X-5\ndomain: safety\nkey: A\nactivity: 1\nactivity: 2\n\n"
                                         "Stem?\n\nA) a\nB) b\nC) c\n"),
                          QStringLiteral("items/y.txt"), problems);
    const QString texts = problemTexts(problems).join(u'\n');
    CHECK(texts.contains(QStringLiteral("items/x.txt:5 (X-4): “pilot” and “status” both say what the item is")));
    CHECK(texts.contains(QStringLiteral("items/y.txt:5 (X-5): “activity” is given twice.")));
}
