// Figure of the session replica (issue 26): replication lag on loopback, from a station's commit to the
// console's acknowledgement reaching that station. 60 stations in this process, each a real session
// engine whose every commit goes into its replica journal in the same transaction, answering an item
// every 2 s (staggered, so the load is even), each a RoomLink sending its replica as the kiosk does. The
// console (RoomServer and ReplicaStore, as RoomConsole connects them: kept durably, then acknowledged)
// runs on a thread of its own, as on a machine of its own: otherwise 60 stations' commits would queue in
// front of its keeps on one event loop. Baseline: the console keeping one entry, alone, same run.
// The stations still share one thread and the machine's one disk: on a busy machine the tail grows.
#include "bench.h"
#include "benchstation.h"
#include "syntheticbank.h"

#include "crypto/sha256.h"
#include "room/consolestore.h"
#include "room/replicastore.h"
#include "room/roomidentity.h"
#include "room/roomlink.h"
#include "room/roomserver.h"
#include "session/replicajournal.h"
#include "session/sittings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

namespace exam::bench {

namespace {

constexpr int AnswerEveryMs = 2'000;
constexpr double GoalMs = 50;

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The event loop for `ms`, asleep while nothing happens.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The event loop until `done`, or qFatal after `timeoutMs`.
void runUntil(const std::function<bool()>& done, int timeoutMs, const char* what)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            qFatal("replication bench: %s", what);
        runFor(20);
    }
}

// The console's side, on its own thread: everything on it is made, used and destroyed there.
class ConsoleThread
{
public:
    ConsoleThread(const QString& folder, const QList<QByteArray>& stationPins)
    {
        m_anchor.moveToThread(&m_thread);
        m_thread.start();
        onThread([&] { build(folder, stationPins); });
    }
    ~ConsoleThread()
    {
        onThread([&] {
            m_server.reset(); // closes the stations' connections
            m_replicas.reset();
            m_database.reset();
        });
        m_thread.quit();
        m_thread.wait();
    }

    QByteArray pin() const { return m_pin; }
    quint16 port() const { return m_port; }
    // The console's own share of the lag: each batch from its arrival to its acknowledgement sent.
    QList<double> handlingMs()
    {
        QList<double> handling;
        onThread([&] { handling = m_handlingMs; });
        return handling;
    }

    // Runs `work` on the console's thread and waits for it.
    void onThread(const std::function<void()>& work)
    {
        QMetaObject::invokeMethod(&m_anchor, work, Qt::BlockingQueuedConnection);
    }

    // The baseline: `count` single-entry keeps of one session's chain, timed one by one, on the
    // console's database (synchronous FULL) while nothing else runs.
    QList<double> timeSingleKeeps(int count)
    {
        QList<double> times;
        onThread([&] {
            const QByteArray baselinePin(crypto::Sha256::DigestSize, 'k');
            QByteArray previous(crypto::Sha256::DigestSize, '\0');
            for (int sequence = 1; sequence <= count; ++sequence) {
                const session::ReplicaJournal::Stored stored = answerEntry(sequence, previous);
                times.append(milliseconds([&] {
                    if (!m_replicas->keep(baselinePin, 1, {stored}))
                        qFatal("replication bench: the baseline entry was not kept");
                }));
                previous = stored.hash;
            }
        });
        return times;
    }

private:
    void build(const QString& folder, const QList<QByteArray>& stationPins)
    {
        auto identity =
            room::RoomIdentity::openOrCreate(folder + QStringLiteral("/console-identity"), QStringLiteral("Console"));
        auto database = storage::Database::open(folder + QStringLiteral("/console.sqlite"), room::consoleMigrations());
        if (!identity || !database)
            qFatal("replication bench: the console cannot be set up");
        m_pin = identity->pin();
        m_database = std::move(*database);
        m_replicas = std::make_unique<room::ReplicaStore>(*m_database);
        m_server = std::make_unique<room::RoomServer>(identity->tls(), identity->pin());
        m_server->setPairedStations(QSet<QByteArray>(stationPins.cbegin(), stationPins.cend()));
        keepAndAcknowledge();
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("replication bench: the console does not listen");
        m_port = m_server->port();
    }

