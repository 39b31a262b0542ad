// The kiosk as a screen reader sees it (A5): every control of every candidate screen has a name and a
// role, all item text is there, and the timer stays quiet except at its warnings. Walked through Qt's
// own accessibility interfaces (QAccessibleInterface), as the AT-SPI bridge reads them.
#include "banks/richtext.h"
#include "flowstation.h"
#include "itemscreen.h"
#include "screenframe.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

#include <chrono>

using namespace exam;
using namespace exam::ui;
using namespace std::chrono_literals;
using test::FlowStation;

namespace {

struct Node
{
    QAccessible::Role role;
    QString name;
    QString description;
    QString text; // the value or the text of a text interface
    QString objectName;
};

// Every visible node under the window, depth first.
void walk(QAccessibleInterface* node, QList<Node>& nodes, int depth = 0)
{
    if (!node || !node->isValid() || depth > 40 || node->state().invisible)
        return;
    QString text;
    if (QAccessibleTextInterface* textual = node->textInterface())
        text = textual->text(0, textual->characterCount());
    nodes.append({node->role(), node->text(QAccessible::Name), node->text(QAccessible::Description),
                  text.isEmpty() ? node->text(QAccessible::Value) : text,
                  node->object() ? node->object()->objectName() : QString()});
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), nodes, depth + 1);
}

QList<Node> accessibleTree(QWidget& window)
{
    QList<Node> nodes;
    walk(QAccessible::queryAccessibleInterface(&window), nodes);
    return nodes;
}

// Every control a candidate can act on has a name, so a screen reader says what it does.
void checkNamed(const QList<Node>& nodes, const QString& screen, int minimum = 2)
{
    int controls = 0;
    for (const Node& node : nodes) {
        switch (node.role) {
        case QAccessible::Button:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::List: {
            INFO(screen.toStdString() << ": role " << int(node.role) << ", object " << node.objectName.toStdString());
            CHECK_FALSE(node.name.trimmed().isEmpty());
            ++controls;
            break;
        }
        default: break;
        }
    }
    INFO(screen.toStdString());
    CHECK(controls >= minimum);
}

// The screen's title is a heading, with its words as the name.
void checkHeading(const QList<Node>& nodes, const QString& screen, const QString& title)
{
    bool found = false;
    for (const Node& node : nodes)
        found = found || (node.role == QAccessible::Heading && node.name == title);
    INFO(screen.toStdString() << ": heading " << title.toStdString());
    CHECK(found);
}

bool containsText(const QList<Node>& nodes, const QString& wanted)
{
    for (const Node& node : nodes)
        if (node.name.contains(wanted) || node.description.contains(wanted) || node.text.contains(wanted))
            return true;
    return false;
}

} // namespace

TEST_CASE("Accessibility tree: every candidate screen names each control, exposes all item text and alt text",
          "[ui][a11y]")
{
    QAccessible::setActive(true);
    FlowStation station({1280, 720}, {}, test::withBreaks());
    QAccessibleInterface* window = QAccessible::queryAccessibleInterface(&station.window);
    CHECK(window->role() == QAccessible::Window);
    CHECK(window->text(QAccessible::Name) == QStringLiteral("Welcome — Exam kiosk"));
    checkNamed(accessibleTree(station.window), QStringLiteral("welcome"));
    checkHeading(accessibleTree(station.window), QStringLiteral("welcome"), QStringLiteral("Welcome"));
    CHECK(containsText(accessibleTree(station.window), QStringLiteral("Casey Candidate")));
    station.click(QStringLiteral("welcomeYes"));
    checkNamed(accessibleTree(station.window), QStringLiteral("practice"));
    checkHeading(accessibleTree(station.window), QStringLiteral("practice"), QStringLiteral("How the exam works"));
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    auto* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);

    // Every item: the stem's whole text and every option, by name, as a button.
    for (int position = 0; position < station.engine->itemCount(); ++position) {
        REQUIRE(station.engine->moveTo(position));
        test::settle();
        const QList<Node> nodes = accessibleTree(station.window);
        checkNamed(nodes, QStringLiteral("item %1").arg(position + 1));
        const QString itemId = station.engine->formItem(position).itemId;
        const banks::Item* item = nullptr;
        for (const banks::Item& candidate : station.content.items)
            if (candidate.id == itemId)
                item = &candidate;
        REQUIRE(item);
        const banks::ItemBody& body = item->body.reveal();
        INFO(itemId.toStdString());
        CHECK(containsText(nodes, banks::RichText::toPlainText(body.stem, banks::RichText::Context::Stem)));
        int options = 0;
        for (const Node& node : nodes)
            if (node.role == QAccessible::RadioButton && node.name.startsWith(QStringLiteral("Option ")))
                ++options;
        CHECK(options == body.options.size());
        for (const banks::ItemOption& option : body.options)
            if (!option.image.isEmpty())
                CHECK(containsText(nodes, option.alt));
    }
    // The time left can be read on request, but is no control without a name.
    CHECK(containsText(accessibleTree(station.window), QStringLiteral("Time left")));

    // The candidate's break: its heading, the break time by a name that does not change every second.
    station.click(QStringLiteral("itemBreak"));
    const QList<Node> onBreak = accessibleTree(station.window);
    checkNamed(onBreak, QStringLiteral("break"), 1); // one control: back to the exam
    checkHeading(onBreak, QStringLiteral("break"), QStringLiteral("You are on a break"));
    CHECK(containsText(onBreak, QStringLiteral("Break time")));
    CHECK_FALSE(containsText(onBreak, QStringLiteral("Option A")));
    station.click(QStringLiteral("breakBack"));

    station.press(Qt::Key_R);
    checkNamed(accessibleTree(station.window), QStringLiteral("review"));
    station.click(QStringLiteral("reviewSubmit"));
    checkNamed(accessibleTree(station.window), QStringLiteral("submit"));
    station.click(QStringLiteral("submitNow"));
    const QList<Node> report = accessibleTree(station.window);
    checkNamed(report, QStringLiteral("report"), 1);
    checkHeading(report, QStringLiteral("report"), QStringLiteral("Score report"));
    CHECK(containsText(report, QStringLiteral("%")));
}

