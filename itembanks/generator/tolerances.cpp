// Tolerances: the limits of a bilateral or unilateral tolerance, the total tolerance, and the tool
// precise enough to check it.
#include "templates.h"

#include <QSet>

namespace exam::itemgen {

// Limits of a bilateral tolerance, in inches (3 decimals) or millimetres (2 decimals).
QList<GeneratedItem> toleranceLimits(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const bool metric = items.size() % 2 == 1;
        const int decimals = metric ? 2 : 3;
        const QString unit = metric ? QStringLiteral(" mm") : QStringLiteral(" in");
        const int nominal = metric ? 50 * run.dice.between(10, 160) : 5 * run.dice.between(100, 600);
        const int tolerance = metric ? QList<int>{2, 3, 5, 8, 10}[run.dice.between(0, 4)]
                                     : QList<int>{2, 3, 4, 5, 8}[run.dice.between(0, 4)];
        if (used.contains(nominal) || (!metric && nominal == 1250))
            continue; // 1.250 in is S1-MEA-03
        used.insert(nominal);
        const auto value = [&](int scaled) -> QString { return decimal(scaled, decimals) + unit; };
        const auto pair = [](const QString& low, const QString& high) {
            return QStringLiteral("%1 and %2").arg(low, high);
        };
        const QStringList distractors{pair(value(nominal - tolerance), value(nominal)),
                                      pair(value(nominal), value(nominal + tolerance)),
                                      pair(decimal(nominal * 10 - tolerance, decimals + 1) + unit,
                                           decimal(nominal * 10 + tolerance, decimals + 1) + unit),
                                      pair(value(nominal - 10 * tolerance), value(nominal + 10 * tolerance))};
        const QString what = metric ? QStringLiteral("a bore diameter") : QStringLiteral("a shaft diameter");
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A print gives %1 as %2 ± %3. What are the smallest and the largest "
                                                "sizes that pass?")
                                     .arg(what, decimal(nominal, decimals), value(tolerance)),
                                 pair(value(nominal - tolerance), value(nominal + tolerance)), distractors,
                                 QStringLiteral("limits nominal=%1 tolerance=%2")
                                     .arg(decimal(nominal, decimals), decimal(tolerance, decimals))))
            items.append(*made);
    }
    return items;
}

// A unilateral tolerance (+t/−0 or +0/−t, thousandths of an inch): which measured size passes? The
// wrong sizes are just outside the limit, past the other limit, and inside a "± t" misreading.
QList<GeneratedItem> unilateralTolerances(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int nominal = 5 * run.dice.between(50, 400);
        const int tolerance = run.dice.between(2, 5);
        const int direction = items.size() % 2 == 0 ? 1 : -1; // +t/-0 on a shaft, +0/-t on a pin gauge
        if (used.contains(nominal))
            continue;
        used.insert(nominal);
        const int inside = nominal + direction * run.dice.between(1, tolerance - 1);
        const QStringList features{QStringLiteral("bearing seat"), QStringLiteral("dowel hole"),
                                   QStringLiteral("pilot diameter"), QStringLiteral("shaft journal")};
        const QString plus = direction > 0 ? decimal(tolerance, 3) : decimal(0, 3);
        const QString minus = direction > 0 ? decimal(0, 3) : decimal(tolerance, 3);
        const QStringList distractors{decimal(nominal * 10 - direction * 5, 4) + QStringLiteral(" in"),
                                      thousandthsInch(nominal - direction * run.dice.between(1, tolerance)),
                                      thousandthsInch(nominal + direction * (tolerance + 1))};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("The %1 on a print is dimensioned %2 +%3/−%4 in. Four parts were "
                               "measured. Which size is acceptable?")
                    .arg(features[int(items.size()) % features.size()], decimal(nominal, 3), plus, minus),
                thousandthsInch(inside), distractors,
                QStringLiteral("unilateral nominal=%1 plus=%2 minus=%3").arg(decimal(nominal, 3), plus, minus)))
            items.append(*made);
    }
    return items;
}

// The 10-to-1 rule: the tool reads to a tenth of the total tolerance or finer; the key is the least
// precise tool that still meets it (a rule, a caliper or a 0.01 mm micrometer, never the finest).
QList<GeneratedItem> instrumentForTolerance(const TemplateRun& run)
{
    const QStringList tools{QStringLiteral("Steel rule, 0.5 mm marks"), QStringLiteral("Caliper, reads to 0.02 mm"),
                            QStringLiteral("Micrometer, reads to 0.01 mm"),
                            QStringLiteral("Micrometer, reads to 0.001 mm")};
    // ± tolerances in hundredths of a millimetre for which tools[k] is the least precise tool that fits.
    const QList<QList<int>> tolerances{{300, 400, 500}, {10, 25, 50, 100}, {5, 6, 8}};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int keyTool = int(items.size()) % 3;
        const int tolerance = tolerances[keyTool][run.dice.between(0, int(tolerances[keyTool].size()) - 1)];
        const int nominal = 100 * run.dice.between(40, 200);
        if (used.contains(keyTool * 1000 + tolerance))
            continue;
        used.insert(keyTool * 1000 + tolerance);
        QStringList distractors = tools;
        distractors.removeAt(keyTool);
        // Whole millimetres for a rule's tolerance (and its nominal), hundredths otherwise.
        const bool whole = tolerance % 100 == 0;
        const QString toleranceText = whole ? QString::number(tolerance / 100) : decimal(tolerance, 2);
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A print gives a length as %1 ± %2 mm. The shop rule is that the "
                                                "measuring tool must read to 1/10 of the total tolerance or finer. "
                                                "Which is the least precise tool that still meets the rule?")
                                     .arg(whole ? QString::number(nominal / 100) : decimal(nominal, 2), toleranceText),
                                 tools[keyTool], distractors,
                                 QStringLiteral("ten-to-one tolerance=%1").arg(decimal(tolerance, 2))))
            items.append(*made);
    }
    return items;
}

// Total tolerance from the two limits (hundredths of a millimetre).
QList<GeneratedItem> totalTolerances(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int nominal = 50 * run.dice.between(10, 60);
        const int tolerance = run.dice.between(2, 9);
        const int low = nominal - tolerance - run.dice.between(0, 3);
        const int high = nominal + tolerance;
        if (used.contains(nominal) || (low == 994 && high == 1006))
            continue; // 9.94 to 10.06 mm is in S1-MQ-04
        used.insert(nominal);
        const int total = high - low;
        const QStringList distractors{decimal(total, 3) + QStringLiteral(" mm"),
                                      decimal(total * 5, 3) + QStringLiteral(" mm"), hundredthsMm(total * 10),
                                      hundredthsMm(low + high)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A print gives the limits of a groove width as %1 mm (smallest) and "
                                        "%2 mm (largest). What is the total tolerance?")
                             .arg(decimal(low, 2), decimal(high, 2)),
                         hundredthsMm(total), distractors,
                         QStringLiteral("total-tolerance low=%1 high=%2").arg(decimal(low, 2), decimal(high, 2))))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
