#pragma once

#include <algorithm>
#include <chrono>

namespace exam::delivery {

// Exponential back-off with jitter for retrying an upload. After the n-th failure in a row the next
// try waits base·2^(n-1), capped, of which a random half is added to the other half ("equal
// jitter"): stations that lost the intake at the same moment spread out instead of returning
// together, and none comes back sooner than half the step.
struct RetryPolicy
{
    std::chrono::milliseconds base{30'000};
    std::chrono::milliseconds cap{3'600'000};

    // unitRandom in [0, 1).
    std::chrono::milliseconds delay(int failures, double unitRandom) const
    {
        const int doublings = std::clamp(failures - 1, 0, 30);
        const double step = std::min(double(cap.count()), double(base.count()) * double(1ll << doublings));
        return std::chrono::milliseconds(qint64(step / 2 + step / 2 * std::clamp(unitRandom, 0.0, 1.0)));
    }
};

} // namespace exam::delivery
