#include "crypto/ed25519.h"
#include "crypto/x25519.h"
#include "testsupport.h"

using namespace exam;
using namespace exam::crypto;
using exam::test::hex;

TEST_CASE("Ed25519 reproduces RFC 8032's test vectors", "[crypto][ed25519]")
{
    const QJsonArray cases = test::loadJson(QStringLiteral("rfc/rfc8032_ed25519.json")).array();
    REQUIRE(cases.size() == 3);
    for (const auto& value : cases) {
        const QJsonObject c = value.toObject();
        INFO(c[QLatin1String("name")].toString().toStdString());
        const QByteArray secret = hex(c[QLatin1String("secret")].toString());
        const QByteArray publicKey = hex(c[QLatin1String("public")].toString());
        const QByteArray message = hex(c[QLatin1String("message")].toString());
        const QByteArray signature = hex(c[QLatin1String("signature")].toString());

        CHECK(*Ed25519::publicKeyOf(secret) == publicKey);
        CHECK(*Ed25519::sign(secret, message) == signature);
        CHECK(Ed25519::verify(publicKey, message, signature));
    }
}

TEST_CASE("Ed25519 verification agrees with every Wycheproof case", "[crypto][ed25519]")
{
    const QJsonObject suite = test::loadJson(QStringLiteral("wycheproof/ed25519_test.json")).object();
    int checked = 0;
    for (const auto& groupValue : suite[QLatin1String("testGroups")].toArray()) {
        const QJsonObject group = groupValue.toObject();
        const QByteArray publicKey = hex(group[QLatin1String("publicKey")].toObject()[QLatin1String("pk")].toString());
        for (const auto& testValue : group[QLatin1String("tests")].toArray()) {
            const QJsonObject t = testValue.toObject();
            INFO("tcId " << t[QLatin1String("tcId")].toInt() << " "
                         << t[QLatin1String("comment")].toString().toStdString());
            auto verdict = Ed25519::verify(publicKey, hex(t[QLatin1String("msg")].toString()),
                                           hex(t[QLatin1String("sig")].toString()));
            CHECK(bool(verdict) == (t[QLatin1String("result")].toString() == QLatin1String("valid")));
            ++checked;
        }
    }
    CHECK(checked == suite[QLatin1String("numberOfTests")].toInt());
}

