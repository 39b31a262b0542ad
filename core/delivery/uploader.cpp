#include "uploader.h"

#include "crypto/certificates.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>

namespace exam::delivery {

Q_LOGGING_CATEGORY(lcDelivery, "exam.delivery")

namespace {
constexpr std::chrono::milliseconds IdlePoll{60'000};
}

Uploader::Uploader(storage::Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_outbox(database)
{
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] { run(false); });
    m_receiptChecks.setMaxThreadCount(1);
}

Uploader::~Uploader() = default;

Result<void> Uploader::configure(const DeliverySettings& settings)
{
    if (m_running)
        return fail(ErrorCode::NotAllowed, tr("An upload is under way; change the settings when it has ended."));
    if (auto checked = DeliverySettingsStore::check(settings); !checked)
        return checked;
    if (!settings.canUpload())
        return fail(ErrorCode::NotAllowed,
                    tr("This station has no intake to upload to. Set it with `examctl station set-intake`, or carry "
                       "the results on a bundle (`examctl outbox export`)."));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!settings.caCertificates.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(settings.caCertificates, QSsl::Pem);
        if (authorities.isEmpty())
            return fail(ErrorCode::ParseError, tr("The station's CA certificates for the intake cannot be read."));
        ssl.setCaCertificates(authorities); // only these: the system's CAs no longer count
    }
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_settings = settings;
    m_ssl = ssl;
    // A new manager forgets kept-alive connections verified under the old settings.
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return {};
}

void Uploader::uploadAll()
{
    run(true);
}

void Uploader::startBackground()
{
    m_background = true;
    m_wakeTimer.start(0);
}

void Uploader::stopBackground()
{
    m_background = false;
    m_wakeTimer.stop();
}

void Uploader::wake()
{
    if (m_background && !m_running && m_intakeFailures == 0)
        m_wakeTimer.start(0);
}

void Uploader::checkHealth()
{
    if (!m_network) {
        Q_EMIT healthChecked(false, tr("The uploader is not configured."));
        return;
    }
    QNetworkRequest request(m_settings.healthEndpoint());
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(int(m_timeout.count()));
    m_sslErrors.clear();
    QNetworkReply* reply = m_network->get(request);
    auto pinRefused = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pinRefused] {
        if (!pinMatches(reply)) {
            *pinRefused = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pinRefused] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (*pinRefused)
            Q_EMIT healthChecked(false, tr("the intake's certificate key does not match the configured pin."));
        else if (!status.isValid())
            Q_EMIT healthChecked(false, describeTransportError(reply));
        else if (status.toInt() != 200)
            Q_EMIT healthChecked(false, tr("the intake answered %1.").arg(status.toInt()));
        else
            Q_EMIT healthChecked(true, tr("%1 answers, certificate trusted.").arg(m_settings.intakeUrl.toString()));
    });
}

void Uploader::run(bool everything)
{
    if (m_running)
        return;
    m_summary = {};
    m_done = 0;
    if (!m_network) {
        m_summary.stopReason = tr("The uploader is not configured.");
        finish();
        return;
    }
    auto entries = m_outbox.undelivered(everything ? std::nullopt : std::optional<QDateTime>(m_clock.utcNow()),
                                        everything && m_retryRefused);
    if (!entries) {
        m_summary.stopReason = entries.error().message;
        finish();
        return;
    }
    m_queue = *entries;
    m_total = int(m_queue.size());
    m_running = true;
    if (m_total > 0)
        qCInfo(lcDelivery, "uploading %d result record(s)", m_total);
    sendNext();
}

void Uploader::sendNext()
{
    if (m_recordOut || m_receiptsPending > 0)
        return; // the reply to the record out, or the receipt being checked, goes on from there
    if (m_queue.isEmpty() || !m_summary.stopReason.isEmpty()) {
        finish();
        return;
    }
    post(m_queue.takeFirst());
}

