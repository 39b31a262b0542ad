// Algebra, sample statistics, simple machines and circuits: numbers chosen so answers come out even.
#include "svg.h"
#include "templates.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
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
        item.subSkill = idler ? QStringLiteral("idler") : QStringLiteral("pair");
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

// ---- Algebra of MT1-S1: equations of several shapes, formulas, ratios and percentages ----

namespace {

// A number with US thousands separators and up to `decimals` decimals ("1,570.8").
QString grouped(double value, int decimals = 2)
{
    QString text = QLocale(QLocale::English).toString(value, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

// π as the stems give it.
constexpr double Pi = 3.1416;

QString superscript(int value)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = value < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar digit : QString::number(std::abs(value)))
        text += digits[digit.digitValue()];
    return text;
}

} // namespace

// x/a + b = c
QList<GeneratedItem> divisionEquations(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = run.dice.between(2, 8);
        const int k = run.dice.between(2, 12);
        const int b = run.dice.between(1, 20);
        const int c = k + b;
        const int x = a * k;
        if (used.contains(a * 10000 + b * 100 + c))
            continue;
        used.insert(a * 10000 + b * 100 + c);
        const QStringList distractors{QString::number(k), QString::number((c + b) * a), QString::number(c * a - b),
                                      QString::number(x + a)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("Solve for x: x/%1 + %2 = %3").arg(a).arg(b).arg(c), QString::number(x),
                                 distractors, QStringLiteral("divide-equation a=%1 b=%2 c=%3").arg(a).arg(b).arg(c)))
            items.append(*made);
    }
    return items;
}

// a(x + b) = c
QList<GeneratedItem> bracketEquations(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = run.dice.between(2, 6);
        const int x = run.dice.between(2, 12);
        const int b = run.dice.between(1, 9);
        const int c = a * (x + b);
        if ((c - b) % a == 0 || used.contains(a * 10000 + b * 100 + x))
            continue; // forgetting to multiply out the bracket must not give a whole number by chance
        used.insert(a * 10000 + b * 100 + x);
        const QStringList distractors{QString::number(x + 2 * b), number(double(c - b) / a, 2), QString::number(x + b),
                                      QString::number(x + 1)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("Solve for x: %1(x + %2) = %3").arg(a).arg(b).arg(c), QString::number(x),
                         distractors, QStringLiteral("bracket-equation a=%1 b=%2 c=%3").arg(a).arg(b).arg(c)))
            items.append(*made);
    }
    return items;
}

// ax + b = cx + d
QList<GeneratedItem> bothSidesEquations(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = run.dice.between(4, 9);
        const int c = run.dice.between(1, a - 2);
        const int x = run.dice.between(2, 10);
        const int b = run.dice.between(1, 15);
        const int d = (a - c) * x + b;
        if (used.contains(a * 1000 + c * 100 + x))
            continue;
        used.insert(a * 1000 + c * 100 + x);
        const QString cx = c == 1 ? QStringLiteral("x") : QStringLiteral("%1x").arg(c);
        const QStringList distractors{number(double(d + b) / (a - c), 2), number(double(d - b) / (a + c), 2),
                                      number(double(d - b) / a, 2), QString::number(x + 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("Solve for x: %1x + %2 = %3 + %4").arg(a).arg(b).arg(cx).arg(d),
                                 QString::number(x), distractors,
                                 QStringLiteral("both-sides a=%1 b=%2 c=%3 d=%4").arg(a).arg(b).arg(c).arg(d)))
            items.append(*made);
    }
    return items;
}

// P = 2L + 2W, solved for W.
QList<GeneratedItem> perimeterWidths(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int length = run.dice.between(8, 30);
        const int width = run.dice.between(3, length - 2);
        const int perimeter = 2 * (length + width);
        if (used.contains(length * 100 + width))
            continue;
        used.insert(length * 100 + width);
        const QString in = QStringLiteral(" in");
        const QStringList distractors{QString::number(2 * width) + in, number((perimeter - length) / 2.0) + in,
                                      QString::number(perimeter - length) + in, QString::number(length + width) + in};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("The perimeter of a rectangle is P = 2L + 2W. A rectangular frame has "
                                                "a perimeter of %1 in and is %2 in long. How wide is it?")
                                     .arg(perimeter)
                                     .arg(length),
                                 QString::number(width) + in, distractors,
                                 QStringLiteral("perimeter perimeter=%1 length=%2").arg(perimeter).arg(length)))
            items.append(*made);
    }
    return items;
}

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
                                     .arg(grouped(base))
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

