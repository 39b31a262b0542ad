#include "proctorgate.h"

#include "candidateflow.h"
#include "kioskwindow.h"
#include "proctorsigninscreen.h"
#include "util/diskspace.h"

namespace exam::kiosk {

ProctorGate::ProctorGate(session::ProctorAccounts& accounts, ui::KioskWindow& window, ui::CandidateFlow& flow,
                         QObject* parent)
    : QObject(parent), m_accounts(accounts), m_window(window), m_flow(flow)
{
}

ui::ProctorSignInScreen* ProctorGate::signInScreen()
{
    if (m_signIn)
        return m_signIn;
    m_signIn = new ui::ProctorSignInScreen;
    m_window.addScreen(m_signIn);
    m_signIn->setAuthenticator(
        [this](const QString& login, const Sensitive<QString>& secret) { return signIn(login, secret); });
    return m_signIn;
}

void ProctorGate::setRoomForProctor(StorageReserve* reserve, const QString& disk)
{
    m_reserve = reserve;
    m_reserveDisk = disk;
}

Result<session::ProctorAuthorization> ProctorGate::signIn(const QString& login, const Sensitive<QString>& secret)
{
    // A full disk must not keep the proctor out: the sign-in (counted and audited in the database) gets
    // the room kept for a proctor, before it tries (a try that failed for want of space may have been
    // counted already). Anyone may try; only a proctor who signs in keeps the room, or a wrong PIN
    // could use it up before the proctor comes.
    const bool lend = m_reserve && DiskSpace::isFull(m_reserveDisk) && m_reserve->release();
    auto signedIn = m_accounts.signIn(login, secret);
    if (!signedIn && signedIn.error().code == ErrorCode::LockedOut)
        Q_EMIT lockedOut();
    if (!lend)
        return signedIn;
    if (signedIn) {
        qWarning("the disk is full: the room kept for a proctor (%lld MiB) is now theirs, to sign in, pause and "
                 "leave kiosk mode",
                 m_reserve->bytes() >> 20);
    } else if (auto back = m_reserve->takeBack(); !back) {
        qWarning("the room kept for a proctor could not be taken back: %s", qPrintable(back.error().message));
    }
    return signedIn;
}

bool ProctorGate::isAsking() const
{
    return m_signIn && m_window.currentScreen() == m_signIn;
}

void ProctorGate::ask(const QString& purpose, Granted granted, std::function<void()> cancelled, bool keepLogin)
{
    // The candidate's flow stands still until the proctor is done: no state change may take the
    // screen (and the proctor's keys) back to the items.
    m_flow.setProctorScreenShown(true);
    ui::ProctorSignInScreen* signIn = signInScreen();
    disconnect(signIn, nullptr, this, nullptr);
    connect(signIn, &ui::ProctorSignInScreen::signedIn, this,
            [this, signIn, granted](const session::ProctorAuthorization& proctor) {
                disconnect(signIn, nullptr, this, nullptr);
                m_flow.setProctorScreenShown(false);
                granted(proctor);
            });
    connect(signIn, &ui::ProctorSignInScreen::cancelled, this, [this, signIn, cancelled, keepLogin] {
        disconnect(signIn, nullptr, this, nullptr);
        // Nobody signed in: the time on this screen is the candidate's (a candidate can open it with the
        // panel chord). Inside the panel (keepLogin) a proctor is at the station all the same.
        m_flow.setProctorScreenShown(false, keepLogin);
        cancelled();
    });
    signIn->begin(purpose, keepLogin);
    m_window.showScreen(signIn);
}

} // namespace exam::kiosk
