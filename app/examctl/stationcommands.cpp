// examctl's station group: setting a station up and showing it, the publishers it trusts, the proctor
// panel's chord; and the audit log's check.

#include "examctlcommands.h"
#include "stationcommand.h"

#include "banks/bankcatalogue.h"
#include "crypto/keyfiles.h"
#include "results/auditseal.h"
#include "results/stationkey.h"
#include "session/proctoraccounts.h"
#include "station/panelchord.h"
#include "station/stationbankkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace examctl {

namespace {

class StationInit : public StationCommand
{
public:
    StationInit()
        : StationCommand(QStringLiteral("station init"), tr("--site CODE"),
                         tr("set the station up: database, signing key, centre key, site"),
                         tr("Set up this station: its data folder, database, signing key and centre key, and its site "
                            "code. The centre's public key (center-key.pub) goes to the publishers, who issue banks to "
                            "it."),
                         Opening::NewStation)
    {
        addOption(m_site);
    }

private:
    int run() override
    {
        const QString siteCode = value(m_site).trimmed();
        if (siteCode.isEmpty())
            return fail(Usage, tr("station init needs --site CODE (the test centre's site code)."));
        const exam::StationPaths paths = this->paths();
        auto current = station().settings->siteCode();
        if (!current)
            return fail(InternalFailure, current.error().message);
        if (!current->isEmpty())
            return fail(Refused, tr("This station is already set up (site %1, data folder %2). Nothing was changed.")
                                     .arg(*current, paths.dataFolder()));
        auto key = exam::results::StationKey::loadOrCreate(paths);
        if (!key)
            return fail(statusFor(key.error().code), key.error().message);
        const exam::StationBankKeyStore keys(paths);
        if (auto created = keys.createCenterKey(); !created)
            return fail(statusFor(created.error().code), created.error().message);
        if (auto initialised = station().settings->initialise(siteCode); !initialised)
            return fail(statusFor(initialised.error().code), initialised.error().message);
        if (auto failed = audit(QStringLiteral("station.initialised"), QStringLiteral("station"),
                                QStringLiteral("site %1").arg(siteCode)))
            return *failed;
        out(tr("Station set up in %1 for site %2.").arg(paths.dataFolder(), siteCode));
        out(tr("Station signing key: %1.pub (key id %2)").arg(paths.stationKeyBase(), key->keyId()));
        out(tr("Centre key for publishers: %1.pub").arg(keys.centerKeyBase()));
        out(tr("Next: trust your publisher (examctl station trust KEY.pub --name NAME), add a proctor "
               "(examctl proctor add), install banks (examctl bank install FILE)."));
        return Ok;
    }

