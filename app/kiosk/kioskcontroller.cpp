#include "kioskcontroller.h"

#include "appearance.h"
#include "itemscreen.h"
#include "readaloud.h"
#include "kioskwindow.h"
#include "language.h"
#include "messagescreen.h"
#include "delivery/bundleexport.h"
#include "delivery/deliverysettings.h"
#include "delivery/outbox.h"
#include "proctorpanel.h"
#include "proctorsigninscreen.h"
#include "results/scorereport.h"
#include "results/sittingsetup.h"
#include "session/sittings.h"
#include "sittingsetupscreen.h"
#include "speech.h"
#include "station/panelchord.h"
#include "station/stationsettings.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/removabledrives.h"
#include "timerdisplay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QShortcut>
#include <QTimer>

namespace exam::kiosk {

KioskController::KioskController(storage::Database& database, const StationPaths& paths, const Clock& clock,
                                 banks::BankCatalogue& catalogue, std::optional<StationBankKeys> bankKeys,
                                 ui::KioskWindow& window, QObject* parent)
    : QObject(parent),
      m_database(database),
      m_paths(paths),
      m_clock(clock),
      m_catalogue(catalogue),
      m_bankKeys(std::move(bankKeys)),
      m_window(window),
      m_audit(database, clock),
      m_accounts(database, clock, m_audit),
      m_flow(new ui::CandidateFlow(&window, this)),
      m_station(new ui::MessageScreen),
      m_panelIdle(new QTimer(this)),
      m_drives(&RemovableDrives::writable)
{
    m_window.addScreen(m_station);
    m_flow->setReportProvider([this](qint64 sessionId) -> Result<results::ScoreReport> {
        if (!m_engine)
            return fail(ErrorCode::NotFound, tr("No module is open."));
        auto bank = content(m_engine->bankId());
        if (!bank)
            return std::unexpected(bank.error());
        return results::ScoreReports::forSession(m_database, sessionId, **bank);
    });
    connect(m_flow, &ui::CandidateFlow::proctorActionRequested, this, &KioskController::onProctorAction);
    connect(m_flow, &ui::CandidateFlow::proctorCalled, this,
            [](const QString& reason) { qInfo("candidate calls the proctor: %s", qPrintable(reason)); });
    // The proctor panel, from any screen, by the station's chord (documented in the README).
    auto* chord = new QShortcut(panelChord(), &m_window);
    chord->setContext(Qt::ApplicationShortcut);
    connect(chord, &QShortcut::activated, this, &KioskController::openPanel);
    // A panel left alone closes itself: a signed-in panel must not wait for the candidate.
    m_panelIdle->setSingleShot(true);
    m_panelIdle->setInterval(PanelIdleMs);
    connect(m_panelIdle, &QTimer::timeout, this, [this] {
        if (m_panelProctor && m_window.currentScreen() == m_panel)
            closePanel();
    });
    connect(m_station, &ui::MessageScreen::actionRequested, this, [this] {
        askProctor(tr("Sign in to set up a sitting."), [this](const auto& proctor) { setUpSitting(proctor); },
                   [this] { showReady(); });
    });
    // The candidate's own display changes during a sitting are kept with it (a restart shows them again).
    connect(&ui::Appearance::instance(), &ui::Appearance::changed, this, &KioskController::keepCandidateDisplay);
    startDelivery();
}

void KioskController::keepCandidateDisplay()
{
    if (!m_appearanceSitting || !m_engine)
        return;
    const ui::Appearance& appearance = ui::Appearance::instance();
    const session::Sittings::Display display{ui::ColourScheme::key(appearance.scheme()), appearance.textPercent(),
                                             m_flow->itemScreen()->lineReaderShown(),
                                             m_flow->itemScreen()->readAloud()->rateStep()};
    session::Sittings sittings(m_database, m_audit, m_clock);
    if (auto kept = sittings.setCandidateDisplay(*m_appearanceSitting, display); !kept)
        // Not worth stopping the candidate for: the display shows as chosen, only a restart would lose it.
        qWarning("the candidate's display could not be kept for a restart: %s", qPrintable(kept.error().message));
}

KioskController::~KioskController() = default;

// The sign-in, problem and panel screens are made the first time they are needed, not at start-up: the
// station's first screen shows sooner.
ui::ProctorSignInScreen* KioskController::signInScreen()
{
    if (m_signIn)
        return m_signIn;
    m_signIn = new ui::ProctorSignInScreen;
    m_window.addScreen(m_signIn);
    m_signIn->setAuthenticator([this](const QString& login, const Sensitive<QString>& secret) {
        return m_accounts.signIn(login, secret);
    });
    return m_signIn;
}

ui::MessageScreen* KioskController::problemScreen()
{
    if (m_problem)
        return m_problem;
    m_problem = new ui::MessageScreen;
    m_window.addScreen(m_problem);
    connect(m_problem, &ui::MessageScreen::actionRequested, this, [this] {
        if (m_sittingId)
            askProctor(tr("Sign in to end the sitting."), [this](const auto& proctor) { endSitting(proctor); },
                       [this] { showProblemAgain(); });
        else
            start();
    });
    return m_problem;
}

ui::ProctorPanel* KioskController::panel()
{
    if (m_panel)
        return m_panel;
    m_panel = new ui::ProctorPanel;
    m_window.addScreen(m_panel);
    connect(m_panel, &ui::ProctorPanel::pauseRequested, this, [this](const QString& reason) {
        panelAction([&](const auto& proctor) { return m_engine->pause(proctor, reason); }, tr("The module is paused."));
    });
    connect(m_panel, &ui::ProctorPanel::resumeRequested, this, [this](const QString& reason) {
        panelAction([&](const auto& proctor) { return m_engine->resume(proctor, reason); }, tr("The module goes on."));
    });
    connect(m_panel, &ui::ProctorPanel::extendRequested, this, [this](int minutes) {
        panelAction([&](const auto& proctor) { return m_engine->extend(proctor, minutes); },
                    tr("%1 minutes added.").arg(minutes));
    });
    // What cannot be undone asks for the PIN again: the panel may have been left open.
    connect(m_panel, &ui::ProctorPanel::voidRequested, this, [this](const QString& reason) {
        confirmProctor(tr("Sign in again to void the module."), [this, reason] {
            panelAction([&](const auto& proctor) { return m_engine->voidSession(proctor, reason); },
                        tr("The module is voided; its record says why."));
        });
    });
    connect(m_panel, &ui::ProctorPanel::endSittingRequested, this, [this] {
        confirmProctor(tr("Sign in again to end the sitting."), [this] {
            const session::ProctorAuthorization proctor = *m_panelProctor;
            closePanel();
            endSitting(proctor);
        });
    });
    connect(m_panel, &ui::ProctorPanel::leaveRequested, this, [this] {
        confirmProctor(tr("Sign in again to leave kiosk mode."), [this] {
            (void)m_audit.append(m_panelProctor->actor(), QStringLiteral("kiosk.left"), QStringLiteral("station"), QString());
            Q_EMIT leaveAuthorized();
        });
    });
    connect(m_panel, &ui::ProctorPanel::closed, this, &KioskController::closePanel);
    connect(m_panel, &ui::ProctorPanel::uploadRequested, this, &KioskController::uploadNow);
    connect(m_panel, &ui::ProctorPanel::exportRequested, this, &KioskController::exportToDrive);
    connect(m_panel, &ui::ProctorPanel::activity, m_panelIdle, qOverload<>(&QTimer::start));
    return m_panel;
}

void KioskController::startDelivery()
{
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    if (!settings) {
        qWarning("results will not be uploaded: %s", qPrintable(settings.error().message));
        return;
    }
    if (!settings->canUpload())
        return; // results wait in the outbox for `examctl outbox upload|export`
    auto uploader = std::make_unique<delivery::Uploader>(m_database, m_clock);
    if (auto configured = uploader->configure(*settings); !configured) {
        qWarning("results will not be uploaded: %s", qPrintable(configured.error().message));
        return;
    }
    connect(uploader.get(), &delivery::Uploader::finished, this, [this] {
        if (m_window.currentScreen() == m_panel)
            refreshPanel();
    });
    m_uploader = std::move(uploader);
    m_uploader->startBackground();
}

void KioskController::uploadNow()
{
    m_panelIdle->start();
    if (!m_uploader || !m_panelProctor)
        return;
    if (m_uploader->isRunning()) {
        panel()->showOutcome(tr("An upload is already under way; its outcome shows here when it ends."));
        return;
    }
    (void)m_audit.append(m_panelProctor->actor(), QStringLiteral("results.upload-requested"), QStringLiteral("station"),
                         QString());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_uploader.get(), &delivery::Uploader::finished, this,
                          [this, connection](const delivery::UploadSummary& summary) {
                              disconnect(*connection);
                              QString outcome = tr("Upload finished: %1 delivered, %2 still waiting.")
                                                    .arg(summary.delivered)
                                                    .arg(summary.left);
                              if (!summary.stopReason.isEmpty())
                                  outcome += u' ' + summary.stopReason;
                              panel()->showOutcome(outcome);
                          });
    panel()->showOutcome(tr("Uploading…"));
    m_uploader->uploadAll();
}

