#include "intakecommands.h"

#include "banks/bankformat.h"
#include "crypto/keyfiles.h"
#include "delivery/resultbundle.h"
#include "intakeserver.h"
#include "intakeservice.h"
#include "intakestore.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>

#include <sys/socket.h>
#include <unistd.h>

namespace intake {

using exam::intake::IntakeConfig;
using exam::intake::IntakeHome;

namespace {

void out(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

int failWith(int status, const QString& message)
{
    std::fputs(qPrintable(QStringLiteral("exam-intake: ") + message + u'\n'), stderr);
    return status;
}

struct Command
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               tr("The intake's data folder (default: %1).").arg(IntakeHome::defaultFolder()),
                               QStringLiteral("folder")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print JSON for scripts.")};
    QString name;

    Command(QString commandName, const QString& description, bool withJson = false) : name(std::move(commandName))
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOption(dataDir);
        if (withJson)
            parser.addOption(json);
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    }

    std::optional<int> parse(const QStringList& arguments, int positional)
    {
        if (!parser.parse(QStringList{QStringLiteral("exam-intake ") + name} + arguments))
            return failWith(Usage, parser.errorText());
        if (parser.isSet(QStringLiteral("help"))) {
            out(parser.helpText());
            return Ok;
        }
        if (parser.positionalArguments().size() != positional)
            return failWith(Usage, tr("%1: wrong arguments; see exam-intake %1 --help").arg(name));
        return std::nullopt;
    }

    IntakeHome home() const { return IntakeHome(parser.isSet(dataDir) ? parser.value(dataDir) : IntakeHome::defaultFolder()); }
};

// The intake's database and rules, opened for one command.
struct Intake
{
    exam::SystemClock clock;
    std::unique_ptr<exam::storage::Database> database;
    std::unique_ptr<exam::intake::IntakeStore> store;
    std::unique_ptr<exam::intake::IntakeService> service;

