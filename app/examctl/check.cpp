// examctl check: the readiness check a centre runs before exam day. One line per check, PASS, WARN or
// FAIL, with what was found and what to do; exit 1 when anything fails.

#include "examctlcommands.h"
#include "stationcommand.h"

#include "banks/bankcatalogue.h"
#include "crypto/keyfiles.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "delivery/uploader.h"
#include "results/auditseal.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/pinpepper.h"
#include "session/proctoraccounts.h"
#include "station/screenreaderinstall.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/diskspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStorageInfo>
#include <QTemporaryFile>

#ifdef EXAMCTL_HAS_SPEECH
#include <QTextToSpeech>
#endif

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace examctl {

namespace {

enum class Verdict { Pass, Warn, Fail };

struct Finding
{
    QString check;
    Verdict verdict;
    QString detail;
};

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return QStringLiteral("PASS");
    case Verdict::Warn: return QStringLiteral("WARN");
    case Verdict::Fail: return QStringLiteral("FAIL");
    }
    return {};
}

bool ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) == 0;
}

Finding checkFolder(const exam::StationPaths& paths)
{
    const QString folder = paths.dataFolder();
    if (!QFileInfo(folder).isDir())
        return {tr("data folder"), Verdict::Fail, tr("%1 does not exist: run examctl station init.").arg(folder)};
    if (!ownerOnly(folder))
        return {tr("data folder"), Verdict::Fail,
                tr("%1 can be read by other users; make it owner-only: chmod 700 %1").arg(folder)};
    // A write that reaches the disk: what every saved answer relies on.
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".check-XXXXXX")));
    if (!probe.open() || probe.write(QByteArray(4096, 'x')) != 4096 || !probe.flush())
        return {tr("data folder"), Verdict::Fail,
                exam::DiskSpace::isFull(folder) ? exam::DiskSpace::fullMessage(folder)
                                                : tr("%1 cannot be written: %2").arg(folder, probe.errorString())};
#ifdef Q_OS_UNIX
    if (::fsync(probe.handle()) != 0)
        return {tr("data folder"), Verdict::Fail,
                exam::DiskSpace::isFull(folder) ? exam::DiskSpace::fullMessage(folder)
                                                : tr("%1 cannot be synced to disk (fsync failed).").arg(folder)};
#endif
    const QStorageInfo storage(folder);
    if (!storage.isValid() || !storage.isReady())
        // No mount table to find the disk in (a chroot without its own root mount, say): say so rather
        // than report 0 MB.
        return {tr("free space"), Verdict::Warn,
                tr("%1 is owner-only and writes reach the disk, but the free space on its disk cannot be read; "
                   "check it with: df -h %1")
                    .arg(folder)};
    const qint64 freeMb = storage.bytesAvailable() / (1024 * 1024);
    if (freeMb < 200)
        return {tr("free space"), Verdict::Fail,
                tr("only %1 MB free on %2; free at least 1 GB.").arg(freeMb).arg(storage.rootPath())};
    if (freeMb < 1024)
        return {tr("free space"), Verdict::Warn,
                tr("%1 MB free on %2; 1 GB or more is advised.").arg(freeMb).arg(storage.rootPath())};
    return {tr("data folder"), Verdict::Pass,
            tr("%1: owner-only, writes reach the disk, %2 MB free.").arg(folder).arg(freeMb)};
}

Finding checkClock()
{
    const QDateTime now = QDateTime::currentDateTime();
    if (now.date().year() < 2025 || now.date().year() > 2100)
        return {tr("clock"), Verdict::Fail,
                tr("the date is %1: set the station's clock (results and retake dates carry it).")
                    .arg(now.toString(Qt::ISODate))};
    return {tr("clock"), Verdict::Pass,
            tr("%1 (%2); check it against a watch.")
                .arg(now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate), now.timeZoneAbbreviation())};
}

Finding checkDisplay()
{
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return {tr("display"), Verdict::Warn,
                tr("no display in this shell (DISPLAY, WAYLAND_DISPLAY unset); run the check in the kiosk session to "
                   "test it.")};
#endif
    return {tr("display"), Verdict::Pass, tr("a display is available.")};
}

Finding checkSpeech()
{
#ifdef EXAMCTL_HAS_SPEECH
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.contains(QStringLiteral("flite")))
        return {tr("speech"), Verdict::Pass, tr("read-aloud engine flite is installed.")};
    if (!engines.isEmpty())
        return {tr("speech"), Verdict::Warn,
                tr("flite is missing; read-aloud will use %1.").arg(engines.join(QStringLiteral(", ")))};
    return {tr("speech"), Verdict::Warn,
            tr("no speech engine: read-aloud is unavailable (install qt6-speech-flite-plugin).")};
#else
    return {tr("speech"), Verdict::Warn, tr("this build has no speech support.")};
#endif
}

