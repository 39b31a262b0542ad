#include "crypto/aes256gcm.h"
#include "testsupport.h"

using namespace exam;
using namespace exam::crypto;
using exam::test::hex;

TEST_CASE("AES-256-GCM matches the GCM specification's AES-256 examples", "[crypto][aes]")
{
    const QJsonArray cases = test::loadJson(QStringLiteral("rfc/nist_gcm_aes256.json")).array();
    REQUIRE(cases.size() == 4);
    for (const auto& value : cases) {
        const QJsonObject c = value.toObject();
        INFO(c[QLatin1String("name")].toString().toStdString());
        const QByteArray key = hex(c[QLatin1String("key")].toString());
        const QByteArray iv = hex(c[QLatin1String("iv")].toString());
        const QByteArray aad = hex(c[QLatin1String("aad")].toString());
        const QByteArray plaintext = hex(c[QLatin1String("plaintext")].toString());
        const QByteArray sealed =
            hex(c[QLatin1String("ciphertext")].toString()) + hex(c[QLatin1String("tag")].toString());

        auto encrypted = Aes256Gcm::seal(key, iv, plaintext, aad);
        REQUIRE(encrypted);
        CHECK(*encrypted == sealed);
        auto decrypted = Aes256Gcm::open(key, iv, sealed, aad);
        REQUIRE(decrypted);
        CHECK(decrypted->view() == plaintext);
    }
}

TEST_CASE("AES-256-GCM passes every 256-bit Wycheproof case", "[crypto][aes]")
{
    const QJsonObject suite = test::loadJson(QStringLiteral("wycheproof/aes_gcm_test.json")).object();
    int valid = 0;
    int invalid = 0;
    int unsupported = 0;
    for (const auto& groupValue : suite[QLatin1String("testGroups")].toArray()) {
        const QJsonObject group = groupValue.toObject();
        if (group[QLatin1String("keySize")].toInt() != 256 || group[QLatin1String("tagSize")].toInt() != 128)
            continue;
        for (const auto& testValue : group[QLatin1String("tests")].toArray()) {
            const QJsonObject t = testValue.toObject();
            INFO("tcId " << t[QLatin1String("tcId")].toInt() << " "
                         << t[QLatin1String("comment")].toString().toStdString());
            const QByteArray key = hex(t[QLatin1String("key")].toString());
            const QByteArray iv = hex(t[QLatin1String("iv")].toString());
            const QByteArray aad = hex(t[QLatin1String("aad")].toString());
            const QByteArray msg = hex(t[QLatin1String("msg")].toString());
            const QByteArray sealed = hex(t[QLatin1String("ct")].toString()) + hex(t[QLatin1String("tag")].toString());
            const QString result = t[QLatin1String("result")].toString();

            auto opened = Aes256Gcm::open(key, iv, sealed, aad);
            if (iv.size() > Aes256Gcm::MaxNonceSize) {
                // Valid GCM, but longer than OpenSSL (and we) accept: refused as an argument error.
                ++unsupported;
                REQUIRE_FALSE(opened);
                CHECK(opened.error().code == ErrorCode::InvalidArgument);
            } else if (result == QLatin1String("valid")) {
                ++valid;
                REQUIRE(opened);
                CHECK(opened->view() == msg);
                auto encrypted = Aes256Gcm::seal(key, iv, msg, aad);
                REQUIRE(encrypted);
                CHECK(*encrypted == sealed);
            } else {
                ++invalid;
                REQUIRE_FALSE(opened);
                CHECK((opened.error().code == ErrorCode::AuthenticationFailed
                       || opened.error().code == ErrorCode::InvalidArgument));
            }
        }
    }
    CHECK(valid >= 60);
    CHECK(invalid >= 28);
    CHECK(unsupported <= 2);
}

TEST_CASE("AES-256-GCM refuses altered data and never hands out its plaintext", "[crypto][aes]")
{
    const QByteArray key(32, '\x42');
    const QByteArray nonce(12, '\x07');
    const QByteArray plaintext("The torque for a 3/8-16 grade 8 bolt is ...");
    const QByteArray aad("bank header");
    const QByteArray sealed = *Aes256Gcm::seal(key, nonce, plaintext, aad);
    REQUIRE(sealed.size() == plaintext.size() + Aes256Gcm::TagSize);

    SECTION("every single flipped bit in ciphertext or tag")
    {
        for (qsizetype bit = 0; bit < sealed.size() * 8; ++bit) {
            QByteArray altered = sealed;
            altered[bit / 8] = char(altered[bit / 8] ^ (1 << (bit % 8)));
            auto opened = Aes256Gcm::open(key, nonce, altered, aad);
            REQUIRE_FALSE(opened);
            REQUIRE(opened.error().code == ErrorCode::AuthenticationFailed);
        }
    }
    SECTION("wrong key, wrong nonce, wrong associated data")
    {
        QByteArray otherKey = key;
        otherKey[31] = '\x43';
        CHECK_FALSE(Aes256Gcm::open(otherKey, nonce, sealed, aad));
        CHECK_FALSE(Aes256Gcm::open(key, QByteArray(12, '\x08'), sealed, aad));
        CHECK_FALSE(Aes256Gcm::open(key, nonce, sealed, QByteArray("other header")));
        CHECK_FALSE(Aes256Gcm::open(key, nonce, sealed, {}));
    }
    SECTION("truncated at every length")
    {
        for (qsizetype n = 0; n < sealed.size(); ++n) {
            auto opened = Aes256Gcm::open(key, nonce, sealed.first(n), aad);
            REQUIRE_FALSE(opened);
            REQUIRE(opened.error().code == ErrorCode::AuthenticationFailed);
        }
    }
    SECTION("bad key and nonce sizes are argument errors, not crashes")
    {
        CHECK(Aes256Gcm::seal(QByteArray(16, 'k'), nonce, plaintext, aad).error().code == ErrorCode::InvalidArgument);
        CHECK(Aes256Gcm::open(QByteArray(33, 'k'), nonce, sealed, aad).error().code == ErrorCode::InvalidArgument);
        CHECK(Aes256Gcm::seal(key, {}, plaintext, aad).error().code == ErrorCode::InvalidArgument);
        CHECK(Aes256Gcm::open(key, QByteArray(Aes256Gcm::MaxNonceSize + 1, 'n'), sealed, aad).error().code
              == ErrorCode::InvalidArgument);
    }
    SECTION("the error message says what happened in plain words")
    {
        QByteArray altered = sealed;
        altered[0] = char(altered[0] ^ 1);
        const QString message = Aes256Gcm::open(key, nonce, altered, aad).error().message;
        CHECK(message.contains(QLatin1String("integrity check")));
    }
}

TEST_CASE("AES-256-GCM round-trips empty and large messages", "[crypto][aes]")
{
    const QByteArray key(32, '\x01');
    const QByteArray nonce(12, '\x02');
    for (qsizetype size :
         {qsizetype(0), qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(17), qsizetype(5 << 20)}) {
        const QByteArray plaintext(size, 'x');
        auto sealed = Aes256Gcm::seal(key, nonce, plaintext, {});
        REQUIRE(sealed);
        auto opened = Aes256Gcm::open(key, nonce, *sealed, {});
        REQUIRE(opened);
        CHECK(opened->view() == plaintext);
    }
}
