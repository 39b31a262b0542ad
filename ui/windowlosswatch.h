#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

class QWidget;

namespace exam::ui {

// Notices when the kiosk's window is destroyed from outside the kiosk (another X client's
// XDestroyWindow, as `xdotool windowclose` does): the kiosk would run on with no window and nothing a
// proctor could reach. On X11 only; elsewhere it never fires.
class WindowLossWatch : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    explicit WindowLossWatch(QWidget* window, QObject* parent = nullptr);
    ~WindowLossWatch() override;

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr* result) override;

Q_SIGNALS:
    void windowLost();

private:
    QWidget* m_window;
};

} // namespace exam::ui