TEST_CASE("Accessibility: the timer keeps one name while it counts (nothing to announce each second), and a "
          "warning is exposed as soon as it shows",
          "[ui][a11y]")
{
    // No events are sent either (test_screenreader.cpp counts them); the time is said on request (T).
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    auto* time = items->findChild<QLabel*>(QStringLiteral("timeLeft"));
    REQUIRE(time);
    QAccessibleInterface* timer = QAccessible::queryAccessibleInterface(time);
    REQUIRE(timer);
    const QString name = timer->text(QAccessible::Name);
    CHECK(name == QStringLiteral("Time left"));
    for (int second = 0; second < 60; ++second) {
        station.clock.advance(1s);
        REQUIRE(station.engine->tick());
        items->refreshTime(); // as the flow's ticker does every second
        CHECK(timer->text(QAccessible::Name) == name);
    }
    CHECK(time->text().contains(QStringLiteral("0:29:00")));

    station.clock.advance(station.engine->remaining() - 14min);
    REQUIRE(station.engine->tick());
    const QList<Node> nodes = accessibleTree(station.window);
    CHECK(containsText(nodes, QStringLiteral("15 minutes left.")));
}

TEST_CASE("Accessibility: a scroll area asked for a child that has just gone answers nothing instead of crashing",
          "[ui][a11y]")
{
    // Found by the AT-SPI test: Qt 6.4's scroll-area interface indexes its children unchecked, and the
    // kiosk's scroll bars come and go as screens change between a screen reader's count and its request.
    FlowStation station({1280, 720});
    const QList<ScreenFrame*> frames = station.window.findChildren<ScreenFrame*>();
    REQUIRE(frames.size() >= 6);
    int scrollAreas = 0;
    for (QScrollArea* area : station.window.findChildren<QScrollArea*>()) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(area);
        REQUIRE(iface);
        INFO(area->objectName().toStdString());
        const int count = iface->childCount();
        CHECK(iface->child(count) == nullptr);
        CHECK(iface->child(count + 5) == nullptr);
        CHECK(iface->child(-1) == nullptr);
        for (int i = 0; i < count; ++i)
            CHECK(iface->child(i) != nullptr);
        ++scrollAreas;
    }
    CHECK(scrollAreas >= 8);
    // A scroll bar that goes away between the count and the request.
    ScreenFrame* frame = frames.first();
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(frame);
    frame->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    test::settle();
    const int before = iface->childCount();
    frame->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    test::settle();
    CHECK(iface->childCount() <= before);
    CHECK(iface->child(before - 1 >= iface->childCount() ? before - 1 : iface->childCount()) == nullptr);
}