void Uploader::sendAhead()
{
    // Never past a receipt still being checked: at most one record goes out beyond the last receipt
    // known good, so an intake whose receipts fail gets no more than that.
    if (!m_recordOut && m_receiptsPending == 0 && !m_queue.isEmpty() && m_summary.stopReason.isEmpty())
        post(m_queue.takeFirst());
}

void Uploader::post(const OutboxEntry& entry)
{
    m_recordOut = true;
    QNetworkRequest request(m_settings.resultsEndpoint());
    request.setSslConfiguration(m_ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", entry.resultId.toLatin1());
    request.setTransferTimeout(int(m_timeout.count()));
    m_sslErrors.clear();
    m_pinRefused = false;
    QNetworkReply* reply = m_network->post(request, SignedRecords::toUploadBody(entry.signedRecord));
    // The pin is checked as soon as the handshake is done, before the record is sent.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!pinMatches(reply)) {
            m_pinRefused = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, entry] {
        reply->deleteLater();
        m_recordOut = false;
        handleReply(reply, entry);
    });
}

void Uploader::acceptReceipt(const OutboxEntry& entry, const SignedReceipt& signedReceipt,
                             const Result<Receipt>& receipt)
{
    --m_receiptsPending;
    if (!receipt) {
        recordFailure(entry, receipt.error().message, Scope::Intake); // the run stops at the next reply
        return;
    }
    if (auto stored = m_outbox.markDelivered(entry.resultId, signedReceipt, m_clock.utcNow()); !stored) {
        // The receipt will come again: the intake answers a retry with the same one.
        m_summary.stopReason = stored.error().message;
        ++m_summary.failed;
        sendNext();
        return;
    }
    qCInfo(lcDelivery, "delivered %s", qPrintable(entry.resultId));
    ++m_summary.delivered;
    ++m_done;
    Q_EMIT recordDelivered(entry.resultId);
    Q_EMIT progress(m_done, m_total);
    sendNext();
}

bool Uploader::pinMatches(QNetworkReply* reply) const
{
    if (m_settings.spkiPin.isEmpty())
        return true;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    auto digest = crypto::Certificates::spkiSha256(peer.toDer());
    return digest && *digest == m_settings.spkiPin;
}

QString Uploader::describeTransportError(QNetworkReply* reply) const
{
    const QString host = m_settings.intakeUrl.host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("The intake at %1 refused the connection (it is not running or a firewall blocks it).").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The intake's host name %1 is not known here (no network, or a wrong address).").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The intake at %1 did not answer within %2 s.").arg(host).arg(m_timeout.count() / 1000.0);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("The intake at %1 could not prove who it is: %2. Check the CA the station was set up with.")
            .arg(host, m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; ")));
    case QNetworkReply::RemoteHostClosedError:
        return tr("The intake at %1 closed the connection before answering; the record will be sent again "
                  "(the intake keeps one copy).")
            .arg(host);
    default: return tr("The intake at %1 could not be reached: %2").arg(host, reply->errorString());
    }
}

