#include "demoroom.h"

#include "room/roomidentity.h"
#include "room/stationpairing.h"
#include "roomconsole.h"
#include "session/auditlog.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDateTime>
#include <QProcess>

#include <csignal>
#include <sys/prctl.h>

namespace exam::roomconsole {

DemoRoom::DemoRoom(RoomConsole& console, QString folder, QString kioskProgram, QObject* parent)
    : QObject(parent), m_console(console), m_folder(std::move(folder)), m_kioskProgram(std::move(kioskProgram))
{
}

DemoRoom::~DemoRoom()
{
    for (QProcess* kiosk : std::as_const(m_kiosks)) {
        kiosk->terminate();
        if (!kiosk->waitForFinished(5'000)) {
            kiosk->kill();
            kiosk->waitForFinished(5'000);
        }
    }
}

Result<void> DemoRoom::start()
{
    auto proctors = m_console.accounts().count();
    if (!proctors)
        return std::unexpected(proctors.error());
    if (*proctors == 0) {
        auto made = m_console.accounts().create(QString::fromLatin1(ProctorLogin), tr("Demo proctor"),
                                                Sensitive<QString>(QString::fromLatin1(ProctorPin)), nullptr);
        if (!made)
            return std::unexpected(made.error());
    }
    if (auto named = m_console.setRoomName(tr("Demo room")); !named)
        return named;
    for (int number = 1; number <= Stations; ++number) {
        if (auto joined = joinStation(number); !joined)
            return joined;
        auto* kiosk = new QProcess(this);
        kiosk->setProcessChannelMode(QProcess::ForwardedChannels);
        // The demo's kiosks end with the console, however it ends (closed, killed, crashed).
        kiosk->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        kiosk->start(m_kioskProgram,
                     {QStringLiteral("--demo"), QStringLiteral("--windowed"), QStringLiteral("--data-dir"),
                      QStringLiteral("%1/station-%2").arg(m_folder).arg(number)});
        m_kiosks.append(kiosk);
    }
    return {};
}

Result<void> DemoRoom::joinStation(int number)
{
    const StationPaths paths(QStringLiteral("%1/station-%2").arg(m_folder).arg(number));
    if (auto made = paths.ensureExists(); !made)
        return made;
    const QString name = tr("Demo station %1").arg(number);
    auto identity = room::RoomIdentity::openOrCreate(paths.roomIdentityBase(), name);
    if (!identity)
        return std::unexpected(identity.error());
    auto database = storage::Database::open(paths.databaseFile(), stationMigrations());
    if (!database)
        return std::unexpected(database.error());
    SystemClock clock;
    session::AuditLog audit(**database, clock);
    room::ConsolePairing pairing;
    pairing.host = QStringLiteral("127.0.0.1");
    pairing.port = m_console.port();
    pairing.pin = m_console.pin();
    pairing.name = m_console.roomName();
    pairing.stationName = name;
    pairing.joinedAt = QDateTime::currentDateTimeUtc();
    // Both ends are this machine: the demo pairs them directly instead of comparing codes.
    if (auto joined = room::StationPairing(**database, audit).join(pairing, QStringLiteral("demo")); !joined)
        return joined;
    return m_console.addStation(identity->pin(), name);
}

} // namespace exam::roomconsole