    std::optional<int> open(const IntakeHome& home, bool withService = false)
    {
        if (!home.isInitialised())
            return failWith(InputUnreadable, tr("There is no intake in %1. Set one up with `exam-intake init` (or name "
                                                "its folder with --data-dir).").arg(home.folder()));
        auto opened = exam::storage::Database::open(home.databaseFile(), exam::intake::IntakeStore::migrations());
        if (!opened)
            return failWith(InternalFailure, opened.error().message);
        database = std::move(*opened);
        store = std::make_unique<exam::intake::IntakeStore>(*database);
        if (withService) {
            auto key = home.receiptPrivateKey();
            if (!key)
                return failWith(InternalFailure, key.error().message);
            service = std::make_unique<exam::intake::IntakeService>(*store, clock, std::move(*key));
        }
        return std::nullopt;
    }
};

// SIGTERM and SIGINT end `serve` through the event loop (systemd stops the service with SIGTERM).
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int init(const QStringList& arguments)
{
    Command command(QStringLiteral("init"), tr("Set an intake up in its data folder: database, receipt key (signs "
                                                "receipts), bundle key (opens offline bundles) and intake.json."));
    QCommandLineOption certificate(QStringLiteral("certificate"), tr("The server certificate (PEM, chain after it)."),
                                   QStringLiteral("file"));
    QCommandLineOption key(QStringLiteral("key"), tr("The certificate's private key (PEM, unencrypted)."), QStringLiteral("file"));
    QCommandLineOption listen(QStringLiteral("listen"), tr("The address to listen on (default 127.0.0.1)."), QStringLiteral("address"));
    QCommandLineOption port(QStringLiteral("port"), tr("The port (default 8443)."), QStringLiteral("number"));
    command.parser.addOptions({certificate, key, listen, port});
    if (auto status = command.parse(arguments, 0))
        return *status;
    if (!command.parser.isSet(certificate) || !command.parser.isSet(key))
        return failWith(Usage, tr("init needs --certificate and --key; see exam-intake init --help"));
    IntakeConfig config;
    config.certificateFile = command.parser.value(certificate);
    config.privateKeyFile = command.parser.value(key);
    if (command.parser.isSet(listen) && !config.listen.setAddress(command.parser.value(listen)))
        return failWith(Usage, tr("“%1” is not an IP address.").arg(command.parser.value(listen)));
    if (command.parser.isSet(port)) {
        bool ok = false;
        const uint number = command.parser.value(port).toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return failWith(Usage, tr("“%1” is not a port number.").arg(command.parser.value(port)));
        config.port = quint16(number);
    }
    const IntakeHome home = command.home();
    if (auto done = home.initialise(config); !done)
        return failWith(statusFor(done.error().code), done.error().message);
    Intake intake;
    if (auto status = intake.open(home))
        return *status;
    out(tr("Intake set up in %1.").arg(home.folder()));
    out(tr("Give each station: the address https://HOST:%1/, %2.pub (receipts), %3.pub (bundles), and the CA "
           "certificate or the pin that `exam-intake show` prints.")
            .arg(config.port).arg(home.receiptKeyBase(), home.bundleKeyBase()));
    return Ok;
}

int show(const QStringList& arguments)
{
    Command command(QStringLiteral("show"), tr("Show what the stations need to know about this intake."), true);
    if (auto status = command.parse(arguments, 0))
        return *status;
    const IntakeHome home = command.home();
    Intake intake;
    if (auto status = intake.open(home))
        return *status;
    auto config = home.loadConfig();
    if (!config)
        return failWith(statusFor(config.error().code), config.error().message);
    auto receiptKey = home.receiptPublicKey();
    auto bundleKey = home.bundlePublicKey();
    if (!receiptKey || !bundleKey)
        return failWith(InternalFailure, (!receiptKey ? receiptKey.error() : bundleKey.error()).message);
    auto pin = IntakeHome::certificatePin(*config);
    auto records = intake.store->recordCount();
    auto conflicts = intake.store->conflictCount();
    auto stations = intake.store->stations();
    if (!records || !conflicts || !stations)
        return failWith(InternalFailure, tr("The intake's database cannot be read."));
    const QString pinText = pin ? QString::fromLatin1(pin->toBase64()) : pin.error().message;
    if (command.parser.isSet(command.json)) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("listen"), config->listen.toString()},
            {QStringLiteral("port"), int(config->port)},
            {QStringLiteral("receiptKeyId"), exam::banks::keyIdOf(*receiptKey)},
            {QStringLiteral("receiptKeyFile"), QString(home.receiptKeyBase() + QStringLiteral(".pub"))},
            {QStringLiteral("bundleKeyId"), exam::banks::keyIdOf(*bundleKey)},
            {QStringLiteral("bundleKeyFile"), QString(home.bundleKeyBase() + QStringLiteral(".pub"))},
            {QStringLiteral("pin"), pinText},
            {QStringLiteral("stations"), double(stations->size())},
            {QStringLiteral("records"), double(*records)},
            {QStringLiteral("conflicts"), double(*conflicts)}}).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    out(tr("Listening on:   %1 port %2").arg(config->listen.toString()).arg(config->port));
    out(tr("Receipt key:    %1 (%2.pub)").arg(exam::banks::keyIdOf(*receiptKey), home.receiptKeyBase()));
    out(tr("Bundle key:     %1 (%2.pub)").arg(exam::banks::keyIdOf(*bundleKey), home.bundleKeyBase()));
    out(tr("Pin (sha256):   %1").arg(pinText));
    out(tr("Stations: %1; records held: %2; conflicts: %3").arg(stations->size()).arg(*records).arg(*conflicts));
    return Ok;
}