TEST_CASE("Ed25519 rejects altered messages, signatures and keys", "[crypto][ed25519]")
{
    auto pair = Ed25519::generate();
    REQUIRE(pair);
    REQUIRE(pair->publicKey.size() == Ed25519::PublicKeySize);
    const QByteArray message("{\"result\":\"pass\",\"score\":81}");
    const QByteArray signature = *Ed25519::sign(pair->privateKey.view(), message);
    REQUIRE(Ed25519::verify(pair->publicKey, message, signature));

    SECTION("any changed byte of the message")
    {
        for (qsizetype i = 0; i < message.size(); ++i) {
            QByteArray altered = message;
            altered[i] = char(altered[i] ^ 0x20);
            auto verdict = Ed25519::verify(pair->publicKey, altered, signature);
            REQUIRE_FALSE(verdict);
            REQUIRE(verdict.error().code == ErrorCode::AuthenticationFailed);
        }
    }
    SECTION("any flipped bit of the signature, and a truncated one")
    {
        for (qsizetype bit = 0; bit < signature.size() * 8; ++bit) {
            QByteArray altered = signature;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            REQUIRE_FALSE(Ed25519::verify(pair->publicKey, message, altered));
        }
        CHECK_FALSE(Ed25519::verify(pair->publicKey, message, signature.first(63)));
        CHECK_FALSE(Ed25519::verify(pair->publicKey, message, {}));
    }
    SECTION("someone else's key")
    {
        auto other = Ed25519::generate();
        REQUIRE(other);
        CHECK_FALSE(Ed25519::verify(other->publicKey, message, signature));
    }
    SECTION("malformed keys are argument errors")
    {
        CHECK(Ed25519::verify(QByteArray(31, 'k'), message, signature).error().code == ErrorCode::InvalidArgument);
        CHECK(Ed25519::sign(QByteArray(31, 'k'), message).error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("Ed25519 public keys round-trip through PEM", "[crypto][ed25519]")
{
    const QByteArray publicKey =
        hex(QStringLiteral("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    auto pem = Ed25519::publicKeyToPem(publicKey);
    REQUIRE(pem);
    CHECK(pem->startsWith("-----BEGIN PUBLIC KEY-----"));
    CHECK(*Ed25519::publicKeyFromPem(*pem) == publicKey);
    CHECK(Ed25519::publicKeyFromPem("not a key").error().code == ErrorCode::ParseError);
    QByteArray damaged = *pem;
    damaged[40] = damaged[40] == 'A' ? 'B' : 'A';
    CHECK_FALSE(Ed25519::publicKeyFromPem(damaged).value_or(QByteArray()) == publicKey);
}

TEST_CASE("Ed25519 private keys round-trip through PKCS#8 PEM", "[crypto][ed25519]")
{
    // RFC 8410, section 10.3: an Ed25519 private key in PKCS#8.
    const QByteArray rfcPem = "-----BEGIN PRIVATE KEY-----\n"
                              "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
                              "-----END PRIVATE KEY-----\n";
    auto seed = Ed25519::privateKeyFromPem(rfcPem);
    REQUIRE(seed);
    CHECK(seed->view() == hex(QStringLiteral("d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842")));

    auto pem = Ed25519::privateKeyToPem(seed->view());
    REQUIRE(pem);
    CHECK(pem->view() == QByteArrayView(rfcPem));

    SECTION("other keys and text are refused")
    {
        auto x = X25519::generate();
        REQUIRE(x);
        auto xPem = X25519::privateKeyToPem(x->privateKey.view());
        REQUIRE(xPem);
        CHECK(Ed25519::privateKeyFromPem(xPem->view()).error().code == ErrorCode::ParseError);
        CHECK(Ed25519::privateKeyFromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n").error().code
              == ErrorCode::ParseError);
        CHECK(Ed25519::privateKeyFromPem(QByteArray(5000, 'A')).error().code == ErrorCode::ParseError);
        // A public key file is not a private key.
        auto publicPem = Ed25519::publicKeyToPem(*Ed25519::publicKeyOf(seed->view()));
        CHECK(Ed25519::privateKeyFromPem(*publicPem).error().code == ErrorCode::ParseError);
    }
}

namespace {

QByteArray pemOf(const char* label, const QByteArray& der, const QByteArray& headers = {})
{
    return QByteArray("-----BEGIN ") + label + "-----\n" + headers + der.toBase64() + "\n-----END " + label + "-----\n";
}

} // namespace

TEST_CASE("Ed25519 key files read only in RFC 8410's forms", "[crypto][ed25519]")
{
    const QByteArray seed = hex(QStringLiteral("d4ee72dbf913584ad5b6d8f1f769f8ad3afe7c28cbf1d4fbe097a88f44755842"));
    const QByteArray privateDer = hex(QStringLiteral("302e020100300506032b657004220420")) + seed;
    const QByteArray publicKey = *Ed25519::publicKeyOf(seed);
    const QByteArray publicDer = hex(QStringLiteral("302a300506032b6570032100")) + publicKey;
    REQUIRE(Ed25519::privateKeyFromPem(pemOf("PRIVATE KEY", privateDer))->view() == seed);
    REQUIRE(*Ed25519::publicKeyFromPem(pemOf("PUBLIC KEY", publicDer)) == publicKey);

    // Each is refused with the same error, whichever reader looks at it.
    const auto refusedPrivate = [](const QByteArray& pem) {
        auto key = Ed25519::privateKeyFromPem(pem);
        return !key && key.error().code == ErrorCode::ParseError;
    };
    const auto refusedPublic = [](const QByteArray& pem) {
        auto key = Ed25519::publicKeyFromPem(pem);
        return !key && key.error().code == ErrorCode::ParseError;
    };
    CHECK(refusedPrivate(pemOf("PRIVATE KEY", privateDer.chopped(1)))); // one too few
    CHECK(refusedPrivate(pemOf("PUBLIC KEY", privateDer)));             // the wrong label
    CHECK(refusedPrivate(pemOf("PRIVATE KEY", privateDer,
                               "Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,"
                               "00000000000000000000000000000000\n\n"))); // encrypted
    QByteArray x25519Der = privateDer;
    x25519Der[11] = '\x6e'; // the algorithm: X25519
    CHECK(refusedPrivate(pemOf("PRIVATE KEY", x25519Der)));
    auto x25519 = X25519::privateKeyFromPem(pemOf("PRIVATE KEY", x25519Der));
    CHECK((x25519 && x25519->view() == seed));
    CHECK(refusedPublic(pemOf("PRIVATE KEY", publicDer)));
    CHECK(refusedPublic(pemOf("PUBLIC KEY", privateDer)));
    // RFC 8410's PKCS#8 version 2 example (attributes and the public key in it) goes to OpenSSL's full
    // decoder: 3.0 refuses it, a later one may read it, and neither gives another key.
    auto version2 = Ed25519::privateKeyFromPem("-----BEGIN PRIVATE KEY-----\n"
                                               "MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
                                               "oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB\n"
                                               "Z9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                                               "-----END PRIVATE KEY-----\n");
    CHECK((version2 ? version2->view() == seed : version2.error().code == ErrorCode::ParseError));
}
