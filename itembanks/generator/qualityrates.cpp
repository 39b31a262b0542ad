// The arithmetic of quality for MT1-S1: percent defective, first-pass yield, ppm, defects per unit,
// scrap cost and sampling.
#include "templates.h"

#include <QLocale>
#include <QSet>

namespace exam::itemgen {

namespace {

// Dollars, with cents only when there are any: "$1,250", "$3.75".
QString money(double dollars)
{
    QString text = QLocale(QLocale::English).toString(dollars, 'f', 2);
    if (text.endsWith(QStringLiteral(".00")))
        text.chop(3);
    return u'$' + text;
}

} // namespace

QList<GeneratedItem> percentDefectives(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int total = QList<int>{150, 250, 400, 600, 800}[run.dice.between(0, 4)];
        const int percent = run.dice.between(1, 9);
        const int rejected = total * percent / 100;
        if (rejected * 100 != total * percent || used.contains(total))
            continue;
        used.insert(total);
        const QStringList distractors{number(rejected * 10.0 / total, 2) + u'%', QString::number(rejected) + u'%',
                                      QString::number(100 - percent) + u'%',
                                      number(100.0 * rejected / (total - rejected), 1) + u'%'};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A receiving inspector checks a shipment of %1 castings and rejects "
                                                "%2 of them. What percent of the shipment is defective?")
                                     .arg(total)
                                     .arg(rejected),
                                 QString::number(percent) + u'%', distractors,
                                 QStringLiteral("percent defective=%1 total=%2").arg(rejected).arg(total)))
            items.append(*made);
    }
    return items;
}

// First-pass yield = passed the first time ÷ started.
QList<GeneratedItem> firstPassYields(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int started = 50 * run.dice.between(4, 24);
        const int percent = run.dice.between(80, 98);
        const int passed = started * percent / 100;
        if (passed * 100 != started * percent || used.contains(started) || (started == 500 && passed == 460))
            continue; // 460 of 500 is S1-MQ-02
        used.insert(started);
        const QStringList distractors{QString::number(100 - percent) + u'%',
                                      number(100.0 * (started - passed) / passed, 1) + u'%',
                                      number(100.0 * passed / (started + started - passed), 1) + u'%'};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A cell starts %1 parts in a shift. Of these, %2 pass final inspection "
                                                "the first time, with no rework or repair. What is the first-pass "
                                                "yield?")
                                     .arg(started)
                                     .arg(passed),
                                 QString::number(percent) + u'%', distractors,
                                 QStringLiteral("yield started=%1 passed=%2").arg(started).arg(passed)))
            items.append(*made);
    }
    return items;
}

// Defects per million.
QList<GeneratedItem> defectsPpm(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int total = 1000 * QList<int>{4, 5, 8, 16, 20, 25, 40}[run.dice.between(0, 6)];
        const int defective = run.dice.between(1, 9);
        if ((qint64(defective) * 1000000) % total != 0 || used.contains(total) || (total == 12000 && defective == 3))
            continue; // 3 in 12,000 is S1-MQ-08
        used.insert(total);
        const qint64 ppm = qint64(defective) * 1000000 / total;
        const QString unit = QStringLiteral(" ppm");
        const QStringList distractors{thousands(ppm * 10) + unit, thousands(ppm / 10) + unit,
                                      number(100.0 * defective / total, 4) + unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A customer receives %1 parts and finds %2 defective. What is the "
                                                "defect rate in parts per million (ppm)?")
                                     .arg(thousands(total))
                                     .arg(defective),
                                 thousands(ppm) + unit, distractors,
                                 QStringLiteral("ppm defective=%1 total=%2").arg(defective).arg(total)))
            items.append(*made);
    }
    return items;
}

// Defects per unit.
QList<GeneratedItem> defectsPerUnit(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int units = 20 * run.dice.between(3, 20);
        const int hundredths = 5 * run.dice.between(2, 30); // DPU in hundredths
        const int defects = units * hundredths / 100;
        if (defects * 100 != units * hundredths || used.contains(units))
            continue;
        used.insert(units);
        const auto dpu = [](double value) { return number(value, 2); };
        const QStringList distractors{dpu(double(units) / defects), dpu(defects * 1.0), dpu(hundredths)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("Final inspection finds %1 defects on %2 finished units. Some units "
                                                "have more than one defect. What is the number of defects per unit "
                                                "(DPU)?")
                                     .arg(defects)
                                     .arg(units),
                                 dpu(hundredths / 100.0), distractors,
                                 QStringLiteral("dpu defects=%1 units=%2").arg(defects).arg(units)))
            items.append(*made);
    }
    return items;
}

// Scrap cost = parts × scrap rate × cost per part.
QList<GeneratedItem> scrapCosts(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int parts = 500 * run.dice.between(2, 12);
        const int percent = run.dice.between(2, 6);
        const int cents = 25 * run.dice.between(8, 60);
        if ((parts * percent) % 100 != 0 || used.contains(parts) || (parts == 2500 && percent == 4))
            continue; // 4 % of 2,500 is S1-MQ-11
        used.insert(parts);
        const int scrapped = parts * percent / 100;
        const double cost = scrapped * cents / 100.0;
        const QStringList distractors{money(cost * 10), money(cost / 10), money(cents / 100.0 * percent)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A run of %1 parts has a scrap rate of %2%. Each part costs %3 to make. "
                                        "What do the scrapped parts cost?")
                             .arg(thousands(parts))
                             .arg(percent)
                             .arg(money(cents / 100.0)),
                         money(cost), distractors,
                         QStringLiteral("scrap-cost parts=%1 percent=%2 cost=%3")
                             .arg(parts)
                             .arg(percent)
                             .arg(decimal(cents, 2))))
            items.append(*made);
    }
    return items;
}

// Checking 1 part in every n.
QList<GeneratedItem> samplingFrequencies(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int every = QList<int>{10, 20, 25, 40, 50}[run.dice.between(0, 4)];
        const int checked = run.dice.between(12, 60);
        if (used.contains(every) || (every == 25 && checked == 56))
            continue; // 1 in 25 of 1,400 is S1-MQ-03
        used.insert(every);
        const int made = every * checked;
        const QStringList distractors{QString::number(made / 100), QString::number(checked * 2),
                                      QString::number(made / 10), QString::number(checked + every)};
        if (auto item = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A control plan says to measure 1 part out of every %1 made. A line "
                                                "makes %2 parts in a day. How many parts are measured that day?")
                                     .arg(every)
                                     .arg(thousands(made)),
                                 QString::number(checked), distractors,
                                 QStringLiteral("sampling every=%1 made=%2").arg(every).arg(made)))
            items.append(*item);
    }
    return items;
}

} // namespace exam::itemgen