    // As RoomConsole does: kept durably first, acknowledged after.
    void keepAndAcknowledge()
    {
        room::RoomServer* server = m_server.get();
        QObject::connect(server, &room::RoomServer::replicaReceived, server,
                         [this, server](const QByteArray& pin, qint64 sessionId,
                                        const QList<session::ReplicaJournal::Stored>& entries) {
                             m_handlingMs.append(milliseconds([&] {
                                 if (auto kept = m_replicas->keep(pin, sessionId, entries))
                                     server->acknowledgeReplica(pin, sessionId, kept->sequence, false);
                                 else if (auto last = m_replicas->last(pin, sessionId))
                                     server->acknowledgeReplica(pin, sessionId, last->sequence, true);
                             }));
                         });
        QObject::connect(server, &room::RoomServer::replicaSyncRequested, server,
                         [this, server](const QByteArray& pin, qint64 sessionId) {
                             if (auto last = m_replicas->last(pin, sessionId))
                                 server->acknowledgeReplica(pin, sessionId, last->sequence, false);
                         });
    }

    // An entry the shape of an answer's (what the stations send), linked to `previous`.
    static session::ReplicaJournal::Stored answerEntry(int sequence, const QByteArray& previous)
    {
        session::ReplicaJournal::Stored stored;
        stored.entry.sessionId = 1;
        stored.entry.sequence = sequence;
        stored.entry.at = QDateTime::currentDateTimeUtc();
        stored.entry.kind = QStringLiteral("item.answered");
        stored.entry.state = session::SessionState::InProgress;
        stored.entry.elapsedMs = qint64(sequence) * AnswerEveryMs;
        stored.entry.current = sequence % 101;
        stored.entry.response = session::ReplicaEntry::Response{sequence % 101, sequence % 4, false, 0};
        stored.body = stored.entry.body();
        stored.previousHash = previous;
        stored.hash = session::ReplicaJournal::linkHash(previous, stored.body);
        return stored;
    }

    QThread m_thread;
    QObject m_anchor; // lives on m_thread: what onThread's work is queued to
    QByteArray m_pin;
    quint16 m_port = 0;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<room::ReplicaStore> m_replicas;
    std::unique_ptr<room::RoomServer> m_server;
    QList<double> m_handlingMs; // each batch: kept and acknowledged, on the console's thread
};

// One station: its database, a session whose every commit is journaled, and its link to the console.
struct Station
{
    QSslConfiguration identity; // its room identity's key and certificate
    QByteArray pin;
    std::unique_ptr<BenchStation> store;
    std::unique_ptr<session::ReplicaJournal> journal;
    std::unique_ptr<session::SessionEngine> engine;
    std::unique_ptr<room::RoomLink> link;
    QTimer answering;
    qint64 committed = 0;         // the journal's newest sequence number
    qint64 acknowledged = 0;      // the newest the console said it keeps
    qint64 lastCommitNs = 0;      // when the engine's latest commit returned
    QMap<qint64, qint64> waiting; // sequence → commit time, until acknowledged
};

// Started as the kiosk starts one, with the journal from the first step on (its entry carries the set-up).
std::unique_ptr<session::SessionEngine> journaledSession(Station& station, const banks::BankContent& content)
{
    BenchStation& store = *station.store;
    session::Sittings sittings(*store.database, *store.audit, store.clock);
    auto sitting = sittings.create(store.proctor(), QStringLiteral("C-BENCH"), QStringLiteral("Bench Candidate"),
                                   {{content.bankId, QByteArray(32, 'b'), &content}}, {});
    if (!sitting)
        qFatal("replication bench: %s", qPrintable(sitting.error().message));
    auto engine =
        session::SessionEngine::open(*store.database, *store.audit, store.clock, sittings.sessions(*sitting)->first());
    if (!engine)
        qFatal("replication bench: the session does not open");
    (*engine)->setJournal(station.journal.get());
    if (!(*engine)->start(store.proctor()))
        qFatal("replication bench: the session does not start");
    return std::move(*engine);
}

room::ConsolePairing pairingWith(const ConsoleThread& console, int index)
{
    room::ConsolePairing pairing;
    pairing.host = QStringLiteral("127.0.0.1");
    pairing.port = console.port();
    pairing.pin = console.pin();
    pairing.name = QStringLiteral("Bench room");
    pairing.stationName = QStringLiteral("Station %1").arg(index + 1);
    pairing.joinedAt = QDateTime::currentDateTimeUtc();
    return pairing;
}

