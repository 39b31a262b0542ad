// examctl's room group: joining the room console of the test room (issue 25), leaving it, and showing
// which room the station is in.

#include "examctlcommands.h"
#include "stationcommand.h"

#include "room/roomidentity.h"
#include "room/roomjoin.h"
#include "room/stationpairing.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace examctl {

namespace {

// "host", "host:port", "[v6]:port" or a bare IPv6 address.
bool parseConsoleAddress(const QString& text, QString* host, quint16* port)
{
    *port = exam::room::ConsolePairing::DefaultPort;
    QString rest = text.trimmed();
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return false;
        *host = rest.mid(1, close - 1);
        rest = rest.mid(close + 1);
        if (rest.isEmpty())
            return !host->isEmpty();
        if (!rest.startsWith(u':'))
            return false;
        rest = rest.mid(1);
    } else if (rest.count(u':') == 1) {
        *host = rest.section(u':', 0, 0);
        rest = rest.section(u':', 1);
    } else {
        *host = rest; // no port, or a bare IPv6 address
        return !host->isEmpty();
    }
    bool ok = false;
    const uint number = rest.toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return false;
    *port = quint16(number);
    return !host->isEmpty();
}

class RoomJoinCommand : public StationCommand
{
public:
    RoomJoinCommand()
        : StationCommand(QStringLiteral("room join"), tr("--console HOST[:PORT] [--name NAME]"),
                         tr("join the room console of this test room"),
                         tr("Join this station to the room console (exam-room) at HOST. The command shows a code "
                            "and asks whether the console shows the same (answer yes on standard input); the "
                            "proctor accepts the station there as well. The kiosk finds the room within seconds, and "
                            "goes on working alone whenever the console is away."))
    {
        addOption(m_console);
        addOption(m_name);
    }

private:
    int run() override
    {
        QString host;
        quint16 port = 0;
        if (!parseConsoleAddress(value(m_console), &host, &port))
            return fail(Usage, tr("room join needs --console HOST or HOST:PORT (the machine exam-room runs on)."));
        QString name = value(m_name).simplified();
        if (name.isEmpty())
            name = QHostInfo::localHostName();
        if (name.size() > 64)
            return fail(Usage, tr("--name is longer than 64 characters."));
        auto identity = exam::room::RoomIdentity::openOrCreate(paths().roomIdentityBase(), name);
        if (!identity)
            return fail(statusFor(identity.error().code), identity.error().message);

        exam::room::RoomJoin joining(identity->tls(), identity->pin(), name);
        std::optional<exam::room::ConsolePairing> joined;
        QString failure;
        QEventLoop loop;
        QObject::connect(&joining, &exam::room::RoomJoin::codeReady, [&](const QString& code) {
            out(tr("Pairing code: %1").arg(code));
            out(tr("Check that the room console shows the same code for \"%1\"; the proctor accepts the station "
                   "there.")
                    .arg(name));
            std::fprintf(stdout, "%s",
                         qPrintable(tr("Does the console show %1? Type yes and Enter if it does: ").arg(code)));
            std::fflush(stdout);
            // Read while the connection waits: both ends must agree before either keeps the other's key.
            static QTextStream input(stdin);
            const QString answer = input.readLine().trimmed().toLower();
            joining.confirm(answer == QLatin1String("yes") || answer == QLatin1String("y"));
        });
        QObject::connect(&joining, &exam::room::RoomJoin::joined, [&](const exam::room::ConsolePairing& pairing) {
            joined = pairing;
            loop.quit();
        });
        QObject::connect(&joining, &exam::room::RoomJoin::failed, [&](const QString& why) {
            failure = why;
            loop.quit();
        });
        joining.start(host, port);
        loop.exec();
        if (!joined)
            return fail(Refused, failure);
        exam::room::StationPairing pairings(*station().database, *station().audit);
        if (auto saved = pairings.join(*joined, QStringLiteral("station")); !saved)
            return fail(statusFor(saved.error().code), saved.error().message);
        out(tr("This station is now \"%1\" in room \"%2\" (console %3 port %4).")
                .arg(name, joined->name, host)
                .arg(port));
        return Ok;
    }

    const QCommandLineOption m_console{QStringLiteral("console"),
                                       tr("Where the room console listens: HOST or HOST:PORT (port %1 unless given).")
                                           .arg(exam::room::ConsolePairing::DefaultPort),
                                       QStringLiteral("address")};
    const QCommandLineOption m_name{QStringLiteral("name"),
                                    tr("The station's name on the console's tiles (default: the host name)."),
                                    QStringLiteral("name")};
};

class RoomLeave : public StationCommand
{
public:
    RoomLeave()
        : StationCommand(QStringLiteral("room leave"), QString(), tr("leave the room console's room"),
                         tr("Leave the room: the station no longer talks to its room console (within seconds, also "
                            "while the kiosk runs). Remove the station on the console as well."))
    {
    }

private:
    int run() override
    {
        exam::room::StationPairing pairings(*station().database, *station().audit);
        if (auto left = pairings.leave(QStringLiteral("station")); !left)
            return fail(left.error().code == exam::ErrorCode::NotFound ? Refused : statusFor(left.error().code),
                        left.error().message);
        out(tr("This station left its room."));
        return Ok;
    }
};

class RoomShow : public StationCommand
{
public:
    RoomShow()
        : StationCommand(QStringLiteral("room show"), tr("[--json]"), tr("show the room the station is in"),
                         tr("Show the room console this station joined, and its key's pin."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        exam::room::StationPairing pairings(*station().database, *station().audit);
        auto pairing = pairings.load();
        if (!pairing)
            return fail(statusFor(pairing.error().code), pairing.error().message);
        auto identity = exam::room::RoomIdentity::open(paths().roomIdentityBase());
        const QString ownPin = identity ? QString::fromLatin1(identity->pin().toHex()) : QString();
        if (json()) {
            QJsonObject shown{{QStringLiteral("inRoom"), pairing->has_value()}, {QStringLiteral("stationPin"), ownPin}};
            if (*pairing) {
                const exam::room::ConsolePairing& room = **pairing;
                shown.insert(QStringLiteral("room"), room.name);
                shown.insert(QStringLiteral("station"), room.stationName);
                shown.insert(QStringLiteral("host"), room.host);
                shown.insert(QStringLiteral("port"), room.port);
                shown.insert(QStringLiteral("consolePin"), QString::fromLatin1(room.pin.toHex()));
                shown.insert(QStringLiteral("joinedAt"), room.joinedAt.toString(Qt::ISODate));
            }
            outJson(shown);
            return Ok;
        }
        if (!*pairing) {
            out(tr("This station is in no room (examctl room join --console HOST)."));
            return Ok;
        }
        const exam::room::ConsolePairing& room = **pairing;
        out(tr("Room:         %1").arg(room.name));
        out(tr("Station name: %1").arg(room.stationName));
        out(tr("Console:      %1 port %2").arg(room.host).arg(room.port));
        out(tr("Console key:  %1").arg(QString::fromLatin1(room.pin.toHex())));
        out(tr("Station key:  %1").arg(ownPin.isEmpty() ? identity.error().message : ownPin));
        out(tr("Joined:       %1").arg(room.joinedAt.toLocalTime().toString(Qt::ISODate)));
        return Ok;
    }
};

} // namespace

void addRoomCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<RoomJoinCommand>());
    tool.add(std::make_unique<RoomLeave>());
    tool.add(std::make_unique<RoomShow>());
}

} // namespace examctl
