#include "banks/releasecode.h"
#include "testsupport.h"

#include <QSet>

using exam::ErrorCode;
using exam::banks::ReleaseCode;

TEST_CASE("Release codes: generated codes are well-formed, distinct and parse back", "[banks][releasecode]")
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        auto code = ReleaseCode::generate();
        REQUIRE(code);
        const QString text = code->formatted().reveal();
        REQUIRE(text.size() == ReleaseCode::Length + 4);
        CHECK(text.count(u'-') == 4);
        auto parsed = ReleaseCode::parse(text);
        REQUIRE(parsed);
        CHECK(parsed->canonical() == code->canonical());
        seen.insert(text);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("Release codes: typing is forgiving about case, spaces, dashes and look-alikes", "[banks][releasecode]")
{
    // A code with both a 0 and a 1, so the look-alike letters have something to stand for.
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    while (!code->canonical().reveal().contains('0') || !code->canonical().reveal().contains('1')) {
        code = ReleaseCode::generate();
        REQUIRE(code);
    }
    const QString canonical = QString::fromLatin1(code->canonical().reveal());
    CHECK(ReleaseCode::parse(canonical.toLower())->canonical() == code->canonical());
    QString withL = canonical;
    withL.replace(u'1', u'l');
    CHECK(ReleaseCode::parse(withL)->canonical() == code->canonical());
    CHECK(ReleaseCode::parse(QString(u' ' + canonical.left(10) + QStringLiteral("  ") + canonical.mid(10)))->canonical()
          == code->canonical());
    // O, I and L are read as 0, 1 and 1.
    QString lookAlike = canonical;
    lookAlike.replace(u'0', u'O').replace(u'1', u'I');
    CHECK(ReleaseCode::parse(lookAlike)->canonical() == code->canonical());
}

TEST_CASE("Release codes: mistakes are told apart from wrong codes", "[banks][releasecode]")
{
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    const QString canonical = QString::fromLatin1(code->canonical().reveal());

    SECTION("a character outside the alphabet")
    {
        auto parsed = ReleaseCode::parse(QString(canonical.left(19) + u'U'));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message.contains(QStringLiteral("“U”")));
    }
    SECTION("too short and too long")
    {
        CHECK(ReleaseCode::parse(canonical.left(19)).error().message.contains(QStringLiteral("19")));
        CHECK(ReleaseCode::parse(QString(canonical + u'A')).error().message.contains(QStringLiteral("21")));
        CHECK(ReleaseCode::parse(QString(5000, u'A')).error().code == ErrorCode::ParseError);
    }
    SECTION("most single substitutions fail the check character")
    {
        int caught = 0;
        int tried = 0;
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        for (int position = 0; position < ReleaseCode::Length; ++position) {
            for (QChar replacement : alphabet) {
                if (replacement == canonical[position])
                    continue;
                QString typo = canonical;
                typo[position] = replacement;
                ++tried;
                if (!ReleaseCode::parse(typo))
                    ++caught;
            }
        }
        // One check character of 5 bits catches about 31 in 32 typing mistakes.
        CHECK(caught > tried * 9 / 10);
    }
}

TEST_CASE("Release codes never print in clear", "[banks][releasecode]")
{
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    QString printed;
    QDebug(&printed) << code->formatted() << code->canonical();
    CHECK_FALSE(printed.contains(code->formatted().reveal()));
    CHECK(printed.contains(QStringLiteral("<redacted>")));
}