void Uploader::handleReply(QNetworkReply* reply, const OutboxEntry& entry)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_pinRefused || (reply->error() == QNetworkReply::NoError && !pinMatches(reply))) {
        recordFailure(entry,
                      tr("The intake's certificate key does not match the pin this station was set up with; nothing "
                         "was sent. If the intake's key was changed on purpose, set the new pin with "
                         "`examctl station set-intake`."),
                      Scope::Intake);
        return;
    }
    if (!status.isValid()) {
        recordFailure(entry, describeTransportError(reply), Scope::Intake);
        return;
    }
    const int code = status.toInt();
    const QByteArray body = reply->readAll();
    if (code == 200) {
        auto signedReceipt = Receipts::fromResponseBody(body);
        if (!signedReceipt) {
            recordFailure(entry, signedReceipt.error().message, Scope::Intake);
            return;
        }
        // The next record goes out first, and this receipt's signature is checked on a thread of its
        // own: the check (an Ed25519 verification, the costliest step here) and the synchronous commit
        // overlap the next round trip instead of adding to it, and the network's own work in this
        // thread is not held up. One check at a time, so receipts are written down in order.
        sendAhead();
        ++m_receiptsPending;
        m_receiptChecks.start([this, entry, receipt = std::move(*signedReceipt), key = m_settings.receiptKey] {
            Result<Receipt> verified = Receipts::verify(receipt, key, entry.signedRecord.record, entry.resultId);
            QMetaObject::invokeMethod(
                this, [this, entry, receipt, verified] { acceptReceipt(entry, receipt, verified); },
                Qt::QueuedConnection);
        });
        return;
    }
    const QString said = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString().left(300);
    const QString host = m_settings.intakeUrl.host();
    switch (code) {
    case 403:
        recordFailure(entry,
                      tr("The intake at %1 does not accept this station (%2). The registry has to register "
                         "the station's public key (`examctl station show` prints it).")
                          .arg(host, said),
                      Scope::Intake);
        return;
    case 409:
        recordFailure(entry,
                      tr("The intake holds a different record under this result id (%1). This is kept as a "
                         "possible tampering; contact the registry.")
                          .arg(said),
                      Scope::Record, true);
        return;
    case 422:
        recordFailure(entry, tr("The intake refused the record's signature (%1); contact the registry.").arg(said),
                      Scope::Record, true);
        return;
    case 400:
    case 413:
        recordFailure(entry, tr("The intake refused the record as malformed (%1 %2).").arg(code).arg(said),
                      Scope::Record, true);
        return;
    case 503:
        recordFailure(entry, tr("The intake at %1 is busy or in maintenance (503).").arg(host), Scope::Intake);
        return;
    case 429:
        // A reverse proxy's limit for this address (a centre's stations often share one): wait, as for 503.
        recordFailure(entry, tr("The intake at %1 asks this centre to send more slowly (429).").arg(host),
                      Scope::Intake);
        return;
    case 502:
    case 504:
        recordFailure(entry,
                      tr("The server at %1 answers, but the intake behind it does not (%2); the registry has to "
                         "start it again. Results wait here.")
                          .arg(host)
                          .arg(code),
                      Scope::Intake);
        return;
    default:
        recordFailure(entry, tr("The intake at %1 answered %2 %3.").arg(host).arg(code).arg(said), Scope::Record);
        return;
    }
}

void Uploader::recordFailure(const OutboxEntry& entry, const QString& error, Scope scope, bool permanent)
{
    qCWarning(lcDelivery, "upload of %s failed: %s", qPrintable(entry.resultId), qPrintable(error));
    const auto delay = m_policy.delay(entry.attempts + 1, QRandomGenerator::global()->generateDouble());
    auto stored = permanent ? m_outbox.markRefused(entry.resultId, error)
                            : m_outbox.markFailed(entry.resultId, error, m_clock.utcNow().addMSecs(delay.count()));
    if (!stored)
        m_summary.stopReason = stored.error().message;
    ++m_summary.failed;
    ++m_done;
    Q_EMIT recordFailed(entry.resultId, error);
    Q_EMIT progress(m_done, m_total);
    if (scope == Scope::Intake)
        m_summary.stopReason = error;
    sendNext();
}

void Uploader::finish()
{
    m_queue.clear();
    m_running = false;
    if (auto counts = m_outbox.counts())
        m_summary.left = counts->undelivered();
    if (m_background)
        scheduleBackground();
    Q_EMIT finished(m_summary);
}

void Uploader::scheduleBackground()
{
    std::chrono::milliseconds wait = IdlePoll;
    if (!m_summary.stopReason.isEmpty()) {
        ++m_intakeFailures;
        wait = m_policy.delay(m_intakeFailures, QRandomGenerator::global()->generateDouble());
    } else {
        m_intakeFailures = 0;
        if (auto next = m_outbox.nextAttemptAt(); next && *next) {
            const qint64 untilDue = m_clock.utcNow().msecsTo(**next);
            wait = std::clamp(std::chrono::milliseconds(untilDue), std::chrono::milliseconds(0), IdlePoll);
        }
    }
    m_wakeTimer.start(wait);
}

} // namespace exam::delivery
