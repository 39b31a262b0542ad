#pragma once

#include "banks/bankcontent.h"
#include "session/form.h"

#include <optional>

namespace exam::results {

struct DomainScore
{
    QString domainId;
    QString title;
    int correct = 0;
    int total = 0;
    bool folded = false;           // fewer than MinItemsPerReportedDomain items: reported with "other topics"
    bool needsImprovement = false; // below the module's pass mark (never set for folded domains)

    int percent() const { return total == 0 ? 0 : correct * 100 / total; }
    bool operator==(const DomainScore&) const = default;
};

struct Score
{
    int correct = 0;
    int total = 0; // scored items on the form; pilot items never count
    int passPercent = 0;
    bool passed = false;
    QList<DomainScore> domains; // in blueprint order

    // Whole percent, rounded down: a report never shows 75 % for 74.9 %.
    int percent() const { return total == 0 ? 0 : correct * 100 / total; }
    bool operator==(const Score&) const = default;
};

// Scoring as a pure function of the bank, the form and the responses (displayed option per position,
// empty when unanswered). Unanswered is wrong; pass means at or above the bank's mark, compared in
// whole numbers (correct × 100 ≥ mark × total), so 75.0 % passes a 75 % mark and 74.99 % does not.
class Scoring
{
public:
    static constexpr int MinItemsPerReportedDomain = 5; // itembanks/DOMAIN.md: smaller domains are folded

    static Score score(const banks::BankContent& content, const session::Form& form,
                       const QList<std::optional<int>>& responses);
    // Sets pass/fail and each domain's folded and needs-improvement marks from the counts: the same
    // rules for a fresh score and for one read back from a signed record.
    static void judge(Score& score);
};

} // namespace exam::results
