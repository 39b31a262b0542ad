// exam-intake's set-up: init, show (what the stations need to know) and serve.

#include "intakecommand.h"
#include "intakeserver.h"

#include "crypto/keyid.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace intake {

namespace {

using exam::intake::IntakeConfig;
using exam::intake::IntakeHome;

class Init : public IntakeCommand
{
public:
    Init()
        : IntakeCommand(QStringLiteral("init"), tr("--certificate CERT.pem --key KEY.pem [--listen ADDR] [--port N]"),
                        tr("set the intake up: database, receipt key, bundle key"),
                        tr("Set an intake up in its data folder: database, receipt key (signs receipts), bundle key "
                           "(opens offline bundles) and intake.json."),
                        Opening::Nothing)
    {
        addOptions({m_certificate, m_key, m_listen, m_port});
    }

private:
    int run() override
    {
        if (!isSet(m_certificate) || !isSet(m_key))
            return fail(Usage, tr("init needs --certificate and --key; see exam-intake init --help"));
        IntakeConfig config;
        config.certificateFile = value(m_certificate);
        config.privateKeyFile = value(m_key);
        if (isSet(m_listen) && !config.listen.setAddress(value(m_listen)))
            return fail(Usage, tr("“%1” is not an IP address.").arg(value(m_listen)));
        if (isSet(m_port)) {
            bool ok = false;
            const uint number = value(m_port).toUInt(&ok);
            if (!ok || number == 0 || number > 65535)
                return fail(Usage, tr("“%1” is not a port number.").arg(value(m_port)));
            config.port = quint16(number);
        }
        const IntakeHome home = this->home();
        if (auto done = home.initialise(config); !done)
            return fail(statusFor(done.error().code), done.error().message);
        if (auto failed = openIntake(false)) // the database made and brought up to date
            return *failed;
        out(tr("Intake set up in %1.").arg(home.folder()));
        out(tr("Give each station: the address https://HOST:%1/, %2.pub (receipts), %3.pub (bundles), and the CA "
               "certificate or the pin that `exam-intake show` prints.")
                .arg(config.port)
                .arg(home.receiptKeyBase(), home.bundleKeyBase()));
        return Ok;
    }

    const QCommandLineOption m_certificate{QStringLiteral("certificate"),
                                           tr("The server certificate (PEM, chain after it)."), QStringLiteral("file")};
    const QCommandLineOption m_key{QStringLiteral("key"), tr("The certificate's private key (PEM, unencrypted)."),
                                   QStringLiteral("file")};
    const QCommandLineOption m_listen{QStringLiteral("listen"), tr("The address to listen on (default 127.0.0.1)."),
                                      QStringLiteral("address")};
    const QCommandLineOption m_port{QStringLiteral("port"), tr("The port (default 8443)."), QStringLiteral("number")};
};

class Show : public IntakeCommand
{
public:
    Show()
        : IntakeCommand(QStringLiteral("show"), tr("[--json]"),
                        tr("address, keys and pin to give the stations, counts"),
                        tr("Show what the stations need to know about this intake."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        const IntakeHome home = this->home();
        IntakeConfig config;
        if (auto unreadable = loadConfig(config))
            return *unreadable;
        auto receiptKey = home.receiptPublicKey();
        auto bundleKey = home.bundlePublicKey();
        if (!receiptKey || !bundleKey)
            return fail(InternalFailure, (!receiptKey ? receiptKey.error() : bundleKey.error()).message);
        auto pin = IntakeHome::certificatePin(config);
        exam::intake::IntakeStore& store = *intake().store;
        auto records = store.recordCount();
        auto conflicts = store.conflictCount();
        auto stations = store.stations();
        if (!records || !conflicts || !stations)
            return fail(InternalFailure, tr("The intake's database cannot be read."));
        const QString pinText = pin ? QString::fromLatin1(pin->toBase64()) : pin.error().message;
        const QString receiptKeyId = exam::crypto::keyIdOf(*receiptKey);
        const QString bundleKeyId = exam::crypto::keyIdOf(*bundleKey);
        if (json()) {
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("listen"), config.listen.toString()},
                                                            {QStringLiteral("port"), int(config.port)},
                                                            {QStringLiteral("receiptKeyId"), receiptKeyId},
                                                            {QStringLiteral("receiptKeyFile"),
                                                             QString(home.receiptKeyBase() + QStringLiteral(".pub"))},
                                                            {QStringLiteral("bundleKeyId"), bundleKeyId},
                                                            {QStringLiteral("bundleKeyFile"),
                                                             QString(home.bundleKeyBase() + QStringLiteral(".pub"))},
                                                            {QStringLiteral("pin"), pinText},
                                                            {QStringLiteral("stations"), double(stations->size())},
                                                            {QStringLiteral("records"), double(*records)},
                                                            {QStringLiteral("conflicts"), double(*conflicts)}})
                                      .toJson(QJsonDocument::Compact)));
            return Ok;
        }
        out(tr("Listening on:   %1 port %2").arg(config.listen.toString()).arg(config.port));
        out(tr("Receipt key:    %1 (%2.pub)").arg(receiptKeyId, home.receiptKeyBase()));
        out(tr("Bundle key:     %1 (%2.pub)").arg(bundleKeyId, home.bundleKeyBase()));
        out(tr("Pin (sha256):   %1").arg(pinText));
        out(tr("Stations: %1; records held: %2; conflicts: %3").arg(stations->size()).arg(*records).arg(*conflicts));
        return Ok;
    }
};

