#include "testsupport.h"
#include "json/canonicaljson.h"
#include "json/canonicalwriter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exam;

TEST_CASE("Canonical writer: the same bytes as canonicalising the equivalent JSON", "[unit][json]")
{
    CanonicalWriter w;
    w.beginObject()
        .key(u"a")
        .beginArray()
        .value(1)
        .value(-0)
        .value(qint64(9007199254740991))
        .value(qint64(-9007199254740993))
        .value(qint64(123456789012345678))
        .null()
        .value(true)
        .value(false)
        .endArray()
        .field(u"b", QStringLiteral("plain"))
        .field(u"c", QStringLiteral("quote \" backslash \\ tab \t nl \n del \x7f é € 😀"))
        .key(u"d")
        .beginObject()
        .endObject()
        .key(u"e")
        .beginArray()
        .endArray()
        .key(u"\u00e9")
        .beginObject()
        .field(u"x", 0)
        .endObject()
        .endObject();
    auto written = w.finish();
    REQUIRE(written);
    const QJsonObject same{
        {QStringLiteral("a"), QJsonArray{1, 0, double(9007199254740991), double(-9007199254740993LL),
                                         double(123456789012345678LL), QJsonValue(), true, false}},
        {QStringLiteral("b"), QStringLiteral("plain")},
        {QStringLiteral("c"), QStringLiteral("quote \" backslash \\ tab \t nl \n del \x7f é € 😀")},
        {QStringLiteral("d"), QJsonObject{}},
        {QStringLiteral("e"), QJsonArray{}},
        {QStringLiteral("\u00e9"), QJsonObject{{QStringLiteral("x"), 0}}},
    };
    CHECK(*written == *CanonicalJson::serialize(same));
    CHECK(*CanonicalJson::canonicalize(*written) == *written);
}

TEST_CASE("Canonical writer: strings either side of the short-string path's length, plain or ending in one "
          "to escape or encode, as canonicalising them gives",
          "[unit][json]")
{
    // The last character as RFC 8785 writes it, spelled out here (not made by the code under test).
    const QList<std::pair<QString, QByteArray>> endings{{QStringLiteral("x"), "x"},
                                                        {QStringLiteral("\""), "\\\""},
                                                        {QStringLiteral("\n"), "\\n"},
                                                        {QStringLiteral("é"), "\xc3\xa9"},
                                                        {QStringLiteral("😀"), "\xf0\x9f\x98\x80"}};
    for (const qsizetype length : {0, 1, 124, 125, 126, 127, 128, 129, 4000}) {
        for (const auto& [last, lastBytes] : endings) {
            const QString text = QString(length, u'k') + last;
            INFO("length " << text.size() << ", ending in U+"
                           << QString::number(last.at(0).unicode(), 16).toStdString());
            CanonicalWriter w;
            w.beginObject().field(text, text).endObject();
            auto written = w.finish();
            REQUIRE(written);
            const QByteArray string = '"' + QByteArray(length, 'k') + lastBytes + '"';
            CHECK(*written == '{' + string + ':' + string + '}');
        }
    }
}

TEST_CASE("Canonical writer: keys out of order and malformed structure are refused", "[unit][json]")
{
    {
        CanonicalWriter w;
        w.beginObject().field(u"b", 1).field(u"a", 2).endObject();
        auto result = w.finish();
        REQUIRE_FALSE(result);
        CHECK(result.error().message.contains(QStringLiteral("canonical order")));
    }
    {
        CanonicalWriter w; // a prefix comes first: "form" before "format"
        w.beginObject().field(u"format", 1).field(u"form", 2).endObject();
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // the same key twice
        w.beginObject().field(u"a", 1).field(u"a", 2).endObject();
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // a value with no key
        w.beginObject().value(1).endObject();
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // not closed
        w.beginObject().field(u"a", 1);
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // closed twice
        w.beginArray().endArray().endArray();
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // two values at the top
        w.value(1).value(2);
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // a key left without its value
        w.beginObject().key(u"a").endObject();
        CHECK_FALSE(w.finish());
    }
    {
        CanonicalWriter w; // a lone surrogate
        const QChar lone(char16_t(0xD800));
        w.beginArray().value(QStringView(&lone, 1)).endArray();
        CHECK_FALSE(w.finish());
    }
    CanonicalWriter empty;
    CHECK_FALSE(empty.finish());
}
