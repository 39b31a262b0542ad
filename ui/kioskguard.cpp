#include "kioskguard.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMimeData>
#include <QWidget>

#include <algorithm>

namespace exam::ui {

Q_LOGGING_CATEGORY(lcGuard, "exam.kiosk.guard")

KioskGuard::KioskGuard(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
    emptyClipboard();
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &KioskGuard::emptyClipboard);
}

KioskGuard::~KioskGuard()
{
    qApp->removeEventFilter(this);
}

void KioskGuard::release()
{
    m_released = true;
    qApp->removeEventFilter(this);
    disconnect(QGuiApplication::clipboard(), nullptr, this, nullptr);
}

void KioskGuard::emptyClipboard()
{
    if (m_released)
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Only when something is there: clearing changes the clipboard, which would call this again.
    for (const QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if ((mode == QClipboard::Selection && !clipboard->supportsSelection()))
            continue;
        if (!clipboard->text(mode).isEmpty()
            || (clipboard->mimeData(mode) && !clipboard->mimeData(mode)->formats().isEmpty()))
            clipboard->clear(mode);
    }
}

void KioskGuard::refuse(const QString& what)
{
    // In the station log, so a proctor or an auditor can see the attempts: what was tried, never any
    // text of the screen.
    qCInfo(lcGuard, "refused: %s", qPrintable(what));
    Q_EMIT refused(what);
}

bool KioskGuard::refuseKey(QEvent* event)
{
    auto* key = static_cast<QKeyEvent*>(event);
    const auto isOneOf = [key](std::initializer_list<QKeySequence::StandardKey> keys) {
        return std::any_of(keys.begin(), keys.end(), [key](QKeySequence::StandardKey k) { return key->matches(k); });
    };
    if (key->key() == Qt::Key_Escape)
        return true;
    if (key->key() == Qt::Key_F4 && (key->modifiers() & Qt::AltModifier))
        return true;
    return isOneOf({QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste, QKeySequence::SelectAll,
                    QKeySequence::Quit, QKeySequence::Close, QKeySequence::Print, QKeySequence::Save});
}

bool KioskGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (m_released)
        return false;
    switch (event->type()) {
    case QEvent::Close:
        if (watched == m_window) {
            event->ignore();
            refuse(QStringLiteral("close"));
            return true;
        }
        break;
    case QEvent::ContextMenu: refuse(QStringLiteral("context-menu")); return true;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
        if (refuseKey(event)) {
            if (event->type() == QEvent::KeyPress) {
                const auto* key = static_cast<QKeyEvent*>(event);
                refuse(QStringLiteral("key ")
                       + QKeySequence(key->keyCombination()).toString(QKeySequence::PortableText));
            }
            event->accept(); // a handled override stops the shortcut too
            return true;
        }
        break;
    default: break;
    }
    return false;
}

} // namespace exam::ui
