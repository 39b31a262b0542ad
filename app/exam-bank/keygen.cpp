// exam-bank keygen: a publisher's signing key pair or a centre's key pair.

#include "bankcommand.h"

#include "crypto/ed25519.h"
#include "crypto/keyfiles.h"
#include "crypto/keyid.h"
#include "crypto/x25519.h"

namespace exambank {

namespace {

using exam::crypto::KeyFiles;

class Keygen : public exam::cli::Command
{
public:
    Keygen()
        : Command(QStringLiteral("keygen"), tr("publisher|center -o NAME"),
                  tr("make a key pair: NAME.key (secret, 0600) and NAME.pub"),
                  tr("Make a key pair. “publisher” makes the Ed25519 key that signs banks (keep NAME.key offline; "
                     "stations trust NAME.pub). “center” makes a center's X25519 key (stations of the center hold "
                     "NAME.key; publishers issue banks to NAME.pub)."))
    {
        addOption(m_output);
        addPositional(QStringLiteral("kind"), tr("publisher or center"));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        if (auto missing = require(m_output))
            return *missing;
        const QString kind = positional(0);
        if (kind != u"publisher" && kind != u"center")
            return usageError(tr("the kind is “publisher” or “center”, not “%1”.").arg(kind));
        const bool publisher = kind == u"publisher";
        exam::crypto::SecretBytes privateKey;
        QByteArray publicKey;
        if (publisher) {
            auto pair = exam::crypto::Ed25519::generate();
            if (!pair)
                return fail(InternalFailure, pair.error().message);
            privateKey = std::move(pair->privateKey);
            publicKey = pair->publicKey;
        } else {
            auto pair = exam::crypto::X25519::generate();
            if (!pair)
                return fail(InternalFailure, pair.error().message);
            privateKey = std::move(pair->privateKey);
            publicKey = pair->publicKey;
        }
        const QString base = value(m_output);
        const auto algorithm = publisher ? KeyFiles::Algorithm::Ed25519 : KeyFiles::Algorithm::X25519;
        if (auto written = KeyFiles::writeKeyPair(base, algorithm, privateKey, publicKey); !written)
            return fail(OutputFailed, written.error().message);
        out(tr("Wrote %1.key (secret) and %1.pub; key id %2.").arg(base, exam::crypto::keyIdOf(publicKey)));
        return Ok;
    }

    const QCommandLineOption m_output{
        {QStringLiteral("o"), QStringLiteral("output")}, tr("Write NAME.key and NAME.pub."), QStringLiteral("NAME")};
};

} // namespace

void addKeygenCommand(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Keygen>());
}

} // namespace exambank
