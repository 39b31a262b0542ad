// Control charts and histograms drawn from data (the data are in the item's check line; the alt text
// describes the chart, never the values read from it), and the arithmetic of quality for MT1-S1.
#include "svg.h"
#include "templates.h"

#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace exam::itemgen {

namespace {

struct ChartSubject
{
    QString what;
    QString unit;
    int center; // in tenths
};

} // namespace

// An X-bar chart of 15 samples in tenths of a unit around the center line, limits at ±6 tenths;
// exactly one sample falls outside a limit.
QList<GeneratedItem> controlCharts(const TemplateRun& run)
{
    const QList<ChartSubject> subjects{{QStringLiteral("average shaft diameter"), QStringLiteral("mm"), 250},
                                       {QStringLiteral("average fill weight"), QStringLiteral("g"), 5000},
                                       {QStringLiteral("average bore depth"), QStringLiteral("mm"), 120},
                                       {QStringLiteral("average torque"), QStringLiteral("N·m"), 450}};
    QList<GeneratedItem> items;
    QSet<int> usedOutliers;
    while (items.size() < run.count) {
        const ChartSubject subject = subjects[int(items.size()) % subjects.size()];
        const int outlier = run.dice.between(3, 14);
        if (usedOutliers.contains(outlier))
            continue;
        usedOutliers.insert(outlier);
        QList<int> offsets; // tenths from the center line
        for (int i = 1; i <= 15; ++i)
            offsets.append(i == outlier
                               ? (run.dice.between(0, 1) ? 7 + run.dice.between(0, 2) : -7 - run.dice.between(0, 2))
                               : run.dice.between(-5, 5));
        const auto value = [&subject](int offset) -> QString { return number((subject.center + offset) / 10.0, 1); };

        Svg svg(520, 260);
        const double left = 70, top = 20, width = 420, height = 200;
        const auto yOf = [&](int offset) { return top + height / 2 - offset * (height / 20.0); };
        const auto xOf = [&](int sample) { return left + (sample - 0.5) * width / 15; };
        svg.rect(left, top, width, height, QStringLiteral("fill=\"none\" stroke=\"#000\""));
        for (const auto& [offset, label] : QList<std::pair<int, QString>>{
                 {6, QStringLiteral("UCL")}, {0, QStringLiteral("CL")}, {-6, QStringLiteral("LCL")}}) {
            svg.line(left, yOf(offset), left + width, yOf(offset),
                     offset == 0 ? QStringLiteral("stroke=\"#060\"")
                                 : QStringLiteral("stroke=\"#c00\" stroke-dasharray=\"6 4\""));
            svg.text(4, yOf(offset) + 4, QStringLiteral("%1 %2").arg(label, value(offset)),
                     QStringLiteral("font-size=\"11\""));
        }
        QList<QPointF> points;
        for (int i = 1; i <= 15; ++i)
            points.append({xOf(i), yOf(offsets[i - 1])});
        svg.polyline(points, QStringLiteral("stroke=\"#024\" stroke-width=\"1.5\""));
        for (int i = 1; i <= 15; ++i) {
            svg.circle(xOf(i), yOf(offsets[i - 1]), 4,
                       QStringLiteral("class=\"sample\" data-sample=\"%1\" fill=\"#024\"").arg(i));
            svg.text(xOf(i) - 5, top + height + 16, QString::number(i), QStringLiteral("font-size=\"11\""));
        }
        svg.text(left + width / 2 - 30, top + height + 34, QStringLiteral("sample"),
                 QStringLiteral("font-size=\"12\""));

        QStringList valueList;
        for (int i = 1; i <= 15; ++i)
            valueList.append(value(offsets[i - 1]));
        QStringList distractors;
        QList<int> near; // samples closest to a limit make the best distractors
        for (int i = 1; i <= 15; ++i)
            if (i != outlier)
                near.append(i);
        std::stable_sort(near.begin(), near.end(),
                         [&offsets](int a, int b) { return std::abs(offsets[a - 1]) > std::abs(offsets[b - 1]); });
        for (int i = 0; i < 3; ++i)
            distractors.append(QStringLiteral("Sample %1").arg(near[i]));
        std::optional<GeneratedItem> made = makeItem(
            run.dice, run.id(int(items.size())), run.domain,
            QStringLiteral(
                "The control chart shows the %1 (%2) of 15 samples. Which sample is outside the control limits?")
                .arg(subject.what, subject.unit),
            QStringLiteral("Sample %1").arg(outlier), distractors,
            QStringLiteral("control-chart center=%1 ucl=%2 lcl=%3 values=%4")
                .arg(value(0), value(6), value(-6), valueList.join(u',')));
        if (!made)
            continue;
        GeneratedItem& item = *made;
        item.item.pictureMeasured = true;
        attachStemImage(
            item, QStringLiteral("gen-chart-%1-%2.svg").arg(run.idPrefix.toLower()).arg(items.size() + 1),
            QStringLiteral("A control chart of the %1 in %2: fifteen samples, numbered along the bottom, each "
                           "plotted as a point and joined by a line, with a solid center line and dashed upper and "
                           "lower control limits across the chart.")
                .arg(subject.what, subject.unit),
            svg.document());
        items.append(item);
    }
    return items;
}

