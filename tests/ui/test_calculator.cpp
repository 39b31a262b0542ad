// The on-screen calculator: its arithmetic, and beside the item without taking the item's keys.
#include "calculator.h"
#include "calculatorpanel.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "uisession.h"
#include "uitestsupport.h"

#include <QPushButton>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using Op = Calculator::Operation;

namespace {

QString run(const QString& keys)
{
    Calculator calculator;
    for (const QChar key : keys) {
        if (key.isDigit())
            calculator.digit(key.digitValue());
        else if (key == u'.')
            calculator.point();
        else if (key == u'+')
            calculator.operation(Op::Add);
        else if (key == u'-')
            calculator.operation(Op::Subtract);
        else if (key == u'*')
            calculator.operation(Op::Multiply);
        else if (key == u'/')
            calculator.operation(Op::Divide);
        else if (key == u'=')
            calculator.equals();
        else if (key == u'<')
            calculator.backspace();
        else if (key == u'n')
            calculator.negate();
        else if (key == u'C')
            calculator.clear();
    }
    return calculator.display();
}

} // namespace

TEST_CASE("Calculator: works like a basic handheld one", "[ui][calculator]")
{
    CHECK(run(QString()) == QStringLiteral("0"));
    CHECK(run(QStringLiteral("12+30=")) == QStringLiteral("42"));
    CHECK(run(QStringLiteral("2+3*4=")) == QStringLiteral("20")); // each operator applies to the running result
    CHECK(run(QStringLiteral("1/3=")) == QStringLiteral("0.3333333333"));
    CHECK(run(QStringLiteral("25.4*3=")) == QStringLiteral("76.2"));
    CHECK(run(QStringLiteral("0.1+0.2=")) == QStringLiteral("0.3"));
    CHECK(run(QStringLiteral("5-8=")) == QStringLiteral("-3"));
    CHECK(run(QStringLiteral("7n*2=")) == QStringLiteral("-14"));
    CHECK(run(QStringLiteral("123<<4")) == QStringLiteral("14"));
    CHECK(run(QStringLiteral("2+*3=")) == QStringLiteral("6"));  // a second operator replaces the first
    CHECK(run(QStringLiteral("9=+1=")) == QStringLiteral("10")); // go on from a result
    CHECK(run(QStringLiteral("5+5=7")) == QStringLiteral("7"));  // a digit after = starts afresh
    CHECK(run(QStringLiteral("..5+.5=")) == QStringLiteral("1"));
    CHECK(run(QStringLiteral("5/0=")) == QStringLiteral("Cannot divide by zero"));
    CHECK(run(QStringLiteral("5/0=4")) == QStringLiteral("4")); // typing after an error starts again
    CHECK(run(QStringLiteral("999999999999*999999999999=")) == QStringLiteral("Too large"));
    CHECK(run(QStringLiteral("1234567890123")) == QStringLiteral("123456789012")); // 12 digits at most
    CHECK(run(QStringLiteral("12+3C")) == QStringLiteral("0"));
    CHECK(Calculator::format(0.000001234) == QStringLiteral("0.000001234"));
}

TEST_CASE("Calculator: beside the item when the bank allows it, typing into it never answers the item",
          "[ui][calculator]")
{
    test::UiSession station;
    KioskWindow window;
    auto* screen = new ItemScreen;
    window.showScreen(screen);
    screen->setSession(station.engine.get(), &station.content);
    window.resize(1024, 768);
    window.show();
    test::settle();
    REQUIRE(station.content.module.calculatorAllowed);
    auto* button = screen->findChild<QPushButton*>(QStringLiteral("itemCalculator"));
    auto* panel = screen->findChild<CalculatorPanel*>(QStringLiteral("calculator"));
    REQUIRE(button);
    REQUIRE(panel);
    CHECK(button->isVisibleTo(screen));
    CHECK_FALSE(panel->isVisibleTo(screen));
    QTest::mouseClick(button, Qt::LeftButton);
    test::settle();
    REQUIRE(panel->isVisibleTo(screen));
    CHECK(panel->hasFocus());
    test::keepScreenshot(window, QStringLiteral("item-calculator-1024x768"));

    QTest::keyClicks(panel, QStringLiteral("2*3"));
    QTest::keyClick(panel, Qt::Key_Return);
    CHECK(panel->display() == QStringLiteral("6"));
    CHECK_FALSE(station.engine->response(0).choice.has_value()); // "2" and "3" went to the calculator
    // Letters never reach the item while the calculator has the keyboard; C clears it.
    for (const Qt::Key key : {Qt::Key_A, Qt::Key_F, Qt::Key_N, Qt::Key_R})
        QTest::keyClick(panel, key);
    CHECK_FALSE(station.engine->response(0).choice.has_value());
    CHECK_FALSE(station.engine->response(0).flagged);
    CHECK(station.engine->currentPosition() == 0);
    QTest::keyClick(panel, Qt::Key_C);
    CHECK(panel->display() == QStringLiteral("0"));

    // The mouse keys work too.
    for (const char* name : {"calc_clear", "calc_4", "calc_plus", "calc_5", "calc_equals"})
        QTest::mouseClick(panel->findChild<QPushButton*>(QString::fromLatin1(name)), Qt::LeftButton);
    CHECK(panel->display() == QStringLiteral("9"));

    // Back on the item, the keys answer again.
    screen->findChild<QWidget*>(QStringLiteral("optionA"))->setFocus();
    QTest::keyClick(screen, Qt::Key_2);
    CHECK(station.engine->response(0).choice == 1);

    // A bank without a calculator shows none.
    station.content.module.calculatorAllowed = false;
    screen->setSession(station.engine.get(), &station.content);
    CHECK_FALSE(button->isVisibleTo(screen));
    CHECK_FALSE(panel->isVisibleTo(screen));
}
