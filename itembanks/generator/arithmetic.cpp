// Algebra, sample statistics, simple machines and circuits: numbers chosen so answers come out even.
#include "svg.h"
#include "templates.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace exam::itemgen {

namespace {

QString joinNumbers(const QList<int>& values, const QString& separator = QStringLiteral(", "))
{
    QStringList parts;
    for (int value : values)
        parts.append(QString::number(value));
    return parts.join(separator);
}

} // namespace

QList<GeneratedItem> linearEquations(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<QString> used;
    while (items.size() < run.count) {
        const int a = run.dice.between(2, 9);
        const int x = run.dice.between(2, 15);
        const int b = run.dice.between(-20, 30);
        if (b == 0)
            continue;
        const int c = a * x + b;
        const QString equation = b > 0 ? QStringLiteral("%1x + %2 = %3").arg(a).arg(b).arg(c)
                                       : QStringLiteral("%1x − %2 = %3").arg(a).arg(-b).arg(c);
        if (used.contains(equation))
            continue;
        used.insert(equation);
        const QStringList distractors{QString::number(x + 1), QString::number(x - 1), number(double(c + b) / a, 2),
                                      QString::number(c - b), QString::number(x + 2)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("Solve for x: %1").arg(equation), QString::number(x), distractors,
                                 QStringLiteral("linear a=%1 b=%2 c=%3").arg(a).arg(b).arg(c)))
            items.append(*made);
    }
    return items;
}

QList<GeneratedItem> rectangleFormulas(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int width = run.dice.between(3, 12);
        const int length = run.dice.between(width + 1, 24);
        const int area = width * length;
        if (used.contains(area * 100 + width))
            continue;
        used.insert(area * 100 + width);
        const QString unit = QStringLiteral(" in");
        const QStringList distractors{QString::number(area - width) + unit, QString::number(length + 1) + unit,
                                      QString::number(length - 1) + unit, QString::number(area / 2) + unit};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The area of a rectangle is A = L × W. A rectangular plate has an area of %1 "
                                        "square inches and is %2 in wide. How long is it?")
                             .arg(area)
                             .arg(width),
                         QString::number(length) + unit, distractors,
                         QStringLiteral("rectangle area=%1 width=%2").arg(area).arg(width)))
            items.append(*made);
    }
    return items;
}

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
                             QStringLiteral("percent defective=%1 total=%2").arg(defective).arg(total)))
                items.append(*made);
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
                         answer, distractors, check))
            items.append(*made);
    }
    return items;
}