// A histogram of measurements in bins; asks for the most frequent bin or the count in one bin.
QList<GeneratedItem> histograms(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    while (items.size() < run.count) {
        const int bins = 7;
        const int start = 10 * run.dice.between(2, 9);
        QList<int> counts;
        for (int i = 0; i < bins; ++i) {
            const int distance = std::abs(i - 3);
            counts.append(std::max(1, 14 - 4 * distance + run.dice.between(-3, 3)));
        }
        const int most = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
        if (std::count(counts.begin(), counts.end(), counts[most]) > 1)
            continue; // one clear tallest bar
        QStringList labels;
        for (int i = 0; i < bins; ++i)
            labels.append(QString::number(start + i));
        const bool askMode = items.size() % 2 == 0;
        const int asked = askMode ? most : run.dice.between(0, bins - 1);
        const QString key = labels.join(u',') + QString::number(asked) + (askMode ? u'm' : u'c');
        if (used.contains(key))
            continue;
        used.insert(key);

        Svg svg(440, 290);
        const double left = 50, bottom = 240, barWidth = 50, unit = 10;
        svg.line(left, bottom, left + bins * barWidth + 10, bottom);
        svg.line(left, bottom, left, 20);
        for (int c = 0; c <= 20; c += 5) {
            svg.line(left - 5, bottom - c * unit, left, bottom - c * unit);
            svg.text(left - 30, bottom - c * unit + 4, QString::number(c), QStringLiteral("font-size=\"11\""));
            svg.line(left, bottom - c * unit, left + bins * barWidth, bottom - c * unit,
                     QStringLiteral("stroke=\"#ccc\""));
        }
        for (int i = 0; i < bins; ++i) {
            svg.rect(left + i * barWidth + 4, bottom - counts[i] * unit, barWidth - 8, counts[i] * unit,
                     QStringLiteral("class=\"bar\" data-bin=\"%1\" fill=\"#4a78a8\" stroke=\"#000\"").arg(labels[i]));
            svg.text(left + i * barWidth + 16, bottom + 18, labels[i], QStringLiteral("font-size=\"12\""));
        }
        svg.text(left + 100, bottom + 40, QStringLiteral("length (mm)"), QStringLiteral("font-size=\"12\""));
        svg.text(4, 16, QStringLiteral("number of parts"), QStringLiteral("font-size=\"12\""));

        const QString alt = QStringLiteral("A histogram of part lengths: one bar for each length from %1 mm to %2 "
                                           "mm along the bottom, and the number of parts, 0 to 20, up the side.")
                                .arg(labels.first(), labels.last());
        const QString check = QStringLiteral("histogram labels=%1 counts=%2 ask=%3 bin=%4")
                                  .arg(
                                      labels.join(u','),
                                      [&counts] {
                                          QStringList list;
                                          for (int c : counts)
                                              list.append(QString::number(c));
                                          return list.join(u',');
                                      }(),
                                      askMode ? QStringLiteral("mode") : QStringLiteral("count"), labels[asked]);
        std::optional<GeneratedItem> made =
            askMode
                ? makeItem(
                    run.dice, run.id(int(items.size())), run.domain,
                    QStringLiteral("The histogram shows the lengths of a sample of parts. Which length was measured "
                                   "most often?"),
                    labels[most] + QStringLiteral(" mm"),
                    {labels[(most + 1) % bins] + QStringLiteral(" mm"),
                     labels[(most + bins - 1) % bins] + QStringLiteral(" mm"),
                     labels[(most + 3) % bins] + QStringLiteral(" mm"), labels[0] + QStringLiteral(" mm")},
                    check)
                : makeItem(run.dice, run.id(int(items.size())), run.domain,
                           QStringLiteral(
                               "The histogram shows the lengths of a sample of parts. How many parts measured %1 mm?")
                               .arg(labels[asked]),
                           QString::number(counts[asked]),
                           {QString::number(counts[asked] + 1), QString::number(counts[asked] + 2),
                            QString::number(std::max(0, counts[asked] - 1)), QString::number(counts[asked] + 5)},
                           check);
        if (!made)
            continue;
        GeneratedItem& item = *made;
        item.item.pictureMeasured = true;
        item.subSkill = askMode ? QStringLiteral("mode") : QStringLiteral("count");
        attachStemImage(item,
                        QStringLiteral("gen-histogram-%1-%2.svg").arg(run.idPrefix.toLower()).arg(items.size() + 1),
                        alt, svg.document());
        items.append(item);
    }
    return items;
}

