#pragma once

#include "error.h"
#include "session/proctoraccounts.h"
#include "util/sensitive.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace exam::ui {

class LargeButton;

// The proctor signs in before any action on the candidate's station: login and PIN, typed or on the
// on-screen PIN pad. A wrong PIN says so, a lock-out says until when (both from the accounts); the PIN
// field is emptied after every try. The PIN is never shown, copied or logged.
class ProctorSignInScreen : public QWidget
{
    Q_OBJECT
public:
    using Authenticator =
        std::function<Result<session::ProctorAuthorization>(const QString& login, const Sensitive<QString>& secret)>;

    explicit ProctorSignInScreen(QWidget* parent = nullptr);

    void setAuthenticator(Authenticator authenticator) { m_authenticate = std::move(authenticator); }
    // What the sign-in is for, e.g. "to start the module". The login typed last time is cleared unless
    // `keepLogin`: on a screen the candidate can reach, it would hand a candidate a proctor's name to
    // lock out with wrong PINs; only a confirmation inside the proctor panel keeps it.
    void begin(const QString& purpose, bool keepLogin = false);
    QString problem() const;

Q_SIGNALS:
    void signedIn(const exam::session::ProctorAuthorization& proctor);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    void submit();
    void press(const QString& key);

    Authenticator m_authenticate;
    QLabel* m_purpose;
    QLineEdit* m_login;
    QLineEdit* m_pin;
    QLabel* m_problem;
    LargeButton* m_signIn;
    LargeButton* m_cancel;
    QLabel* m_title;
    QLabel* m_loginLabel;
    QLabel* m_pinLabel;
    LargeButton* m_deleteKey = nullptr;
};

} // namespace exam::ui