// Orca for candidates who have the screen-reader accommodation: a warning when it cannot start, as
// the proctor can still set up every other accommodation.
Finding checkScreenReader()
{
    if (const QString missing = exam::ScreenReaderInstall::missing(); !missing.isEmpty())
        return {tr("screen reader"), Verdict::Warn, missing};
    return {tr("screen reader"), Verdict::Pass,
            tr("Orca and speech-dispatcher are installed, with voices from %1.")
                .arg(exam::ScreenReaderInstall::voiceModules().join(QStringLiteral(", ")))};
}

// The PIN pepper: read only (never made here, as no key is): missing is a failure only when PINs need it.
Finding checkPepper(const exam::StationPaths& paths, exam::session::ProctorAccounts& accounts)
{
    const QString file = paths.pinPepperFile();
    if (!QFile::exists(file)) {
        auto peppered = accounts.pepperedCount();
        if (peppered && *peppered == 0)
            return {tr("PIN pepper"), Verdict::Pass, tr("none yet; made with the first proctor's PIN.")};
        return {tr("PIN pepper"), Verdict::Fail,
                tr("%1 is missing: no PIN can be checked. Restore it from the backup, or give the proctors new PINs "
                   "with examctl proctor recover.")
                    .arg(file)};
    }
    if (QFileInfo(file).size() != exam::session::PinPepper::Size)
        return {tr("PIN pepper"), Verdict::Fail, tr("%1 is damaged; restore it from the backup.").arg(file)};
    if (!ownerOnly(file))
        return {tr("PIN pepper"), Verdict::Fail, tr("%1 can be read by others: chmod 600 %1").arg(file)};
    return {tr("PIN pepper"), Verdict::Pass, tr("present, owner-only.")};
}

// The intake reachable with the station's own TLS settings. A station may run offline (results wait in
// the outbox), so an unreachable intake is a warning, not a failure.
Finding checkDelivery(exam::storage::Database& database, const exam::Clock& clock)
{
    auto counts = exam::delivery::Outbox(database).counts();
    const QString waiting =
        counts ? tr("%1 results wait in the outbox").arg(counts->undelivered()) : counts.error().message;
    auto settings = exam::delivery::DeliverySettingsStore::load(database);
    if (!settings)
        return {tr("delivery"), Verdict::Fail, settings.error().message};
    if (!settings->canUpload())
        return {tr("delivery"), Verdict::Warn,
                tr("no intake is set (examctl station set-intake); %1 until exported.").arg(waiting)};
    exam::delivery::Uploader uploader(database, clock);
    if (auto configured = uploader.configure(*settings); !configured)
        return {tr("delivery"), Verdict::Fail, configured.error().message};
    uploader.setTimeout(std::chrono::seconds(10));
    std::optional<Finding> finding;
    QEventLoop loop;
    QObject::connect(
        &uploader, &exam::delivery::Uploader::healthChecked, &loop, [&](bool reachable, const QString& detail) {
            finding =
                Finding{tr("delivery"), reachable ? Verdict::Pass : Verdict::Warn, tr("%1 %2.").arg(detail, waiting)};
            loop.quit();
        });
    uploader.checkHealth();
    if (!finding)
        loop.exec();
    return *finding;
}

class Check : public StationCommand
{
public:
    Check()
        : StationCommand(QStringLiteral("check"), tr("[--json]"),
                         tr("the readiness check before exam day (PASS/WARN/FAIL)"),
                         tr("The readiness check before exam day: data folder and disk, clock, display, speech, screen "
                            "reader, keys, "
                            "banks, proctors, audit log, delivery."),
                         Opening::Nothing)
    {
        addJsonOption();
    }

private:
    int run() override;
};