// Room for every connection the server allows, and its files: the usual soft limit of 1024 open
// files would fail accept() before the connection cap is reached.
void raiseOpenFileLimit(int connections)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = rlim_t(connections) + 256;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &limit);
}

// SIGTERM and SIGINT end `serve` through the event loop (systemd stops the service with SIGTERM).
int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

class Serve : public IntakeCommand
{
public:
    Serve()
        : IntakeCommand(QStringLiteral("serve"), QString(), tr("answer the stations over HTTPS until stopped"),
                        tr("Answer the stations over HTTPS until stopped (SIGTERM or Ctrl+C)."), Opening::WithService)
    {
    }

private:
    int run() override
    {
        const IntakeHome home = this->home();
        IntakeConfig config;
        if (auto unreadable = loadConfig(config))
            return *unreadable;
        auto tls = IntakeHome::tlsConfiguration(config);
        if (!tls)
            return fail(statusFor(tls.error().code), tls.error().message);
        QFile accessLog(home.accessLogFile());
        if (!accessLog.open(QIODevice::Append | QIODevice::Text))
            return fail(
                OutputFailed,
                tr("The access log %1 cannot be opened: %2").arg(home.accessLogFile(), accessLog.errorString()));
        exam::intake::IntakeServer server(*intake().service);
        server.setMaxBodyBytes(config.maxBodyBytes);
        server.setIdleTimeout(std::chrono::seconds(config.idleTimeoutSeconds));
        server.setMaxConnectionsPerAddress(config.maxConnectionsPerAddress);
        server.setTrustedProxies(config.trustedProxies);
        raiseOpenFileLimit(server.maxConnections());
        server.setAccessLog(&accessLog);
        auto port = server.listen(config.listen, config.port, *tls);
        if (!port)
            return fail(OutputFailed, port.error().message);

        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
            return fail(InternalFailure, tr("The signal pipe cannot be made."));
        QSocketNotifier stop(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(&stop, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        out(tr("exam-intake listening on https://%1:%2/ (data in %3)")
                .arg(config.listen.toString())
                .arg(*port)
                .arg(home.folder()));
        std::fflush(stdout);
        const int status = QCoreApplication::exec();
        out(tr("exam-intake stopped."));
        return status;
    }
};

} // namespace

void addSetupCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Init>());
    tool.add(std::make_unique<Show>());
    tool.add(std::make_unique<Serve>());
}

} // namespace intake