TEST_CASE("Accessibility: a screen reader's actions do what a click does: an option's press chooses it, the flag's "
          "toggle flags the item",
          "[ui][a11y]")
{
    FlowStation station({1280, 720});
    ItemScreen* items = station.startItems();
    auto* optionC = items->findChild<QWidget*>(QStringLiteral("optionC"));
    QAccessibleInterface* option = QAccessible::queryAccessibleInterface(optionC);
    REQUIRE(option);
    CHECK(option->role() == QAccessible::RadioButton);
    CHECK(option->state().checkable);
    CHECK_FALSE(option->state().checked);
    REQUIRE(option->actionInterface());
    option->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    CHECK(station.engine->response(0).choice == 2);
    CHECK(option->state().checked);

    QAccessibleInterface* flag =
        QAccessible::queryAccessibleInterface(items->findChild<QWidget*>(QStringLiteral("itemFlag")));
    REQUIRE(flag);
    REQUIRE(flag->actionInterface());
    const QStringList actions = flag->actionInterface()->actionNames();
    const QString toggle = actions.contains(QAccessibleActionInterface::toggleAction())
                               ? QAccessibleActionInterface::toggleAction()
                               : QAccessibleActionInterface::pressAction();
    flag->actionInterface()->doAction(toggle);
    CHECK(station.engine->response(0).flagged);
    CHECK(flag->state().checked);
    flag->actionInterface()->doAction(toggle);
    CHECK_FALSE(station.engine->response(0).flagged);
    CHECK_FALSE(flag->state().checked);
}

namespace {

// Tab (or Shift+Tab) `presses` times on the current screen: the objects the focus was on, in order.
QStringList tabWalk(FlowStation& station, int presses, bool backwards = false)
{
    QStringList visited;
    for (int i = 0; i < presses; ++i) {
        QWidget* from = QApplication::focusWidget() ? QApplication::focusWidget() : station.screen();
        QTest::keyClick(from, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget* at = QApplication::focusWidget();
        REQUIRE(at);
        INFO("after " << i + 1 << " presses: " << at->metaObject()->className() << " "
                      << at->objectName().toStdString());
        CHECK(station.screen()->isAncestorOf(at)); // never out of the screen (nothing hidden behind it)
        CHECK(at->isVisible());
        CHECK(at->isEnabled());
        visited.append(at->objectName().isEmpty() ? QString::fromLatin1(at->metaObject()->className())
                                                  : at->objectName());
    }
    return visited;
}

// No keyboard trap: Tab goes round the screen's controls and comes back, forwards and backwards.
void checkNoTrap(FlowStation& station, const QString& screen, int atLeast)
{
    INFO(screen.toStdString());
    const QStringList forwards = tabWalk(station, 60);
    const QSet<QString> distinct(forwards.cbegin(), forwards.cend());
    INFO("visited: " << forwards.join(QStringLiteral(", ")).toStdString());
    CHECK(distinct.size() >= atLeast);
    for (qsizetype i = 1; i < forwards.size(); ++i)
        CHECK(forwards[i] != forwards[i - 1]); // each press moves on
    // Round the whole screen: the first place comes again.
    CHECK(forwards.indexOf(forwards.first(), 1) > 0);
    const QStringList backwards = tabWalk(station, 60, true);
    const QSet<QString> back(backwards.cbegin(), backwards.cend());
    CHECK(back == distinct);
}

} // namespace

TEST_CASE("Keyboard: no screen traps the focus, Tab and Shift+Tab go round every control and back, and the focus "
          "is always on something visible",
          "[ui][a11y][keyboard]")
{
    FlowStation station({1280, 720}, {}, test::withBreaks()); // "Break" on the item screen's round too
    checkNoTrap(station, QStringLiteral("welcome"), 2);
    station.click(QStringLiteral("welcomeYes"));
    checkNoTrap(station, QStringLiteral("practice"), 6);
    station.click(QStringLiteral("practiceReady"));
    REQUIRE(station.engine->start(station.proctor()));
    test::settle();
    ItemScreen* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);
    checkNoTrap(station, QStringLiteral("item"), 10);
    // With the display panel and the calculator open, their keys are on the round too, and Tab leaves them.
    station.click(QStringLiteral("itemDisplay"));
    if (auto* calculator = items->findChild<QPushButton*>(QStringLiteral("itemCalculator")); calculator->isVisible())
        station.click(QStringLiteral("itemCalculator"));
    checkNoTrap(station, QStringLiteral("item with display settings"), 16);
    QTest::keyClick(items, Qt::Key_R);
    test::settle();
    INFO("on " << station.screen()->objectName().toStdString());
    checkNoTrap(station, QStringLiteral("review"), 5);
    station.click(QStringLiteral("reviewSubmit"));
    checkNoTrap(station, QStringLiteral("submit"), 2);
}
