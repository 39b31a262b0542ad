// Control charts and histograms drawn from data (the data are in the item's check line; the alt text
// describes the chart, never the values read from it).
#include "svg.h"
#include "templates.h"

#include <QSet>

#include <algorithm>

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
                                  .arg(labels.join(u','), joinNumbers(counts, QStringLiteral(",")),
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

} // namespace exam::itemgen
