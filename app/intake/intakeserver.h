#pragma once

#include "error.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

#include <chrono>
#include <functional>

class QFile;
class QSslServer;
class QSslSocket;

namespace exam::intake {

class IntakeService;

// Faults the tests make the intake commit on purpose (never set in production): the delivery must
// survive a registry that fails before or after storing, answers too late, or hangs up.
struct IntakeFault
{
    enum class Kind { None, FailBeforeStoring, FailAfterStoring, DropAfterStoring, AnswerLate };
    Kind kind = Kind::None;
    std::chrono::milliseconds delay{0}; // for AnswerLate
};
using IntakeFaultPlan = std::function<IntakeFault()>;

// The intake's HTTPS front: POST /v1/results and GET /v1/health over TLS (a QSslServer bound to the
// HTTP server). Guards a public service needs and QHttpServer 6.4 lacks: a cap on the bytes a
// connection may send before its request is answered (so no body larger than the cap is ever
// buffered), a deadline for the first byte and an idle timeout (a connection that sends nothing is
// closed), a deadline for a whole request, and caps on open connections, in all and per client address.
class IntakeServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit IntakeServer(IntakeService& service, QObject* parent = nullptr);
    ~IntakeServer() override;

    Result<quint16> listen(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    // A request must arrive whole within this time from its first byte (a client that trickles bytes
    // in under the idle timeout is still closed), and no more than maxConnections are open at once.
    void setRequestDeadline(std::chrono::milliseconds deadline) { m_requestDeadline = deadline; }
    void setMaxConnections(int connections) { m_maxConnections = connections; }
    int maxConnections() const { return m_maxConnections; }
    // No one client address holds more than this many (one client cannot take every connection).
    void setMaxConnectionsPerAddress(int connections) { m_maxPerAddress = connections; }
    // A connection that has sent no request within this time after it opened is closed.
    void setFirstByteTimeout(std::chrono::milliseconds timeout) { m_firstByteTimeout = timeout; }
    // One line per request: time, client address, method, path, status, result id, station key id.
    void setAccessLog(QFile* log) { m_accessLog = log; }
    // Requests from these addresses (a reverse proxy) are logged under the client their
    // X-Forwarded-For names, with the proxy after "via=" at the end of the line. Connection limits still count the
    // proxy.
    void setTrustedProxies(QList<QHostAddress> proxies) { m_trustedProxies = std::move(proxies); }
    void setFaultPlan(IntakeFaultPlan plan) { m_faults = std::move(plan); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void guard(QSslSocket* socket);
    void answer(const QHttpServerRequest& request, QTcpSocket* socket, int status, const QByteArray& body);
    struct Client
    {
        QString address; // the client's
        QString via;     // the trusted proxy it came through, or empty
    };
    Client clientOf(const QHttpServerRequest& request) const;
    void log(const QHttpServerRequest& request, int status, const QString& resultId, const QString& stationKeyId);
    void logConnection(QSslSocket* socket, const QString& what);
    void writeLog(const QString& line);

    IntakeService& m_service;
    QPointer<QSslServer> m_tcp;
    qint64 m_maxBodyBytes = 1024 * 1024;
    std::chrono::milliseconds m_idleTimeout{30'000};
    std::chrono::milliseconds m_requestDeadline{60'000};
    int m_maxConnections = 1024;
    int m_maxPerAddress = 32;
    std::chrono::milliseconds m_firstByteTimeout{10'000};
    int m_openConnections = 0;
    QHash<QString, int> m_openByAddress;
    QFile* m_accessLog = nullptr;
    QList<QHostAddress> m_trustedProxies;
    IntakeFaultPlan m_faults;
};

} // namespace exam::intake
