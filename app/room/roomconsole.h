#pragma once
// exam-room's composition (issue 25): the console's database (its stations, settings, proctors and
// audit chain), its identity, the server its stations dial into, the room model and the window — and
// what joins them: the proctor's sign-in, pairing a station, sending the proctor's actions and waiting
// for each station's answer. A library, so the tests run a real console in-process beside real kiosks.

#include "room/consolestore.h"
#include "room/replicastore.h"
#include "room/roomidentity.h"
#include "room/roommodel.h"
#include "room/roomserver.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QDialog;
#include <QTimer>

#include <memory>
#include <optional>

namespace exam::ui {
class RoomView;
}

namespace exam::roomconsole {

// Where a console keeps its state: one data folder, owner-only.
struct ConsolePaths
{
    QString dataFolder;
    QString databaseFile() const { return dataFolder + QStringLiteral("/console.sqlite"); }
    QString identityBase() const { return dataFolder + QStringLiteral("/room-identity"); }
    QString pinPepperFile() const { return dataFolder + QStringLiteral("/pin-pepper.key"); }
    static QString defaultDataFolder();
};

class RoomConsole : public QObject
{
    Q_OBJECT
public:
    static constexpr int AnswerTimeoutMs = 5'000;
    static constexpr int IdleSignOutMs = 10 * 60'000;

    // Opens (or makes) the console in `paths`; nothing listens yet.
    static Result<std::unique_ptr<RoomConsole>> open(const ConsolePaths& paths, const Clock& clock,
                                                     crypto::ScryptParams pinCost = session::ProctorAccounts::PinCost);
    ~RoomConsole() override;

    Result<void> listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server->port(); }
    QByteArray pin() const { return m_identity.pin(); }

    session::ProctorAccounts& accounts() { return m_accounts; }
    room::ConsoleStore& store() { return m_store; }
    room::ReplicaStore& replicas() { return m_replicas; }
    room::RoomModel& model() { return m_model; }
    room::RoomServer& server() { return *m_server; }
    // The window (made on first call).
    ui::RoomView& view();

    // The proctor who signs the actions; none until one signs in.
    void signIn(const session::ProctorAuthorization& proctor, const QString& displayName);
    void signOut();
    std::optional<session::ProctorAuthorization> proctor() const { return m_proctor; }

    // What the window's buttons do, callable by a test as well.
    void send(const room::RoomAction& action, const QList<QByteArray>& stationPins);
    // Issue 26: the sitting of a station that stopped answering goes on at `sparePin`, a station between
    // sittings, from the console's copy of its replica. Refused, saying why, when the station still
    // answers, has no module under way, moved already, or the spare is not ready; the spare's answer
    // shows on its tile. The station, when it is back, is told and records nothing more for it.
    Result<void> continueOnSpare(const QByteArray& deadPin, const QByteArray& sparePin, const QString& reason);
    void remove(const QByteArray& pin);
    // The room's name and the break limit, kept for next time and shown at once.
    Result<void> setRoomName(const QString& name);
    Result<void> setBreakLimitMinutes(int minutes);
    QString roomName() const { return m_roomName; }
    // Pairs a station whose key is known (the demo's own stations; a pairing the proctor accepted).
    Result<void> addStation(const QByteArray& pin, const QString& name);
    void setPairingOpen(bool open);
    // The proctor's answer to a pairing request (the window asks; a test may answer itself). The
    // station is paired once its administrator confirmed the same code as well.
    void answerPairing(const QByteArray& pin, bool accepted);

Q_SIGNALS:
    // A station asks to join while pairing is open.
    void pairingRequested(const QByteArray& pin, const QString& stationName, const QString& code);

private:
    RoomConsole(std::unique_ptr<storage::Database> database, room::RoomIdentity identity, const Clock& clock,
                crypto::ScryptParams pinCost);
    Result<void> load();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void askSignIn();
    // A proctor's PIN for `purpose`, then `then` in their name.
    void askProctor(const QString& purpose, bool keepLogin,
                    std::function<void(const session::ProctorAuthorization&)> then);
    void onViewAction(const room::RoomAction& action, const QList<QByteArray>& stationPins);
    void askPairing(const QByteArray& pin, const QString& stationName, const QString& code);
    void showAddingStations();
    void onAnswer(const QByteArray& pin, const room::ActionAnswer& answer);
    void onMoveRequested(const QByteArray& stationPin, const QByteArray& sparePin, const QString& reason);
    // The sequence number each station's action went out with (none for a station it did not reach).
    QHash<QByteArray, qint64> sendAs(const QString& login, const room::RoomAction& action,
                                     const QList<QByteArray>& stationPins);
    // A station back with a session that went on elsewhere is told so.
    void tellIfMoved(const QByteArray& pin, const room::StationStatus& status);

    std::unique_ptr<storage::Database> m_database;
    const Clock& m_clock;
    session::AuditLog m_audit;
    session::ProctorAccounts m_accounts;
    room::ConsoleStore m_store;
    room::ReplicaStore m_replicas;
    room::RoomIdentity m_identity;
    std::unique_ptr<room::RoomServer> m_server;
    room::RoomModel m_model;
    std::unique_ptr<ui::RoomView> m_view;
    std::optional<session::ProctorAuthorization> m_proctor;
    QString m_proctorName;
    QString m_roomName;
    QTimer m_tick;
    QTimer m_idle;
    QHash<QByteArray, QPointer<QDialog>> m_pairingDialogs;
    void forgetPending(const QByteArray& pin);

    struct Pending
    {
        qint64 sequence = 0;
        QTimer* timeout = nullptr; // deleted later: it may be the one firing
    };
    QHash<QByteArray, Pending> m_pending; // per station: the action waiting for its answer
    QHash<QByteArray, std::pair<qint64, room::ConsoleStore::Move>> m_moving; // per spare: the take-over sent
};

} // namespace exam::roomconsole
