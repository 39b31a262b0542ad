// examctl's delivery commands: where results go (station set-intake), what waits in the outbox, and
// sending it (upload over HTTPS, or export to an encrypted bundle for a station without a network).

#include "examctlcommands.h"
#include "stationcommand.h"

#include "crypto/keyfiles.h"
#include "delivery/bundleexport.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "delivery/uploader.h"
#include "results/stationkey.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace examctl {

namespace {

using exam::delivery::DeliverySettings;
using exam::delivery::DeliverySettingsStore;

// The delivery commands' shared opening: the station's delivery settings.
class DeliveryCommand : public StationCommand
{
public:
    using StationCommand::StationCommand;

protected:
    // set-intake reads damaged keys as missing: it is how a damaged key gets replaced.
    std::optional<int> loadSettings(bool dropDamaged = false)
    {
        auto loaded = DeliverySettingsStore::load(*station().database, dropDamaged);
        if (!loaded)
            return fail(InternalFailure, loaded.error().message);
        m_settings = *loaded;
        return std::nullopt;
    }
    DeliverySettings& settings() { return m_settings; }
    static void outCompactJson(const QJsonObject& object)
    {
        out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }

private:
    DeliverySettings m_settings;
};

class StationSetIntake : public DeliveryCommand
{
public:
    StationSetIntake()
        : DeliveryCommand(QStringLiteral("station set-intake"),
                          tr("--url URL --receipt-key FILE [--ca FILE] [--pin SHA256] [--bundle-key FILE]"),
                          tr("where results are delivered"),
                          tr("Say where this station delivers its results. Options not given keep their value."))
    {
        addOptions({m_url, m_receiptKey, m_bundleKey, m_ca, m_pin});
    }

private:
    int run() override
    {
        if (!isSet(m_url) && !isSet(m_receiptKey) && !isSet(m_bundleKey) && !isSet(m_ca) && !isSet(m_pin))
            return fail(Usage,
                        tr("station set-intake: give at least one option; see examctl station set-intake --help"));
        if (auto failed = loadSettings(true))
            return *failed;
        DeliverySettings& settings = this->settings();
        if (isSet(m_url))
            settings.intakeUrl = QUrl(value(m_url).trimmed(), QUrl::StrictMode);
        using exam::crypto::KeyFiles;
        for (const auto& [option, algorithm, target] :
             {std::tuple{&m_receiptKey, KeyFiles::Algorithm::Ed25519, &settings.receiptKey},
              std::tuple{&m_bundleKey, KeyFiles::Algorithm::X25519, &settings.bundleKey}}) {
            if (!isSet(*option))
                continue;
            auto key = KeyFiles::readPublicKey(value(*option), algorithm);
            if (!key)
                return fail(InputUnreadable, key.error().message);
            *target = *key;
        }
        if (isSet(m_ca)) {
            if (value(m_ca) == u"system") {
                settings.caCertificates.clear();
            } else {
                QFile file(value(m_ca));
                if (!file.open(QIODevice::ReadOnly))
                    return fail(InputUnreadable, tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
                settings.caCertificates = file.read(1024 * 1024);
            }
        }
        if (isSet(m_pin)) {
            if (value(m_pin) == u"none") {
                settings.spkiPin.clear();
            } else {
                auto parsed = DeliverySettingsStore::parsePin(value(m_pin));
                if (!parsed)
                    return fail(Usage, parsed.error().message);
                settings.spkiPin = *parsed;
            }
        }
        if (auto saved = DeliverySettingsStore::save(*station().database, settings); !saved)
            return fail(saved.error().code == exam::ErrorCode::DatabaseError ? InternalFailure : Usage,
                        saved.error().message);
        if (auto failed =
                audit(QStringLiteral("delivery.configured"), QStringLiteral("station"), settings.intakeUrl.toString()))
            return *failed;
        out(tr("Results go to %1 (CA: %2, pin: %3, receipt key: %4, bundle key: %5).")
                .arg(settings.intakeUrl.isEmpty() ? tr("no intake") : settings.intakeUrl.toString(),
                     settings.caCertificates.isEmpty() ? tr("the system's") : tr("own"),
                     settings.spkiPin.isEmpty() ? tr("none") : QString::fromLatin1(settings.spkiPin.toBase64()),
                     settings.receiptKey.isEmpty() ? tr("missing") : tr("set"),
                     settings.bundleKey.isEmpty() ? tr("missing") : tr("set")));
        if (!settings.canUpload())
            out(tr("Uploads need both --url and --receipt-key."));
        return Ok;
    }

    const QCommandLineOption m_url{QStringLiteral("url"), tr("The intake's address, https://HOST[:PORT]/."),
                                   QStringLiteral("url")};
    const QCommandLineOption m_receiptKey{QStringLiteral("receipt-key"),
                                          tr("The intake's receipt key (receipt-key.pub from exam-intake)."),
                                          QStringLiteral("file")};
    const QCommandLineOption m_bundleKey{QStringLiteral("bundle-key"),
                                         tr("The registry's bundle key (bundle-key.pub), for outbox export."),
                                         QStringLiteral("file")};
    const QCommandLineOption m_ca{
        QStringLiteral("ca"), tr("Trust only these CA certificates (PEM) for the intake; “system” for the system's."),
        QStringLiteral("file")};
    const QCommandLineOption m_pin{QStringLiteral("pin"),
                                   tr("The intake certificate's public-key pin (as `exam-intake show` prints it); "
                                      "“none” to remove."),
                                   QStringLiteral("sha256")};
};

class OutboxStatus : public DeliveryCommand
{
public:
    OutboxStatus()
        : DeliveryCommand(QStringLiteral("outbox status"), tr("[--json]"),
                          tr("what waits to be delivered, and why it failed"),
                          tr("What waits to be delivered, what failed and why, and what is delivered."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        if (auto failed = loadSettings())
            return *failed;
        exam::delivery::Outbox outbox(*station().database);
        auto counts = outbox.counts();
        auto waiting = outbox.undelivered();
        if (!counts || !waiting)
            return fail(InternalFailure, (!counts ? counts.error() : waiting.error()).message);
        if (json()) {
            QJsonArray list;
            for (const auto& entry : *waiting)
                list.append(QJsonObject{{QStringLiteral("resultId"), entry.resultId},
                                        {QStringLiteral("state"), entry.state},
                                        {QStringLiteral("attempts"), entry.attempts},
                                        {QStringLiteral("lastError"), entry.lastError},
                                        {QStringLiteral("nextAttemptAt"), entry.nextAttemptAt},
                                        {QStringLiteral("exportedAt"), entry.exportedAt},
                                        {QStringLiteral("createdAt"), entry.createdAt}});
            outCompactJson({{QStringLiteral("intake"), settings().intakeUrl.toString()},
                            {QStringLiteral("pending"), counts->pending},
                            {QStringLiteral("failing"), counts->failing},
                            {QStringLiteral("refused"), counts->refused},
                            {QStringLiteral("exported"), counts->exported},
                            {QStringLiteral("delivered"), counts->delivered},
                            {QStringLiteral("undelivered"), list}});
            return Ok;
        }
        out(tr("Intake:     %1")
                .arg(settings().canUpload() ? settings().intakeUrl.toString()
                                            : tr("none set (examctl station set-intake)")));
        out(tr("Pending:    %1").arg(counts->pending));
        out(tr("Failing:    %1").arg(counts->failing));
        out(tr("Refused:    %1 (the intake refused them for good; not retried unless you ask)").arg(counts->refused));
        out(tr("Exported:   %1 (on a bundle, waiting for the registry's receipt)").arg(counts->exported));
        out(tr("Delivered:  %1").arg(counts->delivered));
        for (const auto& entry : *waiting) {
            QString line = QStringLiteral("  %1  %2  ").arg(entry.resultId.left(8), entry.createdAt.left(16));
            if (entry.state == u"failing")
                line += tr("failing, %1 tries, next %2: %3")
                            .arg(entry.attempts)
                            .arg(entry.nextAttemptAt.left(19), entry.lastError);
            else if (entry.state == u"refused")
                line += tr("refused: %1").arg(entry.lastError);
            else
                line += tr("pending");
            if (!entry.exportedAt.isEmpty())
                line += tr(" (exported %1)").arg(entry.exportedAt.left(16));
            out(line);
        }
        return Ok;
    }
};

class OutboxUpload : public DeliveryCommand
{
public:
    OutboxUpload()
        : DeliveryCommand(QStringLiteral("outbox upload"), tr("[--json]"),
                          tr("send every undelivered result to the intake now"),
                          tr("Send every undelivered result to the intake now, whatever its back-off, and wait for the "
                             "receipts. Exit 0 when everything is delivered, 1 when some results are still waiting."))
    {
        addJsonOption();
        addOptions({m_timeout, m_retryRefused});
    }

private:
    int run() override
    {
        exam::storage::Database& database = *station().database;
        auto counts = exam::delivery::Outbox(database).counts();
        if (!counts)
            return fail(InternalFailure, counts.error().message);
        if (counts->undelivered() == 0) {
            if (json())
                out(QStringLiteral("{\"delivered\":0,\"failed\":0,\"left\":0}"));
            else
                out(tr("Nothing to upload: every result on this station is delivered."));
            return Ok;
        }
        if (auto failed = loadSettings())
            return *failed;
        exam::delivery::Uploader uploader(database, station().clock);
        uploader.setRetryRefused(isSet(m_retryRefused));
        if (auto configured = uploader.configure(settings()); !configured)
            return fail(Refused, configured.error().message);
        if (isSet(m_timeout)) {
            bool ok = false;
            const int seconds = value(m_timeout).toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                return fail(Usage, tr("--timeout takes 1 to 600 seconds."));
            uploader.setTimeout(std::chrono::seconds(seconds));
        }
        const bool bar = !json() && ::isatty(STDERR_FILENO);
        QObject::connect(&uploader, &exam::delivery::Uploader::progress, [bar](int done, int total) {
            if (!bar)
                return;
            constexpr int Width = 30;
            const int filled = total ? done * Width / total : Width;
            std::fprintf(stderr, "\r%s [%s%s] %d/%d", qPrintable(tr("Uploading")), qPrintable(QString(filled, u'#')),
                         qPrintable(QString(Width - filled, u' ')), done, total);
            std::fflush(stderr);
        });
        exam::delivery::UploadSummary summary;
        QEventLoop loop;
        QObject::connect(&uploader, &exam::delivery::Uploader::finished, &loop,
                         [&](const exam::delivery::UploadSummary& s) {
                             summary = s;
                             loop.quit();
                         });
        uploader.uploadAll();
        if (uploader.isRunning())
            loop.exec();
        if (bar)
            std::fputs("\n", stderr);
        if (json()) {
            outCompactJson({{QStringLiteral("delivered"), summary.delivered},
                            {QStringLiteral("failed"), summary.failed},
                            {QStringLiteral("left"), summary.left},
                            {QStringLiteral("stopReason"), summary.stopReason}});
            return summary.left == 0 ? Ok : Refused;
        }
        out(tr("Delivered %1, failed %2, still waiting %3.")
                .arg(summary.delivered)
                .arg(summary.failed)
                .arg(summary.left));
        if (!summary.stopReason.isEmpty())
            out(tr("Stopped: %1").arg(summary.stopReason));
        else if (summary.left > 0)
            out(tr("See examctl outbox status for each waiting result's error."));
        if (auto after = exam::delivery::Outbox(database).counts(); after && after->refused > 0)
            out(tr("%1 results were refused by the intake for good: see examctl outbox status; after the registry "
                   "fixed the cause, send them with --retry-refused.")
                    .arg(after->refused));
        return summary.left == 0 ? Ok : Refused;
    }

