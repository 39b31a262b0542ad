#include "intakeserver.h"

#include "intakeservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace exam::intake {

namespace {

const char* const ReceivedProperty = "exam.intake.received";
const char* const RefusedProperty = "exam.intake.refused";
constexpr qint64 HeaderAllowance = 16 * 1024; // request line and headers on top of the body

QByteArray rawResponse(int status, const QByteArray& reason, const QByteArray& body, bool close)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: application/json\r\n"
             "Content-Length: "
           + QByteArray::number(body.size()) + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n" + body;
}

// The path as the client sent it, percent-encoded, with anything that is not printable ASCII escaped
// too: a client must not write lines of its own into the access log ("%0A" decoded is a new line).
QString loggable(const QString& text)
{
    QString safe;
    for (const QChar c : text)
        safe += c.unicode() > 0x20 && c.unicode() < 0x7f
                    ? QString(c)
                    : QStringLiteral("%%1").arg(int(c.unicode()), 2, 16, QChar(u'0'));
    return safe;
}

} // namespace

IntakeServer::IntakeServer(IntakeService& service, QObject* parent)
    : QAbstractHttpServer(parent), m_service(service) { }

IntakeServer::~IntakeServer() = default;

Result<quint16> IntakeServer::listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    auto* server = new QSslServer(this);
    server->setSslConfiguration(tls);
    connect(server, &QSslServer::startedEncryptionHandshake, this, &IntakeServer::guard);
    // Qt 6.4's QSslServer counts a connection that dies during its TLS handshake against
    // maxPendingConnections and, once that many have died, pauses accepting for good: ~30 bare TCP
    // connects stopped the intake. Accepting resumes after every failed handshake, and every second.
    connect(server, &QSslServer::errorOccurred, server, &QTcpServer::resumeAccepting, Qt::QueuedConnection);
    connect(server, &QSslServer::handshakeInterruptedOnError, server, &QTcpServer::resumeAccepting,
            Qt::QueuedConnection);
    auto* resume = new QTimer(server);
    connect(resume, &QTimer::timeout, server, &QTcpServer::resumeAccepting);
    resume->start(1000);
    if (!server->listen(address, port)) {
        const QString why = server->errorString();
        delete server;
        return fail(ErrorCode::IoError,
                    tr("The intake cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(why));
    }
    bind(server);
    m_tcp = server;
    return server->serverPort();
}

void IntakeServer::guard(QSslSocket* socket)
{
    // Connected before the HTTP server takes the socket, so this runs first on every readyRead and
    // sees what the server is about to read.
    const QString address = socket->peerAddress().toString();
    if (m_openConnections >= m_maxConnections) {
        logConnection(socket, QStringLiteral("refused: too many open connections"));
        socket->abort();
        return;
    }
    if (m_openByAddress.value(address) >= m_maxPerAddress) {
        logConnection(socket, QStringLiteral("refused: too many open connections from this address"));
        socket->abort();
        return;
    }
    ++m_openConnections;
    ++m_openByAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_openConnections;
        if (--m_openByAddress[address] <= 0)
            m_openByAddress.remove(address);
    });
    // No read buffer cap: QHttpServer 6.4 never asks for the rest of a body that does not fit in it (a
    // 133 KB record waited 30 s for nothing). The bytes are counted as they come instead.
    socket->setProperty(ReceivedProperty, qint64(0));
    // QHttpServer writes the head and the body of an answer separately; without TCP_NODELAY the body
    // waits for the client's delayed ACK (40 ms a request on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, [this, socket] {
        logConnection(socket, QStringLiteral("closed: idle"));
        socket->abort();
    });
    // The first byte is due sooner than the next one: then the idle timeout, once the client has spoken.
    idle->start(std::min(m_firstByteTimeout, m_idleTimeout));
    auto* deadline = new QTimer(socket);
    deadline->setObjectName(QStringLiteral("requestDeadline"));
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [this, socket] {
        logConnection(socket, QStringLiteral("closed: request not complete in time"));
        socket->abort();
    });
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, idle, deadline] {
        idle->start(m_idleTimeout);
        if (!deadline->isActive())
            deadline->start(m_requestDeadline);
        if (socket->property(RefusedProperty).toBool()) {
            socket->readAll();
            return;
        }
        const qint64 received = socket->property(ReceivedProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(ReceivedProperty, received);
        if (received > m_maxBodyBytes + HeaderAllowance) {
            socket->setProperty(RefusedProperty, true);
            socket->readAll(); // the HTTP server never sees the oversized request
            socket->write(rawResponse(413, "Payload Too Large",
                                      IntakeService::errorBody(QStringLiteral("too-large"),
                                                               tr("The request is larger than this intake accepts.")),
                                      true));
            socket->disconnectFromHost();
            logConnection(socket, QStringLiteral("413 refused: larger than the cap"));
        }
    });
}

void IntakeServer::answer(const QHttpServerRequest& request, QTcpSocket* socket, int status, const QByteArray& body)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(body, QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode(status));
}

