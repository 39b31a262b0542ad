#pragma once
// What every examctl command shares: output, exit statuses for errors, the common options and the
// station's database opened for one command.

#include "commands.h"

#include "error.h"
#include "session/auditlog.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

#include <memory>
#include <optional>

namespace examctl {

inline void out(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

// For a looked-up result: not there is 66, a too-short or ambiguous id is wrong use, the rest internal.
inline int findStatus(exam::ErrorCode code)
{
    return code == exam::ErrorCode::NotFound ? InputUnreadable : code == exam::ErrorCode::InvalidArgument ? Usage : InternalFailure;
}

inline int failWith(int status, const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("examctl: ") + message + u'\n'), stderr);
    return status;
}

// Options every command shares, and the station they name.
struct Command
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"), tr("The station's data folder (default: %1).")
                                                               .arg(exam::StationPaths::defaultDataFolder()),
                               QStringLiteral("folder")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print JSON for scripts.")};

    Command(const QString& name, const QString& description, bool withJson = false)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption(dataDir);
        if (withJson)
            parser.addOption(json);
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        m_name = name;
    }

    QString name() const
    {
        return m_name;
    }

    // Parses; on --help or wrong use prints and returns the status to exit with.
    std::optional<int> parse(const QStringList& arguments, int positional, int atMost = -1)
    {
        if (!parser.parse(QStringList{QStringLiteral("examctl ") + m_name} + arguments))
            return failWith(Usage, parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out(parser.helpText());
            return Ok;
        }
        const qsizetype given = parser.positionalArguments().size();
        if (given < positional || given > std::max(positional, atMost))
            return failWith(Usage, tr("%1: wrong arguments; see examctl %1 --help").arg(m_name));
        return std::nullopt;
    }

    exam::StationPaths paths() const
    {
        return exam::StationPaths(parser.isSet(dataDir) ? parser.value(dataDir) : exam::StationPaths::defaultDataFolder());
    }

private:
    QString m_name;
};

// The station's database, opened (and brought up to date) for one command.
struct Station
{
    exam::SystemClock clock;
    std::unique_ptr<exam::storage::Database> database;
    std::unique_ptr<exam::session::AuditLog> audit;

    // Only `station init` (create = true) makes a station; the others need one to be there.
    std::optional<int> open(const exam::StationPaths& paths, bool create = false)
    {
        if (!create && !QFile::exists(paths.databaseFile()))
            return failWith(InputUnreadable, tr("There is no station in %1. Set one up with: examctl station init --site "
                                                "CODE (or name the station's folder with --data-dir).")
                                                 .arg(paths.dataFolder()));
        if (auto ready = paths.ensureExists(); !ready)
            return failWith(OutputFailed, ready.error().message);
        auto opened = exam::storage::Database::open(paths.databaseFile(), exam::stationMigrations());
        if (!opened)
            return failWith(InternalFailure, opened.error().message);
        database = std::move(*opened);
        audit = std::make_unique<exam::session::AuditLog>(*database, clock);
        return std::nullopt;
    }

    std::optional<QString> setting(const QString& key)
    {
        auto query = database->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        if (!query)
            return std::nullopt;
        query->bind(1, key);
        auto row = query->step();
        return row && *row ? std::optional<QString>(query->text(0)) : std::nullopt;
    }
};

} // namespace examctl
