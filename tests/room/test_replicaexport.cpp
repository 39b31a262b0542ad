// A recovery by hand, without a console that can move the sitting (issue 26): examctl writes a sitting's
// replica to a file, from the room console's data or from the dead station's own disk, and goes on with
// it on a spare station; a file changed on the way, a second import, an unknown station are refused.
#include "roomstations.h"

#include "room/consolestore.h"
#include "room/replicastore.h"
#include "station/stationsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace exam;

namespace {

// The proof "Station 4" sends with a batch ending at the replica's last entry, signed with its key.
room::ReplicaProof proofOf(const test::RoomStation& station, const QList<session::ReplicaJournal::Stored>& replica)
{
    auto key = results::StationKey::loadOrCreate(station.paths());
    REQUIRE(key);
    auto database = storage::Database::open(station.paths().databaseFile(), stationMigrations());
    REQUIRE(database);
    auto id = StationSettings(**database).stationId();
    REQUIRE(id);
    const auto& last = replica.last();
    auto signature =
        key->sign(session::ReplicaJournal::headStatement(*id, last.entry.sessionId, last.entry.sequence, last.hash));
    REQUIRE(signature);
    return room::ReplicaProof{*id, key->publicKey(), *signature};
}

// A console's data folder keeping `replica` as the console would have from "Station 4".
void consoleKeeping(const QString& folder, const QList<session::ReplicaJournal::Stored>& replica,
                    const room::ReplicaProof& proof)
{
    REQUIRE(QDir().mkpath(folder));
    auto database = storage::Database::open(folder + QStringLiteral("/console.sqlite"), room::consoleMigrations());
    REQUIRE(database);
    SystemClock clock;
    session::AuditLog audit(**database, clock);
    const QByteArray pin(32, '4');
    REQUIRE(room::ConsoleStore(**database, audit).addStation(pin, QStringLiteral("Station 4"), QStringLiteral("test")));
    REQUIRE(room::ReplicaStore(**database).keep(pin, replica.first().entry.sessionId, replica, proof));
}

QByteArray demoPin()
{
    return QByteArray(kiosk::DemoProctorPin) + '\n';
}

} // namespace

