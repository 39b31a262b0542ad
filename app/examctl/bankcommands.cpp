// examctl's bank group: installing, listing, checking and removing item banks.

#include "examctlcommands.h"
#include "stationcommand.h"

#include "banks/bankcatalogue.h"
#include "station/stationbankkeys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace examctl {

namespace {

// The bank commands' shared opening: the station's catalogue.
class BankCommand : public StationCommand
{
public:
    using StationCommand::StationCommand;

protected:
    exam::banks::BankCatalogue catalogue()
    {
        return exam::banks::BankCatalogue(*station().database, paths().banksFolder(), station().clock);
    }
};

class BankInstall : public BankCommand
{
public:
    BankInstall()
        : BankCommand(QStringLiteral("bank install"), tr("FILE"), tr("check and install an item bank"),
                      tr("Install an item bank on this station after checking its signature and that this station can "
                         "open it. An older version of an installed bank is refused."))
    {
        addPositional(QStringLiteral("FILE"), tr("The .exambank file."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString file = positional(0);
        if (!QFile::exists(file))
            return fail(InputUnreadable, tr("%1: no such file.").arg(file));
        auto keys = exam::StationBankKeyStore(paths()).load();
        if (!keys)
            return fail(Refused, keys.error().message);
        auto installed = catalogue().install(file, keys->trusted, keys->keys);
        if (!installed)
            return fail(Refused, installed.error().describe(file));
        if (auto failed = audit(QStringLiteral("bank.installed"), QStringLiteral("bank:%1").arg(installed->bankId),
                                QStringLiteral("version %1, sha256 %2, publisher key %3")
                                    .arg(installed->version)
                                    .arg(QString::fromLatin1(installed->sha256.toHex()), installed->publisherKeyId)))
            return *failed;
        out(tr("Installed %1 version %2: %3 %4 (%5), %6 items.")
                .arg(installed->bankId)
                .arg(installed->version)
                .arg(installed->moduleCode, installed->title, installed->language)
                .arg(installed->itemCount));
        return Ok;
    }
};

class BankList : public BankCommand
{
public:
    BankList()
        : BankCommand(QStringLiteral("bank list"), tr("[--json]"), tr("list the installed banks"),
                      tr("List the item banks installed on this station."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        auto installed = catalogue().installed();
        if (!installed)
            return fail(InternalFailure, installed.error().message);
        if (json()) {
            QJsonArray banks;
            for (const exam::banks::InstalledBank& bank : *installed)
                banks.append(QJsonObject{{QStringLiteral("bankId"), bank.bankId},
                                         {QStringLiteral("version"), bank.version},
                                         {QStringLiteral("module"), bank.moduleCode},
                                         {QStringLiteral("title"), bank.title},
                                         {QStringLiteral("language"), bank.language},
                                         {QStringLiteral("items"), bank.itemCount},
                                         {QStringLiteral("sha256"), QString::fromLatin1(bank.sha256.toHex())}});
            outJson(banks);
            return Ok;
        }
        if (installed->isEmpty())
            out(tr("No banks are installed."));
        for (const exam::banks::InstalledBank& bank : *installed)
            out(tr("%1  v%2  %3 %4 (%5), %6 items")
                    .arg(bank.bankId)
                    .arg(bank.version)
                    .arg(bank.moduleCode, bank.title, bank.language)
                    .arg(bank.itemCount));
        return Ok;
    }
};

class BankVerify : public BankCommand
{
public:
    BankVerify()
        : BankCommand(
            QStringLiteral("bank verify"), tr("[ID]"), tr("open every installed bank (or one) as the kiosk will"),
            tr("Check installed banks as the kiosk will open them: the file unchanged since it was installed, "
               "the publisher's signature, this station's key, the content. All banks, or the one named."))
    {
        addPositional(QStringLiteral("[ID]"), tr("A bank id (default: every installed bank)."));
        setPositionalCount(0, 1);
    }

private:
    int run() override
    {
        auto keys = exam::StationBankKeyStore(paths()).load();
        if (!keys)
            return fail(Refused, keys.error().message);
        exam::banks::BankCatalogue catalogue = this->catalogue();
        auto installed = catalogue.installed();
        if (!installed)
            return fail(InternalFailure, installed.error().message);
        const QString only = positional(0);
        QList<exam::banks::InstalledBank> chosen;
        for (const exam::banks::InstalledBank& bank : *installed)
            if (only.isEmpty() || only == bank.bankId)
                chosen.append(bank);
        if (chosen.isEmpty())
            return fail(InputUnreadable, only.isEmpty() ? tr("No banks are installed.")
                                                        : tr("No bank with the id %1 is installed.").arg(only));
        int failures = 0;
        for (const exam::banks::InstalledBank& bank : chosen) {
            if (bank.needsReleaseCode) {
                out(tr("wait  %1: opens only with its exam-day release code; its signature was checked when installed.")
                        .arg(bank.bankId));
                continue;
            }
            auto opened = catalogue.open(bank.bankId, keys->trusted, keys->keys);
            if (opened) {
                out(tr("ok    %1 (%2 items)").arg(bank.bankId).arg(opened->content.items.size()));
            } else {
                ++failures;
                out(tr("FAIL  %1: %2").arg(bank.bankId, opened.error().describe(bank.bankId)));
            }
        }
        return failures == 0 ? Ok : Refused;
    }
};

class BankRemove : public BankCommand
{
public:
    BankRemove()
        : BankCommand(QStringLiteral("bank remove"), tr("ID"), tr("remove a bank no unfinished session uses"),
                      tr("Remove an installed bank. Refused while a session set up from it is not finished."))
    {
        addPositional(QStringLiteral("ID"), tr("The bank id (see examctl bank list)."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString id = positional(0);
        if (auto removed = catalogue().remove(id); !removed)
            return fail(removed.error().code == exam::ErrorCode::NotFound ? InputUnreadable
                                                                          : statusFor(removed.error().code),
                        removed.error().message);
        if (auto failed = audit(QStringLiteral("bank.removed"), QStringLiteral("bank:%1").arg(id), QString()))
            return *failed;
        out(tr("Bank %1 removed.").arg(id));
        return Ok;
    }
};

} // namespace

void addBankCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<BankInstall>());
    tool.add(std::make_unique<BankList>());
    tool.add(std::make_unique<BankVerify>());
    tool.add(std::make_unique<BankRemove>());
}

} // namespace examctl