// ---- The arithmetic of quality for MT1-S1 ----

namespace {

QString listed(const QList<int>& values, const QString& separator = QStringLiteral(", "))
{
    QStringList parts;
    for (int value : values)
        parts.append(QString::number(value));
    return parts.join(separator);
}

QString money(double dollars)
{
    QString text = QLocale(QLocale::English).toString(dollars, 'f', 2);
    if (text.endsWith(QStringLiteral(".00")))
        text.chop(3);
    return u'$' + text;
}

QString withCommas(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

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

} // namespace

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
                                     .arg(m.intro.arg(QStringLiteral("five")), listed(values), m.noun),
                                 QString::number(mean) + m.unit, distractors,
                                 QStringLiteral("mean values=") + listed(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
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
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("%1 %2. What is the median %3?")
                    .arg(m.intro.arg(even ? QStringLiteral("six") : QStringLiteral("seven")), listed(values), m.noun),
                answer, distractors, QStringLiteral("median values=") + listed(values, QStringLiteral(","))))
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
                                     .arg(m.intro.arg(QStringLiteral("six")), listed(values)),
                                 QString::number(range) + m.unit, distractors,
                                 QStringLiteral("range values=") + listed(values, QStringLiteral(","))))
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
            || mode == sorted[4] || used.contains(listed(values)))
            continue; // one clear mode, not also the median
        used.insert(listed(values));
        const double mean = std::accumulate(values.begin(), values.end(), 0.0) / values.size();
        const QStringList distractors{QString::number(sorted[4]), QString::number(frequency[mode]),
                                      QString::number(byFrequency[1]), number(mean, 2), QString::number(sorted.last())};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2. What is the mode of these counts?")
                                     .arg(intros[int(items.size()) % intros.size()], listed(values)),
                                 QString::number(mode), distractors,
                                 QStringLiteral("mode values=") + listed(values, QStringLiteral(","))))
            items.append(*made);
    }
    return items;
}

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
        const QStringList distractors{withCommas(ppm * 10) + unit, withCommas(ppm / 10) + unit,
                                      number(100.0 * defective / total, 4) + unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A customer receives %1 parts and finds %2 defective. What is the "
                                                "defect rate in parts per million (ppm)?")
                                     .arg(withCommas(total))
                                     .arg(defective),
                                 withCommas(ppm) + unit, distractors,
                                 QStringLiteral("ppm defective=%1 total=%2").arg(defective).arg(total)))
            items.append(*made);
    }
    return items;
}

