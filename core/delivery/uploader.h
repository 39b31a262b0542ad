#pragma once

#include "deliverysettings.h"
#include "outbox.h"
#include "receipt.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace exam {
class Clock;
}

namespace exam::delivery {

struct UploadSummary
{
    int delivered = 0;
    int failed = 0;
    int left = 0;       // undelivered after the run
    QString stopReason; // set when the run stopped before trying every record (intake unreachable…)
};

// Sends the outbox's records to the intake over HTTPS, one at a time, without blocking the event
// loop. The certificate is checked against the configured CA (or the system's) and, when set, the
// public-key pin, before the record leaves the station. Each record goes with its id as the
// Idempotency-Key, so a retry after a lost answer gets the same receipt and never a second copy. A
// record counts as delivered only once the intake's receipt verified against the configured key.
//
// A failure that concerns one record (the intake refused it, answered 500) moves that record back by
// its own exponential back-off; a failure that concerns the intake (unreachable, certificate or pin
// wrong, station not registered) ends the run, because the next record would fail the same way, and
// in the background the whole uploader backs off.
class Uploader : public QObject
{
    Q_OBJECT
public:
    Uploader(storage::Database& database, const Clock& clock, QObject* parent = nullptr);
    ~Uploader() override;

    // Refused while a run is under way (its reply belongs to the old settings).
    Result<void> configure(const DeliverySettings& settings);
    void setRetryPolicy(RetryPolicy policy) { m_policy = policy; }
    // How long an exchange may stall before it is given up (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // uploadAll() also sends the records the intake refused for good (after the registry fixed something).
    void setRetryRefused(bool retry) { m_retryRefused = retry; }

    // Foreground: every undelivered record now, whatever its back-off; finished() at the end.
    void uploadAll();
    // Background: the records that are due, again whenever the next one is due (and at least every
    // minute, for records the kiosk has just written); until stopBackground().
    void startBackground();
    void stopBackground();
    // A record was just written: try soon unless the intake is backing off.
    void wake();
    bool isRunning() const { return m_running; }
    // Asks the intake's health endpoint, with the same certificate and pin checks as an upload;
    // healthChecked() gives the answer in words.
    void checkHealth();

Q_SIGNALS:
    void progress(int done, int total);
    void recordDelivered(const QString& resultId);
    void recordFailed(const QString& resultId, const QString& error);
    void finished(const exam::delivery::UploadSummary& summary);
    void healthChecked(bool reachable, const QString& detail);

private:
    enum class Scope { Record, Intake };
    void run(bool everything);
    // Goes on after a reply: the next record, or the end of the run (unless a record is still out:
    // its reply goes on).
    void sendNext();
    // The next record goes out while this reply's receipt is checked and written down.
    void sendAhead();
    void post(const OutboxEntry& entry);
    void handleReply(QNetworkReply* reply, const OutboxEntry& entry);
    void acceptReceipt(const OutboxEntry& entry, const SignedReceipt& signedReceipt, const Result<Receipt>& receipt);
    void recordFailure(const OutboxEntry& entry, const QString& error, Scope scope, bool permanent = false);
    void finish();
    void scheduleBackground();
    bool pinMatches(QNetworkReply* reply) const;
    QString describeTransportError(QNetworkReply* reply) const;

    storage::Database& m_database;
    const Clock& m_clock;
    Outbox m_outbox;
    DeliverySettings m_settings;
    QSslConfiguration m_ssl;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_timeout{30'000};
    bool m_retryRefused = false;
    std::unique_ptr<QNetworkAccessManager> m_network;

    QList<OutboxEntry> m_queue;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_recordOut = false; // a request is out, its reply not handled yet
    UploadSummary m_summary;
    QStringList m_sslErrors;
    bool m_pinRefused = false;

    bool m_background = false;
    int m_intakeFailures = 0; // in a row, for the background's back-off
    QTimer m_wakeTimer;
    int m_receiptsPending = 0;
    // Last: destroyed first, it waits for a check still running (which posts its answer to this).
    QThreadPool m_receiptChecks;
};

} // namespace exam::delivery