int serve(const QStringList& arguments)
{
    Command command(QStringLiteral("serve"), tr("Answer the stations over HTTPS until stopped (SIGTERM or Ctrl+C)."));
    if (auto status = command.parse(arguments, 0))
        return *status;
    const IntakeHome home = command.home();
    Intake intake;
    if (auto status = intake.open(home, true))
        return *status;
    auto config = home.loadConfig();
    if (!config)
        return failWith(statusFor(config.error().code), config.error().message);
    auto tls = IntakeHome::tlsConfiguration(*config);
    if (!tls)
        return failWith(statusFor(tls.error().code), tls.error().message);
    QFile accessLog(home.accessLogFile());
    if (!accessLog.open(QIODevice::Append | QIODevice::Text))
        return failWith(OutputFailed, tr("The access log %1 cannot be opened: %2").arg(home.accessLogFile(), accessLog.errorString()));
    exam::intake::IntakeServer server(*intake.service);
    server.setMaxBodyBytes(config->maxBodyBytes);
    server.setIdleTimeout(std::chrono::seconds(config->idleTimeoutSeconds));
    server.setAccessLog(&accessLog);
    auto port = server.listen(config->listen, config->port, *tls);
    if (!port)
        return failWith(OutputFailed, port.error().message);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return failWith(InternalFailure, tr("The signal pipe cannot be made."));
    QSocketNotifier stop(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    out(tr("exam-intake listening on https://%1:%2/ (data in %3)").arg(config->listen.toString()).arg(*port).arg(home.folder()));
    std::fflush(stdout);
    const int status = QCoreApplication::exec();
    out(tr("exam-intake stopped."));
    return status;
}

int stationAdd(const QStringList& arguments)
{
    Command command(QStringLiteral("station add"),
                    tr("Accept a station's records: register its public key (station-key.pub, as `examctl station "
                       "show` names it)."));
    QCommandLineOption name(QStringLiteral("name"), tr("A name for people, e.g. the centre and room."), QStringLiteral("name"));
    command.parser.addOption(name);
    command.parser.addPositionalArgument(QStringLiteral("KEY.pub"), tr("The station's public key file."));
    if (auto status = command.parse(arguments, 1))
        return *status;
    if (command.parser.value(name).trimmed().isEmpty())
        return failWith(Usage, tr("station add needs --name; see exam-intake station add --help"));
    auto key = exam::crypto::KeyFiles::readPublicKey(command.parser.positionalArguments().first(),
                                                     exam::crypto::KeyFiles::Algorithm::Ed25519);
    if (!key)
        return failWith(statusFor(key.error().code), key.error().message);
    Intake intake;
    if (auto status = intake.open(command.home()))
        return *status;
    auto added = intake.store->addStation(*key, command.parser.value(name).trimmed(), intake.clock.utcNow());
    if (!added)
        return failWith(statusFor(added.error().code), added.error().message);
    out(tr("Station %1 (“%2”) is accepted.").arg(added->keyId, added->name));
    return Ok;
}

int stationList(const QStringList& arguments)
{
    Command command(QStringLiteral("station list"), tr("List the registered stations."), true);
    if (auto status = command.parse(arguments, 0))
        return *status;
    Intake intake;
    if (auto status = intake.open(command.home()))
        return *status;
    auto stations = intake.store->stations();
    if (!stations)
        return failWith(InternalFailure, stations.error().message);
    if (command.parser.isSet(command.json)) {
        QJsonArray list;
        for (const auto& station : *stations)
            list.append(QJsonObject{{QStringLiteral("keyId"), station.keyId},
                                    {QStringLiteral("name"), station.name},
                                    {QStringLiteral("addedAt"), station.addedAt},
                                    {QStringLiteral("revokedAt"), station.revokedAt}});
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    if (stations->isEmpty())
        out(tr("No station is registered. Add one with: exam-intake station add station-key.pub --name NAME"));
    for (const auto& station : *stations)
        out(QStringLiteral("%1  %2  %3").arg(station.keyId, station.revokedAt.isEmpty() ? tr("accepted")
                                                                                       : tr("revoked %1").arg(station.revokedAt),
                                              station.name));
    return Ok;
}

int stationRevoke(const QStringList& arguments)
{
    Command command(QStringLiteral("station revoke"),
                    tr("Stop accepting a station's records (a lost or retired station). Records already held stay."));
    command.parser.addPositionalArgument(QStringLiteral("KEYID"), tr("The station's key id (see station list)."));
    if (auto status = command.parse(arguments, 1))
        return *status;
    Intake intake;
    if (auto status = intake.open(command.home()))
        return *status;
    const QString keyId = command.parser.positionalArguments().first().trimmed().toLower();
    if (auto done = intake.store->revokeStation(keyId, intake.clock.utcNow()); !done)
        return failWith(statusFor(done.error().code), done.error().message);
    out(tr("Station %1 is revoked: its records are refused from now on.").arg(keyId));
    return Ok;
}

int importBundle(const QStringList& arguments)
{
    Command command(QStringLiteral("import"),
                    tr("Store the records of an offline bundle (from `examctl outbox export`) under the same rules "
                       "as an upload. Importing a bundle twice changes nothing."));
    command.parser.addPositionalArgument(QStringLiteral("BUNDLE"), tr("The bundle file."));
    if (auto status = command.parse(arguments, 1))
        return *status;
    const IntakeHome home = command.home();
    Intake intake;
    if (auto status = intake.open(home, true))
        return *status;
    const QString path = command.parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(InputUnreadable, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > exam::delivery::ResultBundle::MaxBundleBytes)
        return failWith(Refused, tr("%1 is larger than any results bundle.").arg(path));
    const QByteArray bytes = file.readAll();
    auto key = home.bundlePrivateKey();
    if (!key)
        return failWith(InternalFailure, key.error().message);
    auto report = intake.service->importBundle(bytes, key->view());
    if (!report)
        return failWith(statusFor(report.error().code), tr("%1: %2").arg(path, report.error().message));
    out(tr("%1: %2 stored, %3 held already, %4 refused.").arg(path).arg(report->stored).arg(report->alreadyHeld)
            .arg(report->refused.size()));
    for (const QString& line : report->refused)
        out(tr("  refused %1").arg(line));
    return report->refused.isEmpty() ? Ok : Refused;
}

} // namespace intake