// Cp = (USL − LSL) ÷ 6σ, with limits in thousandths of a millimetre.
QList<GeneratedItem> capabilityCp(const TemplateRun& run)
{
    const QList<int> sixths{4, 8, 9, 12}; // Cp = sixths / 6: 0.67, 1.33, 1.50, 2.00
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int sigma = QList<int>{4, 6, 10, 12, 20}[run.dice.between(0, 4)];
        const int m = sixths[run.dice.between(0, int(sixths.size()) - 1)];
        const int width = m * sigma;
        const int nominal = 1000 * run.dice.between(6, 40);
        if (width % 2 != 0 || used.contains(m))
            continue;
        used.insert(m);
        const auto cp = [](double value) { return QString::number(value, 'f', 2); };
        const QStringList distractors{cp(double(width) / sigma), cp(width / (3.0 * sigma)), cp(6.0 * sigma / width)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A length has a lower limit of %1 mm and an upper limit of %2 mm. The process "
                                        "standard deviation is %3 mm. Process capability is found with:\n\n"
                                        "Cp = (upper limit − lower limit) ÷ (6 × standard deviation)\n\nWhat is Cp?")
                             .arg(decimal(nominal - width / 2, 3), decimal(nominal + width / 2, 3), decimal(sigma, 3)),
                         cp(m / 6.0), distractors,
                         QStringLiteral("cp lower=%1 upper=%2 sigma=%3")
                             .arg(decimal(nominal - width / 2, 3), decimal(nominal + width / 2, 3), decimal(sigma, 3))))
            items.append(*made);
    }
    return items;
}

// Control limits at the mean ± 3 standard deviations (hundredths).
QList<GeneratedItem> controlLimits(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const bool upper = items.size() % 2 == 1;
        const int mean = 10 * run.dice.between(50, 500);
        const int sigma = run.dice.between(2, 9);
        if (used.contains(mean) || (mean == 2500 && sigma == 20))
            continue; // 25.0 and 0.2 is S1-MQ-05
        used.insert(mean);
        const int side = upper ? 1 : -1;
        const auto mm = [](int hundredths) -> QString { return decimal(hundredths, 2) + QStringLiteral(" mm"); };
        const QStringList distractors{mm(mean - side * 3 * sigma), mm(mean + side * sigma), mm(mean + side * 6 * sigma),
                                      mm(mean + side * 2 * sigma)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("The values on a control chart average %1 mm with a standard deviation "
                                                "of %2 mm. The control limits are the average plus and minus 3 "
                                                "standard deviations. What is the %3 control limit?")
                                     .arg(decimal(mean, 2), decimal(sigma, 2),
                                          upper ? QStringLiteral("upper") : QStringLiteral("lower")),
                                 mm(mean + side * 3 * sigma), distractors,
                                 QStringLiteral("control-limit mean=%1 sigma=%2 side=%3")
                                     .arg(decimal(mean, 2), decimal(sigma, 2),
                                          upper ? QStringLiteral("upper") : QStringLiteral("lower"))))
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
                                     .arg(withCommas(made)),
                                 QString::number(checked), distractors,
                                 QStringLiteral("sampling every=%1 made=%2").arg(every).arg(made)))
            items.append(*item);
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
                             .arg(withCommas(parts))
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

