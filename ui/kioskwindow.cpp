#include "kioskwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace exam::ui {

KioskWindow::KioskWindow(QWidget* parent) : QWidget(parent), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Exam kiosk"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void KioskWindow::addScreen(QWidget* screen)
{
    if (m_stack->indexOf(screen) < 0)
        m_stack->addWidget(screen);
}

void KioskWindow::showScreen(QWidget* screen)
{
    addScreen(screen);
    m_stack->setCurrentWidget(screen);
    // The keyboard follows the screen: to the control the screen chose (setFocus while hidden is
    // remembered as its focus widget), or to its first control. Otherwise keys would go nowhere.
    if (QWidget* focused = QApplication::focusWidget(); focused && screen->isAncestorOf(focused))
        return;
    QWidget* target = screen->focusWidget();
    if (!target || !target->isVisibleTo(screen) || !target->isEnabled()) {
        target = nullptr;
        for (QWidget* next = screen->nextInFocusChain(); next && next != screen; next = next->nextInFocusChain()) {
            if (screen->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(screen)
                && next->isEnabled()) {
                target = next;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

QWidget* KioskWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void KioskWindow::showCoveringScreen()
{
    if (QScreen* screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    setWindowFlags(windowFlags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    showFullScreen();
    activateWindow();
    // No grabKeyboard(): Qt would send every key to this window instead of the focused control. The
    // desktop's own shortcuts are closed off by the kiosk session (packaging/), not by the app.
}

} // namespace exam::ui
