// Reading banks: the round trip, the key slots, and each refusal with its own check and message.
#include "bankfixture.h"
#include "banks/bankformat.h"
#include "banks/keyslots.h"
#include "banks/richtext.h"
#include "crypto/aes256gcm.h"
#include "crypto/keyid.h"
#include "crypto/random.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace exam;
using namespace exam::banks;
using exam::test::BankFixture;

namespace {

BankError refusal(const BankResult<OpenedBank>& result)
{
    REQUIRE_FALSE(result);
    return result.error();
}

} // namespace

TEST_CASE("Bank round trip: source to bank to items equal to the source", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    const BankContent source = fixture.content();
    const QByteArray file = fixture.buildForCenter();

    auto opened = BankReader::open(file, fixture.trusted(), fixture.centerKeys());
    REQUIRE(opened);
    CHECK(opened->content == source);
    CHECK(opened->header.bankId == QStringLiteral("test.sample.en"));
    CHECK(opened->header.bankVersion == 3);
    CHECK(opened->header.itemCount == 13);
    CHECK(opened->header.publisherKeyId == crypto::keyIdOf(fixture.publisher().publicKey));
    CHECK(opened->fileSha256.size() == 32);

    SECTION("the header alone is readable without any key")
    {
        auto header = BankReader::readHeader(file);
        REQUIRE(header);
        CHECK(*header == opened->header);
        CHECK(header->title == QStringLiteral("Sample module for tests"));
        REQUIRE(header->keySlots.size() == 1);
        CHECK(header->keySlots[0].centerKeyId == crypto::keyIdOf(fixture.center().publicKey));
    }
    SECTION("two builds of the same source differ (fresh keys and nonces) and both open")
    {
        const QByteArray again = fixture.buildForCenter();
        CHECK(again != file);
        CHECK(BankReader::open(again, fixture.trusted(), fixture.centerKeys()));
    }
}

TEST_CASE("Bank keys: center slots, release codes and both together", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    auto otherCode = ReleaseCode::generate();
    REQUIRE(otherCode);
    const auto withCode = [](const ReleaseCode& releaseCode, const crypto::SecretBytes* center = nullptr) {
        return BankKeys{center ? crypto::SecretBytes::copyOf(center->view()) : crypto::SecretBytes(), releaseCode};
    };

    SECTION("a bank issued to a center opens only with that center's key")
    {
        const QByteArray file = fixture.buildForCenter();
        const BankError other = refusal(
            BankReader::open(file, fixture.trusted(),
                             BankKeys{crypto::SecretBytes::copyOf(fixture.otherCenter().privateKey.view()), {}}));
        CHECK(other.check == BankCheck::KeySlot);
        CHECK(other.error.code == ErrorCode::KeyNotIssued);
        CHECK(other.error.message.contains(QStringLiteral("was not issued to this center")));

        const BankError none = refusal(BankReader::open(file, fixture.trusted(), BankKeys{}));
        CHECK(none.check == BankCheck::KeySlot);
        CHECK(none.error.code == ErrorCode::KeyRequired);
    }
    SECTION("a release-code bank opens with its code and refuses another")
    {
        const QByteArray file = fixture.buildWithReleaseCode(*code, UnlockPolicy::Any);
        CHECK(BankReader::open(file, fixture.trusted(), withCode(*code)));
        const BankError wrong = refusal(BankReader::open(file, fixture.trusted(), withCode(*otherCode)));
        CHECK(wrong.check == BankCheck::KeySlot);
        CHECK(wrong.error.code == ErrorCode::WrongReleaseCode);
        CHECK(wrong.error.message.contains(QStringLiteral("This release code does not open")));
        const BankError missing = refusal(BankReader::open(file, fixture.trusted(), fixture.centerKeys()));
        CHECK(missing.error.code == ErrorCode::KeyRequired);
        CHECK(missing.error.message.contains(QStringLiteral("release code")));
    }
    SECTION("a bank that needs both opens only with both")
    {
        const QByteArray file = fixture.buildWithReleaseCode(*code, UnlockPolicy::All);
        const crypto::SecretBytes& center = fixture.center().privateKey;
        CHECK(BankReader::open(file, fixture.trusted(), withCode(*code, &center)));
        CHECK(refusal(BankReader::open(file, fixture.trusted(), withCode(*code))).error.code == ErrorCode::KeyRequired);
        CHECK(refusal(BankReader::open(file, fixture.trusted(), fixture.centerKeys())).error.code
              == ErrorCode::KeyRequired);
        CHECK(refusal(BankReader::open(file, fixture.trusted(), withCode(*otherCode, &center))).error.code
              == ErrorCode::WrongReleaseCode);
        const crypto::SecretBytes& other = fixture.otherCenter().privateKey;
        CHECK(refusal(BankReader::open(file, fixture.trusted(), withCode(*code, &other))).error.code
              == ErrorCode::KeyNotIssued);
    }
    SECTION("a bank for several centers opens at each")
    {
        bankcompiler::BankRecipients recipients;
        recipients.centerPublicKeys = {fixture.otherCenter().publicKey, fixture.center().publicKey};
        const QByteArray file = fixture.build(fixture.content(), recipients);
        CHECK(BankReader::open(file, fixture.trusted(), fixture.centerKeys()));
        CHECK(BankReader::open(file, fixture.trusted(),
                               BankKeys{crypto::SecretBytes::copyOf(fixture.otherCenter().privateKey.view()), {}}));
    }
}

