// exam-intake's stations and records: registering and revoking a station's key, and importing an
// offline bundle of records.

#include "intakecommand.h"

#include "crypto/keyfiles.h"
#include "delivery/resultbundle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace intake {

namespace {

class StationAdd : public IntakeCommand
{
public:
    StationAdd()
        : IntakeCommand(QStringLiteral("station add"), tr("KEY.pub --name NAME"), tr("accept a station's signing key"),
                        tr("Accept a station's records: register its public key (station-key.pub, as `examctl station "
                           "show` names it)."))
    {
        addOption(m_name);
        addPositional(QStringLiteral("KEY.pub"), tr("The station's public key file."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString name = value(m_name).trimmed();
        if (name.isEmpty())
            return fail(Usage, tr("station add needs --name; see exam-intake station add --help"));
        auto key = exam::crypto::KeyFiles::readPublicKey(positional(0), exam::crypto::KeyFiles::Algorithm::Ed25519);
        if (!key)
            return fail(statusFor(key.error().code), key.error().message);
        auto added = intake().store->addStation(*key, name, intake().clock.utcNow());
        if (!added)
            return fail(statusFor(added.error().code), added.error().message);
        out(tr("Station %1 (“%2”) is accepted.").arg(added->keyId, added->name));
        return Ok;
    }

    const QCommandLineOption m_name{QStringLiteral("name"), tr("A name for people, e.g. the centre and room."),
                                    QStringLiteral("name")};
};

class StationList : public IntakeCommand
{
public:
    StationList()
        : IntakeCommand(QStringLiteral("station list"), tr("[--json]"), tr("the registered stations"),
                        tr("List the registered stations."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        auto stations = intake().store->stations();
        if (!stations)
            return fail(InternalFailure, stations.error().message);
        if (json()) {
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
            out(QStringLiteral("%1  %2  %3")
                    .arg(station.keyId,
                         station.revokedAt.isEmpty() ? tr("accepted") : tr("revoked %1").arg(station.revokedAt),
                         station.name));
        return Ok;
    }
};

class StationRevoke : public IntakeCommand
{
public:
    StationRevoke()
        : IntakeCommand(QStringLiteral("station revoke"), tr("KEYID"), tr("stop accepting a station's records"),
                        tr("Stop accepting a station's records (a lost or retired station). Records already held "
                           "stay."))
    {
        addPositional(QStringLiteral("KEYID"), tr("The station's key id (see station list)."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString keyId = positional(0).trimmed().toLower();
        if (auto done = intake().store->revokeStation(keyId, intake().clock.utcNow()); !done)
            return fail(statusFor(done.error().code), done.error().message);
        out(tr("Station %1 is revoked: its records are refused from now on.").arg(keyId));
        return Ok;
    }
};

class Import : public IntakeCommand
{
public:
    Import()
        : IntakeCommand(QStringLiteral("import"), tr("BUNDLE"), tr("store the records of an offline bundle"),
                        tr("Store the records of an offline bundle (from `examctl outbox export`) under the same rules "
                           "as an upload. Importing a bundle twice changes nothing."),
                        Opening::WithService)
    {
        addPositional(QStringLiteral("BUNDLE"), tr("The bundle file."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString path = positional(0);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(InputUnreadable, tr("%1 cannot be read: %2").arg(path, file.errorString()));
        if (file.size() > exam::delivery::ResultBundle::MaxBundleBytes)
            return fail(Refused, tr("%1 is larger than any results bundle.").arg(path));
        const QByteArray bytes = file.readAll();
        auto key = home().bundlePrivateKey();
        if (!key)
            return fail(InternalFailure, key.error().message);
        auto report = intake().service->importBundle(bytes, key->view());
        if (!report)
            return fail(statusFor(report.error().code), tr("%1: %2").arg(path, report.error().message));
        out(tr("%1: %2 stored, %3 held already, %4 refused.")
                .arg(path)
                .arg(report->stored)
                .arg(report->alreadyHeld)
                .arg(report->refused.size()));
        for (const QString& line : report->refused)
            out(tr("  refused %1").arg(line));
        return report->refused.isEmpty() ? Ok : Refused;
    }
};

} // namespace

void addStationCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<StationAdd>());
    tool.add(std::make_unique<StationList>());
    tool.add(std::make_unique<StationRevoke>());
}

void addImportCommand(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Import>());
}

} // namespace intake
