#pragma once

#include "room/roommodel.h"
#include "wrappinglabel.h"

#include <QListWidget>

#include <optional>

class QTimer;

namespace exam::ui {

// The time an alert is shown with: the console's local time, "14:03:21".
QString alertTime(const room::RoomAlert& alert);

// Every alert of the room, newest first, each with its time. Enter or a double click on one moves the
// keyboard to its station (stationActivated).
class AlertList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int Kept = 500; // the oldest go past this (RoomModel::alerts() still has them)

    explicit AlertList(QWidget* parent = nullptr);

    void setAlerts(const QList<room::RoomAlert>& newestFirst);
    void add(const room::RoomAlert& alert);

    QSize sizeHint() const override;

Q_SIGNALS:
    void stationActivated(const QByteArray& pin);
};

// The latest alert across the top of the console. Loud for LoudMs after it arrives (filled in the text's
// colour, large and bold, and announced to screen readers at once), then calm ("Last alert 14:03:21: …")
// until the next one. It keeps its place when it calms down, so nothing on the screen jumps.
class AlertBanner : public WrappingLabel
{
    Q_OBJECT
public:
    static constexpr int LoudMs = 10'000;

    explicit AlertBanner(QWidget* parent = nullptr);

    void showAlert(const room::RoomAlert& alert);
    // An alert from before the console's window opened: shown calm, not announced.
    void showCalm(const room::RoomAlert& alert);
    bool isLoud() const { return m_loud; }
    // Calm at once, as after LoudMs (for a proctor who has read it, and for tests).
    void calmDown();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showText();

    std::optional<room::RoomAlert> m_alert;
    bool m_loud = false;
    QTimer* m_calm;
};

} // namespace exam::ui
