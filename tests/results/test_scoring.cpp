#include "results/scoring.h"
#include "testsupport.h"

using namespace exam;
using namespace exam::results;

namespace {

// A bank with two domains (8 and 4 items on the form) and one pilot item, pass mark 75 %.
banks::BankContent syntheticBank()
{
    banks::BankContent content;
    content.bankId = QStringLiteral("t.b");
    content.bankVersion = 1;
    content.module.code = QStringLiteral("T");
    content.module.passPercent = 75;
    content.module.pilotCount = 1;
    content.module.domains = {{QStringLiteral("big"), QStringLiteral("Big"), 8},
                              {QStringLiteral("small"), QStringLiteral("Small"), 4}};
    content.module.formLength = 13;
    const auto add = [&content](const QString& id, const QString& domain, bool scored, int key) {
        banks::ItemBody body;
        body.stem = id;
        for (int i = 0; i < 4; ++i)
            body.options.append(banks::ItemOption{QStringLiteral("o%1").arg(i), QString(), QString()});
        body.key = key;
        banks::Item item{id, domain};
        item.status = scored ? banks::ItemStatus::Live : banks::ItemStatus::Pilot;
        item.body = Sensitive<banks::ItemBody>(body);
        content.items.append(item);
    };
    for (int i = 0; i < 8; ++i)
        add(QStringLiteral("B%1").arg(i), QStringLiteral("big"), true, i % 4);
    for (int i = 0; i < 4; ++i)
        add(QStringLiteral("S%1").arg(i), QStringLiteral("small"), true, (i + 1) % 4);
    add(QStringLiteral("P0"), QStringLiteral("big"), false, 2);
    return content;
}

struct Sitting
{
    banks::BankContent content = syntheticBank();
    session::Form form = *session::FormAssembler::assemble(content, QByteArray(32, 'q'));

    // The displayed option that is right (or wrong) for a position.
    int displayed(int position, bool right) const
    {
        const banks::Item* item = nullptr;
        for (const banks::Item& candidate : content.items)
            if (candidate.id == form.items[position].itemId)
                item = &candidate;
        const int key = item->body.reveal().key;
        const QList<int>& order = form.items[position].optionOrder;
        return int(order.indexOf(right ? key : (key + 1) % 4));
    }
    bool isPilot(int position) const { return form.items[position].itemId.startsWith(u'P'); }
    QString domainOf(int position) const
    {
        return form.items[position].itemId.startsWith(u'B') ? QStringLiteral("big") : QStringLiteral("small");
    }

    // Answers `correctCount` scored items right (in form order), the other scored items wrong.
    QList<std::optional<int>> answers(int correctCount, bool answerPilot = true) const
    {
        QList<std::optional<int>> responses;
        int given = 0;
        for (int p = 0; p < form.items.size(); ++p) {
            if (isPilot(p))
                responses.append(answerPilot ? std::optional<int>(displayed(p, true)) : std::nullopt);
            else
                responses.append(displayed(p, given++ < correctCount));
        }
        return responses;
    }
};

} // namespace

TEST_CASE("Scoring: all right, none, unanswered, and pilot items never count", "[results][scoring]")
{
    const Sitting sitting;
    const Score all = Scoring::score(sitting.content, sitting.form, sitting.answers(12));
    CHECK(all.total == 12);
    CHECK(all.correct == 12);
    CHECK(all.percent() == 100);
    CHECK(all.passed);

    const Score none = Scoring::score(sitting.content, sitting.form, sitting.answers(0));
    CHECK(none.correct == 0);
    CHECK_FALSE(none.passed);

    const Score unanswered = Scoring::score(sitting.content, sitting.form, QList<std::optional<int>>(13));
    CHECK(unanswered.correct == 0);
    CHECK(unanswered.total == 12);

    // Only the pilot item answered, and right: still 0 %.
    QList<std::optional<int>> pilotOnly(13);
    for (int p = 0; p < 13; ++p)
        if (sitting.isPilot(p))
            pilotOnly[p] = sitting.displayed(p, true);
    CHECK(Scoring::score(sitting.content, sitting.form, pilotOnly).correct == 0);

    // Answering the pilot item wrong changes nothing either.
    const Score withWrongPilot = Scoring::score(sitting.content, sitting.form, sitting.answers(12, false));
    CHECK(withWrongPilot == all);
}

TEST_CASE("Scoring: exactly at the mark passes, one item below fails", "[results][scoring]")
{
    const Sitting sitting;
    const Score atMark = Scoring::score(sitting.content, sitting.form, sitting.answers(9)); // 9/12 = 75 %
    CHECK(atMark.percent() == 75);
    CHECK(atMark.passed);
    const Score below = Scoring::score(sitting.content, sitting.form, sitting.answers(8)); // 66.7 %
    CHECK(below.percent() == 66);
    CHECK_FALSE(below.passed);
}

TEST_CASE("Scoring: domains scored apart, small domains folded, needs improvement below the mark", "[results][scoring]")
{
    const Sitting sitting;
    // Everything in "big" right except 3 (5/8 = 62 %), everything in "small" right.
    QList<std::optional<int>> responses;
    int bigWrong = 0;
    for (int p = 0; p < sitting.form.items.size(); ++p) {
        const bool wrong = !sitting.isPilot(p) && sitting.domainOf(p) == u"big" && bigWrong < 3;
        bigWrong += wrong;
        responses.append(sitting.displayed(p, !wrong));
    }
    const Score score = Scoring::score(sitting.content, sitting.form, responses);
    REQUIRE(score.domains.size() == 2);
    CHECK(score.domains[0] == DomainScore{QStringLiteral("big"), QStringLiteral("Big"), 5, 8, false, true});
    CHECK(score.domains[1] == DomainScore{QStringLiteral("small"), QStringLiteral("Small"), 4, 4, true, false});
    CHECK(score.correct == 9);
    CHECK(score.passed);
}