    const QCommandLineOption m_timeout{QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 30)."),
                                       QStringLiteral("seconds")};
    const QCommandLineOption m_retryRefused{QStringLiteral("retry-refused"),
                                            tr("Also send the results the intake refused for good (after the "
                                               "registry fixed the cause).")};
};

class OutboxExport : public DeliveryCommand
{
public:
    OutboxExport()
        : DeliveryCommand(QStringLiteral("outbox export"), tr("FILE [--again]"),
                          tr("undelivered results to an encrypted bundle (no network)"),
                          tr("Write the undelivered results to a bundle file, encrypted to the registry's bundle key, "
                             "for carrying to `exam-intake import`. The results stay in the outbox, marked exported, "
                             "until a receipt arrives."))
    {
        addOption(m_again);
        addPositional(QStringLiteral("FILE"), tr("The bundle to write (must not exist)."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString path = positional(0);
        if (auto failed = loadSettings())
            return *failed;
        if (!settings().canExport())
            return fail(Refused, tr("This station has no bundle key to encrypt to. Set it with: examctl station "
                                    "set-intake --bundle-key bundle-key.pub (from the registry's exam-intake)."));
        auto key = exam::results::StationKey::loadOrCreate(paths());
        if (!key)
            return fail(InternalFailure, key.error().message);
        auto written = exam::delivery::BundleExport::write(*station().database, key->keyId(), settings().bundleKey,
                                                           path, station().clock.utcNow(), isSet(m_again));
        if (!written) {
            const exam::ErrorCode code = written.error().code;
            const int status = code == exam::ErrorCode::NotFound || code == exam::ErrorCode::NotAllowed ? int(Refused)
                               : code == exam::ErrorCode::Conflict || code == exam::ErrorCode::IoError
                                   ? int(OutputFailed)
                                   : InternalFailure;
            return fail(status, written.error().message
                                    + (code == exam::ErrorCode::NotAllowed
                                           ? QStringLiteral(" ") + tr("Use --again to write them again.")
                                           : QString()));
        }
        const QString fileName = QFileInfo(path).fileName();
        if (auto failed = audit(QStringLiteral("results.exported"), QStringLiteral("station"),
                                tr("%1 results to %2").arg(*written).arg(fileName)))
            return *failed;
        out(tr("Results written to %2: %1, encrypted to the registry's key. At the registry: exam-intake import %3")
                .arg(*written)
                .arg(path, fileName));
        return Ok;
    }

    const QCommandLineOption m_again{QStringLiteral("again"),
                                     tr("Also results exported before (a lost or damaged stick).")};
};

} // namespace

void addIntakeSettingCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<StationSetIntake>());
}

void addOutboxCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<OutboxStatus>());
    tool.add(std::make_unique<OutboxUpload>());
    tool.add(std::make_unique<OutboxExport>());
}

} // namespace examctl
