#pragma once

#include "room/roomaction.h"
#include "room/roommodel.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QTimer;

namespace exam::ui {

class AlertBanner;
class AlertList;
class LargeButton;
class StationGrid;
class StationTile;

// The room console's one screen: the room and who is signed in across the top, the latest alert loud
// under it, the stations as tiles (who needs the proctor first), and beside them a column with the
// actions for the selected stations and every alert of the room. It reads the model and asks: each action is confirmed
// in a RoomActionDialog and then leaves as actionRequested(); the composition root sends it, signs proctors in and out,
// pairs and removes stations, and ticks the model. Actions need a signed-in proctor (setProctor), since every one is
// sent in a proctor's name.
class RoomView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 1'000; // silence counters and clocks on the tiles
    static constexpr int CoalesceMs = 100;  // changes drawn together

    RoomView(const room::RoomModel& model, const QString& roomName, QWidget* parent = nullptr);

    void setRoomName(const QString& name);
    // The proctor's name as shown; empty: nobody is signed in, and no action can be sent.
    void setProctor(const QString& name);
    QString proctor() const { return m_proctor; }

    StationGrid* grid() const { return m_grid; }
    AlertList* alertList() const { return m_alerts; }
    AlertBanner* banner() const { return m_banner; }
    QScrollArea* stationScroll() const { return m_scroll; }
    LargeButton* actionButton(room::ActionKind kind) const { return m_actions.value(kind); }
    LargeButton* moveButton() const { return m_move; }

    // Reads the model again (also done on its changed() and every RefreshMs).
    void refresh();

Q_SIGNALS:
    // Confirmed by the proctor: `action` for every station in `stationPins`, in the order shown.
    void actionRequested(const exam::room::RoomAction& action, const QList<QByteArray>& stationPins);
    // Confirmed by the proctor: the sitting of `stationPin` (offline) goes on at `sparePin` (issue 26).
    void moveRequested(const QByteArray& stationPin, const QByteArray& sparePin, const QString& reason);
    // Confirmed by the proctor: forget this station (one signal per station).
    void removeRequested(const QByteArray& pin);
    void pairingRequested();
    void signInRequested();
    void signOutRequested();
    // The tiles show the model as it is now (for the console's figures).
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* makeHeader();
    QWidget* makeSidebar();
    void fitSidebar();
    void fixTabOrder();
    void retranslate();
    void updateActions();
    void askAction(room::ActionKind kind);
    void askRemove(const QList<QByteArray>& pins);
    void askMove();
    // The one selected station, when it stopped answering in the middle of a module.
    const StationTile* movableSelection() const;
    void alertRaised(const room::RoomAlert& alert);

    const room::RoomModel& m_model;
    QString m_roomName;
    QString m_proctor;
    QLabel* m_title = nullptr;
    QLabel* m_proctorLabel = nullptr;
    LargeButton* m_sign = nullptr;
    AlertBanner* m_banner;
    StationGrid* m_grid;
    QScrollArea* m_scroll;
    QLabel* m_selection = nullptr;
    QMap<room::ActionKind, LargeButton*> m_actions;
    LargeButton* m_move = nullptr;
    LargeButton* m_remove = nullptr;
    LargeButton* m_add = nullptr;
    QLabel* m_alertsTitle = nullptr;
    AlertList* m_alerts;
    QScrollArea* m_actionScroll = nullptr;
    QWidget* m_sidebar = nullptr;
    QTimer* m_refresh;
    QTimer* m_coalesce;
};

} // namespace exam::ui
