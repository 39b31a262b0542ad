// Fuzz target for what the registry's intake and a station parse from outside: the upload body, the
// result record's summary, the intake's receipt (on the station) and the offline bundle (with the
// fixed registry key of deliverykeys.h, so the fuzzer also reaches the records inside a bundle).
#include "crypto/ed25519.h"
#include "crypto/secretbytes.h"
#include "delivery/receipt.h"
#include "delivery/resultbundle.h"
#include "delivery/signedrecord.h"
#include "deliverykeys.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace exam::delivery;
    static const QByteArray receiptKey = *exam::crypto::Ed25519::publicKeyOf(exam::fuzz::intakeReceiptSeed());
    static const QByteArray bundleKey = exam::fuzz::registryBundlePrivateKey();

    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (auto body = SignedRecords::fromUploadBody(input))
        (void)SignedRecords::summarize(body->record);
    (void)SignedRecords::summarize(input);
    if (auto receipt = Receipts::fromResponseBody(input))
        (void)Receipts::verify(*receipt, receiptKey, input, QStringLiteral("00000000-0000-4000-8000-000000000000"));
    if (auto bundle = ResultBundle::open(input, bundleKey))
        for (const SignedRecord& record : bundle->records)
            (void)SignedRecords::summarize(record.record);
    return 0;
}
