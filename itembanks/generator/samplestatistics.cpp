// The statistics of a sample: mean, median, range and mode, as MT1-S1 asks them one at a time and
// MT1-S3 in turn with percent defective.
#include "templates.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace exam::itemgen {

namespace {

// `count` whole numbers around `center` (± spread), not all equal.
QList<int> sample(Dice& dice, int count, int center, int spread)
{
    QList<int> values;
    for (int i = 0; i < count; ++i)
        values.append(center + dice.between(-spread, spread));
    return values;
}

struct Measure
{
    QString intro; // "%1" takes the number of items
    QString noun;  // what the question asks the statistic of
    QString unit;  // after each value in the options, with its leading space; empty for counts
    int center;
    int spread;
};

const QList<Measure>& measures()
{
    // Two for each statistic, in the order mean, median, range (so no two statistics share a story).
    static const QList<Measure> list{
        {QStringLiteral("A machinist checks the depth of %1 drilled holes. The depths, in millimeters, are:"),
         QStringLiteral("hole depth"), QStringLiteral(" mm"), 25, 4},
        {QStringLiteral("An inspector measures the paint on %1 panels. The thicknesses, in micrometers, are:"),
         QStringLiteral("paint thickness"), QStringLiteral(" µm"), 40, 6},
        {QStringLiteral("A technician times %1 robot welds. The weld times, in seconds, are:"),
         QStringLiteral("weld time"), QStringLiteral(" s"), 12, 4},
        {QStringLiteral("An operator saws %1 tubes to length. The lengths, in millimeters, are:"),
         QStringLiteral("tube length"), QStringLiteral(" mm"), 250, 4},
        {QStringLiteral("An inspector tests the hardness of %1 pins. The readings, on the Rockwell C scale, are:"),
         QStringLiteral("hardness"), QString(), 58, 5},
        {QStringLiteral("A tester checks the force of %1 valve springs. The readings, in newtons, are:"),
         QStringLiteral("spring force"), QStringLiteral(" N"), 60, 6},
    };
    return list;
}

// The median of an odd number (7) or an even number (6) of values.
QList<GeneratedItem> sampleMedians(const TemplateRun& run, bool even)
{
    QList<GeneratedItem> items;
    while (items.size() < run.count) {
        const Measure& m = measures()[2 + (int(items.size()) + (even ? 1 : 0)) % 2];
        const int count = even ? 6 : 7;
        const QList<int> values = sample(run.dice, count, m.center, m.spread);
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const double mean = std::accumulate(values.begin(), values.end(), 0.0) / count;
        QString answer;
        QStringList distractors;
        if (even) {
            if ((sorted[2] + sorted[3]) % 2 == 0)
                continue; // the median falls between two values: a half
            answer = number((sorted[2] + sorted[3]) / 2.0, 1) + m.unit;
            distractors = {QString::number(sorted[2]) + m.unit, QString::number(sorted[3]) + m.unit,
                           number((values[2] + values[3]) / 2.0, 1) + m.unit, number(mean, 2) + m.unit};
        } else {
            if (values[3] == sorted[3] || std::abs(mean - sorted[3]) < 0.5)
                continue; // neither the middle of the list as written nor the mean may give the median
            answer = QString::number(sorted[3]) + m.unit;
            distractors = {QString::number(values[3]) + m.unit, number(mean, 2) + m.unit,
                           QString::number(sorted[4]) + m.unit, QString::number(sorted[2]) + m.unit};
        }
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2. What is the median %3?")
                                     .arg(m.intro.arg(even ? QStringLiteral("six") : QStringLiteral("seven")),
                                          joinNumbers(values), m.noun),
                                 answer, distractors,
                                 QStringLiteral("median values=") + joinNumbers(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
}

} // namespace

QList<GeneratedItem> sampleStatistics(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    const QStringList subjects{QStringLiteral("shaft lengths in millimetres"), QStringLiteral("fill weights in grams"),
                               QStringLiteral("hole depths in millimetres"), QStringLiteral("cycle times in seconds")};
    while (items.size() < run.count) {
        const int kind = int(items.size()) % 4;
        const QString subject = subjects[run.dice.between(0, int(subjects.size()) - 1)];
        if (kind == 3) { // percent defective
            const int total = QList<int>{200, 250, 400, 500}[run.dice.between(0, 3)];
            const int percent = run.dice.between(1, 12);
            const int defective = total * percent / 100;
            if (defective * 100 != total * percent || used.contains(QStringLiteral("p%1/%2").arg(defective).arg(total)))
                continue;
            used.insert(QStringLiteral("p%1/%2").arg(defective).arg(total));
            const QStringList distractors{number(defective * 10.0 / total, 2) + u'%', QString::number(defective) + u'%',
                                          QString::number(100 - percent) + u'%', QString::number(percent + 2) + u'%'};
            if (auto made =
                    makeItem(run.dice, run.id(int(items.size())), run.domain,
                             QStringLiteral("An inspector checks a lot of %1 parts and finds %2 defective. What "
                                            "percent of the lot is defective?")
                                 .arg(total)
                                 .arg(defective),
                             QString::number(percent) + u'%', distractors,
                             QStringLiteral("percent defective=%1 total=%2").arg(defective).arg(total))) {
                made->subSkill = QStringLiteral("percent-defective");
                items.append(*made);
            }
            continue;
        }
        const int count = kind == 1 ? 7 : 5;
        QList<int> values;
        for (int i = 0; i < count; ++i)
            values.append(run.dice.between(10, 30));
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const int sum = std::accumulate(values.begin(), values.end(), 0);
        const QString key = QString::number(kind) + joinNumbers(values);
        if (used.contains(key) || sorted.first() == sorted.last())
            continue;
        const double mean = double(sum) / count;
        const int median = sorted[count / 2];
        const int range = sorted.last() - sorted.first();
        QString question;
        QString answer;
        QString check;
        QStringList distractors;
        if (kind == 0) {
            if (sum % count != 0 || int(mean) == median)
                continue; // a whole-number mean that differs from the median
            question = QStringLiteral("What is the mean (average)?");
            answer = number(mean);
            distractors = {QString::number(median), number(mean + 1), number(mean - 1), QString::number(range)};
            check = QStringLiteral("mean values=") + joinNumbers(values, QStringLiteral(","));
        } else if (kind == 1) {
            if (values[count / 2] == median)
                continue; // the middle of the unsorted list must not be the answer by accident
            question = QStringLiteral("What is the median?");
            answer = QString::number(median);
            distractors = {QString::number(values[count / 2]), number(mean, 1), QString::number(sorted[count / 2 + 1]),
                           QString::number(sorted[count / 2 - 1])};
            check = QStringLiteral("median values=") + joinNumbers(values, QStringLiteral(","));
        } else {
            question = QStringLiteral("What is the range?");
            answer = QString::number(range);
            distractors = {QString::number(sorted.last()), QString::number(sorted.first()), QString::number(range + 1),
                           QString::number(range - 1), number(mean, 1)};
            check = QStringLiteral("range values=") + joinNumbers(values, QStringLiteral(","));
        }
        used.insert(key);
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A sample gives these %1: %2. %3").arg(subject, joinNumbers(values), question),
                         answer, distractors, check)) {
            made->subSkill = check.section(u' ', 0, 0);
            items.append(*made);
        }
    }
    return items;
}

