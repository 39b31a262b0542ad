#include "crypto/kdf.h"
#include "testsupport.h"

#include <QElapsedTimer>

using namespace exam;
using namespace exam::crypto;
using exam::test::hex;

TEST_CASE("HKDF-SHA256 reproduces RFC 5869 and agrees with Wycheproof", "[crypto][kdf]")
{
    for (const auto& value : test::loadJson(QStringLiteral("rfc/rfc5869_hkdf.json")).array()) {
        const QJsonObject c = value.toObject();
        INFO(c[QLatin1String("name")].toString().toStdString());
        auto okm = Kdf::hkdfSha256(hex(c[QLatin1String("ikm")].toString()), hex(c[QLatin1String("salt")].toString()),
                                   hex(c[QLatin1String("info")].toString()), c[QLatin1String("length")].toInt());
        REQUIRE(okm);
        CHECK(okm->view() == hex(c[QLatin1String("okm")].toString()));
    }

    const QJsonObject suite = test::loadJson(QStringLiteral("wycheproof/hkdf_sha256_test.json")).object();
    int valid = 0;
    for (const auto& groupValue : suite[QLatin1String("testGroups")].toArray()) {
        for (const auto& testValue : groupValue.toObject()[QLatin1String("tests")].toArray()) {
            const QJsonObject t = testValue.toObject();
            INFO("tcId " << t[QLatin1String("tcId")].toInt() << " "
                         << t[QLatin1String("comment")].toString().toStdString());
            auto okm =
                Kdf::hkdfSha256(hex(t[QLatin1String("ikm")].toString()), hex(t[QLatin1String("salt")].toString()),
                                hex(t[QLatin1String("info")].toString()), t[QLatin1String("size")].toInt());
            if (t[QLatin1String("result")].toString() == QLatin1String("valid")) {
                REQUIRE(okm);
                CHECK(okm->view() == hex(t[QLatin1String("okm")].toString()));
                ++valid;
            } else {
                CHECK_FALSE(okm);
            }
        }
    }
    CHECK(valid >= 80);
}

TEST_CASE("scrypt reproduces RFC 7914's vectors", "[crypto][kdf]")
{
    for (const auto& value : test::loadJson(QStringLiteral("rfc/rfc7914_scrypt.json")).array()) {
        const QJsonObject c = value.toObject();
        INFO(c[QLatin1String("name")].toString().toStdString());
        ScryptParams params;
        params.n = quint64(c[QLatin1String("N")].toInt());
        params.r = quint32(c[QLatin1String("r")].toInt());
        params.p = quint32(c[QLatin1String("p")].toInt());
        auto key =
            Kdf::scrypt(c[QLatin1String("password")].toString().toUtf8(), c[QLatin1String("salt")].toString().toUtf8(),
                        params, c[QLatin1String("length")].toInt());
        REQUIRE(key);
        CHECK(key->view() == hex(c[QLatin1String("output")].toString()));
    }
}

TEST_CASE("scrypt parameters above the caps are refused before any work", "[crypto][kdf]")
{
    const QList<ScryptParams> hostile = {
        {1ull << 21, 8, 1},     // N above 2^20
        {1ull << 20, 8, 1},     // 1 GiB of memory
        {1ull << 14, 64, 1},    // r above the cap
        {1ull << 14, 8, 64},    // p above the cap
        {1ull << 16, 16, 16},   // work above the cap
        {1ull << 62, 1, 1},     // absurd
        {1ull << 63, ~0u, ~0u}, // overflow bait
    };
    for (const ScryptParams& p : hostile) {
        INFO("N=" << p.n << " r=" << p.r << " p=" << p.p);
        QElapsedTimer timer;
        timer.start();
        auto key = Kdf::scrypt("1234", "salt", p, 32);
        const qint64 elapsedMs = timer.elapsed();
        REQUIRE_FALSE(key);
        CHECK(key.error().code == ErrorCode::LimitExceeded);
        CHECK(key.error().message.contains(QLatin1String("more memory or time")));
        CHECK(elapsedMs < 50); // refused up front, not after trying
    }
    for (const ScryptParams& p : {ScryptParams{0, 8, 1}, ScryptParams{1000, 8, 1}, ScryptParams{1024, 0, 1},
                                  ScryptParams{1024, 8, 0}, ScryptParams{~0ull, 8, 1}}) {
        CHECK(Kdf::scrypt("1234", "salt", p, 32).error().code == ErrorCode::InvalidArgument);
    }
    CHECK(Kdf::checkScryptParams(ScryptParams{}));
}

TEST_CASE("KDF output lengths outside the allowed range are argument errors", "[crypto][kdf]")
{
    CHECK(Kdf::hkdfSha256("k", "s", "i", 0).error().code == ErrorCode::InvalidArgument);
    CHECK(Kdf::hkdfSha256("k", "s", "i", Kdf::MaxHkdfLength + 1).error().code == ErrorCode::InvalidArgument);
    CHECK(Kdf::hkdfSha256("k", "s", "i", Kdf::MaxHkdfLength));
    CHECK(Kdf::scrypt("p", "s", ScryptParams{16, 1, 1}, 0).error().code == ErrorCode::InvalidArgument);
}
