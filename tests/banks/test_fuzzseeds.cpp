// The fuzz corpus starts deep only if its seed banks pass every check; this keeps them honest when
// the format changes (rebuild them with the keys of tests/fuzz/fuzzkeys.h, see tests/fuzz/corpus).
#include "../fuzz/fuzzkeys.h"
#include "testsupport.h"

#include <QFile>

#include <QDir>

using namespace exam;

TEST_CASE("Fuzz seed banks open with the fuzz keys", "[banks][fuzz]")
{
    const QDir corpus(test::sourcePath(QStringLiteral("tests/fuzz/corpus/bankreader")));
    const banks::BankKeys keys{crypto::SecretBytes::copyOf(fuzz::centerPrivateKey()), std::nullopt};
    auto bank = banks::BankReader::readFile(corpus.filePath(QStringLiteral("seed-center.exambank")));
    REQUIRE(bank);
    auto opened = banks::BankReader::open(*bank, fuzz::trustedPublishers(), keys);
    INFO((opened ? QString() : opened.error().describe(QStringLiteral("seed"))).toStdString());
    CHECK(opened);
    // The seed that needs the center key and the release code together.
    auto both = banks::BankReader::readFile(corpus.filePath(QStringLiteral("seed-center-and-code.exambank")));
    REQUIRE(both);
    auto bothOpened = banks::BankReader::open(*both, fuzz::trustedPublishers(), fuzz::bankKeys());
    INFO((bothOpened ? QString() : bothOpened.error().describe(QStringLiteral("seed"))).toStdString());
    CHECK(bothOpened);
    QFile payload(corpus.filePath(QStringLiteral("seed-payload.json")));
    REQUIRE(payload.open(QIODevice::ReadOnly));
    CHECK(banks::BankPayload::parse(payload.readAll(), 1)); // a version 1 payload: JSON alone, media in base64
    // Format version 2 seeds (tests/fuzz/corpus/README.md): the bank files and a payload with pictures.
    for (const QString& name :
         {QStringLiteral("seed-v2-center.exambank"), QStringLiteral("seed-v2-center-and-code.exambank")}) {
        auto v2 = banks::BankReader::readFile(corpus.filePath(name));
        REQUIRE(v2);
        auto v2Opened = banks::BankReader::open(*v2, fuzz::trustedPublishers(), fuzz::bankKeys());
        INFO(name.toStdString() << ": " << (v2Opened ? QString() : v2Opened.error().describe(name)).toStdString());
        CHECK(v2Opened);
        CHECK(v2->at(banks::format::MagicSize + 1) == char(2));
    }
    QFile v2Payload(corpus.filePath(QStringLiteral("seed-v2-payload.bin")));
    REQUIRE(v2Payload.open(QIODevice::ReadOnly));
    auto parsedV2 = banks::BankPayload::parse(v2Payload.readAll(), 2);
    INFO((parsedV2 ? QString() : parsedV2.error().message).toStdString());
    CHECK(parsedV2);
    QFile header(corpus.filePath(QStringLiteral("seed-header.json")));
    REQUIRE(header.open(QIODevice::ReadOnly));
    CHECK(banks::BankHeader::fromJson(header.readAll()));
}