room::StationStatus runningStatus(const Station& station, int index)
{
    room::StationStatus status;
    status.station = QStringLiteral("Station %1").arg(index + 1);
    status.phase = room::StationPhase::Running;
    status.sessionId = station.engine->sessionId();
    status.bootId = QStringLiteral("bench");
    status.startedAt = QDateTime::currentDateTimeUtc();
    status.items = station.engine->itemCount();
    return status;
}

// Links the station to its console as RoomStation does: every commit replicated at once. Each
// acknowledgement settles the commits it covers, their lag into `lagsMs`.
void connectStation(Station& s, const ConsoleThread& console, int index, QList<double>& lagsMs)
{
    // The bench sends no actions: any would be refused.
    s.link = std::make_unique<room::RoomLink>(s.identity, pairingWith(console, index),
                                              [](const QByteArray&, qint64) -> Result<void> {
                                                  return fail(ErrorCode::NotAllowed, QStringLiteral("no actions"));
                                              });
    session::ReplicaJournal* journal = s.journal.get();
    s.link->setReplicaReader([journal](qint64 sessionId, qint64 after) { return journal->entries(sessionId, after); });
    s.link->setStatus(runningStatus(s, index));
    const qint64 sessionId = s.engine->sessionId();
    Station* station = &s;
    QObject::connect(s.engine.get(), &session::SessionEngine::changed, s.link.get(), [station, sessionId] {
        station->lastCommitNs = monotonicNs();
        station->link->replicate(sessionId);
    });
    QObject::connect(s.link.get(), &room::RoomLink::replicaAcknowledged, s.link.get(),
                     [station, &lagsMs](qint64, qint64 sequence) {
                         const qint64 now = monotonicNs();
                         station->acknowledged = std::max(station->acknowledged, sequence);
                         while (!station->waiting.isEmpty() && station->waiting.firstKey() <= sequence)
                             lagsMs.append(double(now - station->waiting.take(station->waiting.firstKey())) / 1e6);
                     });
    s.link->replicate(sessionId); // the start's entry, once connected
    s.link->start();
}

// The next item answered; its commit waits for the console's acknowledgement.
void answerNext(Station& s)
{
    const int position = s.engine->answeredCount();
    if (position >= s.engine->itemCount())
        return;
    s.lastCommitNs = 0;
    if (!s.engine->answer(position, position % 4) || s.lastCommitNs == 0)
        qFatal("replication bench: an answer was not committed");
    s.waiting.insert(++s.committed, s.lastCommitNs);
}

using Stations = std::vector<std::unique_ptr<Station>>;

// `count` stations, each with its room identity and a started, journaled session of `content`.
Stations makeStations(const QString& folder, int count, const banks::BankContent& content)
{
    Stations stations;
    for (int index = 0; index < count; ++index) {
        const QString stationFolder = folder + QStringLiteral("/station-%1").arg(index);
        QDir().mkpath(stationFolder);
        auto identity = room::RoomIdentity::openOrCreate(stationFolder + QStringLiteral("/room-identity"),
                                                         QStringLiteral("Station %1").arg(index + 1));
        if (!identity)
            qFatal("replication bench: %s", qPrintable(identity.error().message));
        auto station = std::make_unique<Station>();
        station->identity = identity->tls();
        station->pin = identity->pin();
        station->store = std::make_unique<BenchStation>(stationFolder);
        station->journal = std::make_unique<session::ReplicaJournal>(*station->store->database);
        station->engine = journaledSession(*station, content);
        station->committed = 1; // the start
        stations.push_back(std::move(station));
    }
    return stations;
}

bool allStations(const Stations& stations, const std::function<bool(const Station&)>& test)
{
    return std::all_of(stations.cbegin(), stations.cend(), [&](const auto& s) { return test(*s); });
}

