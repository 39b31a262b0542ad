#pragma once
// A proctor setting a sitting up at the kiosk: the set-up screen (made when first needed), the modules
// installed here, the retake rule and the candidate look-up, and the sitting made in one step.

#include "session/proctoraccounts.h"
#include "session/sessionstate.h"

#include <QObject>

namespace exam {
class Clock;
namespace session {
class AuditLog;
}
namespace storage {
class Database;
}
} // namespace exam

namespace exam::ui {
class KioskWindow;
class SittingSetupScreen;
} // namespace exam::ui

namespace exam::kiosk {

class BankContents;

class SetupController : public QObject
{
    Q_OBJECT
public:
    SetupController(storage::Database& database, session::AuditLog& audit, const Clock& clock, BankContents& banks,
                    ui::KioskWindow& window, QObject* parent = nullptr);

    // Shows the set-up screen for `proctor`, who signed in for it.
    void begin(const session::ProctorAuthorization& proctor);

Q_SIGNALS:
    // The sitting is made: its first module opens next.
    void sittingCreated(qint64 sittingId, qint64 firstSessionId);
    void cancelled();
    // The installed banks cannot be listed: the station screen says why.
    void failed(const QString& problem);

private:
    ui::SittingSetupScreen* screen();
    void create(const session::ProctorAuthorization& proctor, const QStringList& bankIds, const QString& candidateId,
                const QString& candidateName, const session::Accommodations& accommodations,
                const QString& overrideReason);

    storage::Database& m_database;
    session::AuditLog& m_audit;
    const Clock& m_clock;
    BankContents& m_banks;
    ui::KioskWindow& m_window;
    ui::SittingSetupScreen* m_screen = nullptr; // made when first needed: the first screen shows sooner
};

} // namespace exam::kiosk
