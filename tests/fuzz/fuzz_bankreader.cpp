// Fuzz target for everything that parses an outside bank: the file reader with its checks, and the
// header, payload and rich-text parsers behind the signature (which a fuzzer cannot forge, so they
// are fed directly as well). Built with libFuzzer's runtime (exam-fuzz-bankreader) and as a replay
// program that CTest runs over the committed corpus and past crashes.
#include "banks/bankheader.h"
#include "banks/bankreader.h"
#include "banks/richtext.h"
#include "fuzzkeys.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace exam::banks;
    static const QList<PublisherKey> trusted = exam::fuzz::trustedPublishers();
    static const BankKeys keys = exam::fuzz::bankKeys(); // center key and release code: every slot path

    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto bank = BankReader::open(input, trusted, keys))
        (void)BankPayload::serialize(bank->content);
    (void)BankHeader::fromJson(input);
    (void)BankPayload::parse(input);    // the current format
    (void)BankPayload::parse(input, 1); // and the version 1 payload still read

    const QString text = QString::fromUtf8(input);
    if (RichText::validate(text, RichText::Context::Stem)) {
        (void)RichText::toHtml(text);
        (void)RichText::toPlainText(text);
    }
    (void)RichText::validate(text, RichText::Context::Option);
    (void)ReleaseCode::parse(text);
    return 0;
}