TEST_CASE("Bank signatures: only trusted publishers are accepted", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = fixture.buildForCenter();

    SECTION("no trusted keys at all")
    {
        const BankError error = refusal(BankReader::open(file, {}, fixture.centerKeys()));
        CHECK(error.check == BankCheck::Signature);
        CHECK(error.error.code == ErrorCode::UntrustedSigner);
        CHECK(error.error.message.contains(crypto::keyIdOf(fixture.publisher().publicKey)));
    }
    SECTION("a bank re-signed by an untrusted key, claiming the trusted key's id")
    {
        auto impostor = crypto::Ed25519::generate();
        REQUIRE(impostor);
        auto parts = BankReader::split(file);
        REQUIRE(parts);
        auto resigned = bankcompiler::BankWriter::sign(parts->signedBytes, impostor->privateKey);
        REQUIRE(resigned);
        const BankError error = refusal(BankReader::open(*resigned, fixture.trusted(), fixture.centerKeys()));
        CHECK(error.check == BankCheck::Signature);
        CHECK(error.error.code == ErrorCode::AuthenticationFailed);
        CHECK(error.describe(QStringLiteral("bank.exambank"))
                  .startsWith(QStringLiteral("bank.exambank: the publisher signature check failed.")));
    }
    SECTION("a bank signed by another publisher that the station does not trust")
    {
        auto stranger = crypto::Ed25519::generate();
        REQUIRE(stranger);
        bankcompiler::BankRecipients recipients;
        recipients.centerPublicKeys = {fixture.center().publicKey};
        auto other = bankcompiler::BankWriter::write(
            fixture.content(), recipients,
            bankcompiler::PublisherIdentity{QStringLiteral("Someone else"), std::move(stranger->privateKey)},
            QDateTime::currentDateTimeUtc());
        REQUIRE(other);
        const BankError error = refusal(BankReader::open(*other, fixture.trusted(), fixture.centerKeys()));
        CHECK(error.error.code == ErrorCode::UntrustedSigner);
        CHECK(error.error.message.contains(QStringLiteral("Someone else")));
    }
}

