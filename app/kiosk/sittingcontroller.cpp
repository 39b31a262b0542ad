#include "sittingcontroller.h"

#include "bankcontents.h"
#include "candidatedisplay.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "messagescreen.h"
#include "proctorgate.h"
#include "results/auditseal.h"
#include "results/scorereport.h"
#include "screenreader.h"
#include "session/sessiontransfer.h"
#include "session/sittings.h"
#include "setupcontroller.h"
#include "speech.h"
#include "station/stationsettings.h"

#include <QFile>

namespace exam::kiosk {

SittingController::SittingController(storage::Database& database, session::AuditLog& audit, const Clock& clock,
                                     const StationPaths& paths, BankContents& banks, SetupController& setup,
                                     ProctorGate& gate, CandidateDisplay& display, ui::KioskWindow& window,
                                     ui::CandidateFlow& flow, QObject* parent)
    : QObject(parent),
      m_database(database),
      m_audit(audit),
      m_clock(clock),
      m_paths(paths),
      m_banks(banks),
      m_setup(setup),
      m_gate(gate),
      m_display(display),
      m_window(window),
      m_flow(flow),
      m_journal(database),
      m_station(new ui::MessageScreen)
{
    m_window.addScreen(m_station);
    m_flow.setReportProvider([this](qint64 sessionId) -> Result<results::ScoreReport> {
        if (!m_engine)
            return fail(ErrorCode::NotFound, tr("No module is open."));
        auto bank = m_banks.content(m_engine->bankId());
        if (!bank)
            return std::unexpected(bank.error());
        return results::ScoreReports::forSession(m_database, sessionId, **bank);
    });
    connect(&m_flow, &ui::CandidateFlow::proctorActionRequested, this, &SittingController::onProctorAction);
    connect(m_station, &ui::MessageScreen::actionRequested, this, [this] {
        m_gate.ask(
            tr("Sign in to set up a sitting."), [this](const auto& proctor) { m_setup.begin(proctor); },
            [this] { showReady(); });
    });
    connect(&m_setup, &SetupController::sittingCreated, this, [this](qint64 sittingId, qint64 firstSession) {
        m_sittingId = sittingId;
        openSession(firstSession);
    });
    connect(&m_setup, &SetupController::cancelled, this, [this] { showReady(); });
    connect(&m_setup, &SetupController::failed, this, [this](const QString& problem) { showReady(problem); });
}

SittingController::~SittingController() = default;

session::Sittings SittingController::sittings()
{
    return session::Sittings(m_database, m_audit, m_clock);
}

void SittingController::sealAuditLog()
{
    // Only with a key the station has already: sealing never makes one.
    if (!m_stationKey && !QFile::exists(m_paths.stationKeyBase() + QStringLiteral(".key")))
        return;
    auto key = stationKey();
    if (!key)
        return;
    if (auto sealed = results::AuditSeal::seal(m_database, **key, m_clock); !sealed)
        qWarning("the audit log could not be signed: %s", qPrintable(sealed.error().message));
}

void SittingController::start()
{
    sealAuditLog(); // what happened before this start (a crash, examctl's work) is signed now
    session::Sittings sittings = this->sittings();
    auto open = sittings.openSitting();
    if (!open || !*open) {
        showReady(open ? QString() : open.error().message);
        return;
    }
    m_sittingId = *open;
    if (auto next = sittings.nextSession(**open); next && *next) {
        openSession(**next);
        return;
    }
    // Every module of the sitting is done: only the proctor's "end of sitting" is left.
    auto sessions = sittings.sessions(**open);
    if (sessions && !sessions->isEmpty())
        openSession(sessions->last());
    else
        showReady();
}

void SittingController::setScreenReader(ScreenReader* screenReader)
{
    m_screenReader = screenReader;
    connect(screenReader, &ScreenReader::stoppedUnexpectedly, this,
            [this](const QString& message) { m_window.setBanner(message); });
}

void SittingController::closeModule()
{
    m_engine.reset();
    m_recorder.reset();
}

void SittingController::showReady(const QString& problem)
{
    closeModule();
    m_sittingId.reset();
    m_opening.reset();
    Q_EMIT moduleClosed();
    m_display.reset(); // the next candidate starts from the standard display, whatever the last one chose
    if (m_screenReader)
        m_screenReader->stop(); // the last candidate's
    auto installed = m_banks.catalogue().installed();
    QStringList modules;
    if (installed)
        for (const banks::InstalledBank& bank : *installed)
            modules.append(
                tr("%1 %2 (%3), %4 items").arg(bank.moduleCode, bank.title, bank.language).arg(bank.itemCount));
    QString explanation =
        installed && !installed->isEmpty()
            ? tr("Exam modules installed here (%1):").arg(installed->size()) + u'\n' + modules.join(u'\n')
            : tr("No exam modules are installed on this station yet. Please ask your centre "
                 "administrator.");
    if (!m_banks.canOpen())
        explanation += QStringLiteral("\n\n")
                       + tr("This station has no centre key yet, so it cannot open the modules. The centre "
                            "administrator sets the station up first.");
    if (!problem.isEmpty())
        explanation += QStringLiteral("\n\n") + problem;
    m_station->setMessage(tr("This station is ready"),
                          explanation + QStringLiteral("\n\n")
                              + tr("A proctor sets up each sitting. Please wait for your proctor."));
    m_station->setAction(m_banks.canOpen() && installed && !installed->isEmpty() ? tr("Proctor: set up a sitting")
                                                                                 : QString());
    m_window.showScreen(m_station);
}

Result<const results::StationKey*> SittingController::stationKey()
{
    if (m_stationKey)
        return &*m_stationKey;
    // Made on first use on a demo station; on a station set up with examctl it must already be there (a
    // database that cannot say counts as set up).
    if (!QFile::exists(m_paths.stationKeyBase() + QStringLiteral(".key"))
        && StationSettings(m_database).initialised().value_or(true))
        return fail(ErrorCode::NotFound,
                    tr("The station's signing key (station-key.key) is missing. Restore it from the "
                       "station's backup."));
    auto key = results::StationKey::loadOrCreate(m_paths);
    if (!key)
        return std::unexpected(key.error());
    m_stationKey.emplace(std::move(*key));
    return &*m_stationKey;
}

void SittingController::openSession(qint64 sessionId)
{
    auto key = stationKey();
    if (!key) {
        showProblem(tr("This station cannot record results"), key.error());
        return;
    }
    auto opening = sittings().opening(sessionId);
    if (!opening) {
        showProblem(tr("This session cannot be opened"), opening.error());
        return;
    }
    const session::SessionPlace& place = opening->place;
    auto bank = m_banks.content(place.bankId);
    if (!bank) {
        showProblem(tr("This module cannot be opened"), bank.error());
        return;
    }
    closeModule();
    auto engine = session::SessionEngine::open(m_database, m_audit, m_clock, sessionId);
    if (!engine) {
        showProblem(tr("This session cannot be opened"), engine.error());
        return;
    }
    m_engine = std::move(*engine);
    // Every step also in the session's replica, from its first: what a room console keeps (issue 26).
    m_engine->setJournal(&m_journal);
    m_recorder = std::make_unique<results::ResultRecorder>(m_database, m_audit, m_clock, **key, **bank);
    m_engine->setFinisher([this](qint64 id) {
        Result<void> recorded = m_recorder->record(id);
        if (recorded)
            Q_EMIT resultRecorded();
        return recorded;
    });
    // A new candidate: an engine that failed for the last one may work again (headphones plugged back in).
    if (m_display.showFor(*opening) && m_speech && !m_speech->available())
        m_speech.reset();
    m_sittingId = place.sittingId;
    m_opening = *opening;

    const banks::ModuleSettings& module = (*bank)->module;
    m_display.applyLanguage(module.language);
    if (m_screenReader && opening->accommodations.screenReader) {
        // In the module's language: the items are what it reads most.
        if (auto started = m_screenReader->start(module.language.section(u'-', 0, 0).toLower()); !started) {
            qWarning("screen reader: %s", qPrintable(started.error().message));
            m_window.setBanner(tr("%1 Please call the proctor.").arg(started.error().message));
        }
    }
    const ui::WelcomeScreen::Details details{place.candidateName,
                                             place.candidateId,
                                             module.title,
                                             module.code,
                                             m_engine->itemCount(),
                                             module.timeLimitMinutes,
                                             m_engine->timeFactorPercent(),
                                             place.position + 1,
                                             place.moduleCount,
                                             m_engine->breaksAllowed(),
                                             place.movedFrom.section(u'/', 0, 0)};
    QString next;
    if (place.nextBankId) {
        auto nextBank = m_banks.content(*place.nextBankId);
        next = nextBank ? QStringLiteral("%1 (%2)").arg((*nextBank)->module.title, (*nextBank)->module.code)
                        : *place.nextBankId;
    }
    m_flow.showModule({m_engine.get(), *bank, details, next, speechFor(m_display.readAloud())});
    Q_EMIT moduleOpened(m_engine.get(), tr("%1 (%2)").arg(place.candidateName, place.candidateId),
                        tr("%1 %2").arg(module.code, module.title));
}

ui::Speech* SittingController::speechFor(bool readAloud)
{
    if (!readAloud)
        return nullptr;
    // Made when first needed: starting a speech engine costs time no other candidate should wait for.
    if (!m_speech)
        m_speech = ui::Speech::system();
    return m_speech.get();
}

void SittingController::onProctorAction(ui::CandidateFlow::ProctorAction action)
{
    using Action = ui::CandidateFlow::ProctorAction;
    const auto back = [this] { m_flow.sync(); };
    switch (action) {
    case Action::Start:
        m_gate.ask(
            tr("Sign in to start the module; the clock starts at once."),
            [this, back](const auto& proctor) {
                if (auto started = m_engine->start(proctor); !started)
                    showProblem(tr("The module could not be started"), started.error());
                else
                    back();
            },
            back);
        return;
    case Action::Resume:
        m_gate.ask(
            tr("Sign in to resume the module."),
            [this, back](const auto& proctor) {
                if (auto resumed = m_engine->resume(proctor); !resumed)
                    showProblem(tr("The module could not be resumed"), resumed.error());
                else
                    back();
            },
            back);
        return;
    case Action::NextModule:
        m_gate.ask(
            tr("Sign in to go on to the next module."),
            [this](const auto&) {
                auto next = sittings().nextSession(*m_sittingId);
                if (!next)
                    showProblem(tr("The next module cannot be found"), next.error());
                else if (*next)
                    openSession(**next);
                else
                    m_flow.sync();
            },
            back);
        return;
    case Action::EndSitting:
        m_gate.ask(
            tr("Sign in to end the sitting."), [this](const auto& proctor) { endSitting(proctor); }, back);
        return;
    case Action::LeaveKiosk: leaveKioskMode(); return;
    }
}

void SittingController::endSitting(const session::ProctorAuthorization& proctor, const QString& reason)
{
    if (m_sittingId) {
        using session::SessionState;
        if (m_engine && !session::isFinished(m_engine->state()) && m_engine->state() != SessionState::Created
            && m_engine->state() != SessionState::AwaitingProctor) {
            const QString why = reason.isEmpty() ? tr("Sitting ended by the proctor at the station.") : reason;
            if (auto voided = m_engine->voidSession(proctor, why); !voided) {
                showProblem(tr("The sitting could not be ended"), voided.error());
                return;
            }
        }
        const QString why = reason.isEmpty() ? tr("Ended by the proctor at the station.") : reason;
        if (auto closed = sittings().close(*m_sittingId, proctor, why); !closed) {
            showProblem(tr("The sitting could not be ended"), closed.error());
            return;
        }
        sealAuditLog();
    }
    showReady();
}

Result<void> SittingController::takeOver(const session::ReplicaSnapshot& moved,
                                         const session::ProctorAuthorization& proctor, const QString& reason)
{
    if (m_sittingId)
        return fail(ErrorCode::NotAllowed, tr("This station is in the middle of another sitting. Choose a spare "
                                              "station that shows \"ready\"."));
    auto sessionId = session::SessionTransfer(m_database, m_audit, m_journal, m_clock).receive(moved, proctor, reason);
    if (!sessionId)
        return std::unexpected(sessionId.error());
    openSession(*sessionId);
    return {};
}

Result<void> SittingController::movedAway(qint64 sessionId, const session::ProctorAuthorization& proctor,
                                          const QString& spare)
{
    if (auto marked =
            session::SessionTransfer(m_database, m_audit, m_journal, m_clock).movedAway(sessionId, proctor, spare);
        !marked)
        return marked;
    if (m_engine && m_engine->sessionId() == sessionId) {
        const QString candidate = m_opening ? m_opening->place.candidateName : QString();
        showReady(tr("The sitting of %1 went on at station %2 while this station was out of order. This station "
                     "records nothing more for it.")
                      .arg(candidate, spare));
    }
    return {};
}

void SittingController::leaveKioskMode()
{
    m_gate.ask(
        tr("Sign in to leave kiosk mode. The station stops; a sitting in progress can be resumed later."),
        [this](const auto& proctor) {
            if (auto logged =
                    m_audit.append(proctor.actor(), QStringLiteral("kiosk.left"), QStringLiteral("station"), QString());
                !logged)
                // Leaving must stay possible (a full disk, a damaged log): the station log says it went unrecorded.
                qWarning("kiosk mode left by %s without an audit entry: %s", qPrintable(proctor.actor()),
                         qPrintable(logged.error().message));
            Q_EMIT leaveAuthorized();
        },
        [this] { returnToCandidate(); });
}

void SittingController::returnToCandidate()
{
    // With a module open, back to where the candidate was (never reopen it: that would look like a
    // crash); otherwise the station screen, or the sitting the station is in.
    if (m_engine)
        m_flow.sync();
    else
        start();
}

ui::MessageScreen* SittingController::problemScreen()
{
    if (m_problem)
        return m_problem;
    m_problem = new ui::MessageScreen;
    m_window.addScreen(m_problem);
    connect(m_problem, &ui::MessageScreen::actionRequested, this, [this] {
        if (m_sittingId)
            m_gate.ask(
                tr("Sign in to end the sitting."), [this](const auto& proctor) { endSitting(proctor); },
                [this] { showProblemAgain(); });
        else
            start();
    });
    return m_problem;
}

void SittingController::showProblem(const QString& heading, const Error& error)
{
    qWarning("%s: %s", qPrintable(heading), qPrintable(error.message));
    problemScreen()->setMessage(heading, error.message + QStringLiteral("\n\n") + tr("Nothing saved before is lost."));
    // Trying the same again would meet the same problem: with a sitting open, the way forward is to end
    // it (its results so far are kept); leaving kiosk mode is always possible (the proctor panel).
    m_problem->setAction(m_sittingId ? tr("Proctor: end the sitting") : tr("Proctor: try again"));
    showProblemAgain();
}

void SittingController::showProblemAgain()
{
    m_window.showScreen(problemScreen());
}

} // namespace exam::kiosk