// Each station answers every AnswerEveryMs for `seconds`, staggered across the interval; then the last
// acknowledgements are waited for (10 s at most). The commits never acknowledged.
qsizetype answerFor(Stations& stations, int seconds)
{
    const int count = int(stations.size());
    for (int index = 0; index < count; ++index) {
        Station* s = stations[index].get();
        s->answering.setInterval(AnswerEveryMs);
        QObject::connect(&s->answering, &QTimer::timeout, [s] { answerNext(*s); });
        QTimer::singleShot(index * AnswerEveryMs / count, &s->answering, qOverload<>(&QTimer::start));
    }
    runFor(seconds * 1'000);
    for (const auto& s : stations)
        s->answering.stop();
    QElapsedTimer draining;
    draining.start();
    while (!allStations(stations, [](const Station& s) { return s.waiting.isEmpty(); }) && draining.elapsed() < 10'000)
        runFor(20);
    qsizetype unacknowledged = 0;
    for (const auto& s : stations) {
        unacknowledged += s->waiting.size();
        // The commits counted here are the journal's numbers: an acknowledgement beyond them would mean
        // that lags were settled too early.
        if (s->acknowledged > s->committed)
            qFatal("replication bench: the console acknowledged entries the bench did not count");
    }
    return unacknowledged;
}

QString shownMs(double value)
{
    return QString::number(value, 'f', value >= 10 ? 1 : 2);
}

} // namespace

QList<Figure> replicationLag(const Settings& settings)
{
    const int count = settings.quick ? 12 : 60;
    const int seconds = settings.quick ? 5 : 30;
    const int baselineKeeps = settings.quick ? 50 : 300;
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("replication bench: no temporary folder");
    const SyntheticBank bank = SyntheticBank::make();
    Stations stations = makeStations(dir.path(), count, bank.content);
    QList<QByteArray> pins;
    for (const auto& s : stations)
        pins.append(s->pin);
    ConsoleThread console(dir.path(), pins);
    const QList<double> keepMs = console.timeSingleKeeps(baselineKeeps);

    // All connected and their starts replicated before the measured answers.
    QList<double> lagsMs;
    for (int index = 0; index < count; ++index)
        connectStation(*stations[index], console, index, lagsMs);
    runUntil([&] { return allStations(stations, [](const Station& s) { return s.acknowledged >= 1; }); }, 60'000,
             "the stations' starts were not replicated");
    const QList<double> startHandlingMs = console.handlingMs();
    const qsizetype unacknowledged = answerFor(stations, seconds);
    const QList<double> handlingMs = console.handlingMs().mid(startHandlingMs.size());
    stations.clear(); // their links close before the console goes

    const QString load = QStringLiteral("%1 answers of %2 stations, one every %3 s each, %4 s")
                             .arg(lagsMs.size())
                             .arg(count)
                             .arg(AnswerEveryMs / 1000)
                             .arg(seconds);
    const QString baseline = QStringLiteral("baseline the console keeping one entry alone (ReplicaStore::keep, "
                                            "synchronous FULL, %1 keeps)")
                                 .arg(keepMs.size());
    const QString missing =
        unacknowledged > 0 ? QStringLiteral("; %1 never acknowledged").arg(unacknowledged) : QString();
    Figure p50{QStringLiteral("replication lag, commit to ack, p50"),
               QStringLiteral("ms"),
               quantile(lagsMs, 0.5),
               quantile(keepMs, 0.5),
               QStringLiteral("(p99 is the goal)"),
               unacknowledged == 0,
               QStringLiteral("%1; %2%3").arg(load, baseline, missing)};
    const double p99Ms = quantile(lagsMs, 0.99);
    // The console's share tells a slow disk at the console from a slow network or station.
    const QString share = QStringLiteral("max %1 ms; the console's share (a batch kept and acknowledged) p50 %2 "
                                         "ms, p99 %3 ms over %4 batches")
                              .arg(shownMs(quantile(lagsMs, 1.0)), shownMs(quantile(handlingMs, 0.5)),
                                   shownMs(quantile(handlingMs, 0.99)))
                              .arg(handlingMs.size());
    Figure p99{QStringLiteral("replication lag, commit to ack, p99"),
               QStringLiteral("ms"),
               p99Ms,
               quantile(keepMs, 0.99),
               QStringLiteral("≤ 50 ms"),
               p99Ms <= GoalMs && !lagsMs.isEmpty() && unacknowledged == 0,
               QStringLiteral("%1; %2; %3, p99 beside p99%4").arg(load, share, baseline, missing)};
    return {p50, p99};
}

} // namespace exam::bench