TEST_CASE("Bank format: unknown versions and oversized parts are refused before any work", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    QByteArray file = fixture.buildForCenter();

    SECTION("a newer format version, and one older than any read")
    {
        REQUIRE(file[format::MagicSize + 1] == char(format::Version));
        file[format::MagicSize + 1] = char(format::Version + 1);
        auto header = BankReader::readHeader(file);
        REQUIRE_FALSE(header);
        CHECK(header.error().check == BankCheck::Header);
        CHECK(header.error().error.code == ErrorCode::UnsupportedVersion);
        CHECK(header.error().error.message.contains(QStringLiteral("format version %1").arg(format::Version + 1)));
        file[format::MagicSize + 1] = 0;
        CHECK(BankReader::readHeader(file).error().error.code == ErrorCode::UnsupportedVersion);
    }
    SECTION("not a bank at all")
    {
        auto header = BankReader::readHeader(QByteArray(4096, 'x'));
        REQUIRE_FALSE(header);
        CHECK(header.error().check == BankCheck::Magic);
    }
    SECTION("too small to be a bank")
    {
        auto header = BankReader::readHeader(QByteArrayView(file).first(format::MinFileSize - 1));
        REQUIRE_FALSE(header);
        CHECK(header.error().check == BankCheck::FileSize);
    }
    SECTION("a header length over the limit")
    {
        file[format::MagicSize + 2] = 0x7f;
        auto header = BankReader::readHeader(file);
        REQUIRE_FALSE(header);
        CHECK(header.error().check == BankCheck::Header);
        CHECK(header.error().error.code == ErrorCode::LimitExceeded);
    }
    SECTION("a file larger than the format allows is refused before it is read")
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.exambank")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(format::MaxFileSize + 1)); // sparse: costs no disk
        big.close();
        auto bytes = BankReader::readFile(big.fileName());
        REQUIRE_FALSE(bytes);
        CHECK(bytes.error().check == BankCheck::FileSize);
        CHECK(bytes.error().error.code == ErrorCode::LimitExceeded);
    }
    SECTION("a missing file")
    {
        auto bytes = BankReader::readFile(QStringLiteral("/nonexistent/bank.exambank"));
        REQUIRE_FALSE(bytes);
        CHECK(bytes.error().check == BankCheck::Read);
        CHECK(bytes.error().error.code == ErrorCode::NotFound);
    }
}

TEST_CASE("Bank writer refuses what nobody could open or what is invalid", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    const bankcompiler::PublisherIdentity identity{QStringLiteral("P"),
                                                   crypto::SecretBytes::copyOf(fixture.publisher().privateKey.view())};
    CHECK(bankcompiler::BankWriter::write(fixture.content(), {}, identity, QDateTime::currentDateTimeUtc()).error().code
          == ErrorCode::InvalidArgument);
    bankcompiler::BankRecipients both;
    both.centerPublicKeys = {fixture.center().publicKey};
    both.unlock = UnlockPolicy::All;
    CHECK_FALSE(bankcompiler::BankWriter::write(fixture.content(), both, identity, QDateTime::currentDateTimeUtc()));
    BankContent broken = fixture.content();
    broken.items.removeLast();
    broken.items.removeLast(); // the pilot items: the blueprint can no longer be met
    bankcompiler::BankRecipients center;
    center.centerPublicKeys = {fixture.center().publicKey};
    auto refused = bankcompiler::BankWriter::write(broken, center, identity, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("blueprint cannot be met")));
}

TEST_CASE("Bank reader: files that are not regular files are refused without reading", "[banks][reader]")
{
    for (const QString& path : {QStringLiteral("/dev/zero"), QStringLiteral("/tmp")}) {
        INFO(path.toStdString());
        auto bytes = BankReader::readFile(path);
        REQUIRE_FALSE(bytes);
        CHECK(bytes.error().check == BankCheck::Read);
        CHECK(bytes.error().error.message.contains(QStringLiteral("not a regular file")));
    }
}

TEST_CASE("Bank reader: with any-slot banks a damaged center slot falls back to the release code", "[banks][reader]")
{
    // Built by hand so that only the center slot is bad (damaged when written, then signed).
    const BankFixture& fixture = BankFixture::instance();
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    BankHeader header = *BankReader::readHeader(fixture.buildForCenter());
    auto key = crypto::Random::secret(format::ContentKeySize);
    REQUIRE(key);
    const QByteArray slotData = format::slotAssociatedData(header.bankId, header.bankVersion);
    auto centerSlot = KeySlots::sealForCenter(key->view(), fixture.center().publicKey, slotData);
    auto codeSlot = KeySlots::sealForReleaseCode(key->view(), *code, BankFixture::fastScrypt(), slotData);
    REQUIRE(centerSlot);
    REQUIRE(codeSlot);
    centerSlot->wrappedKey[3] = char(centerSlot->wrappedKey[3] ^ 0x40);
    header.keySlots = {*centerSlot, *codeSlot};
    const QByteArray headerBytes = header.toCanonicalJson();
    const QByteArray ad = BankReader::assembleUnsigned(headerBytes, {}).first(format::PrefixSize + headerBytes.size());
    auto ciphertext =
        crypto::Aes256Gcm::seal(key->view(), header.payloadNonce, BankPayload::serialize(fixture.content()), ad);
    REQUIRE(ciphertext);
    auto file = bankcompiler::BankWriter::sign(BankReader::assembleUnsigned(headerBytes, *ciphertext),
                                               fixture.publisher().privateKey);
    REQUIRE(file);

    auto centerOnly = BankReader::open(*file, fixture.trusted(), fixture.centerKeys());
    REQUIRE_FALSE(centerOnly);
    CHECK(centerOnly.error().check == BankCheck::KeySlot);
    auto withCode = BankReader::open(*file, fixture.trusted(),
                                     BankKeys{crypto::SecretBytes::copyOf(fixture.center().privateKey.view()), *code});
    REQUIRE(withCode);
    CHECK(withCode->content == fixture.content());
}