void KioskController::exportToDrive()
{
    m_panelIdle->start();
    if (!m_panelProctor)
        return;
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    if (!settings || !settings->canExport()) {
        panel()->showOutcome(tr("This station has no registry key to encrypt the results to. A centre admin sets it "
                                "with examctl station set-intake --bundle-key."));
        return;
    }
    const QStringList drives = m_drives();
    if (drives.isEmpty()) {
        panel()->showOutcome(tr("No USB drive is plugged in (or it is read-only). Plug one in, then press Export again."));
        return;
    }
    if (drives.size() > 1) {
        panel()->showOutcome(tr("More than one drive is plugged in (%1). Leave only the one to take to the registry.")
                                 .arg(drives.join(QStringLiteral(", "))));
        return;
    }
    const QDateTime now = m_clock.utcNow();
    // A second export within the same second gets its own name; the proctor never has to choose one.
    QString fileName = delivery::BundleExport::fileName(siteCode(), now);
    for (int n = 2; QFileInfo::exists(QDir(drives.first()).filePath(fileName)) && n < 100; ++n)
        fileName = delivery::BundleExport::fileName(siteCode(), now).replace(QStringLiteral(".bundle"),
                                                                             QStringLiteral("-%1.bundle").arg(n));
    const QString path = QDir(drives.first()).filePath(fileName);
    QString stationKeyId = m_stationKey ? m_stationKey->keyId() : QString();
    if (stationKeyId.isEmpty() && QFile::exists(m_paths.stationKeyBase() + QStringLiteral(".key")))
        if (auto key = results::StationKey::loadOrCreate(m_paths))
            stationKeyId = key->keyId();
    // Every waiting result, also those on an earlier stick: the registry keeps each once.
    auto written = delivery::BundleExport::write(m_database, stationKeyId, settings->bundleKey, path, now, true);
    if (!written) {
        panel()->showOutcome(written.error().message);
        return;
    }
    (void)m_audit.append(m_panelProctor->actor(), QStringLiteral("results.exported"), QStringLiteral("station"),
                         tr("%1 results to %2").arg(*written).arg(fileName));
    panel()->showOutcome(tr("Results written to %2 as %3: %1, encrypted for the registry. They stay here until the "
                            "registry confirms them.").arg(*written).arg(drives.first(), fileName));
    refreshPanel();
}

