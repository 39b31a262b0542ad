#include "setupcontroller.h"

#include "bankcontents.h"
#include "kioskwindow.h"
#include "results/sittingsetup.h"
#include "session/sittings.h"
#include "sittingsetupscreen.h"
#include "station/screenreaderinstall.h"

namespace exam::kiosk {

SetupController::SetupController(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                                 BankContents& banks, ui::KioskWindow& window, QObject* parent)
    : QObject(parent), m_database(database), m_audit(audit), m_clock(clock), m_banks(banks), m_window(window)
{
}

ui::SittingSetupScreen* SetupController::screen()
{
    if (m_screen)
        return m_screen;
    m_screen = new ui::SittingSetupScreen;
    m_window.addScreen(m_screen);
    m_screen->setEligibilityCheck([this](const QString& candidate, const QString& module) {
        return results::SittingSetup(m_database, m_audit, m_clock).eligibility(candidate, module);
    });
    m_screen->setCandidateLookup([this](const QString& candidate) {
        return session::Sittings(m_database, m_audit, m_clock).candidate(candidate);
    });
    connect(m_screen, &ui::SittingSetupScreen::cancelled, this, &SetupController::cancelled);
    m_screen->setScreenReaderMissing(ScreenReaderInstall::missing());
    return m_screen;
}

void SetupController::begin(const session::ProctorAuthorization& proctor)
{
    auto installed = m_banks.catalogue().installed();
    if (!installed) {
        Q_EMIT failed(installed.error().message);
        return;
    }
    QList<ui::SittingSetupScreen::ModuleOption> options;
    // From the installed-bank records: no bank is decrypted until it is chosen for a sitting.
    for (const banks::InstalledBank& bank : *installed)
        options.append({bank.bankId, bank.moduleCode, bank.title, bank.language, bank.itemCount});
    screen()->setModules(options);
    m_screen->reset();
    disconnect(m_screen, &ui::SittingSetupScreen::setUpRequested, this, nullptr);
    connect(m_screen, &ui::SittingSetupScreen::setUpRequested, this,
            [this, proctor](const ui::SittingSetupScreen::Request& request) {
                create(proctor, request.bankIds, request.candidateId, request.candidateName, request.accommodations,
                       request.overrideReason);
            });
    m_window.showScreen(m_screen);
}

void SetupController::create(const session::ProctorAuthorization& proctor, const QStringList& bankIds,
                             const QString& candidateId, const QString& candidateName,
                             const session::Accommodations& accommodations, const QString& overrideReason)
{
    QList<results::ModuleRequest> modules;
    for (const QString& bankId : bankIds) {
        auto bank = m_banks.content(bankId);
        if (!bank) {
            m_screen->showProblem(bank.error().message);
            return;
        }
        auto record = m_banks.catalogue().find(bankId);
        const QByteArray sha = record && *record ? (*record)->sha256 : QByteArray();
        modules.append({{bankId, sha, *bank}, overrideReason});
    }
    auto sitting = results::SittingSetup(m_database, m_audit, m_clock)
                       .create(proctor, candidateId, candidateName, modules, accommodations);
    if (!sitting) {
        m_screen->showProblem(sitting.error().message);
        return;
    }
    auto sessions = session::Sittings(m_database, m_audit, m_clock).sessions(*sitting);
    if (!sessions || sessions->isEmpty()) {
        m_screen->showProblem(sessions ? tr("The sitting has no module.") : sessions.error().message);
        return;
    }
    Q_EMIT sittingCreated(*sitting, sessions->first());
}

} // namespace exam::kiosk
