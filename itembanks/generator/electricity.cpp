// Circuits of MT1-S2: Ohm's law and resistors in series.
#include "templates.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace exam::itemgen {

QList<GeneratedItem> ohmsLaw(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int amps = run.dice.between(2, 12);
        const int ohms = run.dice.between(2, 30);
        const int volts = amps * ohms;
        const int unknown = int(items.size()) % 3;
        // Not the numbers of the hand-written items of MT1-S2 (S2-ELE-01: 120 V across 30 Ω; S2-ELE-04:
        // a heater drawing 10 A from 240 V): one would give the other away.
        const bool handWritten = (volts == 120 && ohms == 30) || (volts == 240 && amps == 10);
        if (handWritten || used.contains(amps * 100 + ohms))
            continue;
        used.insert(amps * 100 + ohms);
        QString stem;
        QString answer;
        QStringList distractors;
        const QString check =
            QStringLiteral("ohm volts=%1 amps=%2 ohms=%3 unknown=%4")
                .arg(volts)
                .arg(amps)
                .arg(ohms)
                .arg(QStringList{QStringLiteral("volts"), QStringLiteral("amps"), QStringLiteral("ohms")}[unknown]);
        if (unknown == 0) {
            stem = QStringLiteral("A current of %1 A flows through a %2 Ω resistor. What is the voltage across it?")
                       .arg(amps)
                       .arg(ohms);
            answer = QStringLiteral("%1 V").arg(volts);
            distractors = {QStringLiteral("%1 V").arg(amps + ohms),
                           number(double(ohms) / amps, 2) + QStringLiteral(" V"),
                           QStringLiteral("%1 V").arg(volts * 2)};
        } else if (unknown == 1) {
            stem = QStringLiteral("A %1 V supply is connected across a %2 Ω resistor. What current flows?")
                       .arg(volts)
                       .arg(ohms);
            answer = QStringLiteral("%1 A").arg(amps);
            distractors = {QStringLiteral("%1 A").arg(volts * ohms), QStringLiteral("%1 A").arg(amps + 1),
                           number(double(ohms) / volts, 3) + QStringLiteral(" A")};
        } else {
            stem =
                QStringLiteral("A heater draws %1 A from a %2 V supply. What is its resistance?").arg(amps).arg(volts);
            answer = QStringLiteral("%1 Ω").arg(ohms);
            distractors = {QStringLiteral("%1 Ω").arg(volts * amps), QStringLiteral("%1 Ω").arg(ohms + 2),
                           number(double(amps) / volts, 3) + QStringLiteral(" Ω")};
        }
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain, stem, answer, distractors, check)) {
            made->subSkill =
                QStringList{QStringLiteral("volts"), QStringLiteral("amps"), QStringLiteral("ohms")}[unknown];
            items.append(*made);
        }
    }
    return items;
}

QList<GeneratedItem> seriesResistors(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    while (items.size() < run.count) {
        const QList<int> values{10 * run.dice.between(1, 10), 10 * run.dice.between(1, 10),
                                5 * run.dice.between(1, 20)};
        const QString key = joinNumbers(values);
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        if (used.contains(key) || sorted == QList<int>{10, 20, 30})
            continue; // 10, 20 and 30 Ω in series is S2-ELE-02
        used.insert(key);
        const int total = std::accumulate(values.begin(), values.end(), 0);
        const QString ohm = QStringLiteral(" Ω");
        const int largest = *std::max_element(values.begin(), values.end());
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("Three resistors of %1 Ω, %2 Ω and %3 Ω are connected in series. What is the "
                                        "total resistance?")
                             .arg(values[0])
                             .arg(values[1])
                             .arg(values[2]),
                         QString::number(total) + ohm,
                         {QString::number(largest) + ohm, number(total / 3.0, 1) + ohm,
                          QString::number(total + 10) + ohm, QString::number(total - 5) + ohm},
                         QStringLiteral("series ohms=%1").arg(joinNumbers(values, QStringLiteral(",")))))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
