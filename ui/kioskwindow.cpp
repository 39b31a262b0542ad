#include "kioskwindow.h"

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
    grabKeyboard(); // keys reach the kiosk, not the desktop's shortcuts (where the display server allows)
}

} // namespace exam::ui
