#include "testsupport.h"
#include "util/clock.h"

#include <QThread>

using namespace exam;
using namespace std::chrono_literals;

TEST_CASE("The system clock's monotonic time never goes back", "[clock]")
{
    SystemClock clock;
    auto previous = clock.monotonic();
    for (int i = 0; i < 1000; ++i) {
        const auto now = clock.monotonic();
        REQUIRE(now >= previous);
        previous = now;
    }
    const auto before = clock.monotonic();
    QThread::msleep(20);
    CHECK(clock.monotonic() - before >= 19ms);
    CHECK(clock.utcNow().timeSpec() == Qt::UTC);
    CHECK(qAbs(clock.utcNow().secsTo(QDateTime::currentDateTimeUtc())) <= 1);
}

TEST_CASE("The test clock moves only when told, and a wall jump does not move durations", "[clock]")
{
    test::TestClock clock;
    const Clock& asClock = clock;
    const auto start = asClock.monotonic();
    const QDateTime wallStart = asClock.utcNow();
    CHECK(asClock.monotonic() == start);

    clock.advance(90s);
    CHECK(asClock.monotonic() - start == 90s);
    CHECK(wallStart.secsTo(asClock.utcNow()) == 90);

    clock.setWallClock(wallStart.addSecs(-3600)); // someone sets the clock back an hour
    CHECK(asClock.monotonic() - start == 90s);
}
