// examctl's replica group (issue 26): a sitting's replica written to a file, from the room console's
// data or from a station's own (the disk of a station that died, read elsewhere), and a sitting
// continued on a spare station from such a file, for a recovery by hand when no console can do it.

#include "examctlcommands.h"
#include "proctorcommand.h"

#include "room/consolestore.h"
#include "room/replicastore.h"
#include "session/replicasnapshot.h"
#include "session/sessiontransfer.h"
#include "station/stationschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace examctl {

namespace {

using Stored = exam::session::ReplicaJournal::Stored;

constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The file: "exam-replica/1", every entry as the chain has it, and the station's signature over the
// head when the console kept one.
QByteArray replicaFile(const QList<Stored>& entries, const std::optional<exam::room::ReplicaStore::SignedHead>& head)
{
    QJsonArray list;
    for (const Stored& stored : entries)
        list.append(QJsonObject{{QStringLiteral("body"), QString::fromUtf8(stored.body)},
                                {QStringLiteral("prev"), hex(stored.previousHash)},
                                {QStringLiteral("hash"), hex(stored.hash)}});
    QJsonObject file{{QStringLiteral("format"), QStringLiteral("exam-replica/1")}, {QStringLiteral("entries"), list}};
    if (head)
        file.insert(QStringLiteral("signedHead"), QJsonObject{{QStringLiteral("sequence"), head->sequence},
                                                              {QStringLiteral("head"), hex(head->head)},
                                                              {QStringLiteral("proof"), head->proof.toJson()}});
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

struct ReplicaFileContent
{
    QList<Stored> entries;
    std::optional<exam::room::ReplicaStore::SignedHead> signedHead;
};

// The station's signature in the file, when it has one: it must sign exactly the file's last entry (a
// file cut short, or changed and chained again, does not match it).
exam::Result<void> checkSignedHead(const ReplicaFileContent& file)
{
    if (!file.signedHead || file.entries.isEmpty())
        return {};
    const Stored& last = file.entries.last();
    const auto& head = *file.signedHead;
    if (head.sequence != last.entry.sequence || head.head != last.hash)
        return exam::fail(exam::ErrorCode::AuthenticationFailed,
                          tr("The station signed entry %1 of this replica, but the file ends at entry %2: it was "
                             "cut short or changed.")
                              .arg(head.sequence)
                              .arg(last.entry.sequence));
    if (auto verified = head.proof.verify(last.entry.sessionId, head.sequence, head.head); !verified)
        return exam::fail(exam::ErrorCode::AuthenticationFailed,
                          tr("The station's signature over this replica does not verify: it was changed."));
    return {};
}

exam::Result<ReplicaFileContent> readReplicaFile(const QString& path)
{
    QFile file(path);
    if (file.size() > MaxFileBytes)
        return exam::fail(exam::ErrorCode::LimitExceeded, tr("%1 is larger than a replica can be.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return exam::fail(exam::ErrorCode::NotFound, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != u"exam-replica/1")
        return exam::fail(exam::ErrorCode::ParseError,
                          tr("%1 is not a replica written by examctl replica export.").arg(path));
    ReplicaFileContent content;
    QList<Stored>& entries = content.entries;
    for (const QJsonValue& value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        Stored stored;
        stored.body = entry.value(QStringLiteral("body")).toString().toUtf8();
        stored.previousHash = QByteArray::fromHex(entry.value(QStringLiteral("prev")).toString().toLatin1());
        stored.hash = QByteArray::fromHex(entry.value(QStringLiteral("hash")).toString().toLatin1());
        auto parsed = exam::session::ReplicaEntry::fromBody(stored.body);
        if (!parsed)
            return exam::fail(
                exam::ErrorCode::ParseError,
                tr("Entry %1 of %2 cannot be read: %3").arg(entries.size() + 1).arg(path, parsed.error().message));
        stored.entry = *parsed;
        entries.append(stored);
    }
    if (root.contains(QStringLiteral("signedHead"))) {
        const QJsonObject head = root.value(QStringLiteral("signedHead")).toObject();
        auto proof = exam::room::ReplicaProof::fromJson(head.value(QStringLiteral("proof")).toObject());
        if (!proof)
            return exam::fail(exam::ErrorCode::ParseError,
                              tr("The station's signature in %1 cannot be read: %2").arg(path, proof.error().message));
        content.signedHead = exam::room::ReplicaStore::SignedHead{
            head.value(QStringLiteral("sequence")).toInteger(),
            QByteArray::fromHex(head.value(QStringLiteral("head")).toString().toLatin1()), *proof};
    }
    return content;
}

class ReplicaExport : public StationCommand
{
public:
    ReplicaExport()
        : StationCommand(
            QStringLiteral("replica export"),
            tr("--from-console DIR --station NAME | --from-station DIR; [--session N] -o FILE"),
            tr("write a sitting's replica to a file"),
            tr("Write the replica of a station's session (its set-up and every confirmed step, chained; no item "
               "text) to FILE: from the room console's data folder (DIR of exam-room, the station by its name on "
               "the tiles), or from a station's own data folder (the disk of a station that died, read on another "
               "machine). Without --session, the station's newest session. examctl replica import goes on with "
               "it on a spare station."),
            Opening::Nothing)
    {
        addOptions({m_console, m_stationName, m_stationFolder, m_session, m_output});
    }

private:
    int run() override
    {
        if (auto missing = require(m_output))
            return *missing;
        if (isSet(m_console) == isSet(m_stationFolder))
            return usageError(tr("Give either --from-console DIR with --station NAME, or --from-station DIR."));
        bool ok = true;
        const qint64 session = isSet(m_session) ? value(m_session).toLongLong(&ok) : 0;
        if (!ok || session < 0)
            return usageError(tr("--session takes a session number."));
        auto read = isSet(m_console) ? fromConsole(session) : fromStation(session);
        if (!read)
            return fail(statusFor(read.error().code), read.error().message);
        QSaveFile file(value(m_output));
        if (!file.open(QIODevice::WriteOnly) || file.write(*read) != read->size() || !file.commit())
            return fail(statusFor(exam::ErrorCode::IoError),
                        tr("%1 cannot be written: %2").arg(value(m_output), file.errorString()));
        out(tr("The replica is in %1. On the spare station: examctl replica import %1 --proctor LOGIN --reason "
               "\"…\"")
                .arg(value(m_output)));
        return Ok;
    }

    exam::Result<QByteArray> fromConsole(qint64 session)
    {
        const QString databaseFile = value(m_console) + QStringLiteral("/console.sqlite");
        if (!QFile::exists(databaseFile))
            return exam::fail(exam::ErrorCode::NotFound,
                              tr("%1 holds no room console's data (no console.sqlite).").arg(value(m_console)));
        auto database = exam::storage::Database::open(databaseFile, exam::room::consoleMigrations());
        if (!database)
            return std::unexpected(database.error());
        exam::SystemClock clock;
        exam::session::AuditLog audit(**database, clock);
        auto stations = exam::room::ConsoleStore(**database, audit).stations();
        if (!stations)
            return std::unexpected(stations.error());
        const QString name = value(m_stationName).simplified();
        const auto found = std::find_if(stations->cbegin(), stations->cend(),
                                        [&name](const exam::room::PairedStation& s) { return s.name == name; });
        if (found == stations->cend())
            return exam::fail(exam::ErrorCode::NotFound,
                              tr("The console has no station named \"%1\" (see its tiles).").arg(name));
        exam::room::ReplicaStore store(**database);
        if (session == 0) {
            auto newest = store.newestSession(found->pin);
            if (!newest)
                return std::unexpected(newest.error());
            if (!*newest)
                return exam::fail(exam::ErrorCode::NotFound, tr("The console keeps no replica of \"%1\".").arg(name));
            session = **newest;
        }
        auto entries = store.entries(found->pin, session);
        auto head = store.signedHead(found->pin, session);
        if (!entries || !head)
            return std::unexpected(!entries ? entries.error() : head.error());
        if (entries->isEmpty())
            return exam::fail(exam::ErrorCode::NotFound,
                              tr("The console keeps no replica of session %1 of \"%2\".").arg(session).arg(name));
        return replicaFile(*entries, *head);
    }

    exam::Result<QByteArray> fromStation(qint64 session)
    {
        const exam::StationPaths dead(value(m_stationFolder));
        if (!QFile::exists(dead.databaseFile()))
            return exam::fail(exam::ErrorCode::NotFound,
                              tr("%1 holds no station's data (no station.sqlite).").arg(value(m_stationFolder)));
        auto database = exam::storage::Database::open(dead.databaseFile(), exam::stationMigrations());
        if (!database)
            return std::unexpected(database.error());
        exam::session::ReplicaJournal journal(**database);
        if (session == 0) {
            auto newest = journal.newestSession();
            if (!newest)
                return std::unexpected(newest.error());
            if (!*newest)
                return exam::fail(exam::ErrorCode::NotFound, tr("The station keeps no replica."));
            session = **newest;
        }
        auto entries = journal.entries(session);
        if (!entries)
            return std::unexpected(entries.error());
        if (entries->isEmpty())
            return exam::fail(exam::ErrorCode::NotFound,
                              tr("The station keeps no replica of session %1.").arg(session));
        return replicaFile(*entries, std::nullopt);
    }

    const QCommandLineOption m_console{QStringLiteral("from-console"), tr("The room console's data folder."),
                                       QStringLiteral("dir")};
    const QCommandLineOption m_stationName{QStringLiteral("station"), tr("With --from-console: the station's name."),
                                           QStringLiteral("name")};
    const QCommandLineOption m_stationFolder{QStringLiteral("from-station"), tr("A station's data folder."),
                                             QStringLiteral("dir")};
    const QCommandLineOption m_session{QStringLiteral("session"), tr("The session (default: the newest)."),
                                       QStringLiteral("n")};
    const QCommandLineOption m_output{
        {QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."), QStringLiteral("file")};
};

class ReplicaImport : public ProctorCommand
{
public:
    ReplicaImport()
        : ProctorCommand(
            QStringLiteral("replica import"), tr("FILE --proctor LOGIN --reason TEXT"),
            tr("continue a sitting on this station from a replica file (PIN on standard input)"),
            tr("Go on with the sitting in FILE (written by examctl replica export) on this station: the candidate, "
               "the accommodations, the same form, every confirmed answer, flag and struck option, and the time "
               "left as charged, paused. The station must be between sittings and have the module's bank in the "
               "same version. The proctor's PIN is read from standard input. Then start (or restart) the kiosk: "
               "the candidate checks name and ID, and the proctor resumes."))
    {
        addOptions({m_proctor, m_reason});
        addPositional(QStringLiteral("FILE"), tr("The replica file."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        if (auto missing = require(m_proctor))
            return *missing;
        const QString reason = value(m_reason).simplified();
        if (reason.isEmpty())
            return usageError(tr("Give --reason: it goes into the audit log."));
        auto file = readReplicaFile(positional(0));
        if (!file)
            return fail(statusFor(file.error().code), file.error().message);
        if (auto signedBy = checkSignedHead(*file); !signedBy)
            return fail(Refused, signedBy.error().message);
        if (!file->signedHead)
            err(tr("The file carries no station signature (it was read from a station's own disk): only its chain "
                   "was checked."));
        auto moved = exam::session::ReplicaSnapshot::fromReplica(file->entries);
        if (!moved)
            return fail(Refused, tr("The replica cannot be used: %1").arg(moved.error().message));
        auto proctor = authorize(value(m_proctor));
        if (!proctor)
            return fail(changeStatus(proctor.error().code), proctor.error().message);
        exam::session::ReplicaJournal journal(*station().database);
        auto sessionId = exam::session::SessionTransfer(*station().database, *station().audit, journal, station().clock)
                             .receive(*moved, *proctor, reason);
        if (!sessionId)
            return fail(sessionId.error().code == exam::ErrorCode::DatabaseError ? statusFor(sessionId.error().code)
                                                                                 : int(Refused),
                        sessionId.error().message);
        const int answered = int(std::count_if(moved->responses.cbegin(), moved->responses.cend(),
                                               [](const auto& r) { return r.choice.has_value(); }));
        out(tr("The sitting of %1 (%2) goes on at this station as session %3, paused: %4 of %5 answered. Start "
               "the kiosk; the candidate checks name and ID, and a proctor resumes.")
                .arg(moved->setup.candidateName, moved->setup.candidateId)
                .arg(*sessionId)
                .arg(answered)
                .arg(moved->responses.size()));
        return Ok;
    }

    const QCommandLineOption m_proctor{QStringLiteral("proctor"),
                                       tr("The proctor who authorizes it (PIN on standard "
                                          "input)."),
                                       QStringLiteral("login")};
    const QCommandLineOption m_reason{QStringLiteral("reason"), tr("Why the sitting moved, for the audit log."),
                                      QStringLiteral("text")};
};

} // namespace

void addReplicaCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<ReplicaExport>());
    tool.add(std::make_unique<ReplicaImport>());
}

} // namespace examctl
