#include "kioskwindow.h"

#include "accessibility.h"
#include "announcer.h"
#include "appearance.h"
#include "screenframe.h"
#include "textsize.h"
#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWindow>

namespace exam::ui {

KioskWindow::KioskWindow(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_banner(new QLabel(this))
{
    Appearance::instance(); // the kiosk's look (Fusion, the scheme, the text size) before any screen shows
    installAccessibleInterfaces();
    new Announcer(this);
    setWindowTitle(tr("Exam kiosk"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setMargin(10);
    // Highlight colours from the palette: the colour scheme decides, the words carry the meaning.
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    QFont bold = m_banner->font();
    bold.setBold(true);
    m_banner->setFont(bold);
    m_banner->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    // Text size from any screen, for candidates and proctors alike (documented in the README).
    const auto shortcut = [this](const QKeySequence& keys, auto change) {
        auto* key = new QShortcut(keys, this);
        key->setContext(Qt::WindowShortcut);
        connect(key, &QShortcut::activated, this, change);
    };
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)})
        shortcut(keys, [] { Appearance::instance().largerText(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus), [] { Appearance::instance().smallerText(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0),
             [] { Appearance::instance().setTextPercent(TextSize::steps().first()); });
}

void KioskWindow::setBanner(const QString& text)
{
    m_banner->setText(text);
    m_banner->setAccessibleName(text);
    m_banner->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        QAccessibleEvent alert(m_banner, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        announce(this, text); // what Orca hears (it is not told of the alert under Qt 6.4)
    }
}

QString KioskWindow::banner() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

ScreenFrame* KioskWindow::frameOf(QWidget* screen) const
{
    auto* frame = qobject_cast<ScreenFrame*>(screen->parentWidget() ? screen->parentWidget()->parentWidget() : nullptr);
    return frame && m_stack->indexOf(frame) >= 0 ? frame : nullptr;
}

void KioskWindow::addScreen(QWidget* screen)
{
    if (frameOf(screen))
        return;
    // Every screen in a frame of its own that scrolls it when a large text size leaves no other way.
    auto* frame = new ScreenFrame(screen, m_stack); // made in place: styled once, not again on a move
    m_stack->addWidget(frame);
}

void KioskWindow::showScreen(QWidget* screen)
{
    addScreen(screen);
    m_stack->setCurrentWidget(frameOf(screen));
    nameAfter(screen);
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
    auto* frame = qobject_cast<ScreenFrame*>(m_stack->currentWidget());
    return frame ? frame->widget() : nullptr;
}

void KioskWindow::showCoveringScreen()
{
    if (QScreen* screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    setWindowFlags(windowFlags() | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    showFullScreen();
    activateWindow();
    // The window (not a widget: QWidget::grabKeyboard would send every key to this widget instead of
    // the focused control) takes the whole keyboard from the display server, so desktop shortcuts do
    // not reach the desktop while the kiosk runs. The kiosk session (packaging/) closes the rest.
    if (QWindow* handle = windowHandle())
        handle->setKeyboardGrabEnabled(true);
}

void KioskWindow::nameAfter(QWidget* screen)
{
    // The window is named after the screen, so a screen reader's "where am I" and window title say
    // where the candidate is: the screen's accessible name where it set one, else its heading.
    QString title = screen ? screen->accessibleName() : QString();
    if (title.isEmpty() && screen)
        if (const auto* heading = screen->findChild<HeadingLabel*>())
            title = heading->text();
    const QString name = title.isEmpty() ? tr("Exam kiosk") : tr("%1 — Exam kiosk").arg(title);
    if (windowTitle() != name)
        setWindowTitle(name);
}

void KioskWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) // after the screens have taken the new language
        QMetaObject::invokeMethod(
            this, [this] { nameAfter(currentScreen()); }, Qt::QueuedConnection);
}

} // namespace exam::ui