// A = π r² from a diameter.
QList<GeneratedItem> circleAreas(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int diameter = 2 * run.dice.between(2, 10);
        if (used.contains(diameter) || diameter == 10)
            continue; // 10 in is S1-ALG-11
        used.insert(diameter);
        const double r = diameter / 2.0;
        const auto area = [](double value) -> QString {
            return QString::number(value, 'f', 2) + QStringLiteral(" in²");
        };
        const QStringList distractors{area(Pi * diameter * diameter), area(Pi * diameter), area(Pi * r)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The area of a circle is A = π × r², where r is the radius. A round "
                                        "gasket is %1 in across (its diameter). What is its area? (Use π = "
                                        "3.1416.)")
                             .arg(diameter),
                         area(Pi * r * r), distractors, QStringLiteral("circle-area diameter=%1").arg(diameter)))
            items.append(*made);
    }
    return items;
}

// A = ½ × b × h
QList<GeneratedItem> triangleAreas(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int base = run.dice.between(3, 16);
        const int height = run.dice.between(3, 16);
        if (base == height || used.contains(base * 100 + height))
            continue;
        used.insert(base * 100 + height);
        const auto area = [](double value) -> QString { return number(value, 2) + QStringLiteral(" in²"); };
        const QStringList distractors{area(base * height), area(base + height), area(base * height / 4.0)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The area of a triangle is A = ½ × b × h. A triangular gusset plate has "
                                        "a base of %1 in and a height of %2 in. What is its area?")
                             .arg(base)
                             .arg(height),
                         area(base * height / 2.0), distractors,
                         QStringLiteral("triangle base=%1 height=%2").arg(base).arg(height)))
            items.append(*made);
    }
    return items;
}

// V = π r² h
QList<GeneratedItem> cylinderVolumes(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int diameter = 2 * run.dice.between(2, 8);
        const int height = run.dice.between(5, 30);
        if (used.contains(diameter * 100 + height))
            continue;
        used.insert(diameter * 100 + height);
        const double r = diameter / 2.0;
        const auto volume = [](double value) -> QString { return grouped(value, 2) + QStringLiteral(" in³"); };
        const QStringList distractors{volume(Pi * diameter * diameter * height), volume(Pi * r * height),
                                      volume(Pi * r * r)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The volume of a cylinder is V = π × r² × h. A cylindrical can is %1 in "
                                        "across and %2 in tall. What is its volume? (Use π = 3.1416.)")
                             .arg(diameter)
                             .arg(height),
                         volume(Pi * r * r * height), distractors,
                         QStringLiteral("cylinder diameter=%1 height=%2").arg(diameter).arg(height)))
            items.append(*made);
    }
    return items;
}

// Weight = length × width × thickness × density (steel, 0.284 lb/in³).
QList<GeneratedItem> plateWeights(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int length = 2 * run.dice.between(3, 12);
        const int width = 2 * run.dice.between(2, 6);
        const int quarters = run.dice.between(1, 4); // thickness in quarter inches
        if (width >= length || used.contains(length * 100 + width * 10 + quarters))
            continue;
        used.insert(length * 100 + width * 10 + quarters);
        const double thickness = quarters / 4.0;
        const double volume = length * width * thickness;
        const auto pounds = [](double value) -> QString {
            return QString::number(value, 'f', 2) + QStringLiteral(" lb");
        };
        const QStringList distractors{pounds(length * width * 0.284), pounds(volume), pounds(volume * 2.84)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A steel plate is %1 in long, %2 in wide and %3 in thick. Steel weighs "
                                                "0.284 lb per cubic inch. What does the plate weigh?")
                                     .arg(length)
                                     .arg(width)
                                     .arg(number(thickness)),
                                 pounds(volume * 0.284), distractors,
                                 QStringLiteral("plate-weight length=%1 width=%2 thickness=%3 density=0.284")
                                     .arg(length)
                                     .arg(width)
                                     .arg(number(thickness))))
            items.append(*made);
    }
    return items;
}

// C = π d
QList<GeneratedItem> circumferences(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int diameter = 6 * run.dice.between(2, 10);
        if (used.contains(diameter))
            continue;
        used.insert(diameter);
        const auto length = [](double value) -> QString { return grouped(value, 2) + QStringLiteral(" in"); };
        const QStringList distractors{length(Pi * diameter / 2), length(2 * Pi * diameter),
                                      length(Pi * diameter * diameter / 4)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The distance around a circle is C = π × d. A round tank is %1 in "
                                        "across. How long a steel band is needed to go once around it? (Use "
                                        "π = 3.1416.)")
                             .arg(diameter),
                         length(Pi * diameter), distractors, QStringLiteral("circumference diameter=%1").arg(diameter)))
            items.append(*made);
    }
    return items;
}

