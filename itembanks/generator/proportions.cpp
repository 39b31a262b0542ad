// Ratios, direct and inverse proportions and percentages (MT1-S1 algebra): numbers chosen so that the
// answers come out even.
#include "templates.h"

#include <QSet>

#include <numeric>

namespace exam::itemgen {

// A two-part mix by volume: given the first part, how much of the second?
QList<GeneratedItem> ratioMixes(const TemplateRun& run)
{
    struct Mix
    {
        QString what, first, second;
    };
    const QList<Mix> mixes{{QStringLiteral("A coating"), QStringLiteral("resin"), QStringLiteral("hardener")},
                           {QStringLiteral("A floor cleaner"), QStringLiteral("water"), QStringLiteral("concentrate")},
                           {QStringLiteral("A potting compound"), QStringLiteral("base"), QStringLiteral("catalyst")}};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const Mix& mix = mixes[int(items.size()) % mixes.size()];
        const int r = run.dice.between(2, 7);
        const int h = run.dice.between(1, 2);
        const int k = run.dice.between(2, 8);
        const int first = r * k;
        if (std::gcd(r, h) != 1 || r <= h || used.contains(r * 1000 + h * 100 + k) || (r == 3 && h == 1 && k == 4))
            continue; // 3 : 1 with 12 L of resin is S1-ALG-02
        used.insert(r * 1000 + h * 100 + k);
        const QString litres = QStringLiteral(" L");
        const QStringList distractors{QString::number(first - (r - h)) + litres,
                                      number(double(first) * h / (r + h), 2) + litres,
                                      number(double(first) * r / h, 2) + litres, QString::number(k * h + h) + litres};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("%1 is mixed %2 %3 to %4 %5 by volume. A batch uses %6 L of %3. How much %5 is needed?")
                    .arg(mix.what, counted(r, QStringLiteral("part"), QStringLiteral("parts")), mix.first,
                         counted(h, QStringLiteral("part"), QStringLiteral("parts")), mix.second)
                    .arg(first),
                QString::number(k * h) + litres, distractors,
                QStringLiteral("ratio first-parts=%1 second-parts=%2 first=%3").arg(r).arg(h).arg(first)))
            items.append(*made);
    }
    return items;
}

// Parts made in a given time at a steady rate.
QList<GeneratedItem> directProportions(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int minutes = run.dice.between(4, 15);
        const int parts = run.dice.between(6, 40);
        const int asked = QList<int>{30, 45, 60, 90, 120}[run.dice.between(0, 4)];
        if ((parts * asked) % minutes != 0 || asked <= minutes || used.contains(minutes * 1000 + parts))
            continue;
        used.insert(minutes * 1000 + parts);
        const int answer = parts * asked / minutes;
        const QStringList distractors{QString::number(parts + asked - minutes), QString::number(answer + parts),
                                      number(double(minutes) * asked / parts, 1), QString::number(parts * asked)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A machine makes %1 parts every %2 minutes. At the same rate, how "
                                        "many parts does it make in %3 minutes?")
                             .arg(parts)
                             .arg(minutes)
                             .arg(asked),
                         QString::number(answer), distractors,
                         QStringLiteral("proportion parts=%1 minutes=%2 asked=%3").arg(parts).arg(minutes).arg(asked)))
            items.append(*made);
    }
    return items;
}

// More machines, less time: time × machines stays the same.
QList<GeneratedItem> inverseProportions(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int machines = run.dice.between(2, 6);
        const int hours = run.dice.between(3, 12);
        const int other = run.dice.between(2, 8);
        if (other == machines || (machines * hours) % other != 0 || used.contains(machines * 1000 + hours * 10 + other)
            || (machines == 4 && hours == 6 && other == 3))
            continue; // 4 workers, 6 hours, 3 workers is S1-ALG-09
        used.insert(machines * 1000 + hours * 10 + other);
        const int answer = machines * hours / other;
        const auto hoursText = [](double value) -> QString { return number(value, 2) + QStringLiteral(" hours"); };
        QStringList distractors;
        for (const double wrong : {double(hours) * other / machines, double(hours + machines - other),
                                   double(hours - machines + other), double(answer + 1)})
            if (wrong > 1)
                distractors.append(hoursText(wrong));
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("%1 identical labeling machines finish an order in %2 hours. How long "
                               "would %3 of these machines take to finish the same order?")
                    .arg(machines)
                    .arg(hours)
                    .arg(other),
                answer == 1 ? QStringLiteral("1 hour") : hoursText(answer), distractors,
                QStringLiteral("inverse workers=%1 hours=%2 new-workers=%3").arg(machines).arg(hours).arg(other)))
            items.append(*made);
    }
    return items;
}

// A percentage of a quantity.
QList<GeneratedItem> percentOf(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int base = 50 * run.dice.between(4, 40);
        const int percent = QList<int>{2, 3, 4, 5, 6, 8, 12, 15}[run.dice.between(0, 7)];
        if ((base * percent) % 100 != 0 || used.contains(base))
            continue;
        used.insert(base);
        const int answer = base * percent / 100;
        const QStringList distractors{thousands(base * percent / 10), thousands(base + answer),
                                      number(double(base) / percent, 1), thousands(base - answer)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("An order is for %1 parts. The planner adds %2% more to cover scrap. "
                                                "How many extra parts is that?")
                                     .arg(thousands(base))
                                     .arg(percent),
                                 QString::number(answer), distractors,
                                 QStringLiteral("percent-of percent=%1 base=%2").arg(percent).arg(base)))
            items.append(*made);
    }
    return items;
}

// Percent increase or decrease.
QList<GeneratedItem> percentChanges(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const bool rise = items.size() % 2 == 0;
        const int before = 20 * run.dice.between(3, 30);
        const int percent = 5 * run.dice.between(1, 8);
        if ((before * percent) % 100 != 0 || used.contains(before) || (before == 400 && percent == 15))
            continue; // 400 to 460 is S1-ALG-03
        used.insert(before);
        const int change = before * percent / 100;
        const int after = rise ? before + change : before - change;
        const QStringList distractors{QString::number(change) + u'%', number(100.0 * change / after, 1) + u'%',
                                      number(100.0 * after / before, 1) + u'%'};
        const QString stem =
            rise ? QStringLiteral("Output on a line rose from %1 to %2 units per shift. By what percent did output "
                                  "increase?")
                 : QStringLiteral("Scrap on a line fell from %1 to %2 parts per week. By what percent did scrap "
                                  "decrease?");
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain, stem.arg(before).arg(after),
                                 QString::number(percent) + u'%', distractors,
                                 QStringLiteral("percent-change old=%1 new=%2").arg(before).arg(after)))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