// A first-class lever drawn to scale: fulcrum under the beam, load on the left, effort on the right.
QList<GeneratedItem> levers(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int loadArm = run.dice.between(1, 3);
        const int effortArm = run.dice.between(loadArm + 1, 8);
        const int load = 20 * run.dice.between(3, 30);
        if ((load * loadArm) % effortArm != 0 || used.contains(load * 100 + loadArm * 10 + effortArm))
            continue;
        used.insert(load * 100 + loadArm * 10 + effortArm);
        const int effort = load * loadArm / effortArm;
        const double unit = 36;
        const double fulcrum = 40 + loadArm * unit;
        Svg svg(int(80 + (loadArm + effortArm) * unit), 170);
        svg.rect(40, 90, (loadArm + effortArm) * unit, 8, QStringLiteral("fill=\"#888\""));
        svg.polygon({{fulcrum, 98}, {fulcrum - 14, 126}, {fulcrum + 14, 126}}, QStringLiteral("fill=\"#444\""));
        svg.rect(26, 58, 28, 32, QStringLiteral("fill=\"#ccc\" stroke=\"#000\""));
        svg.text(20, 50, QStringLiteral("%1 lb").arg(load), QStringLiteral("font-size=\"13\""));
        const double end = 40 + (loadArm + effortArm) * unit;
        svg.line(end, 40, end, 88, QStringLiteral("stroke-width=\"2\""));
        svg.polygon({{end - 6, 78}, {end + 6, 78}, {end, 89}});
        svg.text(end - 20, 32, QStringLiteral("effort ?"), QStringLiteral("font-size=\"13\""));
        svg.line(40, 140, fulcrum, 140);
        svg.text((40 + fulcrum) / 2 - 10, 158, QStringLiteral("%1 ft").arg(loadArm),
                 QStringLiteral("font-size=\"13\""));
        svg.line(fulcrum, 140, end, 140);
        svg.text((fulcrum + end) / 2 - 10, 158, QStringLiteral("%1 ft").arg(effortArm),
                 QStringLiteral("font-size=\"13\""));
        const QString lb = QStringLiteral(" lb");
        const QStringList distractors{QString::number(load * effortArm / loadArm) + lb, QString::number(load) + lb,
                                      QString::number(load / 2) + lb, QString::number(effort * 2) + lb};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("A %1 lb load sits %2 ft from the fulcrum of a lever. The effort is "
                                    "applied %3 ft from the fulcrum on the other side. Ignoring the "
                                    "lever's weight, what effort balances the load?")
                         .arg(load)
                         .arg(loadArm)
                         .arg(effortArm),
                     QString::number(effort) + lb, distractors,
                     QStringLiteral("lever load=%1 load-arm=%2 effort-arm=%3").arg(load).arg(loadArm).arg(effortArm));
        if (!made)
            continue;
        GeneratedItem& item = *made;
        attachStemImage(
            item, QStringLiteral("gen-lever-%1-%2-%3.svg").arg(load).arg(loadArm).arg(effortArm),
            QStringLiteral("A lever on a fulcrum. A %1 lb load sits on the left end, %2 ft from the fulcrum. "
                           "The effort pushes down on the right end, %3 ft from the fulcrum.")
                .arg(load)
                .arg(loadArm)
                .arg(effortArm),
            svg.document());
        items.append(item);
    }
    return items;
}