// Run time = order ÷ rate.
QList<GeneratedItem> runTimes(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int rate = 5 * run.dice.between(4, 18);
        const int hours = run.dice.between(6, 30);
        if (used.contains(rate) || (rate == 45 && hours == 24))
            continue; // 45 an hour for 1,080 parts is S1-ALG-04
        used.insert(rate);
        const auto hoursText = [](double value) -> QString { return number(value, 2) + QStringLiteral(" hours"); };
        const QStringList distractors{hoursText(hours + 2), hoursText(hours - 2), hoursText(hours / 10.0)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A molding machine makes %1 parts per hour. An order needs %2 parts. "
                                                "How many hours of run time does the order need?")
                                     .arg(rate)
                                     .arg(grouped(rate * hours)),
                                 hoursText(hours), distractors,
                                 QStringLiteral("run-time rate=%1 order=%2").arg(rate).arg(rate * hours)))
            items.append(*made);
    }
    return items;
}

// °F to °C with the formula F = 1.8C + 32.
QList<GeneratedItem> temperatures(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int celsius = 5 * run.dice.between(5, 50);
        if (used.contains(celsius) || celsius == 60)
            continue; // 140 °F is S1-ALG-05
        used.insert(celsius);
        const int fahrenheit = celsius * 9 / 5 + 32;
        const auto c = [](double value) -> QString { return number(value, 1) + QStringLiteral(" °C"); };
        const QStringList distractors{c((fahrenheit + 32) / 1.8), c(fahrenheit / 1.8), c(fahrenheit * 1.8 + 32)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("The formula F = 1.8C + 32 changes degrees Celsius (C) to degrees "
                                                "Fahrenheit (F). A parts washer must run at %1 °F. What is this "
                                                "temperature in °C?")
                                     .arg(fahrenheit),
                                 c(celsius), distractors, QStringLiteral("temperature fahrenheit=%1").arg(fahrenheit)))
            items.append(*made);
    }
    return items;
}

// a + b × c − d ÷ e
QList<GeneratedItem> orderOfOperations(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = run.dice.between(2, 12), b = run.dice.between(2, 9), c = run.dice.between(2, 9);
        const int e = run.dice.between(2, 5), d = e * run.dice.between(2, 6);
        const int key = a * 10000 + b * 1000 + c * 100 + d;
        if (used.contains(key) || (a == 6 && b == 4 && c == 3 && d == 8 && e == 2))
            continue; // S1-ALG-06
        used.insert(key);
        const int answer = a + b * c - d / e;
        const QStringList distractors{number(((a + b) * c - d) / double(e), 2), QString::number((a + b) * c - d / e),
                                      number((a + b * c - d) / double(e), 2), QString::number(answer + e)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("Use the order of operations. What is the value of %1 + %2 × %3 − %4 "
                                        "÷ %5?")
                             .arg(a)
                             .arg(b)
                             .arg(c)
                             .arg(d)
                             .arg(e),
                         QString::number(answer), distractors,
                         QStringLiteral("operations a=%1 b=%2 c=%3 d=%4 e=%5").arg(a).arg(b).arg(c).arg(d).arg(e)))
            items.append(*made);
    }
    return items;
}

// A small decimal in scientific notation: m × 10^e with m = tenths/10.
QList<GeneratedItem> scientificNotation(const TemplateRun& run)
{
    const QStringList things{QStringLiteral("A paint film is %1 in thick."),
                             QStringLiteral("A feeler gauge blade is %1 in thick."),
                             QStringLiteral("The gap in a seal is %1 in wide.")};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int tenths = run.dice.between(11, 99);
        const int exponent = -run.dice.between(3, 6);
        if (tenths % 10 == 0 || used.contains(exponent) || (tenths == 45 && exponent == -4))
            continue; // 4.5 × 10⁻⁴ is S1-ALG-10
        used.insert(exponent);
        const auto written = [](const QString& mantissa, int power) {
            return QStringLiteral("%1 × 10%2 in").arg(mantissa, superscript(power));
        };
        const QString mantissa = decimal(tenths, 1);
        const QStringList distractors{written(mantissa, exponent + 1), written(mantissa, -exponent),
                                      written(mantissa, exponent - 1), written(decimal(tenths, 2), exponent)};
        // The value: tenths × 10^(exponent − 1), written out in full.
        const QString value = decimal(tenths, 1 - exponent);
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                things[int(items.size()) % things.size()].arg(value)
                    + QStringLiteral(" How is this written in scientific notation?"),
                written(mantissa, exponent), distractors,
                QStringLiteral("scientific value=%1 tenths=%2 exponent=%3").arg(value).arg(tenths).arg(exponent)))
            items.append(*made);
    }
    return items;
}

