// Damaged and forged banks: every header field, bit flips across a whole file, truncation, and
// content a publisher should never have signed. Each is refused at the right check, never opened.
#include "bankfixture.h"
#include "banks/bankformat.h"
#include "banks/keyslots.h"
#include "crypto/aes256gcm.h"
#include "crypto/random.h"
#include "testsupport.h"
#include "json/canonicaljson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

using namespace exam;
using namespace exam::banks;
using exam::test::BankFixture;

namespace {

QByteArray withHeader(QByteArrayView file, const QByteArray& header)
{
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    return BankReader::assembleUnsigned(header, parts->ciphertext) + parts->signature.toByteArray();
}

QByteArray resigned(QByteArrayView file)
{
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    auto signedFile =
        bankcompiler::BankWriter::sign(parts->signedBytes, BankFixture::instance().publisher().privateKey);
    REQUIRE(signedFile);
    return *signedFile;
}

QJsonObject headerObject(QByteArrayView file)
{
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    return QJsonDocument::fromJson(parts->header.toByteArray()).object();
}

QByteArray canonical(const QJsonObject& object)
{
    auto bytes = CanonicalJson::serialize(object);
    REQUIRE(bytes);
    return *bytes;
}

struct Mutation
{
    const char* name;
    std::function<void(QJsonObject&)> apply;
    BankCheck checkWhenResigned;
};

QJsonObject& firstSlot(QJsonObject& header, QJsonObject& scratch)
{
    scratch = header.value(QStringLiteral("keySlots")).toArray().first().toObject();
    return scratch;
}

void setSlotField(QJsonObject& header, const QString& key, const QJsonValue& value)
{
    QJsonArray slotList = header.value(QStringLiteral("keySlots")).toArray();
    QJsonObject slot = slotList.first().toObject();
    slot.insert(key, value);
    slotList[0] = slot;
    header.insert(QStringLiteral("keySlots"), slotList);
}

QString flippedBase64(const QJsonValue& value)
{
    QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    bytes[0] = char(bytes[0] ^ 0x01);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

TEST_CASE("Tampering: every header field mutated is refused, signed or not", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = fixture.buildForCenter();
    const QJsonObject original = headerObject(file);
    const auto set = [](const char* key, QJsonValue value) {
        return [key, value](QJsonObject& header) { header.insert(QLatin1String(key), value); };
    };
    const auto slotSet = [](const char* key, QJsonValue value) {
        return [key, value](QJsonObject& header) { setSlotField(header, QLatin1String(key), value); };
    };
    const auto slotFlip = [](const char* key) {
        return [key](QJsonObject& header) {
            QJsonObject scratch;
            setSlotField(header, QLatin1String(key),
                         flippedBase64(firstSlot(header, scratch).value(QLatin1String(key))));
        };
    };
    const QList<Mutation> mutations = {
        {"bankId changed", set("bankId", QStringLiteral("test.other.en")), BankCheck::KeySlot},
        {"bankId invalid", set("bankId", QStringLiteral("Not An Id")), BankCheck::Header},
        {"bankVersion raised", set("bankVersion", 4), BankCheck::KeySlot},
        {"bankVersion zero", set("bankVersion", 0), BankCheck::Header},
        {"bankVersion text", set("bankVersion", QStringLiteral("3")), BankCheck::Header},
        {"moduleCode changed", set("moduleCode", QStringLiteral("CPT-SAF")), BankCheck::Decrypt},
        {"title changed", set("title", QStringLiteral("Another title")), BankCheck::Decrypt},
        {"title too long", set("title", QString(500, u'x')), BankCheck::Header},
        {"language changed", set("language", QStringLiteral("es")), BankCheck::Decrypt},
        {"language invalid", set("language", QStringLiteral("english")), BankCheck::Header},
        {"itemCount changed", set("itemCount", 12), BankCheck::Decrypt},
        {"itemCount over the limit", set("itemCount", format::MaxItems + 1), BankCheck::Header},
        {"created changed", set("created", QStringLiteral("2020-01-01T00:00:00Z")), BankCheck::Decrypt},
        {"created invalid", set("created", QStringLiteral("yesterday")), BankCheck::Header},
        {"publisherName changed", set("publisherName", QStringLiteral("Someone")), BankCheck::Decrypt},
        {"publisherKeyId changed", set("publisherKeyId", QStringLiteral("0000000000000000")), BankCheck::Signature},
        {"publisherKeyId invalid", set("publisherKeyId", QStringLiteral("XYZ")), BankCheck::Header},
        {"payloadNonce changed",
         [](QJsonObject& h) {
             h.insert(QStringLiteral("payloadNonce"), flippedBase64(h.value(QStringLiteral("payloadNonce"))));
         },
         BankCheck::Decrypt},
        {"payloadNonce short", set("payloadNonce", QStringLiteral("AAAA")), BankCheck::Header},
        {"unlock all without a code slot", set("unlock", QStringLiteral("all")), BankCheck::Header},
        {"unlock unknown", set("unlock", QStringLiteral("none")), BankCheck::Header},
        {"keySlots empty", set("keySlots", QJsonArray()), BankCheck::Header},
        {"keySlots not a list", set("keySlots", QStringLiteral("x")), BankCheck::Header},
        {"slot type unknown", slotSet("type", QStringLiteral("password")), BankCheck::Header},
        {"slot centerKeyId changed", slotSet("centerKeyId", QStringLiteral("0123456789abcdef")), BankCheck::KeySlot},
        {"slot ephemeralKey changed", slotFlip("ephemeralKey"), BankCheck::KeySlot},
        {"slot nonce changed", slotFlip("nonce"), BankCheck::KeySlot},
        {"slot wrappedKey changed", slotFlip("wrappedKey"), BankCheck::KeySlot},
        {"slot wrappedKey truncated", slotSet("wrappedKey", QStringLiteral("AAAA")), BankCheck::Header},
        {"slot extra field", slotSet("note", QStringLiteral("hi")), BankCheck::Header},
        {"unknown top-level field", set("comment", QStringLiteral("hi")), BankCheck::Header},
        {"field removed", [](QJsonObject& h) { h.remove(QStringLiteral("title")); }, BankCheck::Header},
    };
    // Every field of the header (and of its slot) is exercised by at least one mutation.
    QSet<QString> covered;
    for (const Mutation& mutation : mutations)
        covered.insert(QString::fromLatin1(mutation.name).section(u' ', 0, 0));
    for (const QString& key : original.keys())
        CHECK(covered.contains(key));

    for (const Mutation& mutation : mutations) {
        INFO(mutation.name);
        QJsonObject header = original;
        mutation.apply(header);
        const QByteArray tampered = withHeader(file, canonical(header));

        auto unsignedResult = BankReader::open(tampered, fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(unsignedResult);
        const BankCheck expectedUnsigned =
            mutation.checkWhenResigned == BankCheck::Header ? BankCheck::Header : BankCheck::Signature;
        CHECK(unsignedResult.error().check == expectedUnsigned);

        auto signedResult = BankReader::open(resigned(tampered), fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(signedResult);
        CHECK(signedResult.error().check == mutation.checkWhenResigned);
        CHECK_FALSE(signedResult.error().error.message.isEmpty());
    }
}

TEST_CASE("Tampering: every field of a release-code slot mutated is refused", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    const QByteArray file = fixture.buildWithReleaseCode(*code, UnlockPolicy::Any);
    const QJsonObject original = headerObject(file);
    REQUIRE(original.value(QStringLiteral("keySlots")).toArray().first().toObject().value(QStringLiteral("type"))
            == QStringLiteral("release-code"));
    const QList<std::pair<const char*, std::pair<QJsonValue, BankCheck>>> mutations{
        {"salt", {QJsonValue(), BankCheck::KeySlot}}, // flipped below
        {"nonce", {QJsonValue(), BankCheck::KeySlot}},
        {"wrappedKey", {QJsonValue(), BankCheck::KeySlot}},
        {"scryptN", {QJsonValue(2048), BankCheck::KeySlot}},
        {"scryptR", {QJsonValue(4), BankCheck::KeySlot}},
        {"scryptP", {QJsonValue(2), BankCheck::KeySlot}},
        {"scryptN", {QJsonValue(1000), BankCheck::Header}}, // not a power of two
        {"salt", {QJsonValue(QStringLiteral("AAAA")), BankCheck::Header}},
        {"type", {QJsonValue(QStringLiteral("center")), BankCheck::Header}},
    };
    for (const auto& [field, change] : mutations) {
        INFO(field);
        QJsonObject header = original;
        QJsonObject scratch;
        const QJsonValue value = change.first.isUndefined() || change.first.isNull()
                                     ? QJsonValue(flippedBase64(firstSlot(header, scratch).value(QLatin1String(field))))
                                     : change.first;
        setSlotField(header, QLatin1String(field), value);
        auto result =
            BankReader::open(resigned(withHeader(file, canonical(header))), fixture.trusted(), BankKeys{{}, *code});
        REQUIRE_FALSE(result);
        CHECK(result.error().check == change.second);
    }
}

TEST_CASE("Tampering: scrypt cost above the caps is refused before any derivation", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    auto code = ReleaseCode::generate();
    REQUIRE(code);
    const QByteArray file = fixture.buildWithReleaseCode(*code, UnlockPolicy::Any);
    QJsonObject header = headerObject(file);
    setSlotField(header, QStringLiteral("scryptN"), double(1ull << 30));
    const QByteArray hostile = resigned(withHeader(file, canonical(header)));

    QElapsedTimer timer;
    timer.start();
    auto result = BankReader::open(hostile, fixture.trusted(), BankKeys{{}, *code});
    const qint64 elapsed = timer.elapsed();
    REQUIRE_FALSE(result);
    CHECK(result.error().check == BankCheck::Header);
    CHECK(result.error().error.code == ErrorCode::LimitExceeded);
    CHECK(elapsed < 1000); // 2^30 would take minutes and 1 TiB: refused, not attempted
}

TEST_CASE("Tampering: bit flips across the whole file are all refused", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = fixture.buildForCenter();
    const auto parts = BankReader::split(file);
    REQUIRE(parts);
    const qsizetype headerEnd = parts->associatedData.size();
    const qsizetype ciphertextStart = headerEnd + format::CiphertextLengthSize;
    const qsizetype signatureStart = file.size() - format::SignatureSize;

    // Every byte of the prefix and header, then evenly spread positions over the rest: at least 2,000.
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < ciphertextStart + 16; ++i)
        positions.append(i);
    const qsizetype step = std::max<qsizetype>(1, (file.size() - positions.size()) / 2000);
    for (qsizetype i = ciphertextStart + 16; i < file.size(); i += step)
        positions.append(i);
    for (qsizetype i = signatureStart; i < file.size(); ++i)
        positions.append(i);
    REQUIRE(positions.size() >= 2000);

    QMap<BankCheck, int> byCheck;
    for (const qsizetype position : positions) {
        QByteArray damaged = file;
        damaged[position] = char(damaged[position] ^ (1 << (position % 8)));
        auto result = BankReader::open(damaged, fixture.trusted(), fixture.centerKeys());
        INFO("flipped byte " << position << " of " << file.size());
        REQUIRE_FALSE(result);
        const BankCheck check = result.error().check;
        ++byCheck[check];
        if (position < format::MagicSize)
            CHECK(check == BankCheck::Magic);
        else if (position < format::MagicSize + 2) // the version: an unknown one, or an older one the signature refuses
            CHECK((check == BankCheck::Header || check == BankCheck::Signature));
        else if (position < format::PrefixSize)
            CHECK((check == BankCheck::Header || check == BankCheck::FileSize));
        else if (position < headerEnd)
            CHECK((check == BankCheck::Header || check == BankCheck::Signature));
        else if (position < ciphertextStart)
            CHECK(check == BankCheck::Header);
        else
            CHECK(check == BankCheck::Signature);
    }
    CHECK(byCheck.value(BankCheck::Signature) > 1000);
    CHECK(byCheck.value(BankCheck::Header) > 10);
}

TEST_CASE("Tampering: truncation at every KiB and extra bytes are refused", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray file = fixture.buildForCenter();
    int tried = 0;
    for (qsizetype length = 0; length < file.size(); length += 1024) {
        for (const qsizetype cut : {length, length + 1, length + 1023}) {
            if (cut >= file.size())
                continue;
            auto result = BankReader::open(QByteArrayView(file).first(cut), fixture.trusted(), fixture.centerKeys());
            INFO("truncated to " << cut << " of " << file.size());
            REQUIRE_FALSE(result);
            CHECK((result.error().check == BankCheck::FileSize || result.error().check == BankCheck::Header));
            ++tried;
        }
    }
    CHECK(tried > 150);
    auto lastByte = BankReader::open(QByteArrayView(file).chopped(1), fixture.trusted(), fixture.centerKeys());
    REQUIRE_FALSE(lastByte);
    CHECK(lastByte.error().error.message.contains(QStringLiteral("cut off")));
    auto extra = BankReader::open(QByteArray(file + "x"), fixture.trusted(), fixture.centerKeys());
    REQUIRE_FALSE(extra);
    CHECK(extra.error().check == BankCheck::Header);
}

// A publisher's own mistakes: signed and decryptable, but the content is wrong. The reader still
// refuses at the content check. Built by hand with the same primitives the writer uses.
TEST_CASE("Tampering: signed content that is not a valid bank is refused at the content check", "[banks][tamper]")
{
    const BankFixture& fixture = BankFixture::instance();
    const QByteArray genuine = fixture.buildForCenter();
    const auto craft = [&](const QByteArray& payload) {
        BankHeader header = *BankReader::readHeader(genuine);
        auto key = crypto::Random::secret(format::ContentKeySize);
        REQUIRE(key);
        auto slot = KeySlots::sealForCenter(key->view(), fixture.center().publicKey,
                                            format::slotAssociatedData(header.bankId, header.bankVersion));
        REQUIRE(slot);
        header.keySlots = {*slot};
        const QByteArray headerBytes = header.toCanonicalJson();
        const QByteArray ad =
            BankReader::assembleUnsigned(headerBytes, {}).first(format::PrefixSize + headerBytes.size());
        auto ciphertext = crypto::Aes256Gcm::seal(key->view(), header.payloadNonce, payload, ad);
        REQUIRE(ciphertext);
        auto file = bankcompiler::BankWriter::sign(BankReader::assembleUnsigned(headerBytes, *ciphertext),
                                                   fixture.publisher().privateKey);
        REQUIRE(file);
        return *file;
    };
    const auto refusedContent = [&](const QByteArray& payload) {
        auto result = BankReader::open(craft(payload), fixture.trusted(), fixture.centerKeys());
        REQUIRE_FALSE(result);
        CHECK(result.error().check == BankCheck::Payload);
        return result.error().error.message;
    };
    const QByteArray valid = BankPayload::serialize(fixture.content());
    REQUIRE(BankReader::open(craft(valid), fixture.trusted(), fixture.centerKeys())); // the crafting itself is sound

    // The payload's parts (FORMAT.md): the JSON's length, the JSON, the pictures' bytes.
    const quint32 jsonLength = qFromBigEndian<quint32>(valid.constData());
    const QByteArray validJson = valid.mid(format::PayloadJsonLengthSize, jsonLength);
    const QByteArray pictures = valid.mid(format::PayloadJsonLengthSize + jsonLength);
    REQUIRE_FALSE(pictures.isEmpty()); // the fixture has pictures, so the media section is exercised
    const auto framed = [&](const QByteArray& json) { return BankPayload::frame(json, pictures); };

    CHECK(refusedContent(framed("not json")).contains(QStringLiteral("not a JSON object")));
    CHECK(refusedContent(framed("[]")).contains(QStringLiteral("not a JSON object")));
    CHECK(refusedContent("ab").contains(QStringLiteral("shorter than its own length field")));
    QByteArray tooLong = valid;
    qToBigEndian<quint32>(quint32(valid.size()), tooLong.data());
    CHECK(refusedContent(tooLong).contains(QStringLiteral("more than there is")));
    CHECK(refusedContent(BankPayload::frame(validJson, pictures.chopped(1)))
              .contains(QStringLiteral("runs past the end")));
    CHECK(refusedContent(BankPayload::frame(validJson, QByteArray(pictures + "x")))
              .contains(QStringLiteral("1 bytes after its last picture")));
    QJsonObject json = QJsonDocument::fromJson(validJson).object();
    QJsonObject wrongId = json;
    wrongId.insert(QStringLiteral("bankId"), QStringLiteral("test.other.en"));
    CHECK(
        refusedContent(framed(QJsonDocument(wrongId).toJson())).contains(QStringLiteral("does not match its header")));
    QJsonObject noKey = json;
    QJsonArray items = noKey.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.first().toObject();
    first.insert(QStringLiteral("key"), 4);
    items[0] = first;
    noKey.insert(QStringLiteral("items"), items);
    CHECK(refusedContent(framed(QJsonDocument(noKey).toJson())).contains(QStringLiteral("no key among its options")));
    QJsonObject extra = json;
    extra.insert(QStringLiteral("script"), QStringLiteral("x"));
    CHECK(refusedContent(framed(QJsonDocument(extra).toJson()))
              .contains(QStringLiteral("“script” is not part of the format")));
    // A version 2 payload with its pictures in base64 inside the JSON, as version 1 had them: refused.
    QJsonObject oldStyle = json;
    QJsonArray media = oldStyle.value(QStringLiteral("media")).toArray();
    QJsonObject picture = media.first().toObject();
    picture.remove(QStringLiteral("size"));
    picture.insert(QStringLiteral("data"), QString::fromLatin1(pictures.toBase64()));
    media[0] = picture;
    oldStyle.insert(QStringLiteral("media"), media);
    CHECK_FALSE(refusedContent(BankPayload::frame(QJsonDocument(oldStyle).toJson(), {})).isEmpty());
}
