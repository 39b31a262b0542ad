// examctl's delivery commands: where results go (station set-intake), what waits in the outbox, and
// sending it (upload over HTTPS, or export to an encrypted bundle for a station without a network).

#include "cli.h"

#include "crypto/keyfiles.h"
#include "delivery/bundleexport.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "delivery/resultbundle.h"
#include "delivery/uploader.h"
#include "results/stationkey.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <unistd.h>

namespace examctl {

using exam::delivery::DeliverySettings;
using exam::delivery::DeliverySettingsStore;

namespace {

std::optional<int> loadSettings(Station& station, DeliverySettings& settings, bool dropDamaged = false)
{
    auto loaded = DeliverySettingsStore::load(*station.database, dropDamaged);
    if (!loaded)
        return failWith(InternalFailure, loaded.error().message);
    settings = *loaded;
    return std::nullopt;
}

QString shortId(const QString& id)
{
    return id.left(8);
}

} // namespace

int stationSetIntake(const QStringList& arguments)
{
    Command command(QStringLiteral("station set-intake"),
                    tr("Say where this station delivers its results. Options not given keep their value."));
    const QCommandLineOption url(QStringLiteral("url"), tr("The intake's address, https://HOST[:PORT]/."), QStringLiteral("url"));
    const QCommandLineOption receiptKey(QStringLiteral("receipt-key"),
                                        tr("The intake's receipt key (receipt-key.pub from exam-intake)."), QStringLiteral("file"));
    const QCommandLineOption bundleKey(QStringLiteral("bundle-key"),
                                       tr("The registry's bundle key (bundle-key.pub), for outbox export."), QStringLiteral("file"));
    const QCommandLineOption ca(QStringLiteral("ca"),
                                tr("Trust only these CA certificates (PEM) for the intake; “system” for the system's."),
                                QStringLiteral("file"));
    const QCommandLineOption pin(QStringLiteral("pin"),
                                 tr("The intake certificate's public-key pin (as `exam-intake show` prints it); “none” "
                                    "to remove."), QStringLiteral("sha256"));
    command.parser.addOptions({url, receiptKey, bundleKey, ca, pin});
    if (auto done = command.parse(arguments, 0))
        return *done;
    if (!command.parser.isSet(url) && !command.parser.isSet(receiptKey) && !command.parser.isSet(bundleKey)
        && !command.parser.isSet(ca) && !command.parser.isSet(pin))
        return failWith(Usage, tr("station set-intake: give at least one option; see examctl station set-intake --help"));
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    DeliverySettings settings;
    if (auto failed = loadSettings(station, settings, true)) // set-intake is how a damaged key gets replaced
        return *failed;
    if (command.parser.isSet(url))
        settings.intakeUrl = QUrl(command.parser.value(url).trimmed(), QUrl::StrictMode);
    using exam::crypto::KeyFiles;
    if (command.parser.isSet(receiptKey)) {
        auto key = KeyFiles::readPublicKey(command.parser.value(receiptKey), KeyFiles::Algorithm::Ed25519);
        if (!key)
            return failWith(InputUnreadable, key.error().message);
        settings.receiptKey = *key;
    }
    if (command.parser.isSet(bundleKey)) {
        auto key = KeyFiles::readPublicKey(command.parser.value(bundleKey), KeyFiles::Algorithm::X25519);
        if (!key)
            return failWith(InputUnreadable, key.error().message);
        settings.bundleKey = *key;
    }
    if (command.parser.isSet(ca)) {
        if (command.parser.value(ca) == u"system") {
            settings.caCertificates.clear();
        } else {
            QFile file(command.parser.value(ca));
            if (!file.open(QIODevice::ReadOnly))
                return failWith(InputUnreadable, tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()));
            settings.caCertificates = file.read(1024 * 1024);
        }
    }
    if (command.parser.isSet(pin)) {
        if (command.parser.value(pin) == u"none") {
            settings.spkiPin.clear();
        } else {
            auto parsed = DeliverySettingsStore::parsePin(command.parser.value(pin));
            if (!parsed)
                return failWith(Usage, parsed.error().message);
            settings.spkiPin = *parsed;
        }
    }
    if (auto saved = DeliverySettingsStore::save(*station.database, settings); !saved)
        return failWith(saved.error().code == exam::ErrorCode::DatabaseError ? InternalFailure : Usage,
                        saved.error().message);
    (void)station.audit->append(QStringLiteral("station"), QStringLiteral("delivery.configured"), QStringLiteral("station"),
                                settings.intakeUrl.toString());
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

int outboxStatus(const QStringList& arguments)
{
    Command command(QStringLiteral("outbox status"),
                    tr("What waits to be delivered, what failed and why, and what is delivered."), true);
    if (auto done = command.parse(arguments, 0))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    DeliverySettings settings;
    if (auto failed = loadSettings(station, settings))
        return *failed;
    exam::delivery::Outbox outbox(*station.database);
    auto counts = outbox.counts();
    auto waiting = outbox.undelivered();
    if (!counts || !waiting)
        return failWith(InternalFailure, (!counts ? counts.error() : waiting.error()).message);
    if (command.parser.isSet(command.json)) {
        QJsonArray list;
        for (const auto& entry : *waiting)
            list.append(QJsonObject{{QStringLiteral("resultId"), entry.resultId},
                                    {QStringLiteral("state"), entry.state},
                                    {QStringLiteral("attempts"), entry.attempts},
                                    {QStringLiteral("lastError"), entry.lastError},
                                    {QStringLiteral("nextAttemptAt"), entry.nextAttemptAt},
                                    {QStringLiteral("exportedAt"), entry.exportedAt},
                                    {QStringLiteral("createdAt"), entry.createdAt}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("intake"), settings.intakeUrl.toString()},
            {QStringLiteral("pending"), counts->pending},
            {QStringLiteral("failing"), counts->failing},
            {QStringLiteral("refused"), counts->refused},
            {QStringLiteral("exported"), counts->exported},
            {QStringLiteral("delivered"), counts->delivered},
            {QStringLiteral("undelivered"), list}}).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    out(tr("Intake:     %1").arg(settings.canUpload() ? settings.intakeUrl.toString()
                                                      : tr("none set (examctl station set-intake)")));
    out(tr("Pending:    %1").arg(counts->pending));
    out(tr("Failing:    %1").arg(counts->failing));
    out(tr("Refused:    %1 (the intake refused them for good; not retried unless you ask)").arg(counts->refused));
    out(tr("Exported:   %1 (on a bundle, waiting for the registry's receipt)").arg(counts->exported));
    out(tr("Delivered:  %1").arg(counts->delivered));
    for (const auto& entry : *waiting) {
        QString line = QStringLiteral("  %1  %2  ").arg(shortId(entry.resultId), entry.createdAt.left(16));
        if (entry.state == u"failing")
            line += tr("failing, %1 tries, next %2: %3").arg(entry.attempts).arg(entry.nextAttemptAt.left(19), entry.lastError);
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

int outboxUpload(const QStringList& arguments)
{
    Command command(QStringLiteral("outbox upload"),
                    tr("Send every undelivered result to the intake now, whatever its back-off, and wait for the "
                       "receipts. Exit 0 when everything is delivered, 1 when some results are still waiting."),
                    true);
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 30)."),
                                     QStringLiteral("seconds"));
    const QCommandLineOption retryRefused(QStringLiteral("retry-refused"),
                                          tr("Also send the results the intake refused for good (after the registry "
                                             "fixed the cause)."));
    command.parser.addOptions({timeout, retryRefused});
    if (auto done = command.parse(arguments, 0))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    auto counts = exam::delivery::Outbox(*station.database).counts();
    if (!counts)
        return failWith(InternalFailure, counts.error().message);
    const bool json = command.parser.isSet(command.json);
    if (counts->undelivered() == 0) {
        if (json)
            out(QStringLiteral("{\"delivered\":0,\"failed\":0,\"left\":0}"));
        else
            out(tr("Nothing to upload: every result on this station is delivered."));
        return Ok;
    }
    DeliverySettings settings;
    if (auto failed = loadSettings(station, settings))
        return *failed;
    exam::delivery::Uploader uploader(*station.database, station.clock);
    uploader.setRetryRefused(command.parser.isSet(retryRefused));
    if (auto configured = uploader.configure(settings); !configured)
        return failWith(Refused, configured.error().message);
    if (command.parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = command.parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return failWith(Usage, tr("--timeout takes 1 to 600 seconds."));
        uploader.setTimeout(std::chrono::seconds(seconds));
    }
    const bool bar = !json && ::isatty(STDERR_FILENO);
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
    if (json) {
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("delivered"), summary.delivered},
                                                        {QStringLiteral("failed"), summary.failed},
                                                        {QStringLiteral("left"), summary.left},
                                                        {QStringLiteral("stopReason"), summary.stopReason}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        out(tr("Delivered %1, failed %2, still waiting %3.").arg(summary.delivered).arg(summary.failed).arg(summary.left));
        if (!summary.stopReason.isEmpty())
            out(tr("Stopped: %1").arg(summary.stopReason));
        else if (summary.left > 0)
            out(tr("See examctl outbox status for each waiting result's error."));
        if (auto after = exam::delivery::Outbox(*station.database).counts(); after && after->refused > 0)
            out(tr("%1 results were refused by the intake for good: see examctl outbox status; after the registry "
                   "fixed the cause, send them with --retry-refused.").arg(after->refused));
    }
    return summary.left == 0 ? Ok : Refused;
}

