#include "roomconsole.h"

#include "session/replicasnapshot.h"

#include "pairingrequestdialog.h"
#include "proctorsigninscreen.h"
#include "roomview.h"
#include "session/pinpepper.h"
#include "stationtext.h"
#include "util/ownerfolder.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace exam::roomconsole {

namespace {

Q_LOGGING_CATEGORY(lcConsole, "exam.room.console")

// What the audit log keeps of an action: its kind and what the proctor gave with it.
QString describe(const room::RoomAction& action)
{
    QString what = room::actionKindName(action.kind);
    if (action.kind == room::ActionKind::Extend)
        what += QStringLiteral(" %1 min").arg(action.minutes);
    if (!action.reason.isEmpty())
        what += QStringLiteral(": ") + action.reason.simplified();
    if (!action.message.isEmpty())
        what += QStringLiteral(": ") + action.message.simplified();
    if (!action.station.isEmpty())
        what += QStringLiteral(" (station %1%2)")
                    .arg(action.station.simplified(),
                         action.session > 0 ? QStringLiteral(", session %1").arg(action.session) : QString());
    return what;
}

} // namespace

QString ConsolePaths::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/exam-room");
}

Result<std::unique_ptr<RoomConsole>> RoomConsole::open(const ConsolePaths& paths, const Clock& clock,
                                                       crypto::ScryptParams pinCost)
{
    if (auto made = OwnerFolder::ensure(paths.dataFolder); !made)
        return std::unexpected(made.error());
    auto database = storage::Database::open(paths.databaseFile(), room::consoleMigrations());
    if (!database)
        return std::unexpected(database.error());
    auto identity = room::RoomIdentity::openOrCreate(paths.identityBase(), QStringLiteral("Room console"));
    if (!identity)
        return std::unexpected(identity.error());
    std::unique_ptr<RoomConsole> console(new RoomConsole(std::move(*database), std::move(*identity), clock, pinCost));
    if (auto peppered = session::PinPepper::applyTo(paths.pinPepperFile(), console->m_accounts); !peppered)
        return std::unexpected(peppered.error());
    if (auto loaded = console->load(); !loaded)
        return std::unexpected(loaded.error());
    return console;
}

