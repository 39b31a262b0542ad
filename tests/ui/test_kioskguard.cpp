// The kiosk's lock-down: what a candidate tries in order to leave the window or take text out of it.
#include "kioskguard.h"
#include "kioskwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace exam::ui;

namespace {

struct GuardedWindow
{
    KioskWindow window;
    QLineEdit* field = new QLineEdit;
    KioskGuard guard{&window};
    QSignalSpy refusals{&guard, &KioskGuard::refused};

    GuardedWindow()
    {
        auto* screen = new QWidget;
        auto* layout = new QVBoxLayout(screen);
        layout->addWidget(field);
        field->setText(QStringLiteral("Which extinguisher class is for electrical fires?"));
        window.showScreen(screen);
        window.resize(1024, 768);
        window.show();
        field->setFocus();
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("Kiosk guard: the window cannot be closed until a proctor releases it", "[ui][kiosk]")
{
    GuardedWindow kiosk;
    QCloseEvent close;
    QApplication::sendEvent(&kiosk.window, &close);
    CHECK_FALSE(close.isAccepted());
    CHECK_FALSE(kiosk.window.close());
    CHECK(kiosk.window.isVisible());
    QTest::keyClick(&kiosk.window, Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(kiosk.field, Qt::Key_Escape);
    QTest::keyClick(kiosk.field, Qt::Key_Q, Qt::ControlModifier);
    QApplication::processEvents();
    CHECK(kiosk.window.isVisible());
    CHECK(kiosk.refusals.size() >= 4);
    CHECK(kiosk.refusals.first().first().toString() == QStringLiteral("close"));

    kiosk.guard.release();
    CHECK(kiosk.window.close());
    CHECK_FALSE(kiosk.window.isVisible());
}

TEST_CASE("Kiosk guard: nothing is copied, cut, selected or pasted, no context menu, the clipboard stays empty",
          "[ui][kiosk]")
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->setText(QStringLiteral("notes brought in"));
    GuardedWindow kiosk;
    CHECK(clipboard->text().isEmpty()); // emptied when the sitting starts

    const QString before = kiosk.field->text();
    kiosk.field->deselect();
    QTest::keyClick(kiosk.field, Qt::Key_A, Qt::ControlModifier);
    CHECK_FALSE(kiosk.field->hasSelectedText());
    kiosk.field->selectAll(); // even with text selected by other means
    QTest::keyClick(kiosk.field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(kiosk.field, Qt::Key_X, Qt::ControlModifier);
    CHECK(clipboard->text().isEmpty());
    CHECK(kiosk.field->text() == before);

    clipboard->setText(QStringLiteral("pasted answer key"));
    QApplication::processEvents();
    CHECK(clipboard->text().isEmpty()); // anything put there is removed at once
    QTest::keyClick(kiosk.field, Qt::Key_V, Qt::ControlModifier);
    CHECK(kiosk.field->text() == before);

    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), kiosk.field->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(kiosk.field, &menu);
    QApplication::processEvents();
    CHECK(QApplication::activePopupWidget() == nullptr);

    // Released (leaving kiosk mode), the station behaves normally again.
    kiosk.guard.release();
    clipboard->setText(QStringLiteral("after the sitting"));
    QApplication::processEvents();
    CHECK(clipboard->text() == QStringLiteral("after the sitting"));
    clipboard->clear();
}

namespace {

QStringList* capturedLog = nullptr;

void captureLog(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + u' ' + message);
}

} // namespace

TEST_CASE("Kiosk guard: every refused attempt is in the station log, without any text of the screen", "[ui][kiosk]")
{
    GuardedWindow kiosk;
    QStringList log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    QCloseEvent close;
    QApplication::sendEvent(&kiosk.window, &close);
    QTest::keyClick(kiosk.field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(&kiosk.window, Qt::Key_F4, Qt::AltModifier);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(5, 5), kiosk.field->mapToGlobal(QPoint(5, 5)));
    QApplication::sendEvent(kiosk.field, &menu);
    QApplication::processEvents();
    qInstallMessageHandler(previous);
    capturedLog = nullptr;
    INFO(log.join(u'\n').toStdString());
    CHECK(log.contains(QStringLiteral("exam.kiosk.guard refused: close")));
    CHECK(log.contains(QStringLiteral("exam.kiosk.guard refused: key Ctrl+C")));
    CHECK(log.contains(QStringLiteral("exam.kiosk.guard refused: key Alt+F4")));
    CHECK(log.contains(QStringLiteral("exam.kiosk.guard refused: context-menu")));
    for (const QString& line : log)
        CHECK_FALSE(line.contains(QStringLiteral("extinguisher")));
}
