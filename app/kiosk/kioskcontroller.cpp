#include "kioskcontroller.h"

#include "bankcontents.h"
#include "candidatedisplay.h"
#include "candidateflow.h"
#include "kioskwindow.h"
#include "panelcontroller.h"
#include "proctorgate.h"
#include "roomstation.h"
#include "screenreader.h"
#include "session/pinpepper.h"
#include "setupcontroller.h"
#include "sittingcontroller.h"
#include "station/panelchord.h"
#include "stationdelivery.h"

#include <QKeySequence>
#include <QShortcut>

namespace exam::kiosk {

KioskController::KioskController(storage::Database& database, const StationPaths& paths, const Clock& clock,
                                 banks::BankCatalogue& catalogue, std::optional<StationBankKeys> bankKeys,
                                 ui::KioskWindow& window, QObject* parent)
    : QObject(parent),
      m_audit(database, clock),
      m_accounts(database, clock, m_audit),
      m_reserve(paths.storageReserveFile()),
      m_flow(new ui::CandidateFlow(&window, this)),
      m_gate(new ProctorGate(m_accounts, window, *m_flow, this)),
      m_display(new CandidateDisplay(session::Sittings(database, m_audit, clock), *m_flow, this)),
      m_delivery(new StationDelivery(database, m_audit, clock, paths, this)),
      m_banks(std::make_unique<BankContents>(catalogue, std::move(bankKeys))),
      m_panel(new PanelController(*m_gate, *m_delivery, m_audit, window, *m_flow, this)),
      m_setup(new SetupController(database, m_audit, clock, *m_banks, window, this)),
      m_sitting(new SittingController(database, m_audit, clock, paths, *m_banks, *m_setup, *m_gate, *m_display, window,
                                      *m_flow, this)),
      m_screenReader(new ScreenReader(this)),
      m_room(new RoomStation(database, m_audit, clock, paths, *m_sitting, *m_flow, window, this))
{
    m_sitting->setScreenReader(m_screenReader);
    // (main() checked it at start-up; should it fail now, a sign-in says what is wrong)
    if (auto peppered = session::PinPepper::applyTo(paths.pinPepperFile(), m_accounts); !peppered)
        qWarning("PINs cannot be checked: %s", qPrintable(peppered.error().message));
    connect(m_flow, &ui::CandidateFlow::proctorCalled, this,
            [](const QString& reason) { qInfo("candidate calls the proctor: %s", qPrintable(reason)); });
    connect(m_sitting, &SittingController::moduleOpened, m_panel, &PanelController::setModule);
    connect(m_sitting, &SittingController::moduleClosed, m_panel, &PanelController::clearModule);
    connect(m_sitting, &SittingController::resultRecorded, m_delivery, &StationDelivery::resultRecorded);
    connect(m_sitting, &SittingController::leaveAuthorized, this, &KioskController::leaveAuthorized);
    connect(m_panel, &PanelController::closed, m_sitting, &SittingController::returnToCandidate);
    connect(m_panel, &PanelController::endSittingRequested, m_sitting,
            [this](const session::ProctorAuthorization& proctor) { m_sitting->endSitting(proctor); });
    connect(m_panel, &PanelController::leaveAuthorized, this, &KioskController::leaveAuthorized);
    connect(m_gate, &ProctorGate::lockedOut, m_room, &RoomStation::countLockout);
    installPanelChord(database, window);
    m_delivery->start();
    m_gate->setRoomForProctor(&m_reserve, paths.databaseFile());
    // Taken again once the disk has room (checked now and then: a stat, nothing written when held).
    m_reserveTimer.setInterval(30'000);
    connect(&m_reserveTimer, &QTimer::timeout, this, &KioskController::keepRoomForProctor);
}

void KioskController::keepRoomForProctor()
{
    if (auto kept = m_reserve.ensure(); !kept) {
        if (!m_reserveMissing)
            qWarning("no room kept for a proctor on a full disk: %s", qPrintable(kept.error().message));
        m_reserveMissing = true;
        return;
    }
    if (m_reserveMissing)
        qInfo("room for a proctor kept again (%lld MiB)", m_reserve.bytes() >> 20);
    m_reserveMissing = false;
}

KioskController::~KioskController() = default;

void KioskController::start()
{
    keepRoomForProctor();
    m_reserveTimer.start();
    m_sitting->start();
    m_room->start();
}

void KioskController::guardRefused(const QString& what)
{
    static const QStringList leaving{QStringLiteral("close"), QStringLiteral("key Alt+F4"),
                                     QStringLiteral("key Ctrl+Q"), QStringLiteral("key Ctrl+W")};
    if (leaving.contains(what))
        m_room->countLeaveRefusal();
}

void KioskController::setPanelIdleMs(int ms)
{
    m_panel->setIdleMs(ms);
}

void KioskController::setDriveFinder(std::function<QStringList()> finder)
{
    m_delivery->setDriveFinder(std::move(finder));
}

void KioskController::installPanelChord(storage::Database& database, ui::KioskWindow& window)
{
    QKeySequence sequence = QKeySequence::fromString(PanelChord::defaultChord(), QKeySequence::PortableText);
    auto stored = PanelChord::load(database);
    auto chord = stored ? PanelChord::normalize(*stored) : Result<QString>(std::unexpected(stored.error()));
    if (chord && QKeySequence::fromString(*chord, QKeySequence::PortableText).count() == 1)
        sequence = QKeySequence::fromString(*chord, QKeySequence::PortableText);
    else if (!chord)
        qWarning("the proctor panel opens with %s: %s", qPrintable(PanelChord::defaultChord()),
                 qPrintable(chord.error().message));
    auto* shortcut = new QShortcut(sequence, &window);
    shortcut->setContext(Qt::ApplicationShortcut);
    connect(shortcut, &QShortcut::activated, m_panel, &PanelController::open);
}

} // namespace exam::kiosk
