#include "banks/richtext.h"
#include "testsupport.h"

using exam::ErrorCode;
using exam::banks::RichText;

namespace {

QString errorOf(const QString& markup, RichText::Context context = RichText::Context::Stem)
{
    auto result = RichText::validate(markup, context);
    REQUIRE_FALSE(result);
    return result.error().message;
}

} // namespace

TEST_CASE("Rich text: paragraphs, emphasis, lists, tables and images become escaped HTML", "[banks][richtext]")
{
    const QString markup = QStringLiteral("Which is **not** a *lockout* step?\nSecond line.\n\n"
                                          "- one\n- two <b>\n\n1. first\n2. second\n\n"
                                          "| Control | Example |\n|---|---|\n| PPE | Gloves \\| goggles |\n\n"
                                          "![A padlock & tag](lock.svg)");
    auto images = RichText::validate(markup, RichText::Context::Stem);
    REQUIRE(images);
    REQUIRE(images->size() == 1);
    CHECK(images->first().file == QStringLiteral("lock.svg"));
    CHECK(images->first().alt == QStringLiteral("A padlock & tag"));

    const QString html = RichText::toHtml(markup);
    CHECK(html.contains(QStringLiteral("<p>Which is <b>not</b> a <i>lockout</i> step? Second line.</p>")));
    CHECK(html.contains(QStringLiteral("<ul><li>one</li><li>two &lt;b&gt;</li></ul>")));
    CHECK(html.contains(QStringLiteral("<ol><li>first</li><li>second</li></ol>")));
    CHECK(html.contains(QStringLiteral("<tr><th>Control</th><th>Example</th></tr>")));
    CHECK(html.contains(QStringLiteral("<td>Gloves | goggles</td>")));
    CHECK(html.contains(QStringLiteral("<img src=\"bank-media:lock.svg\" alt=\"A padlock &amp; tag\">")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>\n")));

    const QString plain = RichText::toPlainText(markup);
    CHECK(plain.contains(QStringLiteral("Which is not a lockout step? Second line.")));
    CHECK(plain.contains(QStringLiteral("• two <b>")));
    CHECK(plain.contains(QStringLiteral("2. second")));
    CHECK(plain.contains(QStringLiteral("PPE; Gloves | goggles")));
    CHECK(plain.contains(QStringLiteral("Image: A padlock & tag")));
}

TEST_CASE("Rich text: author markup cannot inject HTML", "[banks][richtext]")
{
    const QString markup = QStringLiteral("<script>alert(1)</script> <img src=x onerror=y> &amp;");
    REQUIRE(RichText::validate(markup, RichText::Context::Stem));
    const QString html = RichText::toHtml(markup);
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    CHECK(html.contains(QStringLiteral("&amp;amp;")));
    // An image file name with a quote cannot break out of the attribute: it is escaped.
    CHECK(RichText::images(QStringLiteral("![x](a\"onload=\"b.svg)")).size() == 1);
    CHECK(RichText::toHtml(QStringLiteral("![x](a\"b.svg)")).contains(QStringLiteral("a&quot;b.svg")));
    // Running text and escaped markers, in an option and in a stem, escaped as Qt escapes HTML.
    const QString text = QStringLiteral("a < b > c & \"d\" 'e' \\* \\! é");
    const QString plain = QStringLiteral("a < b > c & \"d\" 'e' * ! é");
    CHECK(RichText::toHtml(text, RichText::Context::Option) == plain.toHtmlEscaped());
    CHECK(RichText::toHtml(text).contains(plain.toHtmlEscaped()));
    CHECK(RichText::toPlainText(text, RichText::Context::Option) == plain);
}

TEST_CASE("Rich text: malformed markup is refused with a reason", "[banks][richtext]")
{
    CHECK(errorOf(QStringLiteral("An *open emphasis")).contains(QStringLiteral("not closed")));
    CHECK(errorOf(QStringLiteral("An **open strong")).contains(QStringLiteral("not closed")));
    CHECK(errorOf(QStringLiteral("Text ![alt](inline.svg) inside")).contains(QStringLiteral("line of its own")));
    CHECK(errorOf(QStringLiteral("![](noalt.svg)")).contains(QStringLiteral("no alt text")));
    CHECK(errorOf(QStringLiteral("![   ](blank.svg)")).contains(QStringLiteral("no alt text")));
    CHECK(errorOf(QStringLiteral("| a | b |\n| 1 |")).contains(QStringLiteral("same number of cells")));
    CHECK(errorOf(QStringLiteral("| only a heading |")).contains(QStringLiteral("heading row")));
    CHECK(errorOf(QStringLiteral("   ")).contains(QStringLiteral("empty")));
    CHECK(errorOf(QStringLiteral("bell \a here")).contains(QStringLiteral("control character")));
    CHECK(RichText::validate(QString(RichText::MaxStemLength + 1, u'x'), RichText::Context::Stem).error().code
          == ErrorCode::LimitExceeded);
    const QString wide = QStringLiteral("|a|b|c|d|e|f|g|h|i|\n|1|2|3|4|5|6|7|8|9|");
    CHECK(RichText::validate(wide, RichText::Context::Stem).error().code == ErrorCode::LimitExceeded);
    CHECK(RichText::validate(QStringLiteral("A literal \\* star"), RichText::Context::Stem));
}

TEST_CASE("Rich text: an option is one line or one image", "[banks][richtext]")
{
    CHECK(RichText::validate(QStringLiteral("Nitrile *gloves*"), RichText::Context::Option));
    CHECK(RichText::validate(QStringLiteral("![A triangle](t.svg)"), RichText::Context::Option)->size() == 1);
    CHECK(errorOf(QStringLiteral("two\n\nparagraphs"), RichText::Context::Option).contains(QStringLiteral("one line")));
    // A one-line option is text even when it looks like a list item.
    CHECK(RichText::validate(QStringLiteral("1. Close the valve"), RichText::Context::Option));
    CHECK(RichText::toHtml(QStringLiteral("1. Close the valve"), RichText::Context::Option)
          == QStringLiteral("1. Close the valve"));
    CHECK(RichText::toHtml(QStringLiteral("- *Lock* it"), RichText::Context::Option)
          == QStringLiteral("- <i>Lock</i> it"));
    CHECK(RichText::validate(QString(RichText::MaxOptionLength + 1, u'x'), RichText::Context::Option).error().code
          == ErrorCode::LimitExceeded);
}

TEST_CASE("Rich text: tables, escapes, nesting and direction overrides", "[banks][richtext]")
{
    SECTION("a row of dashes below the first data row is data, not a separator")
    {
        const QString table = QStringLiteral("| Step | Sign |\n|---|---|\n| 1 | - |\n| 2 | - |");
        REQUIRE(RichText::validate(table, RichText::Context::Stem));
        CHECK(RichText::toHtml(table).count(QStringLiteral("<tr>")) == 3);
    }
    SECTION("a backslash before a cell border is a literal backslash")
    {
        const QString table = QStringLiteral("| a | b |\n|---|---|\n| x\\\\| y |");
        REQUIRE(RichText::validate(table, RichText::Context::Stem));
        CHECK(RichText::toHtml(table).contains(QStringLiteral("<td>x\\</td><td>y</td>")));
    }
    SECTION("overlapping markers are refused, properly nested ones rendered")
    {
        CHECK(errorOf(QStringLiteral("**a *b** c*")).contains(QStringLiteral("overlap")));
        REQUIRE(RichText::validate(QStringLiteral("**a *b* c**"), RichText::Context::Stem));
        CHECK(RichText::toHtml(QStringLiteral("**a *b* c**")) == QStringLiteral("<p><b>a <i>b</i> c</b></p>"));
    }
    SECTION("text-direction overrides are refused")
    {
        CHECK(errorOf(QString(QStringLiteral("Which gauge")) + QChar(0x202E) + QStringLiteral("reads?"))
                  .contains(QStringLiteral("text-direction")));
        CHECK(errorOf(QString(QChar(0x2066)) + QStringLiteral("x"), RichText::Context::Option)
                  .contains(QStringLiteral("text-direction")));
    }
}
