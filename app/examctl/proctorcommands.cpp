// examctl's proctor group: adding, listing, disabling and enabling proctors, new PINs. PINs are read
// from standard input, never from the command line, and never echoed.

#include "examctlcommands.h"
#include "proctorcommand.h"
#include "stationcommand.h"

#include "secretinput.h"

#include "session/pinpepper.h"
#include "session/proctoraccounts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace examctl {

namespace {

using exam::session::ProctorAccounts;
using exam::session::ProctorAuthorization;

// A new PIN: typed twice on a terminal.
std::optional<QString> readNewSecret(const QString& prompt)
{
    return exam::cli::readNewSecret(prompt, tr("The same again: "));
}

class ProctorAdd : public ProctorCommand
{
public:
    ProctorAdd()
        : ProctorCommand(
            QStringLiteral("proctor add"), tr("LOGIN --name N"), tr("add a proctor (PIN on standard input)"),
            tr("Add a proctor. The new PIN (6 or more digits) or passphrase (10 or more characters) is read "
               "from standard input, never from the command line. The first proctor of a station needs no "
               "authorization; later ones need --by an existing proctor, whose PIN is the second line."))
    {
        addOptions({m_name, m_by});
        addPositional(QStringLiteral("LOGIN"), tr("The new proctor's login (a-z, 0-9, . _ -)."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString name = value(m_name).trimmed();
        if (name.isEmpty())
            return fail(Usage, tr("proctor add needs --name NAME."));
        const std::optional<QString> typed = readNewSecret(tr("New proctor's PIN: "));
        if (!typed)
            return fail(Refused, tr("The two PINs differ; nothing was changed."));
        const exam::Sensitive<QString> secret(*typed);
        std::optional<ProctorAuthorization> authorization;
        if (isSet(m_by)) {
            auto signedIn = authorize(value(m_by));
            if (!signedIn)
                return fail(statusFor(signedIn.error().code), signedIn.error().message);
            authorization = *signedIn;
        }
        auto created = accounts().create(positional(0), name, secret, authorization ? &*authorization : nullptr);
        if (!created)
            return fail(statusFor(created.error().code), created.error().message);
        out(tr("Proctor %1 added.").arg(positional(0)));
        return Ok;
    }

    const QCommandLineOption m_name{QStringLiteral("name"), tr("The proctor's name as shown at the station."),
                                    QStringLiteral("name")};
    const QCommandLineOption m_by{QStringLiteral("by"), tr("The login of the proctor who authorizes this one."),
                                  QStringLiteral("login")};
};

class ProctorList : public ProctorCommand
{
    bool needsPepper() const override { return false; }

public:
    ProctorList()
        : ProctorCommand(QStringLiteral("proctor list"), tr("[--json]"), tr("list the proctors"),
                         tr("List the proctors of this station."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        auto proctors = accounts().list();
        if (!proctors)
            return fail(InternalFailure, proctors.error().message);
        const qint64 now = station().clock.utcNow().toMSecsSinceEpoch();
        if (json()) {
            QJsonArray list;
            for (const exam::session::ProctorSummary& proctor : *proctors)
                list.append(QJsonObject{{QStringLiteral("login"), proctor.login},
                                        {QStringLiteral("name"), proctor.displayName},
                                        {QStringLiteral("disabled"), proctor.disabled},
                                        {QStringLiteral("locked"), proctor.lockedUntilMs > now}});
            outJson(list);
            return Ok;
        }
        if (proctors->isEmpty())
            out(tr("No proctors yet: add one with examctl proctor add LOGIN --name NAME."));
        for (const exam::session::ProctorSummary& proctor : *proctors) {
            QString state = proctor.disabled ? tr("disabled") : tr("active");
            if (!proctor.hasPin)
                state += tr(", no PIN: give one with proctor reset-pin or proctor recover");
            if (proctor.lockedUntilMs > now)
                state = tr("locked until %1")
                            .arg(QDateTime::fromMSecsSinceEpoch(proctor.lockedUntilMs).toString(Qt::ISODate));
            out(tr("%1  %2  (%3)").arg(proctor.login, proctor.displayName, state));
        }
        return Ok;
    }
};

// A proctor account change authorized by another proctor (--by LOGIN, whose PIN is read from
// standard input after any new PIN).
class AuthorizedChange : public ProctorCommand
{
public:
    using Change = std::function<exam::Result<void>(ProctorAccounts&, const QString& login,
                                                    const exam::Sensitive<QString>& pin, const ProctorAuthorization&)>;

    AuthorizedChange(const QString& name, const QString& summary, const QString& description, bool newPin,
                     Change change, QString doneMessage)
        : ProctorCommand(name, tr("LOGIN --by L"), summary, description),
          m_newPin(newPin),
          m_change(std::move(change)),
          m_done(std::move(doneMessage))
    {
        addOption(m_by);
        addPositional(QStringLiteral("LOGIN"), tr("The proctor's login."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        if (!isSet(m_by))
            return fail(Usage, tr("%1 needs --by LOGIN, the proctor who authorizes it.").arg(name()));
        const std::optional<QString> typed =
            m_newPin ? readNewSecret(tr("New PIN: ")) : std::optional<QString>(QString());
        if (!typed)
            return fail(Refused, tr("The two PINs differ; nothing was changed."));
        const exam::Sensitive<QString> pin(*typed);
        auto signedIn = authorize(value(m_by));
        if (!signedIn)
            return fail(statusFor(signedIn.error().code), signedIn.error().message);
        if (auto changed = m_change(accounts(), positional(0), pin, *signedIn); !changed)
            return fail(changeStatus(changed.error().code), changed.error().message);
        out(m_done.arg(positional(0)));
        return Ok;
    }

    const QCommandLineOption m_by{QStringLiteral("by"), tr("The login of the proctor who authorizes this."),
                                  QStringLiteral("login")};
    bool m_newPin;
    Change m_change;
    QString m_done;
};

class ProctorRecover : public ProctorCommand
{
    bool needsPepper() const override { return false; }

public:
    ProctorRecover()
        : ProctorCommand(QStringLiteral("proctor recover"), tr("LOGIN"),
                         tr("a new PIN when no other proctor can authorize one"),
                         tr("When no other proctor can sign in to authorize a new PIN (the only proctor forgot theirs, "
                            "or every other one is disabled): give this proctor a new PIN (standard input), end any "
                            "lock-out and enable the account. Logged in the audit log as done by the station's "
                            "administrator."))
    {
        addPositional(QStringLiteral("LOGIN"), tr("The proctor's login."));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const std::optional<QString> typed = readNewSecret(tr("New PIN: "));
        if (!typed)
            return fail(Refused, tr("The two PINs differ; nothing was changed."));
        const QString login = positional(0);
        const QString operatorName = whoRunsThis();
        if (pepperProblem()) {
            // Only a lost pepper (missing while PINs need it) is replaced; a damaged one is a backup's job.
            if (pepperProblem()->code != exam::ErrorCode::NotFound)
                return fail(InternalFailure, pepperProblem()->message);
            if (auto replaced =
                    exam::session::PinPepper::replaceLost(paths().pinPepperFile(), accounts(), operatorName);
                !replaced)
                return fail(InternalFailure, replaced.error().message);
            err(tr("The station's PIN pepper was lost: every proctor's PIN is forgotten and a new pepper is made. "
                   "This proctor gets a new PIN now; give the others theirs with examctl proctor reset-pin."));
        }
        if (auto recovered = accounts().recover(login, exam::Sensitive<QString>(*typed), operatorName); !recovered)
            return fail(changeStatus(recovered.error().code), recovered.error().message);
        out(tr("Proctor %1 has a new PIN and can sign in; the audit log records it as done by %2.")
                .arg(login, operatorName));
        return Ok;
    }

    // Who ran it, from the system rather than the environment (which anyone can set), and who ran sudo.
    static QString whoRunsThis()
    {
        const passwd* account = ::getpwuid(::geteuid());
        QString name = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
        if (const QString sudoUser = qEnvironmentVariable("SUDO_USER"); !sudoUser.isEmpty() && ::geteuid() == 0)
            name += QStringLiteral(" (sudo by %1)").arg(sudoUser);
        return name;
    }
};

} // namespace

void addProctorCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<ProctorAdd>());
    tool.add(std::make_unique<ProctorList>());
    tool.add(std::make_unique<AuthorizedChange>(
        QStringLiteral("proctor disable"), tr("stop a proctor's sign-in"),
        tr("Disable a proctor: they can no longer sign in. Their past actions stay in the audit log."), false,
        [](ProctorAccounts& accounts, const QString& login, const auto&, const ProctorAuthorization& by) {
            return accounts.setDisabled(login, true, by);
        },
        tr("Proctor %1 disabled.")));
    tool.add(std::make_unique<AuthorizedChange>(
        QStringLiteral("proctor enable"), tr("restore a disabled proctor's sign-in"),
        tr("Let a disabled proctor sign in again."), false,
        [](ProctorAccounts& accounts, const QString& login, const auto&, const ProctorAuthorization& by) {
            return accounts.setDisabled(login, false, by);
        },
        tr("Proctor %1 can sign in again.")));
    tool.add(std::make_unique<AuthorizedChange>(
        QStringLiteral("proctor reset-pin"), tr("a new PIN (and the end of a lock-out)"),
        tr("Give a proctor a new PIN (first line of standard input; the authorizing proctor's PIN on the second). "
           "Also ends a lock-out."),
        true,
        [](ProctorAccounts& accounts, const QString& login, const auto& pin, const ProctorAuthorization& by) {
            return accounts.resetSecret(login, pin, by);
        },
        tr("Proctor %1 has a new PIN.")));
    tool.add(std::make_unique<ProctorRecover>());
}

} // namespace examctl
