#include "bankcommand.h"

#include "compiler/banksource.h"
#include "crypto/keyfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace exambank {

namespace bankcompiler = exam::bankcompiler;
using exam::crypto::KeyFiles;

exam::Result<exam::banks::ReleaseCode> releaseCodeArgument(const QString& value)
{
    if (value != u"-")
        return exam::banks::ReleaseCode::parse(value);
    QTextStream in(stdin);
    return exam::banks::ReleaseCode::parse(in.readLine(256));
}

std::optional<exam::banks::BankContent> readSource(const QString& folder, const QStringList& extraFolders,
                                                   const char* closing)
{
    bankcompiler::SourceResult source = bankcompiler::BankSource::read(folder, extraFolders);
    if (source.problems.isEmpty())
        return std::move(source.content);
    for (const bankcompiler::SourceProblem& problem : source.problems)
        exam::cli::Command::err(QDir::isAbsolutePath(problem.file) ? problem.toString()
                                                                   : folder + u'/' + problem.toString());
    exam::cli::Command::err(tr(closing, nullptr, int(source.problems.size())));
    return std::nullopt;
}

KeyedCommand::KeyedCommand(const QString& name, const QString& synopsis, const QString& summary,
                           const QString& description)
    : Command(name, synopsis, summary, description)
{
    addOptions({m_trust, m_centerKey, m_releaseCode});
}

std::optional<int> KeyedCommand::loadKeys()
{
    for (const QString& path : values(m_trust)) {
        auto key = KeyFiles::readPublicKey(path, KeyFiles::Algorithm::Ed25519);
        if (!key)
            return fail(InputUnreadable, key.error().message);
        m_trusted.append(exam::banks::PublisherKey{QFileInfo(path).completeBaseName(), *key});
    }
    if (isSet(m_centerKey)) {
        auto key = KeyFiles::readPrivateKey(value(m_centerKey), KeyFiles::Algorithm::X25519);
        if (!key)
            return fail(InputUnreadable, key.error().message);
        m_keys.centerPrivateKey = std::move(*key);
    }
    if (isSet(m_releaseCode)) {
        auto code = releaseCodeArgument(value(m_releaseCode));
        if (!code)
            return usageError(code.error().message);
        m_keys.releaseCode = std::move(*code);
    }
    return std::nullopt;
}

} // namespace exambank