// The mean of five values: a whole number that is not the median.
QList<GeneratedItem> sampleMeans(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    while (items.size() < run.count) {
        const Measure& m = measures()[int(items.size()) % 2];
        const QList<int> values = sample(run.dice, 5, m.center, m.spread);
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const int sum = std::accumulate(values.begin(), values.end(), 0);
        if (sum % 5 != 0 || sum / 5 == sorted[2] || sorted.first() == sorted.last())
            continue;
        const int mean = sum / 5;
        // The median, the midrange (halfway between the extremes), a slip of one, the range.
        const QStringList distractors{
            QString::number(sorted[2]) + m.unit, number((sorted.first() + sorted.last()) / 2.0, 1) + m.unit,
            QString::number(mean + 1) + m.unit, QString::number(sorted.last() - sorted.first()) + m.unit,
            QString::number(mean - 1) + m.unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2. What is the mean (average) %3?")
                                     .arg(m.intro.arg(QStringLiteral("five")), joinNumbers(values), m.noun),
                                 QString::number(mean) + m.unit, distractors,
                                 QStringLiteral("mean values=") + joinNumbers(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
}

QList<GeneratedItem> oddMedians(const TemplateRun& run)
{
    return sampleMedians(run, false);
}

QList<GeneratedItem> evenMedians(const TemplateRun& run)
{
    return sampleMedians(run, true);
}

QList<GeneratedItem> sampleRanges(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    while (items.size() < run.count) {
        const Measure& m = measures()[4 + int(items.size()) % 2];
        const QList<int> values = sample(run.dice, 6, m.center, m.spread);
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const int range = sorted.last() - sorted.first();
        if (range < 3 || values.first() == sorted.first() || values.last() == sorted.last())
            continue; // the first and last values as written must not be the smallest and largest
        const QStringList distractors{QString::number(std::abs(values.last() - values.first())) + m.unit,
                                      QString::number(sorted.last()) + m.unit, QString::number(range + 1) + m.unit,
                                      number(std::accumulate(values.begin(), values.end(), 0.0) / 6, 2) + m.unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2. What is the range of these readings?")
                                     .arg(m.intro.arg(QStringLiteral("six")), joinNumbers(values)),
                                 QString::number(range) + m.unit, distractors,
                                 QStringLiteral("range values=") + joinNumbers(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
}

// The mode of defect counts: one value clearly the most frequent.
QList<GeneratedItem> sampleModes(const TemplateRun& run)
{
    const QStringList intros{QStringLiteral("An inspector counts the paint runs on each of nine cabinets:"),
                             QStringLiteral("A team counts the missing labels in each of nine cartons:"),
                             QStringLiteral("An operator counts the voids in each of nine castings:")};
    QList<GeneratedItem> items;
    QSet<QString> used;
    while (items.size() < run.count) {
        const QList<int> values = sample(run.dice, 9, 5, 3);
        QMap<int, int> frequency;
        for (int value : values)
            ++frequency[value];
        QList<int> byFrequency = frequency.keys();
        std::stable_sort(byFrequency.begin(), byFrequency.end(),
                         [&frequency](int a, int b) { return frequency[a] > frequency[b]; });
        QList<int> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const int mode = byFrequency[0];
        if (byFrequency.size() < 3 || frequency[byFrequency[0]] == frequency[byFrequency[1]] || frequency[mode] < 3
            || mode == sorted[4] || used.contains(joinNumbers(values)))
            continue; // one clear mode, not also the median
        used.insert(joinNumbers(values));
        const double mean = std::accumulate(values.begin(), values.end(), 0.0) / values.size();
        const QStringList distractors{QString::number(sorted[4]), QString::number(frequency[mode]),
                                      QString::number(byFrequency[1]), number(mean, 2), QString::number(sorted.last())};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2. What is the mode of these counts?")
                                     .arg(intros[int(items.size()) % intros.size()], joinNumbers(values)),
                                 QString::number(mode), distractors,
                                 QStringLiteral("mode values=") + joinNumbers(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
}

// The average of two lots of different sizes.
QList<GeneratedItem> weightedMeans(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int n1 = 100 * run.dice.between(1, 5);
        const int n2 = 100 * run.dice.between(1, 5);
        const int m1 = run.dice.between(95, 125); // tenths of a gram
        const int m2 = m1 + run.dice.between(2, 10);
        const int total = n1 * m1 + n2 * m2;
        // Exact in hundredths of a gram.
        if (n1 == n2 || (total * 10) % (n1 + n2) != 0 || used.contains(n1 * 10 + n2))
            continue;
        used.insert(n1 * 10 + n2);
        const auto grams = [](double tenths) -> QString { return number(tenths / 10.0, 2) + QStringLiteral(" g"); };
        const QStringList distractors{grams((m1 + m2) / 2.0), grams(double(n2 * m1 + n1 * m2) / (n1 + n2)), grams(m2)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("Lot 1 has %1 parts with an average weight of %2 g. Lot 2 has %3 parts "
                                                "with an average weight of %4 g. What is the average weight of all %5 "
                                                "parts together?")
                                     .arg(n1)
                                     .arg(decimal(m1, 1))
                                     .arg(n2)
                                     .arg(decimal(m2, 1))
                                     .arg(n1 + n2),
                                 grams(double(total) / (n1 + n2)), distractors,
                                 QStringLiteral("weighted n1=%1 m1=%2 n2=%3 m2=%4")
                                     .arg(n1)
                                     .arg(decimal(m1, 1))
                                     .arg(n2)
                                     .arg(decimal(m2, 1))))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
