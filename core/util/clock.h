#pragma once

#include <QDateTime>

#include <chrono>

namespace exam {

// Time is injected: core never reads a clock directly, so tests can move time and the exam timer can
// be proved independent of the wall clock.
// - monotonic(): for measuring durations (exam time). Never jumps; its origin is arbitrary and
//   does not survive a restart, so callers checkpoint elapsed durations, never raw readings.
// - utcNow(): for timestamps people read (audit log, result records). May jump when the clock is set.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::milliseconds monotonic() const = 0;
    virtual QDateTime utcNow() const = 0;

    // The station's calendar date, in its own time zone: what retake dates and reports count in.
    QDate localDate() const { return utcNow().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    std::chrono::milliseconds monotonic() const override;
    QDateTime utcNow() const override;
};

} // namespace exam
