#pragma once
// The proctor's sign-in in front of every proctor action: the sign-in screen (made when first needed),
// what happens once a proctor has signed in, and the candidate's screens standing still meanwhile.

#include "session/proctoraccounts.h"
#include "station/storagereserve.h"

#include <QObject>

#include <functional>

namespace exam::ui {
class CandidateFlow;
class KioskWindow;
class ProctorSignInScreen;
} // namespace exam::ui

namespace exam::kiosk {

class ProctorGate : public QObject
{
    Q_OBJECT
public:
    using Granted = std::function<void(const session::ProctorAuthorization&)>;

    ProctorGate(session::ProctorAccounts& accounts, ui::KioskWindow& window, ui::CandidateFlow& flow,
                QObject* parent = nullptr);

    // Shows the sign-in for `purpose`; `granted` runs once a proctor signed in, `cancelled` if they did not.
    // The login field starts empty unless `keepLogin` (a confirmation from inside the proctor panel).
    void ask(const QString& purpose, Granted granted, std::function<void()> cancelled, bool keepLogin = false);
    // Whether the sign-in is on the screen now.
    bool isAsking() const;
    // The room kept on the station's disk for a proctor (`disk`: a file on that disk): lent to a
    // sign-in on a full disk, kept by the proctor who signs in, taken back otherwise.
    void setRoomForProctor(StorageReserve* reserve, const QString& disk);

Q_SIGNALS:
    // Wrong PINs locked an account out (the room console calls it out).
    void lockedOut();

private:
    ui::ProctorSignInScreen* signInScreen();
    Result<session::ProctorAuthorization> signIn(const QString& login, const Sensitive<QString>& secret);

    session::ProctorAccounts& m_accounts;
    ui::KioskWindow& m_window;
    ui::CandidateFlow& m_flow;
    ui::ProctorSignInScreen* m_signIn = nullptr; // made when first needed: the first screen shows sooner
    StorageReserve* m_reserve = nullptr;
    QString m_reserveDisk;
};

} // namespace exam::kiosk
