#include "command.h"

#include <cstdio>

namespace exam::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("exam::cli::Command", text, disambiguation, n);
}

} // namespace

Command::Command(QString name, QString synopsis, QString summary, QString description)
    : m_name(std::move(name)), m_synopsis(std::move(synopsis)), m_summary(std::move(summary))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // Options may follow the arguments ("bank install FILE --data-dir X"), as administrators type them.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
}

Command::~Command() = default;

QString Command::group() const
{
    return m_name.contains(u' ') ? m_name.section(u' ', 0, 0) : QString();
}

void Command::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void Command::addOptions(const QList<QCommandLineOption>& options)
{
    m_parser.addOptions(options);
}

void Command::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
}

void Command::setPositionalCount(int least, int most)
{
    m_least = least;
    m_most = std::max(least, most);
}

void Command::addJsonOption()
{
    m_json.emplace(QStringLiteral("json"), tr("Print JSON for scripts."));
    m_parser.addOption(*m_json);
}

int Command::execute(const QString& tool, const QStringList& arguments)
{
    m_tool = tool;
    if (!m_parser.parse(QStringList{tool + u' ' + m_name} + ownArguments(arguments)))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out(m_parser.helpText());
        return Ok;
    }
    const qsizetype given = m_parser.positionalArguments().size();
    if (given < m_least || given > m_most)
        return usageError(m_least == m_most
                              ? tr("expected %n argument(s), got %1.", nullptr, m_least).arg(given)
                              : tr("expected %1 to %2 arguments, got %3.").arg(m_least).arg(m_most).arg(given));
    if (auto stopped = open())
        return *stopped;
    return run();
}

int Command::fail(int status, const QString& message) const
{
    err(m_tool + QStringLiteral(": ") + message);
    return status;
}

int Command::usageError(const QString& message) const
{
    err(QStringLiteral("%1 %2: %3").arg(m_tool, m_name, message));
    err(tr("See %1 %2 --help.").arg(m_tool, m_name));
    return Usage;
}

std::optional<int> Command::require(const QCommandLineOption& option) const
{
    if (m_parser.isSet(option) && !m_parser.value(option).trimmed().isEmpty())
        return std::nullopt;
    return usageError(tr("the option --%1 is required.").arg(option.names().constLast()));
}

void Command::out(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

void Command::err(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

} // namespace exam::cli
