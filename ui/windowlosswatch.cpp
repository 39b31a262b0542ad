#include "windowlosswatch.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWidget>

#include <xcb/xcb.h>

namespace exam::ui {

Q_LOGGING_CATEGORY(lcWindow, "exam.kiosk.window")

WindowLossWatch::WindowLossWatch(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    QCoreApplication::instance()->installNativeEventFilter(this);
}

WindowLossWatch::~WindowLossWatch()
{
    QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool WindowLossWatch::nativeEventFilter(const QByteArray& eventType, void* message, qintptr*)
{
    if (eventType != "xcb_generic_event_t" || !m_window->testAttribute(Qt::WA_WState_Created))
        return false;
    const auto* event = static_cast<const xcb_generic_event_t*>(message);
    if ((event->response_type & 0x7f) != XCB_DESTROY_NOTIFY)
        return false;
    const auto* destroyed = reinterpret_cast<const xcb_destroy_notify_event_t*>(event);
    if (destroyed->window != xcb_window_t(m_window->winId()))
        return false;
    qCCritical(lcWindow, "the kiosk's window was destroyed from outside the kiosk");
    Q_EMIT windowLost();
    return false;
}

} // namespace exam::ui
