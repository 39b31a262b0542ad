#pragma once
// What exam-bank's commands share: its messages and exit statuses, and the keys a command that opens
// a bank file is given (--trust, --center-key, --release-code).

#include "command.h"

#include "banks/bankcontent.h"
#include "banks/bankreader.h"
#include "banks/releasecode.h"
#include "tool.h"

namespace exambank {

using namespace exam::cli; // Ok, Usage, InputUnreadable… and statusFor

// Exit statuses of exam-bank beyond the common ones (documented in `exam-bank --help`, FORMAT.md).
inline constexpr int BankRefused = exam::cli::Refused; // a bank failed a check (verify, inspect)
inline constexpr int SourceProblems = 2;               // the authoring source has problems (build)

// exam-bank's messages, all in one translation context.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("exam-bank", text, disambiguation, n);
}

// A command that opens a bank file: the publishers it trusts and the keys that may open it.
class KeyedCommand : public exam::cli::Command
{
public:
    KeyedCommand(const QString& name, const QString& synopsis, const QString& summary, const QString& description);

protected:
    const QCommandLineOption& trustOption() const { return m_trust; }
    // Reads the keys named on the command line; a status (after a message) when one cannot be used.
    std::optional<int> loadKeys();
    const QList<exam::banks::PublisherKey>& trusted() const { return m_trusted; }
    const exam::banks::BankKeys& keys() const { return m_keys; }

private:
    const QCommandLineOption m_trust{QStringLiteral("trust"), tr("A trusted publisher's public key file (repeatable)."),
                                     QStringLiteral("PUB")};
    const QCommandLineOption m_centerKey{QStringLiteral("center-key"), tr("The center's private key file."),
                                         QStringLiteral("KEY")};
    const QCommandLineOption m_releaseCode{QStringLiteral("release-code"),
                                           tr("The bank's release code (\"-\": read it from standard input)."),
                                           QStringLiteral("CODE")};
    QList<exam::banks::PublisherKey> m_trusted;
    exam::banks::BankKeys m_keys;
};

// An authoring source (and extra item folders) read, or its problems said on standard error, each
// with its file, closed by `closing` (a %n message: how many problems, and what that means).
std::optional<exam::banks::BankContent> readSource(const QString& folder, const QStringList& extraFolders,
                                                   const char* closing);

// A release code from the command line, or from standard input when given as "-" (so it stays out of
// the process list and the shell history).
exam::Result<exam::banks::ReleaseCode> releaseCodeArgument(const QString& value);

void addKeygenCommand(exam::cli::Tool& tool);    // keygen.cpp
void addBuildCommand(exam::cli::Tool& tool);     // buildcommand.cpp
void addBankFileCommands(exam::cli::Tool& tool); // inspect, verify, review (bankfilecommands.cpp)
void addImportQtiCommand(exam::cli::Tool& tool); // importqticommand.cpp
// The build, run for import-qti --build with the options given after "--".
int runBuild(const QStringList& arguments);

} // namespace exambank
