#include "accessibility.h"

#include "announcer.h"
#include "kioskwindow.h"
#include "stemview.h"

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

// The announcer: a status bar, so its notifications are spoken without the word "notification".
QAccessibleInterface* announcerAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(Announcer::staticMetaObject.className()) && qobject_cast<Announcer*>(object))
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::StatusBar);
    return nullptr;
}

class AnnouncementAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncementAccessible(AnnouncementLine* line) : QAccessibleWidget(line, QAccessible::Notification) { }

    QString text(QAccessible::Text kind) const override
    {
        return kind == QAccessible::Name ? static_cast<AnnouncementLine*>(widget())->text() : QString();
    }
};

QAccessibleInterface* announcementAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(AnnouncementLine::staticMetaObject.className())
        && qobject_cast<AnnouncementLine*>(object))
        return new AnnouncementAccessible(static_cast<AnnouncementLine*>(object));
    return nullptr;
}

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

QAccessibleInterface* stemAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(StemView::staticMetaObject.className()) && qobject_cast<StemView*>(object))
        return new StemAccessible(static_cast<StemView*>(object));
    return nullptr;
}

constexpr char ReadWholeTitle[] = "examReadWholeTitle";

class WholeScreenAccessible : public QAccessibleWidget
{
public:
    explicit WholeScreenAccessible(QWidget* screen) : QAccessibleWidget(screen, QAccessible::Grouping) { }

    QString text(QAccessible::Text kind) const override
    {
        if (kind != QAccessible::Name)
            return QAccessibleWidget::text(kind);
        const auto* title = widget()->property(ReadWholeTitle).value<QObject*>();
        const auto* label = qobject_cast<const QLabel*>(title);
        return label ? label->text() : QString();
    }
};

QAccessibleInterface* wholeScreenAccessible(const QString& className, QObject* object)
{
    // Asked with the object's own class name first: any screen that asked to be read whole.
    if (object && object->isWidgetType() && className == QLatin1String(object->metaObject()->className())
        && object->property(ReadWholeTitle).isValid())
        return new WholeScreenAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

void readWholeOnArrival(QWidget* screen, const QLabel* title)
{
    screen->setProperty(ReadWholeTitle, QVariant::fromValue(const_cast<QObject*>(static_cast<const QObject*>(title))));
}

void installAccessibleInterfaces()
{
    static const bool installed = [] {
        QAccessible::installFactory(scrollAreaAccessible);
        QAccessible::installFactory(headingAccessible);
        QAccessible::installFactory(windowAccessible);
        QAccessible::installFactory(announcerAccessible);
        QAccessible::installFactory(announcementAccessible);
        QAccessible::installFactory(stemAccessible);
        QAccessible::installFactory(wholeScreenAccessible);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace exam::ui
