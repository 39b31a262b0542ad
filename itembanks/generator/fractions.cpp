// Fractions of an inch: to and from decimals, added and subtracted.
#include "templates.h"

#include <QSet>

#include <cmath>
#include <numeric>

namespace exam::itemgen {

QList<GeneratedItem> fractionsToDecimals(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    const int denominators[] = {8, 16, 32, 64};
    while (items.size() < run.count) {
        const int denominator = denominators[run.dice.between(0, 3)];
        const int numerator = 2 * run.dice.between(0, denominator / 2 - 1) + 1;
        const QString key = QStringLiteral("%1/%2").arg(numerator).arg(denominator);
        if (numerator == 1 || used.contains(key))
            continue;
        used.insert(key);
        const double value = double(numerator) / denominator;
        const QStringList distractors{number(value + 1.0 / denominator, 6), number(value - 1.0 / denominator, 6),
                                      number(numerator / 10.0, 6), number(value / 2, 6), number(value * 2, 6)};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("A print gives a dimension as %1 in. What is it as a decimal of an inch?").arg(key),
                number(value, 6), distractors,
                QStringLiteral("fraction numerator=%1 denominator=%2").arg(numerator).arg(denominator)))
            items.append(*made);
    }
    return items;
}

// A decimal size to the nearest sixteenth. Sizes lie 0.017 to 0.024 in from a sixteenth, so the nearest
// thirty-second (a finer step than asked for) is a different, plausible answer.
QList<GeneratedItem> decimalsToFractions(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int sixteenths = run.dice.between(5, 43);
        const int offset = run.dice.between(17, 24) * (run.dice.between(0, 1) ? 1 : -1);
        const int thousandths = sixteenths * 125 / 2 + offset; // 62.5 thousandths per sixteenth, rounded down
        if (sixteenths % 4 == 0 || used.contains(sixteenths) || thousandths == 435)
            continue; // 0.435 in is S1-MEA-07
        used.insert(sixteenths);
        const int nearest32 = int(std::lround(thousandths / 31.25));
        QStringList distractors{inchFraction(sixteenths + (offset > 0 ? 1 : -1)),
                                inchFraction(sixteenths + (offset > 0 ? -1 : 1)), inchFraction(sixteenths + 2)};
        if (nearest32 % 2 == 1)
            distractors.append(nearest32 >= 32 ? QStringLiteral("%1 %2/32 in").arg(nearest32 / 32).arg(nearest32 % 32)
                                               : QStringLiteral("%1/32 in").arg(nearest32));
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A caliper reads %1 in. What is this size to the nearest 1/16 in?")
                                     .arg(decimal(thousandths, 3)),
                                 inchFraction(sixteenths), distractors,
                                 QStringLiteral("nearest-sixteenth thousandths=%1").arg(thousandths)))
            items.append(*made);
    }
    return items;
}

// Adding two fractional thicknesses (in sixteenths). Wrong answers: a sixteenth or an eighth off, and
// numerators and denominators added separately.
QList<GeneratedItem> fractionSums(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = 16 * run.dice.between(0, 2) + 2 * run.dice.between(1, 7);     // in eighths
        const int b = 16 * run.dice.between(1, 3) + 2 * run.dice.between(0, 7) + 1; // odd sixteenths
        if (a % 4 == 0 || used.contains(a * 100 + b) || (a == 22 && b == 37))
            continue; // 1 3/8 + 2 5/16 is S1-MEA-04
        used.insert(a * 100 + b);
        const int sum = a + b;
        // 3/8 + 5/16 added "across": (3 + 5)/(8 + 16) = 8/24 = 1/3.
        const int an = (a % 16) / 2, ad = 8, bn = b % 16, bd = 16;
        int wn = an + bn, wd = ad + bd;
        const int divisor = std::gcd(wn, wd);
        wn /= divisor;
        wd /= divisor;
        const int whole = a / 16 + b / 16;
        QStringList distractors{inchFraction(sum + 1), inchFraction(sum - 1)};
        if (wn < wd)
            distractors.append(QStringLiteral("%1 %2/%3 in").arg(whole).arg(wn).arg(wd));
        distractors << inchFraction(sum + 2) << inchFraction(sum - 2);
        const QString first = inchFraction(a), second = inchFraction(b);
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A shim %1 thick is placed on a plate %2 thick. How thick are the "
                                        "two together?")
                             .arg(first, second),
                         inchFraction(sum), distractors, QStringLiteral("fraction-sum a=%1 b=%2").arg(a).arg(b)))
            items.append(*made);
    }
    return items;
}

// Cutting a fractional length from a whole-inch bar: the slips are forgetting to borrow an inch and
// copying the fraction across.
QList<GeneratedItem> fractionDifferences(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int bar = 16 * QList<int>{6, 8, 10, 12}[run.dice.between(0, 3)];
        const int cut = 16 * run.dice.between(1, 4) + 2 * run.dice.between(0, 7) + 1; // odd sixteenths
        if (used.contains(bar * 100 + cut))
            continue;
        used.insert(bar * 100 + cut);
        const int left = bar - cut;
        const int cutPart = cut % 16;
        const QStringList distractors{inchFraction(left + 16), inchFraction((bar / 16 - cut / 16 - 1) * 16 + cutPart),
                                      inchFraction((bar / 16 - cut / 16) * 16 + cutPart), inchFraction(left + 1),
                                      inchFraction(left - 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A piece %1 long is cut from a bar %2 long. Ignoring the width of the "
                                                "saw cut, how long is the rest of the bar?")
                                     .arg(inchFraction(cut), inchFraction(bar)),
                                 inchFraction(left), distractors,
                                 QStringLiteral("fraction-difference a=%1 b=%2").arg(bar).arg(cut)))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
