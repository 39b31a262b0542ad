#pragma once
// The one shape of a command of the project's command-line tools (examctl, exam-bank, exam-intake),
// after KeePassXC's src/cli/Command.h: a command declares its options and arguments, the shared code
// parses them, answers --help and wrong use, and only then runs the command. A tool's own base class
// (examctl's StationCommand, exam-intake's IntakeCommand) adds the opening every one of its commands
// shares, written once.

#include "exitstatus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace exam::cli {

class Command
{
public:
    // `name` is what the user types ("station init", "keygen"); `synopsis` its arguments in the
    // tool's usage ("--site CODE"); `summary` a few words for that usage, `description` the paragraph
    // `--help` prints. All three already translated.
    Command(QString name, QString synopsis, QString summary, QString description);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    // The first word of a two-word command ("station"); empty for a one-word command.
    QString group() const;
    QString synopsis() const { return m_synopsis; }
    QString summary() const { return m_summary; }
    // A command that draws text (a PDF) needs Qt's GUI layer: the tool makes a QGuiApplication for it.
    virtual bool drawsText() const { return false; }

    // Parses the command's own arguments (without the tool's and the command's names), answers --help
    // and wrong use, opens what the command needs, runs it. Returns the process's exit status.
    int execute(const QString& tool, const QStringList& arguments);

    // A line on standard output (what the command was asked for) or standard error (what went wrong).
    static void out(const QString& text);
    static void err(const QString& text);

protected:
    void addOption(const QCommandLineOption& option);
    void addOptions(const QList<QCommandLineOption>& options);
    // `name` as the help shows it ("FILE", "[ID]"); at least `least` and at most `most` are accepted.
    void addPositional(const QString& name, const QString& description);
    void setPositionalCount(int least, int most);
    // --json, for commands whose output scripts read.
    void addJsonOption();

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption& option) const { return m_parser.values(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    bool json() const { return m_json && m_parser.isSet(*m_json); }

    // A message on stderr, prefixed with the tool's name; returns `status` for `return fail(…)`.
    int fail(int status, const QString& message) const;
    // Wrong use: the message and where to read the command's help (exit 64).
    int usageError(const QString& message) const;
    // The option, or wrong use saying it is required.
    std::optional<int> require(const QCommandLineOption& option) const;
    QString tool() const { return m_tool; }

    // The arguments the command's parser reads; a command that passes some on to another (after "--")
    // keeps those for itself here.
    virtual QStringList ownArguments(const QStringList& arguments) { return arguments; }
    // The opening the tool's commands share (a station or an intake opened), once the arguments are
    // parsed; a status stops the command there.
    virtual std::optional<int> open() { return std::nullopt; }
    virtual int run() = 0;

private:
    QString m_name;
    QString m_synopsis;
    QString m_summary;
    QString m_tool;
    QCommandLineParser m_parser;
    std::optional<QCommandLineOption> m_json;
    int m_least = 0;
    int m_most = 0;
};

} // namespace exam::cli