QString KioskController::siteCode()
{
    return StationSettings(m_database).siteCode().value_or(QString());
}

void KioskController::setOutboxStatus(ui::ProctorPanel::Status& status)
{
    delivery::Outbox outbox(m_database);
    auto counts = outbox.counts();
    if (!counts) {
        status.outbox = counts.error().message;
        return;
    }
    if (counts->undelivered() == 0) {
        status.outbox = tr("Every result is delivered (%1 in all).").arg(counts->delivered);
        return;
    }
    status.outbox = tr("Waiting for delivery: %1. Delivered: %2.").arg(counts->undelivered()).arg(counts->delivered);
    if (counts->exported > 0)
        status.outbox += u' ' + tr("On an exported bundle, waiting for the registry: %1.").arg(counts->exported);
    if (counts->refused > 0)
        status.outbox += u' ' + tr("Refused by the registry: %1; a centre admin looks at them with examctl outbox "
                                   "status.").arg(counts->refused);
    if (auto error = outbox.latestError(); error && !error->isEmpty())
        status.outbox += u' ' + tr("Last error: %1").arg(*error);
    auto settings = delivery::DeliverySettingsStore::load(m_database);
    status.canExport = settings && settings->canExport();
    if (!m_uploader && !status.canExport)
        status.outbox += u' ' + tr("No intake is set for this station: a centre admin delivers the results with "
                                   "examctl outbox upload or outbox export.");
    status.canUpload = m_uploader != nullptr;
}

