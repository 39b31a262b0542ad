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
    QFile header(corpus.filePath(QStringLiteral("seed-header.json")));
    REQUIRE(header.open(QIODevice::ReadOnly));
    CHECK(banks::BankHeader::fromJson(header.readAll()));
}