// Two meshing gears, or three with an idler between them.
QList<GeneratedItem> gearTrains(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int driverTeeth = 10 * run.dice.between(1, 6);
        const int drivenTeeth = 10 * run.dice.between(1, 6);
        const int driverRpm = 100 * run.dice.between(2, 18);
        const bool idler = items.size() % 2 == 1;
        if (driverTeeth == drivenTeeth || (driverRpm * driverTeeth) % drivenTeeth != 0
            || used.contains(driverTeeth * 10000 + drivenTeeth * 100 + driverRpm / 100))
            continue;
        used.insert(driverTeeth * 10000 + drivenTeeth * 100 + driverRpm / 100);
        const int drivenRpm = driverRpm * driverTeeth / drivenTeeth;
        const int wrongRpm = driverRpm * drivenTeeth / driverTeeth;
        const QString same = idler ? QStringLiteral("clockwise") : QStringLiteral("counterclockwise");
        const QString other = idler ? QStringLiteral("counterclockwise") : QStringLiteral("clockwise");
        const auto option = [](int rpm, const QString& direction) {
            return QStringLiteral("%1 rpm, %2").arg(QLocale(QLocale::English).toString(rpm), direction);
        };

        Svg svg(idler ? 520 : 380, 220);
        const double r1 = driverTeeth * 1.3, r2 = drivenTeeth * 1.3, ri = 26;
        const double y = 110;
        const double x1 = 30 + r1 + 10;
        const double xi = x1 + r1 + ri;
        const double x2 = (idler ? xi + ri : x1 + r1) + r2;
        const auto gear = [&svg, y](double x, double r, int teeth, const QString& label) {
            svg.circle(x, y, r,
                       QStringLiteral("fill=\"#ddd\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\""));
            svg.circle(x, y, 4, QStringLiteral("fill=\"#000\""));
            svg.text(x - 30, y + r + 22, label, QStringLiteral("font-size=\"12\""));
            Q_UNUSED(teeth)
        };
        gear(x1, r1, driverTeeth, QStringLiteral("driver %1 teeth").arg(driverTeeth));
        if (idler)
            gear(xi, ri, 20, QStringLiteral("idler"));
        gear(x2, r2, drivenTeeth, QStringLiteral("driven %1 teeth").arg(drivenTeeth));
        svg.raw(
            QStringLiteral("<path d=\"M %1 %2 A %3 %3 0 0 1 %4 %5\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\"/>")
                .arg(Svg::n(x1 - r1 * 0.6), Svg::n(y - r1 * 0.8), Svg::n(r1), Svg::n(x1 + r1 * 0.6),
                     Svg::n(y - r1 * 0.8)));
        svg.polygon({{x1 + r1 * 0.6 - 7, y - r1 * 0.8 - 6},
                     {x1 + r1 * 0.6 + 5, y - r1 * 0.8 + 2},
                     {x1 + r1 * 0.6 - 5, y - r1 * 0.8 + 6}},
                    QStringLiteral("fill=\"#c00\""));
        svg.text(10, 20, QStringLiteral("driver: %1 rpm clockwise").arg(driverRpm), QStringLiteral("font-size=\"13\""));

        const QString stem =
            idler ? QStringLiteral("A driver gear with %1 teeth turns clockwise at %2 rpm. It drives an "
                                   "idler gear, which drives a gear with %3 teeth. How fast and which "
                                   "way does the last gear turn?")
                  : QStringLiteral("A driver gear with %1 teeth turns clockwise at %2 rpm and meshes with "
                                   "a gear of %3 teeth. How fast and which way does that gear turn?");
        std::optional<GeneratedItem> made = makeItem(
            run.dice, run.id(int(items.size())), run.domain, stem.arg(driverTeeth).arg(driverRpm).arg(drivenTeeth),
            option(drivenRpm, same), {option(drivenRpm, other), option(wrongRpm, same), option(wrongRpm, other)},
            QStringLiteral("gears driver-teeth=%1 driven-teeth=%2 driver-rpm=%3 idler=%4")
                .arg(driverTeeth)
                .arg(drivenTeeth)
                .arg(driverRpm)
                .arg(idler ? 1 : 0));
        if (!made)
            continue;
        GeneratedItem& item = *made;
        attachStemImage(
            item,
            QStringLiteral("gen-gears-%1-%2-%3-%4.svg").arg(driverTeeth).arg(drivenTeeth).arg(driverRpm).arg(idler),
            idler ? QStringLiteral("Three gears in a row: a driver gear with %1 teeth turning clockwise at %2 rpm, "
                                   "an idler gear, and a driven gear with %3 teeth.")
                        .arg(driverTeeth)
                        .arg(driverRpm)
                        .arg(drivenTeeth)
                  : QStringLiteral("Two meshing gears: a driver gear with %1 teeth turning clockwise at %2 rpm, and "
                                   "a driven gear with %3 teeth.")
                        .arg(driverTeeth)
                        .arg(driverRpm)
                        .arg(drivenTeeth),
            svg.document());
        items.append(item);
    }
    return items;
}

QList<GeneratedItem> pulleys(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int segments = run.dice.between(2, 6);
        const int load = segments * 50 * run.dice.between(1, 8);
        if (used.contains(load * 10 + segments))
            continue;
        used.insert(load * 10 + segments);
        const QString lb = QStringLiteral(" lb");
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A %1 lb load hangs from a block and tackle in which %2 rope segments support "
                                        "the moving block. Ignoring friction, what pull on the rope lifts the load?")
                             .arg(load)
                             .arg(segments),
                         QString::number(load / segments) + lb,
                         {QString::number(load) + lb, QString::number(load * segments) + lb,
                          QString::number(load / segments * 2) + lb, QString::number(load / 2) + lb},
                         QStringLiteral("pulley load=%1 segments=%2").arg(load).arg(segments)))
            items.append(*made);
    }
    return items;
}

QList<GeneratedItem> ohmsLaw(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int amps = run.dice.between(2, 12);
        const int ohms = run.dice.between(2, 30);
        const int volts = amps * ohms;
        const int unknown = int(items.size()) % 3;
        if (used.contains(amps * 100 + ohms))
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
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain, stem, answer, distractors, check))
            items.append(*made);
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
        if (used.contains(key))
            continue;
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
