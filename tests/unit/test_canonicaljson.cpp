#include "testsupport.h"
#include "json/canonicaljson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <bit>
#include <cmath>
#include <limits>

using namespace exam;

namespace {
QByteArray readData(const QString& relative)
{
    QFile file(test::dataPath(relative));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("Canonical JSON matches RFC 8785's published input/output pairs", "[json]")
{
    for (const char* name : {"arrays", "french", "structures", "unicode", "values", "weird"}) {
        INFO(name);
        const QByteArray input = readData(QStringLiteral("jcs/input/%1.json").arg(QLatin1String(name)));
        QByteArray expected = readData(QStringLiteral("jcs/output/%1.json").arg(QLatin1String(name)));
        while (expected.endsWith('\n'))
            expected.chop(1);
        auto canonical = CanonicalJson::canonicalize(input);
        REQUIRE(canonical);
        CHECK(*canonical == expected);
        // Canonicalising canonical output changes nothing.
        CHECK(*CanonicalJson::canonicalize(*canonical) == expected);
    }
}

TEST_CASE("Canonical JSON prints numbers as RFC 8785 appendix B does", "[json]")
{
    for (const auto& value : test::loadJson(QStringLiteral("rfc/rfc8785_numbers.json")).array()) {
        const QJsonObject c = value.toObject();
        const auto bits = c[QLatin1String("bits")].toString().toULongLong(nullptr, 16);
        const double number = std::bit_cast<double>(quint64(bits));
        INFO(c[QLatin1String("bits")].toString().toStdString());
        CHECK(CanonicalJson::formatNumber(number) == c[QLatin1String("expected")].toString().toUtf8());
    }
    CHECK(CanonicalJson::formatNumber(1) == "1");
    CHECK(CanonicalJson::formatNumber(-1.5) == "-1.5");
    CHECK(CanonicalJson::formatNumber(0.1) == "0.1");
    CHECK(CanonicalJson::formatNumber(1e-7) == "1e-7");
    CHECK(CanonicalJson::formatNumber(123e20) == "1.23e+22");
    CHECK(CanonicalJson::formatNumber(75) == "75");
}

TEST_CASE("Canonical JSON refuses what it cannot represent", "[json]")
{
    CHECK(CanonicalJson::serialize(QJsonValue(std::numeric_limits<double>::infinity())).error().code
          == ErrorCode::InvalidArgument);
    CHECK(CanonicalJson::serialize(QJsonValue(std::nan(""))).error().code == ErrorCode::InvalidArgument);
    const QString loneSurrogate(QChar(0xd800));
    CHECK_FALSE(CanonicalJson::serialize(QJsonObject{{QStringLiteral("k"), loneSurrogate}}));
    CHECK_FALSE(CanonicalJson::serialize(QJsonObject{{loneSurrogate, 1}}));

    QJsonValue deep = QJsonArray{};
    for (int i = 0; i < 100; ++i)
        deep = QJsonArray{deep};
    CHECK_FALSE(CanonicalJson::serialize(deep));

    auto malformed = CanonicalJson::canonicalize("{\"a\": 1,,}");
    REQUIRE_FALSE(malformed);
    CHECK(malformed.error().code == ErrorCode::ParseError);
    CHECK(malformed.error().message.contains(QLatin1String("byte")));
}

TEST_CASE("Canonical JSON of a built object is independent of insertion order", "[json]")
{
    QJsonObject a;
    a[QStringLiteral("score")] = 81;
    a[QStringLiteral("module")] = QStringLiteral("MT1-1");
    a[QStringLiteral("passed")] = true;
    QJsonObject b;
    b[QStringLiteral("passed")] = true;
    b[QStringLiteral("module")] = QStringLiteral("MT1-1");
    b[QStringLiteral("score")] = 81;
    CHECK(*CanonicalJson::serialize(a) == *CanonicalJson::serialize(b));
    CHECK(*CanonicalJson::serialize(a) == R"({"module":"MT1-1","passed":true,"score":81})");
}
