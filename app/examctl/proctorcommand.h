#pragma once
// The opening of examctl commands that act in a proctor's name: the station's proctor accounts with
// its PIN pepper, and a proctor's sign-in (PIN from standard input) to authorize the command.

#include "stationcommand.h"

#include "secretinput.h"

#include "session/pinpepper.h"
#include "session/proctoraccounts.h"

#include <optional>

namespace examctl {

// The proctor commands' shared opening: the station's accounts, and a proctor's sign-in to authorize.
class ProctorCommand : public StationCommand
{
public:
    using StationCommand::StationCommand;

protected:
    exam::session::ProctorAccounts& accounts() { return *m_accounts; }
    // The authorizing proctor's PIN from standard input, checked.
    exam::Result<exam::session::ProctorAuthorization> authorize(const QString& login)
    {
        return accounts().signIn(login,
                                 exam::Sensitive<QString>(exam::cli::readSecretLine(tr("PIN of %1: ").arg(login))));
    }
    // An unknown login is a refusal, not a missing file.
    static int changeStatus(exam::ErrorCode code)
    {
        return code == exam::ErrorCode::NotFound ? int(Refused) : statusFor(code);
    }

private:
    // The station's accounts, with its PIN pepper: every PIN is hashed and checked with it. A command
    // that checks or sets no PIN (list) runs without one; recover replaces a lost one.
    std::optional<int> open() override
    {
        if (auto failed = StationCommand::open())
            return failed;
        m_accounts.emplace(*station().database, station().clock, *station().audit);
        if (auto peppered = exam::session::PinPepper::applyTo(paths().pinPepperFile(), *m_accounts); !peppered) {
            m_pepperProblem = peppered.error();
            if (needsPepper())
                return fail(InternalFailure, peppered.error().message);
        }
        return std::nullopt;
    }
    virtual bool needsPepper() const { return true; }

protected:
    // Why the pepper could not be opened, when it could not.
    const std::optional<exam::Error>& pepperProblem() const { return m_pepperProblem; }

private:
    std::optional<exam::Error> m_pepperProblem;

    std::optional<exam::session::ProctorAccounts> m_accounts;
};

} // namespace examctl