RoomConsole::RoomConsole(std::unique_ptr<storage::Database> database, room::RoomIdentity identity, const Clock& clock,
                         crypto::ScryptParams pinCost)
    : m_database(std::move(database)),
      m_clock(clock),
      m_audit(*m_database, clock),
      m_accounts(*m_database, clock, m_audit, pinCost),
      m_store(*m_database, m_audit),
      m_replicas(*m_database),
      m_identity(std::move(identity)),
      m_server(std::make_unique<room::RoomServer>(m_identity.tls(), m_identity.pin())),
      m_model(clock)
{
    connect(m_server.get(), &room::RoomServer::statusReceived, &m_model, &room::RoomModel::statusReceived);
    connect(m_server.get(), &room::RoomServer::statusReceived, this, &RoomConsole::tellIfMoved);
    connect(m_server.get(), &room::RoomServer::stationDisconnected, &m_model, &room::RoomModel::disconnected);
    m_server->setPairingKeeper([this](const QByteArray& pin, const QString& name) {
        auto added = addStation(pin, name);
        if (!added)
            qCWarning(lcConsole) << "the station could not be paired:" << added.error().message;
        return bool(added);
    });
    connect(m_server.get(), &room::RoomServer::pairingWithdrawn, this, [this](const QByteArray& pin) {
        if (QPointer<QDialog> dialog = m_pairingDialogs.take(pin))
            dialog->deleteLater(); // the station gave up, or adding stations stopped
    });
    connect(m_server.get(), &room::RoomServer::answerReceived, this, &RoomConsole::onAnswer);
    // Replicas (issue 26): kept durably first, acknowledged after; the station sends again from the ack.
    connect(m_server.get(), &room::RoomServer::replicaReceived, this,
            [this](const QByteArray& pin, qint64 sessionId, const QList<session::ReplicaJournal::Stored>& entries,
                   const std::optional<room::ReplicaProof>& proof) {
                // A signature that does not sign this batch's last entry: refused, as a batch that does
                // not link is (the station sends again; its own copy is whole meanwhile).
                if (proof && !entries.isEmpty()) {
                    if (auto signedBy = proof->verify(sessionId, entries.last().entry.sequence, entries.last().hash);
                        !signedBy) {
                        qCWarning(lcConsole) << "a replica batch's signature does not verify; refused";
                        if (auto last = m_replicas.last(pin, sessionId))
                            m_server->acknowledgeReplica(pin, sessionId, last->sequence, true);
                        return;
                    }
                }
                auto kept = m_replicas.keep(pin, sessionId, entries, proof);
                if (kept) {
                    m_server->acknowledgeReplica(pin, sessionId, kept->sequence, false);
                    return;
                }
                qCWarning(lcConsole) << "a replica batch was not kept:" << kept.error().message;
                // Only a batch that does not link is refused; another failure (the console's disk) gets
                // no answer, and the station sends again a while later.
                if (kept.error().code == ErrorCode::Conflict)
                    if (auto last = m_replicas.last(pin, sessionId))
                        m_server->acknowledgeReplica(pin, sessionId, last->sequence, true);
            });
    connect(m_server.get(), &room::RoomServer::replicaSyncRequested, this,
            [this](const QByteArray& pin, qint64 sessionId) {
                if (auto last = m_replicas.last(pin, sessionId))
                    m_server->acknowledgeReplica(pin, sessionId, last->sequence, false);
            });
    connect(m_server.get(), &room::RoomServer::pairingRequested, this, &RoomConsole::pairingRequested);
    connect(m_server.get(), &room::RoomServer::peerRefused, this, [](const QString& address, const QString& why) {
        qCInfo(lcConsole) << "refused" << address << ":" << why;
    });
    m_tick.setInterval(1'000);
    connect(&m_tick, &QTimer::timeout, &m_model, &room::RoomModel::tick);
    m_tick.start();
    // A console left alone signs its proctor out: nobody passing by acts in their name.
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleSignOutMs);
    connect(&m_idle, &QTimer::timeout, this, &RoomConsole::signOut);
}

bool RoomConsole::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (m_proctor)
            m_idle.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

RoomConsole::~RoomConsole()
{
    m_view.reset(); // before the model it reads
}

Result<void> RoomConsole::load()
{
    auto name = m_store.roomName();
    if (!name)
        return std::unexpected(name.error());
    m_roomName = *name;
    auto limit = m_store.breakLimitMinutes();
    if (!limit)
        return std::unexpected(limit.error());
    m_model.setBreakLimitMinutes(*limit);
    auto stations = m_store.stations();
    if (!stations)
        return std::unexpected(stations.error());
    QSet<QByteArray> pins;
    for (const room::PairedStation& station : *stations) {
        pins.insert(station.pin);
        m_model.addStation(station.pin, station.name);
    }
    m_server->setPairedStations(pins);
    return {};
}

Result<void> RoomConsole::listen(const QHostAddress& address, quint16 port)
{
    if (auto listening = m_server->listen(address, port); !listening)
        return listening;
    qCInfo(lcConsole) << "room" << m_roomName << "listens on" << address.toString() << "port" << m_server->port();
    return {};
}

