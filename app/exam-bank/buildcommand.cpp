// exam-bank build: an encrypted, signed bank file from an authoring source.

#include "bankcommand.h"

#include "compiler/bankwriter.h"
#include "crypto/kdf.h"
#include "crypto/keyfiles.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace exambank {

namespace {

using exam::crypto::KeyFiles;
namespace banks = exam::banks;
namespace bankcompiler = exam::bankcompiler;

class Build : public exam::cli::Command
{
public:
    Build()
        : Command(QStringLiteral("build"), tr("SOURCE -o FILE ..."),
                  tr("build a bank file from an authoring source folder"),
                  tr("Build an encrypted, signed bank file from an authoring source folder (module.json, items/, "
                     "media/) and any further folders of items/ and media/ (such as generated items). Every problem in "
                     "the source is reported at once; no file is written until there are none."))
    {
        addOptions({m_output, m_publisherKey, m_publisherName, m_center, m_releaseCode, m_newReleaseCode, m_unlock,
                    m_scryptN});
        addPositional(QStringLiteral("source"), tr("the authoring source folder, then any extra folders"));
        setPositionalCount(1, 16);
    }

private:
    int run() override
    {
        for (const QCommandLineOption* option : {&m_output, &m_publisherKey, &m_publisherName})
            if (auto missing = require(*option))
                return *missing;
        bankcompiler::BankRecipients recipients;
        if (auto wrong = readRecipients(recipients))
            return *wrong;
        auto signingKey = KeyFiles::readPrivateKey(value(m_publisherKey), KeyFiles::Algorithm::Ed25519);
        if (!signingKey)
            return fail(InputUnreadable, signingKey.error().message);

        const std::optional<banks::BankContent> content =
            readSource(positional(0), positionals().mid(1),
                       QT_TRANSLATE_NOOP("exam-bank", "%n problem(s) in the source; no bank was written."));
        if (!content)
            return SourceProblems;
        const bankcompiler::PublisherIdentity publisher{value(m_publisherName), std::move(*signingKey)};
        auto bank = bankcompiler::BankWriter::write(*content, recipients, publisher, QDateTime::currentDateTimeUtc());
        if (!bank) {
            switch (bank.error().code) {
            case exam::ErrorCode::LimitExceeded: return fail(SourceProblems, bank.error().message);
            // e.g. a weak center key, a bad publisher name
            case exam::ErrorCode::InvalidArgument: return fail(InputUnreadable, bank.error().message);
            default: return fail(InternalFailure, bank.error().message);
            }
        }
        QSaveFile file(value(m_output));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bank) != bank->size() || !file.commit())
            return fail(OutputFailed, tr("%1: cannot write the bank: %2.").arg(value(m_output), file.errorString()));
        out(tr("Wrote %1: %2 v%3, %4 items, %5 bytes.")
                .arg(value(m_output), content->bankId)
                .arg(content->bankVersion)
                .arg(content->items.size())
                .arg(bank->size()));
        if (isSet(m_newReleaseCode))
            out(tr("Release code: %1  (hand it out on exam day; it is not stored anywhere else)")
                    .arg(recipients.releaseCode->formatted().reveal()));
        return Ok;
    }

    // Who may open the bank: centres' keys, a release code, and whether one or both are needed.
    std::optional<int> readRecipients(bankcompiler::BankRecipients& recipients)
    {
        const QString policy = value(m_unlock);
        if (policy != u"any" && policy != u"all")
            return usageError(tr("--unlock is “any” or “all”, not “%1”.").arg(policy));
        recipients.unlock = policy == u"all" ? banks::UnlockPolicy::All : banks::UnlockPolicy::Any;
        bool numberOk = false;
        recipients.scrypt.n = value(m_scryptN).toULongLong(&numberOk);
        if (!numberOk || !exam::crypto::Kdf::checkScryptParams(recipients.scrypt))
            return usageError(tr("--scrypt-n must be a power of two within the station's limits (with r = 8: from 2 to "
                                 "%1).")
                                  .arg(exam::crypto::ScryptParams::MaxMemoryBytes / (128 * recipients.scrypt.r)));
        for (const QString& path : values(m_center)) {
            auto key = KeyFiles::readPublicKey(path, KeyFiles::Algorithm::X25519);
            if (!key)
                return fail(InputUnreadable, key.error().message);
            recipients.centerPublicKeys.append(*key);
        }
        if (isSet(m_releaseCode) && isSet(m_newReleaseCode))
            return usageError(tr("give --release-code or --new-release-code, not both."));
        if (isSet(m_releaseCode)) {
            auto code = releaseCodeArgument(value(m_releaseCode));
            if (!code)
                return usageError(code.error().message);
            recipients.releaseCode = std::move(*code);
        } else if (isSet(m_newReleaseCode)) {
            auto code = banks::ReleaseCode::generate();
            if (!code)
                return fail(InternalFailure, code.error().message);
            recipients.releaseCode = std::move(*code);
        }
        if (recipients.centerPublicKeys.isEmpty() && !recipients.releaseCode)
            return usageError(tr("give at least one --center key or a release code, or nobody could open the bank."));
        if (recipients.unlock == banks::UnlockPolicy::All
            && (recipients.centerPublicKeys.isEmpty() || !recipients.releaseCode))
            return usageError(tr("--unlock all needs at least one --center key and a release code."));
        return std::nullopt;
    }

    const QCommandLineOption m_output{
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The bank file to write."), QStringLiteral("FILE")};
    const QCommandLineOption m_publisherKey{QStringLiteral("publisher-key"),
                                            tr("The publisher's Ed25519 private key file."), QStringLiteral("KEY")};
    const QCommandLineOption m_publisherName{QStringLiteral("publisher-name"),
                                             tr("The publisher's name, shown to centers."), QStringLiteral("NAME")};
    const QCommandLineOption m_center{QStringLiteral("center"),
                                      tr("Issue the bank to this center's public key (repeat for more centers)."),
                                      QStringLiteral("PUB")};
    const QCommandLineOption m_releaseCode{
        QStringLiteral("release-code"), tr("Let this release code open the bank (\"-\": read it from standard input)."),
        QStringLiteral("CODE")};
    const QCommandLineOption m_newReleaseCode{QStringLiteral("new-release-code"),
                                              tr("Make a new release code, print it, and let it open the bank.")};
    const QCommandLineOption m_unlock{QStringLiteral("unlock"),
                                      tr("“any”: any one slot opens the bank (default). “all”: a center key and the "
                                         "release code are both needed."),
                                      QStringLiteral("POLICY"), QStringLiteral("any")};
    const QCommandLineOption m_scryptN{QStringLiteral("scrypt-n"),
                                       tr("scrypt cost N of the release-code slot, a power of two (default 32768)."),
                                       QStringLiteral("N"), QStringLiteral("32768")};
};

} // namespace

void addBuildCommand(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Build>());
}

int runBuild(const QStringList& arguments)
{
    return Build().execute(QStringLiteral("exam-bank"), arguments);
}

} // namespace exambank