void KioskController::start()
{
    session::Sittings sittings(m_database, m_audit, m_clock);
    auto open = sittings.openSitting();
    if (!open) {
        showReady(open.error().message);
        return;
    }
    if (!*open) {
        showReady();
        return;
    }
    m_sittingId = *open;
    auto next = sittings.nextSession(**open);
    if (next && *next) {
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

void KioskController::showReady(const QString& problem)
{
    m_engine.reset();
    m_recorder.reset();
    m_sittingId.reset();
    // The next candidate starts from the standard display, whatever the last one chose.
    m_appearanceSitting.reset();
    m_readAloud = false;
    m_language.clear();
    ui::Appearance::instance().reset();
    ui::Language::apply(QStringLiteral("en")); // the proctor's language, and the next candidate's start
    auto installed = m_catalogue.installed();
    QStringList modules;
    if (installed) {
        for (const banks::InstalledBank& bank : *installed)
            modules.append(tr("%1 %2 (%3), %4 items").arg(bank.moduleCode, bank.title, bank.language).arg(bank.itemCount));
    }
    QString explanation = installed && !installed->isEmpty()
                              ? tr("Exam modules installed here (%1):").arg(installed->size()) + u'\n' + modules.join(u'\n')
                              : tr("No exam modules are installed on this station yet. Please ask your centre "
                                   "administrator.");
    if (!m_bankKeys)
        explanation += QStringLiteral("\n\n")
                       + tr("This station has no centre key yet, so it cannot open the modules. The centre "
                            "administrator sets the station up first.");
    if (!problem.isEmpty())
        explanation += QStringLiteral("\n\n") + problem;
    m_station->setMessage(tr("This station is ready"), explanation + QStringLiteral("\n\n")
                                                           + tr("A proctor sets up each sitting. Please wait for your "
                                                                "proctor."));
    m_station->setAction(m_bankKeys && installed && !installed->isEmpty() ? tr("Proctor: set up a sitting") : QString());
    m_window.showScreen(m_station);
}

void KioskController::askProctor(const QString& purpose, std::function<void(const session::ProctorAuthorization&)> then,
                                 std::function<void()> cancelled)
{
    // The candidate's flow stands still until the proctor is done: no state change may take the
    // screen (and the proctor's keys) back to the items.
    m_flow->setProctorScreenShown(true);
    disconnect(signInScreen(), nullptr, this, nullptr);
    connect(m_signIn, &ui::ProctorSignInScreen::signedIn, this, [this, then](const session::ProctorAuthorization& proctor) {
        disconnect(m_signIn, nullptr, this, nullptr);
        m_flow->setProctorScreenShown(false);
        then(proctor);
    });
    connect(m_signIn, &ui::ProctorSignInScreen::cancelled, this, [this, cancelled] {
        disconnect(m_signIn, nullptr, this, nullptr);
        m_flow->setProctorScreenShown(false);
        cancelled();
    });
    m_signIn->begin(purpose);
    m_window.showScreen(m_signIn);
}

void KioskController::returnToCandidate()
{
    // With a module open, back to where the candidate was (never reopen it: that would look like a
    // crash); otherwise the station screen, or the sitting the station is in.
    if (m_engine)
        m_flow->sync();
    else
        start();
}

Result<const banks::BankContent*> KioskController::content(const QString& bankId)
{
    if (auto found = m_contents.find(bankId); found != m_contents.end())
        return &found->second;
    if (!m_bankKeys)
        return fail(ErrorCode::KeyRequired, tr("This station has no centre key yet, so it cannot open %1.").arg(bankId));
    auto opened = m_catalogue.open(bankId, m_bankKeys->trusted, m_bankKeys->keys);
    if (!opened)
        return fail(ErrorCode::IoError, opened.error().describe(bankId));
    return &m_contents.emplace(bankId, std::move(opened->content)).first->second;
}

ui::SittingSetupScreen* KioskController::setupScreen()
{
    // Made when a proctor first sets up a sitting, not at start-up: the station's first screen shows
    // sooner.
    if (m_setup)
        return m_setup;
    m_setup = new ui::SittingSetupScreen;
    m_window.addScreen(m_setup);
    m_setup->setEligibilityCheck([this](const QString& candidate, const QString& module) {
        return results::SittingSetup(m_database, m_audit, m_clock).eligibility(candidate, module);
    });
    m_setup->setCandidateLookup([this](const QString& candidate) {
        return session::Sittings(m_database, m_audit, m_clock).candidate(candidate);
    });
    return m_setup;
}

void KioskController::setUpSitting(const session::ProctorAuthorization& proctor)
{
    auto installed = m_catalogue.installed();
    if (!installed) {
        showReady(installed.error().message);
        return;
    }
    QList<ui::SittingSetupScreen::ModuleOption> options;
    // From the installed-bank records: no bank is decrypted until it is chosen for a sitting.
    for (const banks::InstalledBank& bank : *installed)
        options.append({bank.bankId, bank.moduleCode, bank.title, bank.language, bank.itemCount});
    setupScreen()->setModules(options);
    m_setup->reset();
    disconnect(m_setup, nullptr, this, nullptr);
    connect(m_setup, &ui::SittingSetupScreen::cancelled, this, [this] { showReady(); });
    connect(m_setup, &ui::SittingSetupScreen::setUpRequested, this,
            [this, proctor](const ui::SittingSetupScreen::Request& request) {
                QList<results::ModuleRequest> modules;
                for (const QString& bankId : request.bankIds) {
                    auto bank = content(bankId);
                    if (!bank) {
                        m_setup->showProblem(bank.error().message);
                        return;
                    }
                    auto record = m_catalogue.find(bankId);
                    const QByteArray sha = record && *record ? (*record)->sha256 : QByteArray();
                    modules.append({{bankId, sha, *bank}, request.overrideReason});
                }
                auto sitting = results::SittingSetup(m_database, m_audit, m_clock)
                                   .create(proctor, request.candidateId, request.candidateName, modules,
                                           request.accommodations);
                if (!sitting) {
                    m_setup->showProblem(sitting.error().message);
                    return;
                }
                m_sittingId = *sitting;
                auto sessions = session::Sittings(m_database, m_audit, m_clock).sessions(*sitting);
                if (!sessions || sessions->isEmpty()) {
                    m_setup->showProblem(sessions ? tr("The sitting has no module.") : sessions.error().message);
                    return;
                }
                openSession(sessions->first());
            });
    m_window.showScreen(m_setup);
}

void KioskController::openSession(qint64 sessionId)
{
    if (!m_stationKey) {
        // Made on first use on a demo station; on a station set up with examctl it must already be there.
        if (!QFile::exists(m_paths.stationKeyBase() + QStringLiteral(".key")) && stationInitialised()) {
            showProblem(tr("This station cannot record results"),
                        Error{ErrorCode::NotFound, tr("The station's signing key (station-key.key) is missing. Restore "
                                                      "it from the station's backup.")});
            return;
        }
        auto key = results::StationKey::loadOrCreate(m_paths);
        if (!key) {
            showProblem(tr("This station cannot record results"), key.error());
            return;
        }
        m_stationKey.emplace(std::move(*key));
    }
    session::Sittings sittings(m_database, m_audit, m_clock);
    auto place = sittings.place(sessionId);
    if (!place) {
        showProblem(tr("This session cannot be opened"), place.error());
        return;
    }
    auto bank = content(place->bankId);
    if (!bank) {
        showProblem(tr("This module cannot be opened"), bank.error());
        return;
    }
    m_engine.reset();
    auto engine = session::SessionEngine::open(m_database, m_audit, m_clock, sessionId);
    if (!engine) {
        showProblem(tr("This session cannot be opened"), engine.error());
        return;
    }
    m_engine = std::move(*engine);
    m_recorder = std::make_unique<results::ResultRecorder>(m_database, m_audit, m_clock, *m_stationKey, **bank);
    m_engine->setFinisher([this](qint64 id) {
        Result<void> recorded = m_recorder->record(id);
        if (recorded && m_uploader) // after the ending transaction commits
            QTimer::singleShot(0, m_uploader.get(), &delivery::Uploader::wake);
        return recorded;
    });
    if (m_appearanceSitting != place->sittingId) {
        // The accommodations apply from the candidate's first screen, and again after a restart; within
        // the sitting, the candidate's own changes stay from module to module.
        auto accommodations = sittings.accommodations(place->sittingId);
        if (!accommodations) {
            showProblem(tr("This session cannot be opened"), accommodations.error());
            return;
        }
        // What the candidate chose during the sitting comes before the set-up's (a restart after a crash
        // must not undo it); a display that cannot be read is the set-up's.
        session::Sittings::Display display{accommodations->colourScheme, accommodations->textSizePercent};
        if (auto chosen = sittings.candidateDisplay(place->sittingId); chosen && *chosen)
            display = **chosen;
        ui::ColourScheme::Id scheme = ui::ColourScheme::Id::Standard;
        ui::ColourScheme::fromKey(display.colourScheme, &scheme);
        m_appearanceSitting.reset(); // not the candidate's choice: not saved as one
        ui::Appearance::instance().apply(scheme, display.textSizePercent);
        m_appearanceSitting = place->sittingId;
        m_readAloud = accommodations->readAloud;
        m_language = accommodations->language;
        m_flow->itemScreen()->newCandidate();
        m_flow->itemScreen()->setLineReaderShown(display.lineReader);
        m_flow->itemScreen()->readAloud()->setRateStep(display.readingRate);
        // (connected here, not at start-up: the candidate's screens are made when first needed)
        connect(m_flow->itemScreen(), &ui::ItemScreen::lineReaderToggled, this, &KioskController::keepCandidateDisplay,
                Qt::UniqueConnection);
        connect(m_flow->itemScreen()->readAloud(), &ui::ReadAloud::rateChanged, this,
                &KioskController::keepCandidateDisplay, Qt::UniqueConnection);
        // An engine that failed for the last candidate may work again (headphones plugged back in).
        if (m_speech && !m_speech->available())
            m_speech.reset();
    }
    m_sittingId = place->sittingId;

    const banks::ModuleSettings& module = (*bank)->module;
    // The proctor's choice for the candidate, or each module's own language ("es-US" is Spanish); a
    // language the kiosk has no translation for shows English.
    const QString language = m_language.isEmpty() ? module.language.section(u'-', 0, 0).toLower() : m_language;
    if (!ui::Language::apply(language))
        ui::Language::apply(QStringLiteral("en"));
    ui::WelcomeScreen::Details details{place->candidateName, place->candidateId, module.title, module.code,
                                       m_engine->itemCount(), module.timeLimitMinutes, m_engine->timeFactorPercent(),
                                       place->position + 1, place->moduleCount, m_engine->breaksAllowed()};
    QString next;
    if (place->nextBankId) {
        auto nextBank = content(*place->nextBankId);
        next = nextBank ? QStringLiteral("%1 (%2)").arg((*nextBank)->module.title, (*nextBank)->module.code)
                        : *place->nextBankId;
    }
    ui::Speech* speech = nullptr;
    if (m_readAloud) {
        // Made when first needed: starting a speech engine costs time no other candidate should wait for.
        if (!m_speech)
            m_speech = ui::Speech::system();
        speech = m_speech.get();
    }
    m_flow->showModule({m_engine.get(), *bank, details, next, speech});
}

void KioskController::onProctorAction(ui::CandidateFlow::ProctorAction action)
{
    using Action = ui::CandidateFlow::ProctorAction;
    const auto back = [this] { m_flow->sync(); };
    switch (action) {
    case Action::Start:
        askProctor(tr("Sign in to start the module; the clock starts at once."),
                   [this, back](const auto& proctor) {
                       if (auto started = m_engine->start(proctor); !started)
                           showProblem(tr("The module could not be started"), started.error());
                       else
                           back();
                   },
                   back);
        return;
    case Action::Resume:
        askProctor(tr("Sign in to resume the module."),
                   [this, back](const auto& proctor) {
                       if (auto resumed = m_engine->resume(proctor); !resumed)
                           showProblem(tr("The module could not be resumed"), resumed.error());
                       else
                           back();
                   },
                   back);
        return;
    case Action::NextModule:
        askProctor(tr("Sign in to go on to the next module."),
                   [this](const auto&) {
                       auto next = session::Sittings(m_database, m_audit, m_clock).nextSession(*m_sittingId);
                       if (!next)
                           showProblem(tr("The next module cannot be found"), next.error());
                       else if (*next)
                           openSession(**next);
                       else
                           m_flow->sync();
                   },
                   back);
        return;
    case Action::EndSitting:
        askProctor(tr("Sign in to end the sitting."), [this](const auto& proctor) { endSitting(proctor); }, back);
        return;
    case Action::LeaveKiosk:
        leaveKioskMode();
        return;
    }
}

void KioskController::endSitting(const session::ProctorAuthorization& proctor)
{
    if (m_sittingId) {
        if (m_engine && !session::isFinished(m_engine->state()) && m_engine->state() != session::SessionState::Created
            && m_engine->state() != session::SessionState::AwaitingProctor) {
            if (auto voided = m_engine->voidSession(proctor, tr("Sitting ended by the proctor at the station.")); !voided) {
                showProblem(tr("The sitting could not be ended"), voided.error());
                return;
            }
        }
        auto closed = session::Sittings(m_database, m_audit, m_clock)
                          .close(*m_sittingId, proctor, tr("Ended by the proctor at the station."));
        if (!closed) {
            showProblem(tr("The sitting could not be ended"), closed.error());
            return;
        }
    }
    showReady();
}

void KioskController::setPanelIdleMs(int ms)
{
    m_panelIdle->setInterval(ms);
}

QKeySequence KioskController::panelChord()
{
    const QKeySequence fallback = QKeySequence::fromString(PanelChord::defaultChord(), QKeySequence::PortableText);
    auto stored = PanelChord::load(m_database);
    auto chord = stored ? PanelChord::normalize(*stored) : Result<QString>(std::unexpected(stored.error()));
    if (!chord) {
        qWarning("the proctor panel opens with %s: %s", qPrintable(PanelChord::defaultChord()),
                 qPrintable(chord.error().message));
        return fallback;
    }
    const QKeySequence sequence = QKeySequence::fromString(*chord, QKeySequence::PortableText);
    return sequence.count() == 1 ? sequence : fallback;
}

bool KioskController::stationInitialised()
{
    // examctl station init records the site code; a demo station has none. A database that cannot say
    // counts as set up: the key must then be there.
    return StationSettings(m_database).initialised().value_or(true);
}

void KioskController::showProblem(const QString& heading, const Error& error)
{
    qWarning("%s: %s", qPrintable(heading), qPrintable(error.message));
    problemScreen()->setMessage(heading, error.message + QStringLiteral("\n\n") + tr("Nothing saved before is lost."));
    // Trying the same again would meet the same problem: with a sitting open, the way forward is to
    // end it (its results so far are kept); leaving kiosk mode is always possible (the proctor panel, Ctrl+Alt+Shift+P).
    m_problem->setAction(m_sittingId ? tr("Proctor: end the sitting") : tr("Proctor: try again"));
    showProblemAgain();
}

void KioskController::showProblemAgain()
{
    m_window.showScreen(problemScreen());
}

void KioskController::openPanel()
{
    if (m_panelProctor || m_window.currentScreen() == m_signIn)
        return; // already open, or a sign-in is under way
    askProctor(tr("Sign in to open the proctor panel."),
               [this](const auto& proctor) {
                   m_panelProctor = proctor;
                   showPanel();
               },
               [this] { returnToCandidate(); });
}

void KioskController::showPanel()
{
    m_flow->setProctorScreenShown(true); // the candidate's screens stay out of the way meanwhile
    panel()->showOutcome({});
    refreshPanel();
    m_window.showScreen(m_panel);
    m_panelIdle->start();
}

void KioskController::confirmProctor(const QString& purpose, std::function<void()> then)
{
    askProctor(purpose,
               [this, then](const session::ProctorAuthorization& proctor) {
                   m_panelProctor = proctor;
                   showPanel();
                   then();
               },
               [this] { showPanel(); });
}

void KioskController::refreshPanel()
{
    ui::ProctorPanel::Status status;
    if (m_engine) {
        using session::SessionState;
        const SessionState state = m_engine->state();
        status.moduleOpen = true;
        status.running = state == SessionState::InProgress && !m_engine->interrupted();
        // Resume also ends the candidate's break and continues after a crash.
        status.paused = state == SessionState::Paused || state == SessionState::OnBreak
                        || (state == SessionState::InProgress && m_engine->interrupted());
        status.timed = m_engine->timed();
        status.answered = m_engine->answeredCount();
        status.items = m_engine->itemCount();
        status.timeLeft = ui::TimerDisplay::format(m_engine->remaining());
        switch (state) {
        case SessionState::Created: status.state = tr("not started yet"); break;
        case SessionState::AwaitingProctor: status.state = tr("ready, waiting to be started"); break;
        case SessionState::InProgress:
            status.state = m_engine->interrupted() ? tr("interrupted, waiting to be resumed") : tr("running");
            break;
        case SessionState::Paused: status.state = tr("paused"); break;
        case SessionState::OnBreak:
            status.state = m_engine->interrupted() ? tr("interrupted during a break, waiting to be resumed")
                                                   : tr("on a break (the clock is stopped; resume ends it)");
            break;
        case SessionState::Submitted: status.state = tr("submitted"); break;
        case SessionState::TimedOut: status.state = tr("ended when the time ran out"); break;
        case SessionState::Voided: status.state = tr("voided"); break;
        }
        if (auto place = session::Sittings(m_database, m_audit, m_clock).place(m_engine->sessionId())) {
            status.candidate = tr("%1 (%2)").arg(place->candidateName, place->candidateId);
            if (auto bank = content(place->bankId))
                status.module = tr("%1 %2").arg((*bank)->module.code, (*bank)->module.title);
        }
    }
    setOutboxStatus(status);
    panel()->setStatus(status);
}

template<typename Action>
void KioskController::panelAction(Action action, const QString& done)
{
    if (!m_engine || !m_panelProctor)
        return;
    m_panelIdle->start();
    const Result<void> result = action(*m_panelProctor);
    refreshPanel();
    if (result)
        panel()->clearReason(); // kept after a refusal, so the proctor can correct and try again
    panel()->showOutcome(result ? done : result.error().message);
}

void KioskController::closePanel()
{
    m_panelIdle->stop();
    m_panelProctor.reset();
    m_flow->setProctorScreenShown(false);
    returnToCandidate();
}

void KioskController::leaveKioskMode()
{
    askProctor(tr("Sign in to leave kiosk mode. The station stops; a sitting in progress can be resumed later."),
               [this](const auto& proctor) {
                   (void)m_audit.append(proctor.actor(), QStringLiteral("kiosk.left"), QStringLiteral("station"),
                                        QString());
                   Q_EMIT leaveAuthorized();
               },
               [this] { returnToCandidate(); });
}

} // namespace exam::kiosk