// How many standard deviations a value lies from the mean.
QList<GeneratedItem> zScores(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mean = 10 * run.dice.between(100, 900); // hundredths of a millimetre
        const int sigma = run.dice.between(2, 8);
        const int halves = run.dice.between(3, 7); // z in halves: 1.5 to 3.5
        if ((sigma * halves) % 2 != 0 || used.contains(halves))
            continue;
        used.insert(halves);
        const int value = mean + sigma * halves / 2;
        const auto z = [](double score) { return number(score, 2); };
        const QStringList distractors{z((value - mean) / 100.0), z(double(sigma) * 2 / halves), z(halves / 2.0 + 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A process has a mean of %1 mm and a standard deviation of %2 mm. A "
                                                "part measures %3 mm. How many standard deviations above the mean is "
                                                "it?")
                                     .arg(decimal(mean, 2), decimal(sigma, 2), decimal(value, 2)),
                                 z(halves / 2.0), distractors,
                                 QStringLiteral("z value=%1 mean=%2 sigma=%3")
                                     .arg(decimal(value, 2), decimal(mean, 2), decimal(sigma, 2))))
            items.append(*made);
    }
    return items;
}

// The share of a normal distribution within or outside 1, 2 or 3 standard deviations (68-95-99.7).
QList<GeneratedItem> normalSpreads(const TemplateRun& run)
{
    // (sigmas, within?) in the order the items use them; S1-MQ-09 asks for "within 3".
    const QList<std::pair<int, bool>> asked{{2, true}, {3, false}, {1, true}, {2, false}};
    const QStringList within{QStringLiteral("68%"), QStringLiteral("95%"), QStringLiteral("99.7%")};
    const QStringList outside{QStringLiteral("32%"), QStringLiteral("5%"), QStringLiteral("0.3%")};
    QList<GeneratedItem> items;
    for (int i = 0; i < run.count && i < asked.size(); ++i) {
        const auto [sigmas, inside] = asked[i];
        const QStringList& right = inside ? within : outside;
        QStringList distractors = right;
        distractors.removeAt(sigmas - 1);
        distractors.append(inside ? QStringLiteral("50%") : QStringLiteral("0.03%"));
        if (auto made = makeItem(
                run.dice, run.id(i), run.domain,
                QStringLiteral("A stable process makes parts whose lengths follow a normal (bell-shaped) curve. About "
                               "what percent of the lengths fall %1 %2 %3 the mean?")
                    .arg(inside ? QStringLiteral("within") : QStringLiteral("more than"),
                         counted(sigmas, QStringLiteral("standard deviation"), QStringLiteral("standard deviations")),
                         inside ? QStringLiteral("of") : QStringLiteral("away from")),
                right[sigmas - 1], distractors,
                QStringLiteral("normal sigmas=%1 side=%2")
                    .arg(sigmas)
                    .arg(inside ? QStringLiteral("within") : QStringLiteral("outside"))))
            items.append(*made);
    }
    return items;
}

// A table of eight measurements against a tolerance: what percent are out?
QList<GeneratedItem> tableOutOfTolerance(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int nominal = 50 * run.dice.between(40, 400); // hundredths of a millimetre
        const int tolerance = run.dice.between(3, 8);
        const int out = run.dice.between(1, 4);
        if (used.contains(out) || (nominal == 1200 && tolerance == 5))
            continue; // 12.00 ± 0.05 is S1-MQ-07
        used.insert(out);
        QList<int> values;
        for (int i = 0; i < 8; ++i) {
            const int deviation = i < out ? tolerance + run.dice.between(1, 3) : run.dice.between(0, tolerance - 1);
            values.append(nominal + (run.dice.between(0, 1) ? deviation : -deviation));
        }
        run.dice.shuffle(values);
        QString table = QStringLiteral("| Part | Diameter (mm) |\n|---|---|\n");
        QStringList check;
        for (int i = 0; i < values.size(); ++i) {
            table += QStringLiteral("| %1 | %2 |\n").arg(i + 1).arg(decimal(values[i], 2));
            check.append(decimal(values[i], 2));
        }
        const auto percent = [](int eighths) -> QString { return number(eighths * 12.5, 1) + u'%'; };
        const QStringList distractors{QString::number(out) + u'%', percent(out + 1), percent(out - 1),
                                      percent(8 - out)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The spec for a pin diameter is %1 ± %2 mm. An inspector measures eight "
                                        "pins:\n\n%3\nWhat percent of these pins are out of tolerance?")
                             .arg(decimal(nominal, 2), decimal(tolerance, 2), table),
                         percent(out), distractors,
                         QStringLiteral("out-of-tolerance nominal=%1 tolerance=%2 values=%3")
                             .arg(decimal(nominal, 2), decimal(tolerance, 2), check.join(u','))))
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