int outboxExport(const QStringList& arguments)
{
    Command command(QStringLiteral("outbox export"),
                    tr("Write the undelivered results to a bundle file, encrypted to the registry's bundle key, for "
                       "carrying to `exam-intake import`. The results stay in the outbox, marked exported, until a "
                       "receipt arrives."));
    const QCommandLineOption again(QStringLiteral("again"),
                                   tr("Also results exported before (a lost or damaged stick)."));
    command.parser.addOption(again);
    command.parser.addPositionalArgument(QStringLiteral("FILE"), tr("The bundle to write (must not exist)."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    const QString path = command.parser.positionalArguments().first();
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    DeliverySettings settings;
    if (auto failed = loadSettings(station, settings))
        return *failed;
    if (!settings.canExport())
        return failWith(Refused, tr("This station has no bundle key to encrypt to. Set it with: examctl station "
                                    "set-intake --bundle-key bundle-key.pub (from the registry's exam-intake)."));
    auto key = exam::results::StationKey::loadOrCreate(paths);
    if (!key)
        return failWith(InternalFailure, key.error().message);
    auto written = exam::delivery::BundleExport::write(*station.database, key->keyId(), settings.bundleKey, path,
                                                       station.clock.utcNow(), command.parser.isSet(again));
    if (!written) {
        const exam::ErrorCode code = written.error().code;
        return failWith(code == exam::ErrorCode::NotFound || code == exam::ErrorCode::NotAllowed ? int(Refused)
                        : code == exam::ErrorCode::Conflict || code == exam::ErrorCode::IoError ? int(OutputFailed)
                                                                                                 : InternalFailure,
                        written.error().message
                            + (code == exam::ErrorCode::NotAllowed
                                   ? QStringLiteral(" ") + tr("Use --again to write them again.")
                                   : QString()));
    }
    const int count = *written;
    (void)station.audit->append(QStringLiteral("station"), QStringLiteral("results.exported"), QStringLiteral("station"),
                                tr("%1 results to %2").arg(count).arg(QFileInfo(path).fileName()));
    out(tr("Results written to %2: %1, encrypted to the registry's key. At the registry: exam-intake import %3")
            .arg(count).arg(path, QFileInfo(path).fileName()));
    return Ok;
}

} // namespace examctl