// The diagonal of a rectangle from a Pythagorean triple.
QList<GeneratedItem> rightTriangles(const TemplateRun& run)
{
    const QList<std::array<int, 3>> triples{{3, 4, 5}, {5, 12, 13}, {8, 15, 17}, {7, 24, 25}, {20, 21, 29}};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int which = run.dice.between(0, int(triples.size()) - 1);
        const int scale = which == 0 ? run.dice.between(3, 8) : which == 1 ? run.dice.between(1, 3) : 1;
        const int a = triples[which][0] * scale, b = triples[which][1] * scale, c = triples[which][2] * scale;
        if (used.contains(which))
            continue;
        used.insert(which);
        const QString in = QStringLiteral(" in");
        const QStringList distractors{QString::number(a + b) + in, grouped(a * a + b * b) + in,
                                      QString::number(c + 2) + in, QString::number(b - a + c) + in};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A brace runs corner to corner across a rectangular frame %1 in wide "
                                        "and %2 in tall. How long is the brace? (a² + b² = c²)")
                             .arg(a)
                             .arg(b),
                         QString::number(c) + in, distractors, QStringLiteral("pythagoras a=%1 b=%2").arg(a).arg(b)))
            items.append(*made);
    }
    return items;
}

// RPM = 3.82 × SFM ÷ D, rounded to a whole rpm.
QList<GeneratedItem> spindleSpeeds(const TemplateRun& run)
{
    const QList<int> diameters{25, 50, 75, 100, 150, 200}; // hundredths of an inch
    const QList<int> speeds{60, 80, 100, 120, 250, 300};   // surface feet per minute
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int diameter = diameters[run.dice.between(0, int(diameters.size()) - 1)];
        const int sfm = speeds[run.dice.between(0, int(speeds.size()) - 1)];
        if (used.contains(diameter))
            continue;
        used.insert(diameter);
        const double d = diameter / 100.0;
        const auto rpm = [](double value) -> QString { return grouped(std::round(value), 0) + QStringLiteral(" rpm"); };
        const QStringList distractors{rpm(sfm / d), rpm(3.82 * sfm * d),
                                      number(3.82 * d / sfm, 3) + QStringLiteral(" rpm")};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A shop uses RPM = (3.82 × SFM) ÷ D, where SFM is the cutting speed in "
                                                "surface feet per minute and D is the tool diameter in inches. About "
                                                "what spindle speed does a %1 in drill need at %2 SFM?")
                                     .arg(number(d), QString::number(sfm)),
                                 rpm(3.82 * sfm / d), distractors,
                                 QStringLiteral("spindle sfm=%1 diameter=%2").arg(sfm).arg(number(d))))
            items.append(*made);
    }
    return items;
}

// Feed rate = RPM × chip load × teeth.
QList<GeneratedItem> feedRates(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int teeth = run.dice.between(2, 4);
        const int rpm = 100 * run.dice.between(8, 30);
        const int chipLoad = run.dice.between(1, 5); // thousandths of an inch per tooth
        if (used.contains(teeth * 100000 + rpm * 10 + chipLoad))
            continue;
        used.insert(teeth * 100000 + rpm * 10 + chipLoad);
        const int feed = rpm * chipLoad * teeth; // thousandths of an inch per minute
        const auto ipm = [](int thousandths) -> QString {
            return number(thousandths / 1000.0, 3) + QStringLiteral(" in/min");
        };
        const QStringList distractors{ipm(rpm * chipLoad), ipm(feed * 10), ipm(feed / 10)};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("Feed rate = RPM × chip load × number of teeth. An end mill with %1 "
                               "teeth (flutes) turns at %2 RPM with a chip load of %3 in per tooth. What is the feed "
                               "rate?")
                    .arg(teeth)
                    .arg(grouped(rpm))
                    .arg(decimal(chipLoad, 3)),
                ipm(feed), distractors,
                QStringLiteral("feed rpm=%1 chipload=%2 teeth=%3").arg(rpm).arg(decimal(chipLoad, 3)).arg(teeth)))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
