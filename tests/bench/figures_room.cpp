// Figures of the room console (issue 25): 60 stations on loopback, each a real session engine in a
// child process committing an answer once a second and telling the console at once; the console (this
// process: its server, model and window, offscreen) shows them. Measured: from a station's commit to
// the console's tile (both processes read the same monotonic clock), from the proctor's action to the
// station's audit entry, and the console's CPU and memory beside the same console with an empty room.
#include "bench.h"
#include "benchstation.h"
#include "syntheticbank.h"

#include "banks/bankreader.h"
#include "room/roomauthority.h"
#include "room/roomidentity.h"
#include "room/roomlink.h"
#include "room/stationpairing.h"
#include "roomconsole.h"
#include "roomview.h"
#include "session/auditlog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace exam::bench {

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

// The event loop for `ms`, asleep while nothing happens (a busy loop would be the CPU figure).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString stationFolder(const QString& folder, int index)
{
    return QStringLiteral("%1/station-%2").arg(folder).arg(index);
}

} // namespace

// The child: `count` stations, each a session engine of the synthetic bank, its answers once a second
// (staggered), for `seconds`; then it prints when each commit and each action's audit entry happened.
int runRoomStationsChild(const QString& folder, quint16 port, const QByteArray& consolePin, int count, int seconds)
{
    QByteArray file;
    QList<banks::PublisherKey> trusted;
    banks::BankKeys keys;
    if (!SyntheticBank::load(folder, file, trusted, keys))
        qFatal("room bench child: no bank in %s", qPrintable(folder));
    auto opened = banks::BankReader::open(file, trusted, keys);
    if (!opened)
        qFatal("room bench child: the bank does not open");
    struct Station
    {
        std::unique_ptr<BenchStation> store;
        std::unique_ptr<session::SessionEngine> engine;
        std::unique_ptr<room::StationPairing> pairing;
        std::unique_ptr<room::RoomLink> link;
        room::StationStatus status;
        QTimer timer;
    };
    std::vector<std::unique_ptr<Station>> stations;
    QStringList log;
    for (int index = 0; index < count; ++index) {
        auto station = std::make_unique<Station>();
        station->store = std::make_unique<BenchStation>(stationFolder(folder, index));
        station->engine = station->store->startedSession(opened->content);
        auto identity = room::RoomIdentity::open(stationFolder(folder, index) + QStringLiteral("/room-identity"));
        if (!identity)
            qFatal("room bench child: %s", qPrintable(identity.error().message));
        room::ConsolePairing pairing;
        pairing.host = QStringLiteral("127.0.0.1");
        pairing.port = port;
        pairing.pin = consolePin;
        Station* s = station.get();
        // As a station keeps it: its pairing in its database, each action's number claimed there.
        pairing.stationName = QStringLiteral("Station %1").arg(index + 1);
        pairing.joinedAt = QDateTime::currentDateTimeUtc();
        s->pairing = std::make_unique<room::StationPairing>(*s->store->database, *s->store->audit);
        if (!s->pairing->join(pairing, QStringLiteral("bench")))
            qFatal("room bench child: the pairing is not kept");
        s->link =
            std::make_unique<room::RoomLink>(identity->tls(), pairing, [s](const QByteArray& pin, qint64 sequence) {
                return s->pairing->claimSequence(pin, sequence);
            });
        s->status.station = QStringLiteral("Station %1").arg(index + 1);
        s->status.phase = room::StationPhase::Running;
        s->status.bootId = QStringLiteral("bench");
        s->status.startedAt = QDateTime::currentDateTimeUtc();
        s->status.items = s->engine->itemCount();
        s->status.timed = true;
        s->status.remainingMs = s->engine->remaining().count() / 1000 * 1000;
        s->link->setStatus(s->status);
        QObject::connect(
            s->link.get(), &room::RoomLink::actionReceived, [s, index, &log](const room::ReceivedAction& received) {
                const room::ActionFrame& frame = received.frame();
                const auto proctor = room::RoomAuthority::forAction(received, QDateTime::currentDateTimeUtc());
                const bool paused = s->engine->state() == session::SessionState::Paused;
                const Result<void> done =
                    paused ? s->engine->resume(proctor) : s->engine->pause(proctor, frame.action.reason);
                log.append(QStringLiteral("action %1 %2 %3").arg(index).arg(frame.sequence).arg(monotonicNs()));
                s->link->answer(
                    room::ActionAnswer{frame.sequence, bool(done), done ? QString() : done.error().message});
            });
        s->timer.setInterval(1'000);
        QObject::connect(&s->timer, &QTimer::timeout, [s, index, &log] {
            const int position = s->engine->answeredCount();
            if (position >= s->engine->itemCount() || s->engine->state() != session::SessionState::InProgress)
                return;
            if (!s->engine->answer(position, position % 4))
                return;
            const qint64 committed = monotonicNs();
            s->status.answered = s->engine->answeredCount();
            s->status.remainingMs = s->engine->remaining().count() / 1000 * 1000;
            s->link->setStatus(s->status);
            log.append(QStringLiteral("commit %1 %2 %3").arg(index).arg(s->status.answered).arg(committed));
        });
        s->link->start();
        QTimer::singleShot(index * 1'000 / count, &s->timer, qOverload<>(&QTimer::start));
        stations.push_back(std::move(station));
    }
    runFor(seconds * 1'000);
    for (const QString& line : std::as_const(log))
        std::printf("%s\n", qPrintable(line));
    return 0;
}

QList<Figure> roomConsole(const Settings& settings)
{
    const int count = 60;
    const int seconds = settings.quick ? 8 : 30;
    QTemporaryDir dir;
    SyntheticBank::make().save(dir.path());
    SystemClock clock;
    auto opened = roomconsole::RoomConsole::open({dir.filePath(QStringLiteral("console"))}, clock,
                                                 crypto::ScryptParams{1u << 8, 8, 1});
    if (!opened)
        qFatal("room bench: %s", qPrintable(opened.error().message));
    roomconsole::RoomConsole& console = **opened;
    if (!console.accounts().create(QStringLiteral("bench"), QStringLiteral("Bench"),
                                   Sensitive<QString>(QStringLiteral("482913")), nullptr))
        qFatal("room bench: no proctor");
    console.signIn(*console.accounts().signIn(QStringLiteral("bench"), Sensitive<QString>(QStringLiteral("482913"))),
                   QStringLiteral("Bench"));
    if (!console.listen(QHostAddress::LocalHost, 0))
        qFatal("room bench: the console does not listen");
    ui::RoomView& view = console.view();
    view.resize(1920, 1080);
    view.show();

    // The baseline: the same console, window shown, with an empty room.
    runFor(1'000);
    const double emptyCpu0 = cpuSeconds();
    QElapsedTimer emptyWall;
    emptyWall.start();
    runFor(seconds * 1'000 / 2);
    const double emptyCpuShare = (cpuSeconds() - emptyCpu0) / (double(emptyWall.elapsed()) / 1000.0) * 100.0;
    const double emptyMb = residentMb();

    // 60 stations, paired as examctl room join would leave them.
    QHash<QByteArray, int> indexOf;
    for (int index = 0; index < count; ++index) {
        QDir().mkpath(stationFolder(dir.path(), index));
        auto identity =
            room::RoomIdentity::openOrCreate(stationFolder(dir.path(), index) + QStringLiteral("/room-identity"),
                                             QStringLiteral("Station %1").arg(index + 1));
        if (!identity || !console.addStation(identity->pin(), QStringLiteral("Station %1").arg(index + 1)))
            qFatal("room bench: a station cannot be paired");
        indexOf.insert(identity->pin(), index);
    }
    QHash<QString, qint64> shownAt; // "station answered" → when the tile showed it
    QStringList arrived;            // received, not drawn yet
    QObject::connect(&console.server(), &room::RoomServer::statusReceived, &view,
                     [&](const QByteArray& pin, const room::StationStatus& status) {
                         // The first status with an answer counts; heartbeats repeat it.
                         const QString key = QStringLiteral("%1 %2").arg(indexOf.value(pin)).arg(status.answered);
                         if (!shownAt.contains(key) && !arrived.contains(key))
                             arrived.append(key);
                     });
    QObject::connect(&view, &ui::RoomView::refreshed, &view, [&] {
        const qint64 now = monotonicNs();
        for (const QString& key : std::as_const(arrived))
            shownAt.insert(key, now);
        arrived.clear();
    });
    QProcess child;
    child.start(settings.binaryDir + QStringLiteral("/exam-bench"),
                {QStringLiteral("--room-stations"), dir.path(), QStringLiteral("--room-port"),
                 QString::number(console.port()), QStringLiteral("--room-console-pin"),
                 QString::fromLatin1(console.pin().toHex()), QStringLiteral("--room-count"), QString::number(count),
                 QStringLiteral("--room-seconds"), QString::number(seconds + 5)});
    if (!child.waitForStarted(10'000))
        qFatal("room bench: the stations' process does not start");
    // All connected, then the measured window: actions sent every 200 ms meanwhile.
    QElapsedTimer connecting;
    connecting.start();
    while (connecting.elapsed() < 30'000) {
        const auto entries = console.model().stations();
        if (std::all_of(entries.begin(), entries.end(), [](const room::StationEntry& e) { return e.online; }))
            break;
        runFor(50);
    }
    runFor(1'000);
    const double cpu0 = cpuSeconds();
    const qint64 windowStartNs = monotonicNs(); // commits before it may have waited for their connection
    QElapsedTimer wall;
    wall.start();
    QHash<QString, qint64> sentAt; // "station sequence" → when the proctor's action left
    const QList<QByteArray> pins = indexOf.keys();
    int next = 0;
    while (wall.elapsed() < seconds * 1'000) {
        const int n = next++;
        const QByteArray pin = pins.at(n % pins.size());
        room::RoomAction action;
        action.kind = room::ActionKind::Pause;
        action.reason = QStringLiteral("bench");
        const qint64 at = monotonicNs();
        console.send(action, {pin});
        // The number the console took for it: each station's actions are numbered from 1.
        sentAt.insert(QStringLiteral("%1 %2").arg(indexOf.value(pin)).arg(n / pins.size() + 1), at);
        runFor(200);
    }
    const double cpuShare = (cpuSeconds() - cpu0) / (double(wall.elapsed()) / 1000.0) * 100.0;
    const double roomMb = residentMb();
    child.waitForFinished(60'000);

    QList<double> statusMs;
    QList<double> actionMs;
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 4)
            continue;
        const QString key = QStringLiteral("%1 %2").arg(QString::fromLatin1(parts[1]), QString::fromLatin1(parts[2]));
        const qint64 at = parts[3].toLongLong();
        if (parts[0] == "commit" && at >= windowStartNs && shownAt.contains(key))
            statusMs.append(double(shownAt.value(key) - at) / 1e6);
        else if (parts[0] == "action" && sentAt.contains(key))
            actionMs.append(double(at - sentAt.value(key)) / 1e6);
    }
    const double statusP99 = quantile(statusMs, 0.99);
    const double actionP99 = quantile(actionMs, 0.99);
    Figure latency{QStringLiteral("room: station commit to console tile, p99"),
                   QStringLiteral("ms"),
                   statusP99,
                   0,
                   QStringLiteral("≤ 250 ms"),
                   statusP99 <= 250 && !statusMs.isEmpty(),
                   QStringLiteral("%1 updates of 60 stations, one commit a second each (median %2 ms)")
                       .arg(statusMs.size())
                       .arg(median(statusMs), 0, 'f', 1)};
    Figure action{
        QStringLiteral("room: action to the station's audit entry, p99"),
        QStringLiteral("ms"),
        actionP99,
        0,
        QStringLiteral("≤ 100 ms"),
        actionP99 <= 100 && !actionMs.isEmpty(),
        QStringLiteral("%1 pauses and resumes (median %2 ms)").arg(actionMs.size()).arg(median(actionMs), 0, 'f', 1)};
    Figure cpu{QStringLiteral("room: console CPU, 60 stations"),
               QStringLiteral("% of a core"),
               cpuShare,
               emptyCpuShare,
               QStringLiteral("≤ 10 %"),
               cpuShare <= 10,
               QStringLiteral("beside the same console with an empty room")};
    Figure memory{QStringLiteral("room: console memory, 60 stations"),
                  QStringLiteral("MB"),
                  roomMb,
                  emptyMb,
                  QStringLiteral("≤ +60 MB"),
                  roomMb - emptyMb <= 60,
                  QStringLiteral("resident, beside the same console with an empty room (+%1 MB)")
                      .arg(roomMb - emptyMb, 0, 'f', 1)};
    return {latency, action, cpu, memory};
}

} // namespace exam::bench