TEST_CASE("Bank reader: a header that is not canonical JSON is refused", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = fixture.buildForCenter();
    auto parts = BankReader::split(file);
    REQUIRE(parts);
    // The same members with a space after the opening brace: same meaning, other bytes.
    const QByteArray spaced = "{ " + parts->header.toByteArray().mid(1);
    auto resigned = bankcompiler::BankWriter::sign(BankReader::assembleUnsigned(spaced, parts->ciphertext),
                                                   fixture.publisher().privateKey);
    REQUIRE(resigned);
    auto header = BankReader::readHeader(*resigned);
    REQUIRE_FALSE(header);
    CHECK(header.error().check == BankCheck::Header);
    CHECK(header.error().error.message.contains(QStringLiteral("canonical")));
}

TEST_CASE("Bank writer and reader agree on the header limits", "[banks][reader]")
{
    const BankFixture& fixture = BankFixture::instance();
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {fixture.center().publicKey};
    const auto writeWith = [&](const QString& publisherName, const bankcompiler::BankRecipients& to) {
        return bankcompiler::BankWriter::write(
            fixture.content(), to, {publisherName, crypto::SecretBytes::copyOf(fixture.publisher().privateKey.view())},
            QDateTime::currentDateTimeUtc());
    };
    CHECK_FALSE(writeWith(QString(), recipients));
    CHECK_FALSE(writeWith(QString(201, u'x'), recipients));
    CHECK_FALSE(writeWith(QStringLiteral("Two\nlines"), recipients));
    bankcompiler::BankRecipients many;
    for (int i = 0; i < 65; ++i)
        many.centerPublicKeys.append(crypto::X25519::generate()->publicKey);
    auto tooMany = writeWith(QStringLiteral("P"), many);
    REQUIRE_FALSE(tooMany);
    CHECK(tooMany.error().code == ErrorCode::LimitExceeded);
    many.centerPublicKeys.resize(64);
    auto fits = writeWith(QStringLiteral("P"), many);
    REQUIRE(fits);
    CHECK(BankReader::readHeader(*fits)); // the largest bank the writer makes is one the reader reads

    BankContent longAlt = fixture.content();
    for (Item& item : longAlt.items) {
        ItemBody body = item.body.reveal();
        for (ItemOption& option : body.options)
            if (!option.image.isEmpty())
                option.alt = QString(RichText::MaxAltLength + 1, u'a');
        item.body = Sensitive<ItemBody>(body);
    }
    CHECK_FALSE(validateContent(longAlt).isEmpty());
}

TEST_CASE("Key files: an encrypted private key is refused, never prompted for", "[banks][reader]")
{
    // `openssl genpkey -algorithm X25519 -aes256 -pass pass:x` output.
    const QByteArray encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                                 "MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjmhiqfwtHlbAICCAAw\n"
                                 "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEBi22tBmKzgzvO8ua0UIhaYEQI7t\n"
                                 "EhVa5D//2lIx9MEbqc0pPDBrlNiWbLNi6Ld20RklNqNStlClw/YdsIlYCpBao2Y1\n"
                                 "/8V8205WpPT63vLvmfc=\n"
                                 "-----END ENCRYPTED PRIVATE KEY-----\n";
    auto key = crypto::X25519::privateKeyFromPem(encrypted);
    REQUIRE_FALSE(key);
    CHECK(key.error().code == ErrorCode::ParseError);
}