ui::RoomView& RoomConsole::view()
{
    if (m_view)
        return *m_view;
    m_view = std::make_unique<ui::RoomView>(m_model, m_roomName);
    qApp->installEventFilter(this); // any key or click in the console's windows keeps the proctor in
    connect(m_view.get(), &ui::RoomView::actionRequested, this, &RoomConsole::onViewAction);
    connect(m_view.get(), &ui::RoomView::removeRequested, this, &RoomConsole::remove);
    connect(m_view.get(), &ui::RoomView::moveRequested, this, &RoomConsole::onMoveRequested);
    connect(m_view.get(), &ui::RoomView::pairingRequested, this, &RoomConsole::showAddingStations);
    connect(m_view.get(), &ui::RoomView::signInRequested, this, &RoomConsole::askSignIn);
    connect(m_view.get(), &ui::RoomView::signOutRequested, this, &RoomConsole::signOut);
    connect(this, &RoomConsole::pairingRequested, this, &RoomConsole::askPairing);
    if (m_proctor)
        m_view->setProctor(m_proctorName);
    return *m_view;
}

void RoomConsole::signIn(const session::ProctorAuthorization& proctor, const QString& displayName)
{
    m_proctor = proctor;
    m_proctorName = displayName.isEmpty() ? proctor.login() : displayName;
    m_idle.start();
    if (m_view)
        m_view->setProctor(m_proctorName);
}

void RoomConsole::signOut()
{
    if (m_proctor)
        (void)m_audit.append(m_proctor->actor(), QStringLiteral("proctor.signed-out"),
                             QStringLiteral("proctor:") + m_proctor->login(), QString());
    m_proctor.reset();
    m_idle.stop();
    if (m_view)
        m_view->setProctor(QString());
}

void RoomConsole::askSignIn()
{
    askProctor(tr("to act on the room's stations"), false, [this](const session::ProctorAuthorization& proctor) {
        QString name;
        if (auto proctors = m_accounts.list())
            for (const session::ProctorSummary& summary : *proctors)
                if (summary.login == proctor.login())
                    name = summary.displayName;
        signIn(proctor, name);
    });
}

