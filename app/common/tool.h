#pragma once
// A command-line tool: its commands, the usage text made from them, and the dispatch from the
// command line to one command. Shared by examctl, exam-bank and exam-intake.

#include "command.h"

#include <QString>

#include <memory>
#include <vector>

namespace exam::cli {

class Tool
{
public:
    // `name` is the program's ("examctl"); `intro` the usage's first line after "Usage:"; `footer` what
    // follows the command list (common options, exit statuses). Both already translated.
    Tool(QString name, QString intro, QString footer);

    void add(std::unique_ptr<Command> command);
    // Options every command takes that a user may also write before the command's words
    // ("examctl --data-dir X station show"); each takes a value.
    void setLeadingOptions(QStringList names) { m_leadingOptions = std::move(names); }

    // The command `arguments` name, found without a Qt application (so main() can choose which to make).
    const Command* find(const QStringList& arguments) const;
    // --help, --version, a group's --help, an unknown command, or the command run. Returns the status.
    int run(const QStringList& arguments, const QString& version);

    QString usage() const;
    // The usage of one group's commands ("examctl station --help").
    QString groupUsage(const QString& group) const;

private:
    struct Found
    {
        Command* command = nullptr;
        QStringList arguments; // the command's own
    };
    Found locate(const QStringList& arguments) const;
    QStringList withLeadingOptionsMoved(const QStringList& arguments) const;
    QString commandLines(const QString& group) const;
    bool isGroup(const QString& word) const;

    QString m_name;
    QString m_intro;
    QString m_footer;
    QStringList m_leadingOptions;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace exam::cli
