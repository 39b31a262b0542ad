#include "accessibility.h"

#include "kioskwindow.h"

#include <QAccessibleWidget>
#include <QLabel>
#include <QScrollArea>

namespace exam::ui {

namespace {

// A screen's title: a heading with the label's words as its name.
class HeadingAccessible : public QAccessibleWidget
{
public:
    explicit HeadingAccessible(QLabel* label) : QAccessibleWidget(label, QAccessible::Heading) { }

    QString text(QAccessible::Text kind) const override
    {
        const QString own = QAccessibleWidget::text(kind);
        if (kind == QAccessible::Name && own.isEmpty())
            return static_cast<QLabel*>(widget())->text();
        return own;
    }
};

QAccessibleInterface* headingAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(HeadingLabel::staticMetaObject.className()) && qobject_cast<HeadingLabel*>(object))
        return new HeadingAccessible(static_cast<HeadingLabel*>(object));
    return nullptr;
}

QAccessibleInterface* windowAccessible(const QString& className, QObject* object)
{
    // The kiosk's one window: a window to assistive technology (Qt calls a plain top-level QWidget a
    // client area, which AT-SPI shows as a "filler"), named by its title.
    if (className == QLatin1String(KioskWindow::staticMetaObject.className()) && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Window);
    return nullptr;
}

QAccessibleInterface* scrollAreaAccessible(const QString& className, QObject* object)
{
    // Matched on QScrollArea itself: text views, lists and other QAbstractScrollAreas have Qt's own
    // (sound) interfaces, found for their more derived class names before this one is asked.
    if (className == QLatin1String("QScrollArea") && qobject_cast<QScrollArea*>(object))
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::Client);
    return nullptr;
}

} // namespace

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaAccessible);
        QAccessible::installFactory(headingAccessible);
        QAccessible::installFactory(windowAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace exam::ui
