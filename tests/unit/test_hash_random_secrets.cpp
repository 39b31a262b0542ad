#include "crypto/random.h"
#include "crypto/secretbytes.h"
#include "crypto/sha256.h"
#include "testsupport.h"

#include <QBuffer>
#include <QSet>

#include <type_traits>

using namespace exam;
using namespace exam::crypto;
using exam::test::hex;

TEST_CASE("SHA-256 of the FIPS 180-2 examples, one-shot and streamed", "[crypto][hash]")
{
    CHECK(Sha256::hash("abc")
          == hex(QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    CHECK(Sha256::hash("") == hex(QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")));
    const QByteArray twoBlocks("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    const QByteArray expected = hex(QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    CHECK(Sha256::hash(twoBlocks) == expected);

    Sha256 streamed;
    for (char c : twoBlocks)
        streamed.addData(QByteArrayView(&c, 1));
    CHECK(streamed.result() == expected);

    QByteArray million(1'000'000, 'a');
    QBuffer device(&million);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CHECK(*Sha256::hash(device)
          == hex(QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")));
}

TEST_CASE("Random bytes are fresh every time and requests are bounded", "[crypto][random]")
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        auto bytes = Random::bytes(16);
        REQUIRE(bytes);
        REQUIRE(bytes->size() == 16);
        seen.insert(*bytes);
    }
    CHECK(seen.size() == 1000);
    CHECK(Random::bytes(0)->isEmpty());
    CHECK(Random::bytes(-1).error().code == ErrorCode::InvalidArgument);
    CHECK(Random::secret((1 << 20) + 1).error().code == ErrorCode::InvalidArgument);
    auto secret = Random::secret(32);
    REQUIRE(secret);
    CHECK(secret->size() == 32);
}

TEST_CASE("SecretBytes wipes itself, cannot be copied, and does not print", "[crypto][secrets]")
{
    static_assert(!std::is_copy_constructible_v<SecretBytes>);
    static_assert(!std::is_copy_assignable_v<SecretBytes>);
    static_assert(!std::is_convertible_v<SecretBytes, QByteArray>);

    SecretBytes secret = SecretBytes::copyOf("correct horse battery staple");
    const char* storage = secret.constData();
    REQUIRE(QByteArrayView(storage, secret.size()) == "correct horse battery staple");

    SECTION("wipe() zeroes the buffer it owned")
    {
        // Keep the allocation alive through a moved-to object, then wipe and inspect it.
        SecretBytes holder = std::move(secret);
        CHECK(secret.isEmpty());
        REQUIRE(holder.constData() == storage);
        const qsizetype size = holder.size();
        // Truncate wipes the tail in place: the same buffer, now zero beyond the cut.
        holder.truncate(7);
        CHECK(holder.view() == "correct");
        CHECK(QByteArrayView(storage + 7, size - 7) == QByteArray(size - 7, '\0'));
    }
    SECTION("QDebug shows only the length")
    {
        QString printed;
        QDebug(&printed) << secret;
        CHECK_FALSE(printed.contains(QLatin1String("horse")));
        CHECK(printed.contains(QLatin1String("28 bytes")));
    }
}

TEST_CASE("constantTimeEquals compares contents and lengths", "[crypto][secrets]")
{
    CHECK(constantTimeEquals("abc", "abc"));
    CHECK_FALSE(constantTimeEquals("abc", "abd"));
    CHECK_FALSE(constantTimeEquals("abc", "abcd"));
    CHECK(constantTimeEquals("", ""));
}