void RoomConsole::askProctor(const QString& purpose, bool keepLogin,
                             std::function<void(const session::ProctorAuthorization&)> then)
{
    if (auto proctors = m_accounts.count(); proctors && *proctors == 0) {
        auto* none = new QMessageBox(QMessageBox::Information, tr("No proctor yet"),
                                     tr("This console has no proctor account yet. Add one on this machine's command "
                                        "line, then sign in:\n\nexam-room --add-proctor LOGIN --name \"NAME\"\n\n"
                                        "The PIN is asked there, never shown."),
                                     QMessageBox::Ok, m_view.get());
        none->setAttribute(Qt::WA_DeleteOnClose);
        none->open();
        return;
    }
    auto* dialog = new QDialog(m_view.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sign in to the room console"));
    auto* layout = new QVBoxLayout(dialog);
    auto* screen = new ui::ProctorSignInScreen(dialog);
    layout->addWidget(screen);
    screen->setAuthenticator(
        [this](const QString& login, const Sensitive<QString>& secret) { return m_accounts.signIn(login, secret); });
    connect(screen, &ui::ProctorSignInScreen::signedIn, dialog,
            [dialog, then = std::move(then)](const session::ProctorAuthorization& proctor) {
                dialog->accept();
                then(proctor);
            });
    connect(screen, &ui::ProctorSignInScreen::cancelled, dialog, &QDialog::reject);
    screen->begin(purpose, keepLogin);
    dialog->resize(640, 560);
    dialog->open();
}

void RoomConsole::setPairingOpen(bool open)
{
    m_server->setPairingOpen(open);
}

void RoomConsole::showAddingStations()
{
    setPairingOpen(true);
    QStringList addresses;
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            addresses.append(QStringLiteral("examctl room join --console %1:%2 --name \"Station 1\"")
                                 .arg(address.toString())
                                 .arg(port()));
    if (addresses.isEmpty())
        addresses.append(QStringLiteral("examctl room join --console HOST:%1 --name \"Station 1\"").arg(port()));
    auto* dialog = new QDialog(m_view.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Adding stations"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(tr("<p>This console accepts new stations while this window is open.</p>"
                               "<p>On each station, as its administrator, run:</p><pre>%1</pre>"
                               "<p>Each station then shows a code. Accept it here only when this console "
                               "shows the same code.</p>")
                                .arg(addresses.join(QLatin1Char('\n')).toHtmlEscaped()),
                            dialog);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(dialog);
    buttons->addButton(tr("Stop adding stations"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::finished, this, [this] { setPairingOpen(false); });
    dialog->open();
}

void RoomConsole::askPairing(const QByteArray& pin, const QString& stationName, const QString& code)
{
    auto* dialog = ui::PairingRequestDialog::ask(m_view.get(), stationName, code);
    m_pairingDialogs.insert(pin, dialog);
    connect(dialog, &ui::PairingRequestDialog::answered, this, [this, pin](bool accepted) {
        m_pairingDialogs.remove(pin);
        answerPairing(pin, accepted);
    });
}

void RoomConsole::answerPairing(const QByteArray& pin, bool accepted)
{
    // Kept (the keeper) once the station's administrator confirmed the same code too.
    m_server->answerPairing(pin, accepted, m_roomName);
}

Result<void> RoomConsole::setRoomName(const QString& name)
{
    if (auto stored = m_store.setRoomName(name, m_proctor ? m_proctor->actor() : QStringLiteral("console")); !stored)
        return stored;
    m_roomName = name.simplified();
    if (m_view)
        m_view->setRoomName(m_roomName);
    return {};
}

Result<void> RoomConsole::setBreakLimitMinutes(int minutes)
{
    if (auto stored = m_store.setBreakLimitMinutes(minutes, m_proctor ? m_proctor->actor() : QStringLiteral("console"));
        !stored)
        return stored;
    m_model.setBreakLimitMinutes(minutes);
    return {};
}

Result<void> RoomConsole::addStation(const QByteArray& pin, const QString& name)
{
    const QString actor = m_proctor ? m_proctor->actor() : QStringLiteral("console");
    if (auto added = m_store.addStation(pin, name, actor); !added)
        return added;
    m_model.addStation(pin, name);
    m_server->addStation(pin);
    return {};
}

void RoomConsole::remove(const QByteArray& pin)
{
    const QString actor = m_proctor ? m_proctor->actor() : QStringLiteral("console");
    if (auto removed = m_store.removeStation(pin, actor); !removed) {
        // Still paired in the store, so still paired here: it would be back after a restart anyway.
        qCWarning(lcConsole) << "the station could not be removed:" << removed.error().message;
        m_model.actionUndelivered(pin, removed.error().message);
        return;
    }
    m_server->removeStation(pin);
    m_model.removeStation(pin);
    forgetPending(pin);
}

void RoomConsole::onViewAction(const room::RoomAction& action, const QList<QByteArray>& stationPins)
{
    // Voiding a module and ending a sitting cannot be undone: the PIN again first, as at the station.
    if (action.kind != room::ActionKind::Void && action.kind != room::ActionKind::EndSitting) {
        send(action, stationPins);
        return;
    }
    askProctor(tr("to confirm: %1").arg(ui::StationText::actionName(action.kind)), true,
               [this, action, stationPins](const session::ProctorAuthorization& proctor) {
                   if (!m_proctor || proctor.login() != m_proctor->login())
                       signIn(proctor, QString()); // the one who confirmed is the one shown and sending
                   send(action, stationPins);
               });
}

void RoomConsole::send(const room::RoomAction& action, const QList<QByteArray>& stationPins)
{
    if (!m_proctor)
        return; // the window offers no action without a proctor
    sendAs(m_proctor->login(), action, stationPins);
}

QHash<QByteArray, qint64> RoomConsole::sendAs(const QString& login, const room::RoomAction& action,
                                              const QList<QByteArray>& stationPins)
{
    const QString actor = QStringLiteral("proctor:") + login;
    QHash<QByteArray, qint64> sent;
    for (const QByteArray& pin : stationPins) {
        const std::optional<room::StationEntry> entry = m_model.station(pin);
        if (!entry)
            continue;
        room::ActionOutcome outcome;
        outcome.action = ui::StationText::actionName(action.kind);
        outcome.proctor = login;
        outcome.at = m_clock.utcNow();
        m_model.actionSent(pin, outcome);
        if (!m_server->isConnected(pin)) {
            m_model.actionUndelivered(pin, tr("the station is not connected."));
            continue;
        }
        // In the console's audit log before it leaves: no action goes out that the console did not record.
        if (auto logged = m_store.logAction(actor, entry->name, describe(action)); !logged) {
            m_model.actionUndelivered(pin, logged.error().message);
            continue;
        }
        auto sequence = m_store.takeSequence(pin);
        if (!sequence) {
            m_model.actionUndelivered(pin, sequence.error().message);
            continue;
        }
        if (!m_server->sendAction(pin, room::ActionFrame{*sequence, login, action, 0})) {
            m_model.actionUndelivered(pin, tr("the station is not connected."));
            continue;
        }
        forgetPending(pin); // an earlier action's answer no longer matters: this one's does
        sent.insert(pin, *sequence);
        Pending& pending = m_pending[pin];
        pending.sequence = *sequence;
        pending.timeout = new QTimer(this);
        pending.timeout->setSingleShot(true);
        connect(pending.timeout, &QTimer::timeout, this, [this, pin, sequence = *sequence] {
            auto found = m_pending.find(pin);
            if (found == m_pending.end() || found->sequence != sequence)
                return;
            forgetPending(pin);
            // A station applies an action only while it is fresh (RoomTimings::ActionFreshMs): one without
            // an answer by now was not applied, unless its answer alone was lost; the tile tells.
            m_model.actionUndelivered(pin, tr("no answer within %1 s. The station refuses an action that reaches "
                                              "it late, so it was most likely not applied: look at its tile "
                                              "before sending it again.")
                                               .arg(AnswerTimeoutMs / 1000));
        });
        pending.timeout->start(AnswerTimeoutMs);
    }
    return sent;
}

void RoomConsole::onAnswer(const QByteArray& pin, const room::ActionAnswer& answer)
{
    auto found = m_pending.find(pin);
    if (found == m_pending.end() || found->sequence != answer.sequence)
        return; // an answer to an action given up on, or superseded: the tile shows the station's state
    forgetPending(pin);
    m_model.actionAnswered(pin, answer.applied, answer.why);
    if (auto moving = m_moving.find(pin); moving != m_moving.end() && moving->first == answer.sequence) {
        const room::ConsoleStore::Move move = moving->second;
        m_moving.erase(moving);
        // Recorded when it was sent; a spare that refused took nothing, so the sitting may move again.
        if (!answer.applied)
            if (auto forgotten = m_store.forgetMove(move, answer.why); !forgotten)
                m_model.actionUndelivered(pin, forgotten.error().message);
    }
}

void RoomConsole::onMoveRequested(const QByteArray& stationPin, const QByteArray& sparePin, const QString& reason)
{
    // A sitting moved cannot come back: the PIN again first, as for a void.
    askProctor(tr("to confirm: %1").arg(ui::StationText::actionName(room::ActionKind::TakeOver)), true,
               [this, stationPin, sparePin, reason](const session::ProctorAuthorization& proctor) {
                   if (!m_proctor || proctor.login() != m_proctor->login())
                       signIn(proctor, QString());
                   if (auto moved = continueOnSpare(stationPin, sparePin, reason); !moved) {
                       auto* box = new QMessageBox(QMessageBox::Warning,
                                                   ui::StationText::actionName(room::ActionKind::TakeOver),
                                                   moved.error().message, QMessageBox::Ok, m_view.get());
                       box->setObjectName(QStringLiteral("moveRefused"));
                       box->setTextFormat(Qt::PlainText);
                       box->setAttribute(Qt::WA_DeleteOnClose);
                       box->open();
                   }
               });
}

Result<void> RoomConsole::continueOnSpare(const QByteArray& deadPin, const QByteArray& sparePin, const QString& reason)
{
    if (!m_proctor)
        return fail(ErrorCode::NotAllowed, tr("Sign in first."));
    const std::optional<room::StationEntry> dead = m_model.station(deadPin);
    const std::optional<room::StationEntry> spare = m_model.station(sparePin);
    if (!dead || !spare || deadPin == sparePin)
        return fail(ErrorCode::NotFound, tr("Choose a station that stopped and another one to go on at."));
    if (dead->online)
        return fail(ErrorCode::NotAllowed, tr("%1 still answers: act on it there (pause, resume or void). A sitting "
                                              "moves only from a station that stopped answering.")
                                               .arg(dead->name));
    const room::StationStatus last = dead->status.value_or(room::StationStatus{});
    if (last.sessionId <= 0 || !room::moduleUnderWay(last.phase))
        return fail(ErrorCode::NotAllowed,
                    tr("%1 had no module under way when it stopped: there is nothing to go on with.").arg(dead->name));
    if (auto before = m_store.moveOf(deadPin, last.sessionId); !before || *before)
        return before ? fail(ErrorCode::Conflict, tr("That sitting already went on at %1.").arg((*before)->spareName))
                      : std::unexpected(before.error());
    if (!spare->online || !spare->status || spare->status->phase != room::StationPhase::Ready)
        return fail(ErrorCode::NotAllowed,
                    tr("%1 is not ready for a candidate: choose a station that shows \"Ready\".").arg(spare->name));
    auto entries = m_replicas.entries(deadPin, last.sessionId);
    if (!entries)
        return std::unexpected(entries.error());
    auto moved = session::ReplicaSnapshot::fromReplica(*entries);
    if (!moved)
        return fail(moved.error().code,
                    tr("The console's copy of the sitting cannot be used: %1").arg(moved.error().message));
    room::RoomAction action;
    action.kind = room::ActionKind::TakeOver;
    action.reason = reason;
    action.sitting = moved->toJson();
    action.station = dead->name;
    if (const QString problem = action.problem(); !problem.isEmpty())
        return fail(ErrorCode::InvalidArgument, problem);
    // Recorded before it leaves, so a second move of the same sitting is refused even while the spare's
    // answer is on its way (or never comes: then the sitting stays with that spare).
    const room::ConsoleStore::Move move{deadPin, last.sessionId, sparePin, spare->name, m_proctor->login()};
    if (auto recorded = m_store.recordMove(move, dead->name); !recorded)
        return recorded;
    const QHash<QByteArray, qint64> sent = sendAs(m_proctor->login(), action, {sparePin});
    if (!sent.contains(sparePin)) {
        (void)m_store.forgetMove(move, tr("not delivered"));
        return fail(ErrorCode::IoError, tr("%1 did not take the sitting: its tile says why.").arg(spare->name));
    }
    m_moving.insert(sparePin, {sent.value(sparePin), move});
    return {};
}

void RoomConsole::tellIfMoved(const QByteArray& pin, const room::StationStatus& status)
{
    if (status.sessionId <= 0 || m_pending.contains(pin))
        return;
    auto move = m_store.moveOf(pin, status.sessionId);
    if (!move || !*move)
        return;
    room::RoomAction action;
    action.kind = room::ActionKind::MovedAway;
    action.session = status.sessionId;
    action.station = (*move)->spareName;
    // In the name of the proctor who moved it: the same decision, told now.
    sendAs((*move)->proctor, action, {pin});
}

void RoomConsole::forgetPending(const QByteArray& pin)
{
    auto found = m_pending.find(pin);
    if (found == m_pending.end())
        return;
    found->timeout->stop();
    found->timeout->deleteLater();
    m_pending.erase(found);
}

} // namespace exam::roomconsole
