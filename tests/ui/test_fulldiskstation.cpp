// The demo station on a small disk that really fills up during a sitting (issue 31): the proctor can
// still sign in, pause and leave kiosk mode, and the room kept for that comes back with the space.
#include "demostationfixture.h"
#include "messagescreen.h"
#include "smalldisk.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using exam::test::DemoStation;

TEST_CASE("Full disk at a station: a proctor signs in, pauses and leaves kiosk mode, with the room kept for them, "
          "which is kept again when there is space",
          "[ui][station][disk]")
{
    test::SmallDisk disk(32 << 20);
    if (!disk.ready()) {
        WARN("not run: " << disk.whyNot().toStdString());
        return;
    }
    DemoStation station({}, disk.filePath(QStringLiteral("station")));
    const QString reserve = station.paths.storageReserveFile();
    CHECK(QFileInfo(reserve).size() == StorageReserve::DefaultBytes);

    station.setUp(QStringLiteral("C-3101"), QStringLiteral("Fay Full"), QStringLiteral("CLA "));
    station.startModule();
    station.click(QStringLiteral("optionA"));
    REQUIRE(station.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE choice IS NOT NULL")) == 1);

    // The disk fills: within a few answers the candidate sees the storage problem, nothing unsaved shown.
    disk.fill();
    REQUIRE(disk.bytesAvailable() == 0);
    for (int tries = 0; tries < 40 && qobject_cast<ItemScreen*>(station.screen()); ++tries) {
        QTest::keyClick(station.screen(), Qt::Key_N);
        test::settle();
        if (auto* option = station.screen()->findChild<QAbstractButton*>(QStringLiteral("optionB")))
            QTest::mouseClick(option, Qt::LeftButton);
        test::settle();
    }
    auto* problem = qobject_cast<MessageScreen*>(station.screen());
    REQUIRE(problem);
    CHECK(problem->heading().contains(QStringLiteral("Storage problem")));

    // Someone at the chord with a wrong PIN: refused (and counted), and the room lent to that try is
    // taken back, all but what the try wrote.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    station.signIn(QStringLiteral("000000"));
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    CHECK(station.find<QLabel>(QStringLiteral("signInProblem"))->text().contains(QStringLiteral("not right")));
    CHECK(QFileInfo(reserve).size() > StorageReserve::DefaultBytes - (1 << 20));
    station.click(QStringLiteral("signInCancel"));
    REQUIRE(qobject_cast<MessageScreen*>(station.screen()));

    // The proctor's chord, the PIN: in, though nothing could be saved a moment ago.
    ProctorPanel* panel = station.openPanel();
    CHECK_FALSE(QFileInfo::exists(reserve)); // theirs now
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("disk full"));
    station.click(QStringLiteral("panelPause"));
    CHECK(panel->outcome() == QStringLiteral("The module is paused."));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'paused'")) == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.saving-restored'"))
          == 1);
    QSignalSpy left(station.controller.get(), &kiosk::KioskController::leaveAuthorized);
    station.click(QStringLiteral("panelLeave"));
    station.signIn();
    CHECK(left.count() == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'kiosk.left'")) == 1);

    // Filled again: no room can be kept then; once space returns, it is kept again.
    disk.fill();
    station.controller->keepRoomForProctor();
    CHECK_FALSE(QFileInfo::exists(reserve));
    disk.release();
    station.controller->keepRoomForProctor();
    CHECK(QFileInfo(reserve).size() == StorageReserve::DefaultBytes);
}
