#pragma once

#include <QObject>

class QWidget;

namespace exam::ui {

// Locks the kiosk window down for a sitting: it cannot be closed (window close, Alt+F4 through a
// window manager, Ctrl+Q/W), Escape does nothing, nothing can be copied, cut, pasted or selected
// with the keyboard, no context menu opens, and the clipboard is kept empty so item text never leaves
// the window. It watches the whole application, so screens need no code of their own for it.
// Only release(), called after a proctor authorised leaving kiosk mode, lets the window close.
class KioskGuard : public QObject
{
    Q_OBJECT
public:
    explicit KioskGuard(QWidget* window, QObject* parent = nullptr);
    ~KioskGuard() override;

    void release();
    bool released() const { return m_released; }

Q_SIGNALS:
    // Something the guard refused ("close", "context-menu", "key Ctrl+C"...), also written to the
    // station log (category exam.kiosk.guard) so a proctor can see attempts; never with any content.
    void refused(const QString& what);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool refuseKey(QEvent* event);
    void refuse(const QString& what);
    void emptyClipboard();

    QWidget* m_window;
    bool m_released = false;
};

} // namespace exam::ui