int Check::run()
{
    const exam::StationPaths paths = this->paths();
    QList<Finding> findings{checkFolder(paths), checkClock(), checkDisplay(), checkSpeech(), checkScreenReader()};

    const exam::SystemClock clock;
    std::unique_ptr<exam::storage::Database> database;
    if (QFile::exists(paths.databaseFile())) {
        auto opened = exam::storage::Database::open(paths.databaseFile(), exam::stationMigrations());
        if (opened)
            database = std::move(*opened);
        else
            findings.append({tr("database"), Verdict::Fail, opened.error().message});
    } else {
        findings.append({tr("database"), Verdict::Fail, tr("no station database: run examctl station init.")});
    }

    if (database) {
        const bool intact = database->intact().value_or(false);
        findings.append(
            intact ? Finding{tr("database"), Verdict::Pass, tr("intact.")}
                   : Finding{tr("database"), Verdict::Fail, tr("damaged: keep the data folder and contact support.")});

        // Never made here: a missing key is a finding, not something to paper over with a new one.
        const bool keyThere = QFile::exists(paths.stationKeyBase() + QStringLiteral(".key"));
        auto stationKey =
            keyThere
                ? exam::results::StationKey::loadOrCreate(paths)
                : exam::Result<exam::results::StationKey>(std::unexpected(exam::Error{
                    exam::ErrorCode::NotFound, tr("the station's signing key is missing; restore it from the backup "
                                                  "(a new key would not match results already sent).")}));
        if (!stationKey)
            findings.append({tr("station key"), Verdict::Fail, stationKey.error().message});
        else if (!ownerOnly(paths.stationKeyBase() + QStringLiteral(".key")))
            findings.append(
                {tr("station key"), Verdict::Fail,
                 tr("the private key can be read by others: chmod 600 %1.key").arg(paths.stationKeyBase())});
        else
            findings.append({tr("station key"), Verdict::Pass, tr("key id %1, owner-only.").arg(stationKey->keyId())});

        const exam::StationBankKeyStore store(paths);
        auto keys = store.load();
        if (!keys)
            findings.append({tr("centre key"), Verdict::Fail, keys.error().message});
        else if (!ownerOnly(store.centerKeyBase() + QStringLiteral(".key")))
            findings.append({tr("centre key"), Verdict::Fail,
                             tr("the private key can be read by others: chmod 600 %1.key").arg(store.centerKeyBase())});
        else if (keys->trusted.isEmpty())
            findings.append({tr("publishers"), Verdict::Fail,
                             tr("no publisher is trusted: examctl station trust KEY.pub --name NAME")});
        else
            findings.append({tr("keys"), Verdict::Pass,
                             tr("centre key present; %1 trusted publisher(s).").arg(keys->trusted.size())});

        exam::banks::BankCatalogue catalogue(*database, paths.banksFolder(), clock);
        auto installed = catalogue.installed();
        if (!installed || installed->isEmpty()) {
            findings.append({tr("banks"), Verdict::Fail, tr("no bank is installed: examctl bank install FILE")});
        } else if (keys) {
            int good = 0;
            for (const exam::banks::InstalledBank& bank : *installed) {
                if (bank.needsReleaseCode) {
                    findings.append({tr("bank %1").arg(bank.bankId), Verdict::Warn,
                                     tr("opens only with its exam-day release code; checked up to the signature "
                                        "when installed.")});
                    continue;
                }
                auto opened = catalogue.open(bank.bankId, keys->trusted, keys->keys);
                if (opened)
                    ++good;
                else
                    findings.append(
                        {tr("bank %1").arg(bank.bankId), Verdict::Fail, opened.error().describe(bank.bankId)});
            }
            if (good > 0)
                findings.append({tr("banks"), Verdict::Pass,
                                 tr("%1 of %2 installed banks open.").arg(good).arg(installed->size())});
        }

        exam::session::AuditLog audit(*database, clock);
        exam::session::ProctorAccounts accounts(*database, clock, audit);
        auto proctors = accounts.list();
        const qsizetype active = proctors ? std::count_if(proctors->cbegin(), proctors->cend(),
                                                          [](const auto& p) { return !p.disabled && p.hasPin; })
                                          : 0;
        findings.append(active > 0 ? Finding{tr("proctors"), Verdict::Pass, tr("%1 can sign in.").arg(active)}
                                   : Finding{tr("proctors"), Verdict::Fail,
                                             tr("no proctor can sign in: examctl proctor add LOGIN --name NAME")});
        findings.append(checkPepper(paths, accounts));
        // The chain, and the station's signatures on it when its public key is there.
        const QString publicKeyFile = paths.stationKeyBase() + QStringLiteral(".pub");
        auto publicKey =
            exam::crypto::KeyFiles::readPublicKey(publicKeyFile, exam::crypto::KeyFiles::Algorithm::Ed25519);
        auto report = exam::results::AuditSeal::verify(*database, publicKey ? *publicKey : QByteArray());
        if (!report || !report->problems.isEmpty())
            findings.append({tr("audit log"), Verdict::Fail,
                             (report ? report->problems.first() : report.error().message) + u' '
                                 + tr("Report it to the certifying body.")});
        else
            findings.append({tr("audit log"), Verdict::Pass,
                             report->signaturesChecked
                                 ? tr("chain intact; signed by the station up to entry %1 of %2.")
                                       .arg(report->lastSealedSeq)
                                       .arg(report->entries)
                                 : tr("chain intact (the station's signatures not checked: station-key.pub is "
                                      "missing).")});
    }
    if (database)
        findings.append(checkDelivery(*database, clock));

    bool failed = false;
    QJsonArray list;
    for (const Finding& finding : findings) {
        failed = failed || finding.verdict == Verdict::Fail;
        list.append(QJsonObject{{QStringLiteral("check"), finding.check},
                                {QStringLiteral("verdict"), verdictName(finding.verdict).toLower()},
                                {QStringLiteral("detail"), finding.detail}});
        if (!json())
            std::fputs(
                qPrintable(
                    QStringLiteral("%1  %2: %3\n").arg(verdictName(finding.verdict), finding.check, finding.detail)),
                stdout);
    }
    if (json())
        std::fputs(qPrintable(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented))), stdout);
    return failed ? Refused : Ok;
}

} // namespace

void addCheckCommand(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Check>());
}

} // namespace examctl
