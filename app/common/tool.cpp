#include "tool.h"

#include <QSet>

#include <cstdio>

namespace exam::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("exam::cli::Tool", text);
}

constexpr int SummaryColumn = 36;

} // namespace

Tool::Tool(QString name, QString intro, QString footer)
    : m_name(std::move(name)), m_intro(std::move(intro)), m_footer(std::move(footer))
{
}

void Tool::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

bool Tool::isGroup(const QString& word) const
{
    return !word.isEmpty()
           && std::any_of(m_commands.cbegin(), m_commands.cend(), [&](const auto& c) { return c->group() == word; });
}

QStringList Tool::withLeadingOptionsMoved(const QStringList& arguments) const
{
    // "--data-dir X station show" and "--data-dir=X station show" become "station show --data-dir X":
    // the command's own parser reads them there.
    QStringList leading;
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString& word = arguments[i];
        const QString name = word.startsWith(QStringLiteral("--")) ? word.mid(2).section(u'=', 0, 0) : QString();
        if (name.isEmpty() || !m_leadingOptions.contains(name))
            break;
        if (word.contains(u'=')) {
            leading.append(word);
            ++i;
        } else {
            leading.append(arguments.mid(i, 2));
            i += 2;
        }
    }
    if (leading.isEmpty())
        return arguments;
    QStringList rest = arguments.mid(i);
    const qsizetype words = isGroup(rest.value(0)) ? 2 : 1;
    return rest.mid(0, words) + leading + rest.mid(words);
}

Tool::Found Tool::locate(const QStringList& given) const
{
    const QStringList arguments = withLeadingOptionsMoved(given);
    for (const auto& command : m_commands) {
        const qsizetype words = command->name().count(u' ') + 1;
        if (arguments.size() >= words && arguments.mid(0, words).join(u' ') == command->name())
            return {command.get(), arguments.mid(words)};
    }
    return {};
}

const Command* Tool::find(const QStringList& arguments) const
{
    return locate(arguments).command;
}

int Tool::run(const QStringList& given, const QString& version)
{
    const QStringList arguments = withLeadingOptionsMoved(given);
    if (!arguments.isEmpty() && arguments.first() == u"--version") {
        std::printf("%s %s\n", qPrintable(m_name), qPrintable(version));
        return Ok;
    }
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        std::fputs(qPrintable(usage()), arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? Usage : Ok;
    }
    if (const Found found = locate(arguments); found.command)
        return found.command->execute(m_name, found.arguments);
    const QString& first = arguments.first();
    if (isGroup(first)) {
        // "examctl station --help" lists the group's commands; "examctl station" alone, or with a
        // command it does not have, is wrong use with the same list.
        // (the group's --help may come after options written before the group, moved behind it)
        const bool help = arguments.size() >= 2 && (arguments[1] == u"--help" || arguments[1] == u"-h");
        if (!help && arguments.size() >= 2)
            std::fprintf(stderr, "%s\n\n",
                         qPrintable(tr("%1: unknown command “%2”.").arg(m_name, first + u' ' + arguments[1])));
        std::fputs(qPrintable(groupUsage(first)), help ? stdout : stderr);
        return help ? Ok : Usage;
    }
    std::fprintf(stderr, "%s\n\n%s", qPrintable(tr("%1: unknown command “%2”.").arg(m_name, first)),
                 qPrintable(usage()));
    return Usage;
}

QString Tool::commandLines(const QString& group) const
{
    QString lines;
    for (const auto& command : m_commands) {
        if (!group.isEmpty() && command->group() != group)
            continue;
        QString left = QStringLiteral("  ") + command->name();
        if (!command->synopsis().isEmpty())
            left += u' ' + command->synopsis();
        if (left.size() < SummaryColumn - 1)
            lines += left.leftJustified(SummaryColumn) + command->summary() + u'\n';
        else
            lines += left + u'\n' + QString(SummaryColumn, u' ') + command->summary() + u'\n';
    }
    return lines;
}

QString Tool::usage() const
{
    return tr("Usage: %1\n\nCommands:\n").arg(m_intro) + commandLines(QString()) + u'\n' + m_footer;
}

QString Tool::groupUsage(const QString& group) const
{
    return tr("Usage: %1 %2 <command> [options]\n\nCommands:\n").arg(m_name, group) + commandLines(group) + u'\n'
           + tr("Run %1 %2 <command> --help for a command's options.\n").arg(m_name, group);
}

} // namespace exam::cli