// The share of the tolerance that the process spread (6σ) takes up.
QList<GeneratedItem> toleranceUsed(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int tolerance = 10 * run.dice.between(4, 20); // thousandths of a millimetre
        const int percent = 5 * run.dice.between(8, 19);    // 40 % to 95 %
        const int spread = tolerance * percent / 100;
        if (spread * 100 != tolerance * percent || used.contains(percent))
            continue;
        used.insert(percent);
        const auto pct = [](double value) -> QString { return number(value, 1) + u'%'; };
        const QStringList distractors{pct(100.0 * tolerance / spread), pct(100 - percent), pct(percent / 6.0),
                                      pct(percent * 2)};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("The process spread of a diameter (6 standard deviations) is %1 mm. "
                               "The total tolerance on the print is %2 mm. What percent of the "
                               "tolerance does the process spread use?")
                    .arg(decimal(spread, 3), decimal(tolerance, 3)),
                pct(percent), distractors,
                QStringLiteral("tolerance-used spread=%1 tolerance=%2").arg(decimal(spread, 3), decimal(tolerance, 3))))
            items.append(*made);
    }
    return items;
}

// A table of four machines' means and standard deviations: which varies least? The options stay in
// table order (the key is drawn, not moved).
QList<GeneratedItem> leastVariation(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int target = 100 * run.dice.between(20, 80); // hundredths of a millimetre
        const int least = run.dice.between(0, 3);
        if (used.contains(least))
            continue;
        used.insert(least);
        QList<int> sigmas; // thousandths of a millimetre
        QList<int> offsets;
        for (int i = 0; i < 4; ++i) {
            sigmas.append(i == least ? run.dice.between(8, 12) : run.dice.between(14, 30));
            offsets.append(i == least ? run.dice.between(4, 9) : run.dice.between(0, 3));
        }
        if (QSet<int>(sigmas.begin(), sigmas.end()).size() < 4)
            continue;
        QString table = QStringLiteral("| Machine | Mean (mm) | Standard deviation (mm) |\n|---|---|---|\n");
        QStringList names;
        for (int i = 0; i < 4; ++i) {
            names.append(QStringLiteral("Machine %1").arg(i + 1));
            table += QStringLiteral("| %1 | %2 | %3 |\n")
                         .arg(i + 1)
                         .arg(decimal(target + (i % 2 ? offsets[i] : -offsets[i]), 2), decimal(sigmas[i], 3));
        }
        banks::ItemBody body;
        body.stem = QStringLiteral("Four machines make the same shaft to a target diameter of %1 mm. A week's "
                                   "measurements give:\n\n%2\nWhich machine's output varies the least?")
                        .arg(decimal(target, 2), table);
        for (const QString& name : names)
            body.options.append(banks::ItemOption{name, QString(), QString()});
        body.key = least;
        GeneratedItem generated;
        generated.item.id = run.id(int(items.size()));
        generated.item.domain = run.domain;
        generated.item.body = Sensitive<banks::ItemBody>(std::move(body));
        generated.check = QStringLiteral("least-variation sigmas=%1").arg([&sigmas] {
            QStringList list;
            for (int s : sigmas)
                list.append(decimal(s, 3));
            return list.join(u',');
        }());
        generated.fixedOrder = true;
        items.append(generated);
    }
    return items;
}

} // namespace exam::itemgen