TEST_CASE("Replica by hand: exported from the console's data or the dead station's disk, continued on a spare with "
          "examctl",
          "[room][replica][examctl]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    test::RoomStation dead(folder.filePath(QStringLiteral("station-4")), QStringLiteral("Station 4"));
    test::RoomStation spare(folder.filePath(QStringLiteral("station-9")), QStringLiteral("Station 9"));
    dead.prepare(test::RoomStation::Sitting::Ready, QStringLiteral("C-5120"), QStringLiteral("Ivo Novak"));
    dead.startAndAnswer(9);
    spare.prepare(test::RoomStation::Sitting::None, {}, {});
    const auto replica = dead.replica();
    const QString console = folder.filePath(QStringLiteral("console"));
    consoleKeeping(console, replica, proofOf(dead, replica));

    // Both sources give the same replica.
    const QString fromConsole = folder.filePath(QStringLiteral("from-console.json"));
    const QString fromDisk = folder.filePath(QStringLiteral("from-disk.json"));
    auto exported =
        test::runTool(QStringLiteral("examctl"),
                      {QStringLiteral("replica"), QStringLiteral("export"), QStringLiteral("--from-console"), console,
                       QStringLiteral("--station"), QStringLiteral("Station 4"), QStringLiteral("-o"), fromConsole});
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    CHECK(exported.out.contains(QStringLiteral("examctl replica import")));
    REQUIRE(test::runTool(QStringLiteral("examctl"),
                          {QStringLiteral("replica"), QStringLiteral("export"), QStringLiteral("--from-station"),
                           dead.paths().dataFolder(), QStringLiteral("-o"), fromDisk})
                .status
            == 0);
    const auto entriesOf = [](const QString& path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("entries")).toArray();
    };
    CHECK(entriesOf(fromConsole) == entriesOf(fromDisk));
    CHECK(entriesOf(fromConsole).size() == replica.size());

    // An unknown station, or neither source: said, nothing written.
    auto unknown = test::runTool(QStringLiteral("examctl"),
                                 {QStringLiteral("replica"), QStringLiteral("export"), QStringLiteral("--from-console"),
                                  console, QStringLiteral("--station"), QStringLiteral("Station 5"),
                                  QStringLiteral("-o"), folder.filePath(QStringLiteral("none.json"))});
    CHECK(unknown.status != 0);
    CHECK(unknown.err.contains(QStringLiteral("no station named \"Station 5\"")));
    CHECK_FALSE(QFile::exists(folder.filePath(QStringLiteral("none.json"))));

    // A file changed on the way is refused, keeping nothing.
    const QString changed = folder.filePath(QStringLiteral("changed.json"));
    {
        QFile in(fromConsole);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        const qsizetype at = bytes.indexOf("\\\"elapsedMs\\\":");
        REQUIRE(at > 0);
        bytes.insert(at + 14, "1");
        QFile out(changed);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    const QStringList importing{QStringLiteral("replica"),    QStringLiteral("import"),
                                QStringLiteral("--data-dir"), spare.paths().dataFolder(),
                                QStringLiteral("--proctor"),  QString::fromLatin1(kiosk::DemoProctorLogin),
                                QStringLiteral("--reason"),   QStringLiteral("Station 4 and the console both down")};
    auto refused = test::runTool(QStringLiteral("examctl"), importing + QStringList{changed}, demoPin());
    CHECK(refused.status != 0);
    CHECK(refused.err.contains(QStringLiteral("does not link")));

    // Changed and chained again, or cut short: the station's signature no longer matches.
    const auto rewritten = [&](const QString& name, bool cut) {
        QFile in(fromConsole);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        if (cut) {
            entries.removeLast();
        } else {
            QJsonObject last = entries.last().toObject();
            QByteArray body = last.value(QStringLiteral("body")).toString().toUtf8();
            body.replace("\"elapsedMs\":", "\"elapsedMs\":1");
            const QByteArray previous = QByteArray::fromHex(last.value(QStringLiteral("prev")).toString().toLatin1());
            last.insert(QStringLiteral("body"), QString::fromUtf8(body));
            last.insert(QStringLiteral("hash"),
                        QString::fromLatin1(session::ReplicaJournal::linkHash(previous, body).toHex()));
            entries.replace(entries.size() - 1, last);
        }
        root.insert(QStringLiteral("entries"), entries);
        const QString path = folder.filePath(name);
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        return path;
    };
    for (const bool cut : {false, true}) {
        auto forged = test::runTool(QStringLiteral("examctl"),
                                    importing + QStringList{rewritten(QStringLiteral("forged.json"), cut)}, demoPin());
        CHECK(forged.status != 0);
        CHECK(forged.err.contains(QStringLiteral("cut short or changed")));
    }

    // From the station's own disk there is no signature: said, and the chain is checked.
    auto imported = test::runTool(QStringLiteral("examctl"), importing + QStringList{fromDisk}, demoPin());
    INFO(imported.err.toStdString());
    REQUIRE(imported.status == 0);
    CHECK(imported.err.contains(QStringLiteral("no station signature")));
    CHECK(imported.out.contains(QStringLiteral("Ivo Novak (C-5120)")));
    CHECK(imported.out.contains(QStringLiteral("9 of")));
    // What the spare has: every answer, the same form, paused.
    spare.withEngine([&](session::SessionEngine& engine, const session::ProctorAuthorization&) {
        CHECK(engine.state() == session::SessionState::Paused);
        for (int position = 0; position < 9; ++position)
            CHECK(engine.response(position).choice == std::optional<int>(0));
        CHECK(engine.response(0).flagged);
        CHECK(engine.checkpointedElapsed().count() == replica.last().entry.elapsedMs);
    });
    auto again = test::runTool(QStringLiteral("examctl"), importing + QStringList{fromConsole}, demoPin());
    CHECK(again.status != 0);
    CHECK(again.err.contains(QStringLiteral("middle of another sitting")));
}
