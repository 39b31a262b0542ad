// The station's programs started on a disk that is really full (issue 31): each says the disk is
// full, where, and what to do; the kiosk on its screen, not as "already running".
#include "smalldisk.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>

namespace {

exam::test::ToolRun examctl(const QStringList& arguments)
{
    return exam::test::runTool(QStringLiteral("examctl"), arguments);
}

// The kiosk started on `folder`: what it wrote once it says the disk is full (or within `waitMs`), and
// whether it was still running then (showing its message or its first screen).
struct KioskStart
{
    QString err;
    bool stillRunning = false;
    int exitCode = -1;
};

KioskStart startKiosk(const QString& folder, int waitMs = 30'000)
{
    QProcess kiosk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    kiosk.setProcessEnvironment(environment);
    kiosk.start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-kiosk"),
                {QStringLiteral("--data-dir"), folder, QStringLiteral("--windowed")});
    REQUIRE(kiosk.waitForStarted(30'000));
    KioskStart start;
    const QDeadlineTimer deadline(waitMs);
    while (!start.err.contains(QStringLiteral("is full")) && kiosk.state() == QProcess::Running
           && !deadline.hasExpired()) {
        kiosk.waitForReadyRead(500); // stdout and stderr alike
        start.err += QString::fromUtf8(kiosk.readAllStandardError());
    }
    start.stillRunning = kiosk.state() == QProcess::Running;
    if (start.stillRunning) {
        kiosk.kill();
        kiosk.waitForFinished(10'000);
    } else {
        start.exitCode = kiosk.exitCode();
    }
    start.err += QString::fromUtf8(kiosk.readAllStandardError());
    return start;
}

} // namespace

TEST_CASE("Full disk: the kiosk says the disk is full, on its screen, for a station and for a new folder, and "
          "examctl check and audit verify say so too",
          "[e2e][disk]")
{
    exam::test::SmallDisk disk(4 << 20);
    if (!disk.ready()) {
        WARN("not run: " << disk.whyNot().toStdString());
        return;
    }
    const QString station = disk.filePath(QStringLiteral("station"));
    REQUIRE(examctl({QStringLiteral("station"), QStringLiteral("init"), QStringLiteral("--site"),
                     QStringLiteral("TC-0042"), QStringLiteral("--data-dir"), station})
                .status
            == 0);
    disk.fill();
    REQUIRE(disk.bytesAvailable() == 0);

    for (const QString& folder : {station, disk.filePath(QStringLiteral("new-station"))}) {
        INFO("data folder " << folder.toStdString());
        const KioskStart start = startKiosk(folder);
        INFO(start.err.toStdString());
        CHECK(start.err.contains(QStringLiteral("This station cannot start")));
        CHECK(start.err.contains(QStringLiteral("is full")));
        CHECK(start.err.contains(disk.path())); // where: the disk's mount point
        CHECK_FALSE(start.err.contains(QStringLiteral("already running")));
        CHECK(start.stillRunning); // the message stays on the screen; no restart loop of a blank kiosk
    }

    for (const QStringList& command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const exam::test::ToolRun ran = examctl(QStringList(command) << QStringLiteral("--data-dir") << station);
        const QString said = ran.out + ran.err;
        INFO(command.join(u' ').toStdString() << " said: " << said.toStdString());
        CHECK(ran.status != 0);
        CHECK(said.contains(QStringLiteral("is full")));
        CHECK_FALSE(said.contains(QStringLiteral("disk I/O error")));
        CHECK_FALSE(said.contains(QStringLiteral("No space left on device")));
    }

    // With space again, the kiosk no longer stops at its start.
    disk.release();
    const KioskStart again = startKiosk(station, 5'000);
    INFO(again.err.toStdString());
    CHECK_FALSE(again.err.contains(QStringLiteral("cannot start")));
    CHECK(again.stillRunning);
}
