#include "accessibility.h"

#include "announcer.h"
#include "kioskwindow.h"
#include "stemview.h"

#include <QAccessibleWidget>
#include <QLabel>
#include <QPointer>
#include <QScrollArea>

namespace exam::ui {

namespace {

constexpr char ReadWholeTitle[] = "examReadWholeTitle";

// A widget of the kiosk's own class with a role of the kiosk's choosing.
template<QAccessible::Role Role>
class WithRole : public QAccessibleWidget
{
public:
    explicit WithRole(QWidget* widget) : QAccessibleWidget(widget, Role) { }
};

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

// A line of the announcer: a notification named by what it says.
class AnnouncementAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncementAccessible(AnnouncementLine* line) : QAccessibleWidget(line, QAccessible::Notification) { }

    QString text(QAccessible::Text kind) const override
    {
        return kind == QAccessible::Name ? static_cast<AnnouncementLine*>(widget())->text() : QString();
    }
};

// The question: named by where the candidate is and the question's words ("Item 3 of 9. Not answered.
// Which of these…"), as a plain area so Orca says nothing after it (a label would end every question
// with "label", Qt's read-only text view with "read only" and only its first line).
class StemAccessible : public QAccessibleWidget
{
public:
    explicit StemAccessible(StemView* stem) : QAccessibleWidget(stem, QAccessible::Client) { }

    QString text(QAccessible::Text kind) const override
    {
        return kind == QAccessible::Name ? static_cast<StemView*>(widget())->spokenName() : QString();
    }
};

// A screen read whole on arrival: a panel named by its title.
class WholeScreenAccessible : public QAccessibleWidget
{
public:
    explicit WholeScreenAccessible(QWidget* screen)
        : QAccessibleWidget(screen, QAccessible::Grouping),
          m_title(qobject_cast<QLabel*>(screen->property(ReadWholeTitle).value<QObject*>()))
    {
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind != QAccessible::Name)
            return QAccessibleWidget::text(kind);
        return m_title ? m_title->text() : QString();
    }

private:
    QPointer<QLabel> m_title;
};

// The interface for objects of the kiosk's class `Widget`. Qt asks a factory with each class name of an
// object, its own first; these answer for their own class only.
template<typename Widget, typename Interface>
QAccessibleInterface* ownClass(const QString& className, QObject* object)
{
    if (className == QLatin1String(Widget::staticMetaObject.className()))
        if (auto* widget = qobject_cast<Widget*>(object))
            return new Interface(widget);
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

QAccessibleInterface* wholeScreenAccessible(const QString& className, QObject* object)
{
    // Any screen that asked to be read whole, whatever its class.
    if (object && object->isWidgetType() && className == QLatin1String(object->metaObject()->className())
        && object->property(ReadWholeTitle).isValid())
        return new WholeScreenAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

void readWholeOnArrival(QWidget* screen, QLabel* title)
{
    screen->setProperty(ReadWholeTitle, QVariant::fromValue(static_cast<QObject*>(title)));
}

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaAccessible);
        QAccessible::installFactory(ownClass<HeadingLabel, HeadingAccessible>);
        // The kiosk's one window: a window to assistive technology (Qt calls a plain top-level QWidget a
        // client area, which AT-SPI shows as a "filler"), named by its title.
        QAccessible::installFactory(ownClass<KioskWindow, WithRole<QAccessible::Window>>);
        // The announcer: a status bar, so its notifications are spoken without the word "notification".
        QAccessible::installFactory(ownClass<Announcer, WithRole<QAccessible::StatusBar>>);
        QAccessible::installFactory(ownClass<AnnouncementLine, AnnouncementAccessible>);
        QAccessible::installFactory(ownClass<StemView, StemAccessible>);
        QAccessible::installFactory(wholeScreenAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace exam::ui