    const QCommandLineOption m_site{
        QStringLiteral("site"), tr("The test centre's site code, as the registry knows it."), QStringLiteral("code")};
};

class StationShow : public StationCommand
{
public:
    StationShow()
        : StationCommand(QStringLiteral("station show"), tr("[--json]"), tr("show the station's set-up"),
                         tr("Show this station's set-up."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        const exam::StationPaths paths = this->paths();
        const exam::StationBankKeyStore store(paths);
        auto keys = store.load();
        QJsonArray publishers;
        QStringList names;
        if (keys)
            for (const exam::banks::PublisherKey& publisher : keys->trusted) {
                publishers.append(publisher.name);
                names.append(publisher.name);
            }
        Station& station = this->station();
        auto installed = exam::banks::BankCatalogue(*station.database, paths.banksFolder(), station.clock).installed();
        auto proctors = exam::session::ProctorAccounts(*station.database, station.clock, *station.audit).count();
        const QString site = station.settings->siteCode().value_or(QString());
        const QString chord = exam::PanelChord::load(*station.database).value_or(QString());
        if (json()) {
            outJson(QJsonObject{
                {QStringLiteral("dataFolder"), paths.dataFolder()},
                {QStringLiteral("site"), site},
                {QStringLiteral("stationId"),
                 station.settings->value(exam::StationSetting::StationId).value_or(std::nullopt).value_or(QString())},
                {QStringLiteral("centerKey"), keys ? store.centerKeyBase() + QStringLiteral(".pub") : QString()},
                {QStringLiteral("trustedPublishers"), publishers},
                {QStringLiteral("banks"), installed ? int(installed->size()) : -1},
                {QStringLiteral("proctors"), proctors ? *proctors : -1},
                {QStringLiteral("panelChord"), chord},
            });
            return Ok;
        }
        out(tr("Data folder:        %1").arg(paths.dataFolder()));
        out(tr("Site:               %1").arg(site.isEmpty() ? tr("(not set up: examctl station init)") : site));
        out(tr("Centre key:         %1")
                .arg(keys ? store.centerKeyBase() + QStringLiteral(".pub") : keys.error().message));
        out(tr("Trusted publishers: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
        out(tr("Installed banks:    %1").arg(installed ? int(installed->size()) : -1));
        out(tr("Proctors:           %1").arg(proctors ? *proctors : -1));
        out(tr("Proctor panel:      %1").arg(chord));
        return Ok;
    }
};

class StationTrust : public StationCommand
{
public:
    StationTrust()
        : StationCommand(QStringLiteral("station trust"), tr("KEY.pub --name N"), tr("trust a publisher's signing key"),
                         tr("Trust a publisher: banks signed with this Ed25519 public key (PEM) may be installed."))
    {
        addOption(m_name);
        addPositional(QStringLiteral("KEY.pub"), tr("The publisher's public key file."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString name = value(m_name).trimmed();
        if (name.isEmpty())
            return fail(Usage, tr("station trust needs --name NAME."));
        const QString file = positional(0);
        if (!QFile::exists(file))
            return fail(InputUnreadable, tr("%1: no such file.").arg(file));
        if (auto trusted = exam::StationBankKeyStore(paths()).trustPublisher(name, file); !trusted)
            return fail(trusted.error().code == exam::ErrorCode::ParseError ? InputUnreadable
                                                                            : statusFor(trusted.error().code),
                        trusted.error().message);
        if (auto failed = audit(QStringLiteral("station.publisher-trusted"), QStringLiteral("station"), name))
            return *failed;
        out(tr("Publisher \"%1\" is trusted on this station.").arg(name));
        return Ok;
    }

    const QCommandLineOption m_name{QStringLiteral("name"), tr("The publisher's name, as shown to proctors."),
                                    QStringLiteral("name")};
};

class StationSetPanelChord : public StationCommand
{
public:
    StationSetPanelChord()
        : StationCommand(
            QStringLiteral("station set-panel-chord"), tr("CHORD"),
            tr("the keys that open the proctor panel (e.g. Ctrl+Alt+Shift+K)"),
            tr("Set the key chord that opens the proctor panel in the kiosk (default Ctrl+Alt+Shift+P): one "
               "key with at least two modifiers, e.g. Ctrl+Alt+Shift+K. The kiosk reads it when it "
               "starts."))
    {
        addPositional(QStringLiteral("CHORD"), tr("The chord, e.g. Ctrl+Alt+Shift+K."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        exam::storage::Database& database = *station().database;
        if (auto saved = exam::PanelChord::save(database, positional(0)); !saved)
            return fail(saved.error().code == exam::ErrorCode::InvalidArgument ? int(Usage) : InternalFailure,
                        saved.error().message);
        const QString chord = exam::PanelChord::load(database).value_or(QString());
        if (auto failed = audit(QStringLiteral("kiosk.panel-chord-set"), QStringLiteral("station"), chord))
            return *failed;
        out(tr("The proctor panel opens with %1 (from the kiosk's next start).").arg(chord));
        return Ok;
    }
};

class AuditVerify : public StationCommand
{
public:
    AuditVerify()
        : StationCommand(QStringLiteral("audit verify"), QString(), tr("check the audit log's hash chain"),
                         tr("Check the station's audit log: every entry still chained to the one before it, the "
                            "station's signed checkpoints, and the entry each signed result was signed at."))
    {
    }

private:
    int run() override
    {
        // The station's public key checks the signed checkpoints and results; without it, the chain alone.
        const QString publicKeyFile = paths().stationKeyBase() + QStringLiteral(".pub");
        auto publicKey =
            QFile::exists(publicKeyFile)
                ? exam::crypto::KeyFiles::readPublicKey(publicKeyFile, exam::crypto::KeyFiles::Algorithm::Ed25519)
                : exam::Result<QByteArray>(QByteArray());
        if (!publicKey)
            return fail(InternalFailure, publicKey.error().message);
        auto report = exam::results::AuditSeal::verify(*station().database, *publicKey);
        if (!report)
            return fail(InternalFailure, report.error().message);
        if (!report->problems.isEmpty()) {
            for (const QString& problem : report->problems)
                err(problem);
            return fail(Refused, tr("The audit log has been changed. Keep this station's data folder as it is and "
                                    "report it to the certifying body."));
        }
        out(tr("The audit log is intact: %1 entries, each chained to the one before.").arg(report->entries));
        if (!report->signaturesChecked) {
            out(tr("The station's public key (station-key.pub) is missing, so the station's signatures were not "
                   "checked: restore it from the backup."));
            return Ok;
        }
        if (report->otherKeyResults > 0)
            out(tr("%n result(s) signed by an earlier key of this station were not checked.", nullptr,
                   report->otherKeyResults));
        if (report->lastSealedSeq > 0)
            out(tr("Signed by the station up to entry %1 (%2); %3 entries since are not signed yet (they are at the "
                   "next sitting's end or the kiosk's next start).")
                    .arg(report->lastSealedSeq)
                    .arg(report->lastSealedAt)
                    .arg(report->unsealedEntries));
        else
            out(tr("No entry is signed by the station yet: the station signs the log at the kiosk's start and at the "
                   "end of each sitting."));
        return Ok;
    }
};

} // namespace

void addStationCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<StationInit>());
    tool.add(std::make_unique<StationShow>());
    tool.add(std::make_unique<StationTrust>());
}

void addStationSettingCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<StationSetPanelChord>());
}

void addAuditCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<AuditVerify>());
}

} // namespace examctl