bool IntakeServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    socket->setProperty(ReceivedProperty, qint64(0));
    if (auto* deadline = socket->findChild<QTimer*>(QStringLiteral("requestDeadline")))
        deadline->stop(); // the next request starts its own
    const QString path = request.url().path();
    if (path == u"/v1/health") {
        const int status = request.method() == QHttpServerRequest::Method::Get ? 200 : 405;
        answer(request, socket, status,
               status == 200 ? QByteArrayLiteral("{\"status\":\"ok\"}")
                             : IntakeService::errorBody(QStringLiteral("method"), tr("Use GET.")));
        log(request, status, {}, {});
        return true;
    }
    if (path != u"/v1/results")
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(request, socket, 405, IntakeService::errorBody(QStringLiteral("method"), tr("Use POST.")));
        log(request, 405, {}, {});
        return true;
    }
    if (request.body().size() > m_maxBodyBytes) {
        answer(request, socket, 413,
               IntakeService::errorBody(QStringLiteral("too-large"),
                                        tr("The request is larger than this intake accepts.")));
        log(request, 413, {}, {});
        return true;
    }
    const IntakeFault fault = m_faults ? m_faults() : IntakeFault{};
    if (fault.kind == IntakeFault::Kind::FailBeforeStoring) {
        answer(request, socket, 500, IntakeService::errorBody(QStringLiteral("injected"), tr("Injected failure.")));
        log(request, 500, {}, {});
        return true;
    }
    const IntakeAnswer result = m_service.submit(request.body(), QString::fromLatin1(request.value("Idempotency-Key")));
    switch (fault.kind) {
    case IntakeFault::Kind::FailAfterStoring:
        answer(request, socket, 500, IntakeService::errorBody(QStringLiteral("injected"), tr("Injected failure.")));
        log(request, 500, result.resultId, result.stationKeyId);
        return true;
    case IntakeFault::Kind::DropAfterStoring:
        log(request, 0, result.resultId, result.stationKeyId);
        socket->abort();
        return true;
    case IntakeFault::Kind::AnswerLate: {
        log(request, result.status, result.resultId, result.stationKeyId);
        const QByteArray late = rawResponse(result.status, "Late", result.body, false);
        QTimer::singleShot(fault.delay, socket, [socket, late] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(late);
        });
        return true;
    }
    default:
        answer(request, socket, result.status, result.body);
        log(request, result.status, result.resultId, result.stationKeyId);
        return true;
    }
}

void IntakeServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    answer(request, socket, 404, IntakeService::errorBody(QStringLiteral("not-found"), tr("No such resource.")));
    log(request, 404, {}, {});
}

void IntakeServer::log(const QHttpServerRequest& request, int status, const QString& resultId,
                       const QString& stationKeyId)
{
    if (!m_accessLog)
        return;
    // Ids only: a record's candidate id and answers never reach the access log.
    const QByteArray method = request.method() == QHttpServerRequest::Method::Post  ? "POST"
                              : request.method() == QHttpServerRequest::Method::Get ? "GET"
                                                                                    : "OTHER";
    const Client client = clientOf(request);
    const QString line =
        QStringLiteral("%1 %2 %3 %4 %5 result=%6 station=%7%8\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), client.address,
                 QString::fromLatin1(method), loggable(request.url().path(QUrl::FullyEncoded).left(100)),
                 status ? QString::number(status) : QStringLiteral("dropped"),
                 resultId.isEmpty() ? QStringLiteral("-") : resultId,
                 stationKeyId.isEmpty() ? QStringLiteral("-") : stationKeyId,
                 client.via.isEmpty() ? QString() : QStringLiteral(" via=") + client.via);
    writeLog(line);
}

IntakeServer::Client IntakeServer::clientOf(const QHttpServerRequest& request) const
{
    const QHostAddress peer = request.remoteAddress();
    const bool fromProxy = std::any_of(m_trustedProxies.cbegin(), m_trustedProxies.cend(), [&peer](const auto& proxy) {
        return proxy.isEqual(peer, QHostAddress::TolerantConversion);
    });
    if (!fromProxy)
        return {peer.toString(), {}};
    // The proxy's own entry is the last one; anything before it is the client's word. Only an address
    // is taken, so the header cannot write anything else into the log.
    const QByteArray forwarded = request.value(QByteArrayLiteral("X-Forwarded-For"));
    QHostAddress client;
    if (!client.setAddress(QString::fromLatin1(forwarded.split(',').last().trimmed())))
        return {peer.toString(), peer.toString()};
    return {client.toString(), peer.toString()};
}

void IntakeServer::logConnection(QSslSocket* socket, const QString& what)
{
    writeLog(
        QStringLiteral("%1 %2 - - %3\n")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), socket->peerAddress().toString(), what));
}

void IntakeServer::writeLog(const QString& line)
{
    if (!m_accessLog)
        return;
    m_accessLog->write(line.toUtf8());
    m_accessLog->flush();
}

} // namespace exam::intake
