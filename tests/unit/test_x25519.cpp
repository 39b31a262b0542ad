#include "crypto/ed25519.h"
#include "crypto/x25519.h"
#include "testsupport.h"

using namespace exam;
using namespace exam::crypto;
using exam::test::hex;

TEST_CASE("X25519 reproduces RFC 7748's vectors", "[crypto][x25519]")
{
    for (const auto& value : test::loadJson(QStringLiteral("rfc/rfc7748_x25519.json")).array()) {
        const QJsonObject c = value.toObject();
        INFO(c[QLatin1String("name")].toString().toStdString());
        auto shared = X25519::derive(hex(c[QLatin1String("scalar")].toString()), hex(c[QLatin1String("u")].toString()));
        REQUIRE(shared);
        CHECK(shared->view() == hex(c[QLatin1String("output")].toString()));
    }
    for (const auto& value : test::loadJson(QStringLiteral("rfc/rfc7748_public.json")).array()) {
        const QJsonObject c = value.toObject();
        CHECK(*X25519::publicKeyOf(hex(c[QLatin1String("private")].toString()))
              == hex(c[QLatin1String("public")].toString()));
    }
}

TEST_CASE("X25519 agrees with Wycheproof and refuses every zero shared secret", "[crypto][x25519]")
{
    const QJsonObject suite = test::loadJson(QStringLiteral("wycheproof/x25519_test.json")).object();
    int refusedZero = 0;
    for (const auto& groupValue : suite[QLatin1String("testGroups")].toArray()) {
        for (const auto& testValue : groupValue.toObject()[QLatin1String("tests")].toArray()) {
            const QJsonObject t = testValue.toObject();
            INFO("tcId " << t[QLatin1String("tcId")].toInt() << " "
                         << t[QLatin1String("comment")].toString().toStdString());
            const QByteArray expected = hex(t[QLatin1String("shared")].toString());
            auto shared =
                X25519::derive(hex(t[QLatin1String("private")].toString()), hex(t[QLatin1String("public")].toString()));
            if (expected == QByteArray(32, '\0')) {
                // "acceptable" to compute, but a zero secret means a low-order key: we refuse it.
                REQUIRE_FALSE(shared);
                CHECK(shared.error().code == ErrorCode::InvalidArgument);
                ++refusedZero;
            } else {
                REQUIRE(shared);
                CHECK(shared->view() == expected);
            }
        }
    }
    CHECK(refusedZero > 0);
}

TEST_CASE("X25519 key agreement: both sides derive the same secret", "[crypto][x25519]")
{
    auto alice = X25519::generate();
    auto bob = X25519::generate();
    REQUIRE(alice);
    REQUIRE(bob);
    auto a = X25519::derive(alice->privateKey.view(), bob->publicKey);
    auto b = X25519::derive(bob->privateKey.view(), alice->publicKey);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->view() == b->view());
    CHECK(X25519::derive(alice->privateKey.view(), QByteArray(31, 'x')).error().code == ErrorCode::InvalidArgument);
    CHECK(X25519::derive(QByteArray(5, 'x'), bob->publicKey).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("X25519 keys round-trip through PEM files", "[crypto][x25519]")
{
    auto pair = X25519::generate();
    REQUIRE(pair);
    auto privatePem = X25519::privateKeyToPem(pair->privateKey.view());
    auto publicPem = X25519::publicKeyToPem(pair->publicKey);
    REQUIRE(privatePem);
    REQUIRE(publicPem);
    CHECK(privatePem->view().startsWith("-----BEGIN PRIVATE KEY-----"));
    CHECK(publicPem->startsWith("-----BEGIN PUBLIC KEY-----"));
    CHECK(X25519::privateKeyFromPem(privatePem->view())->view() == pair->privateKey.view());
    CHECK(*X25519::publicKeyFromPem(*publicPem) == pair->publicKey);

    // An Ed25519 key of the same length is a different algorithm and is refused.
    auto ed = Ed25519::generate();
    REQUIRE(ed);
    CHECK(X25519::publicKeyFromPem(*Ed25519::publicKeyToPem(ed->publicKey)).error().code == ErrorCode::ParseError);
    CHECK(X25519::privateKeyFromPem(Ed25519::privateKeyToPem(ed->privateKey.view())->view()).error().code
          == ErrorCode::ParseError);
    CHECK(X25519::publicKeyFromPem("garbage").error().code == ErrorCode::ParseError);
}
