// Reading instruments and converting units. The drawings are to scale: the checker measures them.
#include "svg.h"
#include "templates.h"

#include <QSet>

#include <cmath>

namespace exam::itemgen {

namespace {

QString inches3(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral(" in");
}

} // namespace

// A 6-inch steel rule in sixteenths: origin x = 30, 60 px per inch; the arrow's line is id="pointer".
QList<GeneratedItem> ruleReadings(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int sixteenths = run.dice.between(3, 93);
        if (sixteenths % 4 == 0 || used.contains(sixteenths))
            continue; // quarters are too easy; each reading once
        used.insert(sixteenths);
        Svg svg(420, 110);
        svg.rect(20, 30, 380, 50, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#000\""));
        for (int s = 0; s <= 96; ++s) {
            const double x = 30 + 60.0 * s / 16;
            const int length = s % 16 == 0 ? 30 : s % 8 == 0 ? 22 : s % 4 == 0 ? 16 : s % 2 == 0 ? 12 : 8;
            svg.line(x, 30, x, 30 + length, QStringLiteral("stroke-width=\"1\""));
            if (s % 16 == 0 && s > 0 && s < 96)
                svg.text(x - 4, 75, QString::number(s / 16), QStringLiteral("font-size=\"14\""));
        }
        const double x = 30 + 60.0 * sixteenths / 16;
        svg.line(x, 4, x, 28, QStringLiteral("id=\"pointer\" stroke=\"#c00\" stroke-width=\"2\""));
        svg.polygon({{x - 5, 20}, {x + 5, 20}, {x, 29}}, QStringLiteral("fill=\"#c00\""));
        svg.text(150, 102, QStringLiteral("inches, marked in 1/16"), QStringLiteral("font-size=\"12\""));

        const int whole = sixteenths / 16;
        const int part = sixteenths % 16;
        QStringList distractors;
        for (int offset : {1, -1, 2, -2, 16, -16, 3})
            if (sixteenths + offset > 0 && sixteenths + offset < 96 && (sixteenths + offset) % 16 != 0)
                distractors.append(inchFraction(sixteenths + offset));
        const QString file = QStringLiteral("gen-rule-%1.svg").arg(sixteenths);
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("The arrow points to a length on the steel rule. What length is it?"),
                     inchFraction(sixteenths), distractors, QStringLiteral("rule sixteenths=%1").arg(sixteenths));
        const QString where =
            whole == 0 ? QStringLiteral("the zero end") : QStringLiteral("the %1-inch mark").arg(whole);
        if (!made)
            continue;
        GeneratedItem& item = *made;
        attachStemImage(
            item, file,
            QStringLiteral("A 6-inch steel rule marked in sixteenths of an inch. The arrow points %1 sixteenths of "
                           "an inch past %2.")
                .arg(part)
                .arg(where),
            svg.document());
        items.append(item);
    }
    return items;
}

// A dial caliper: bar scale in tenths (origin x = 30, 60 px per inch; the jaw edge is id="jaw") and a
// dial of 100 thousandths (the needle is id="needle", rotated 3.6 degrees per thousandth).
QList<GeneratedItem> caliperReadings(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int tenths = run.dice.between(3, 55);
        const int thousandths = run.dice.between(11, 98);
        if (thousandths % 10 == 0 || used.contains(tenths * 1000 + thousandths))
            continue;
        used.insert(tenths * 1000 + thousandths);
        Svg svg(460, 240);
        svg.rect(20, 20, 400, 40, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#000\""));
        for (int t = 0; t <= 60; ++t) {
            const double x = 30 + 6.0 * t;
            svg.line(x, 20, x, 20 + (t % 10 == 0 ? 22 : t % 5 == 0 ? 15 : 10));
            if (t % 10 == 0)
                svg.text(x - 4, 55, QString::number(t / 10), QStringLiteral("font-size=\"12\""));
        }
        const double jaw = 30 + 6.0 * tenths;
        svg.rect(jaw, 60, 60, 20, QStringLiteral("fill=\"#bbb\" stroke=\"#000\""));
        svg.line(jaw, 14, jaw, 80, QStringLiteral("id=\"jaw\" stroke=\"#c00\" stroke-width=\"2\""));
        const double cx = 230, cy = 160, r = 60;
        svg.circle(cx, cy, r, QStringLiteral("fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\""));
        for (int k = 0; k < 100; ++k) {
            const double a = (k * 3.6 - 90) * M_PI / 180;
            const double inner = r - (k % 10 == 0 ? 12 : k % 5 == 0 ? 9 : 5);
            svg.line(cx + inner * std::cos(a), cy + inner * std::sin(a), cx + r * std::cos(a), cy + r * std::sin(a));
            if (k % 10 == 0)
                svg.text(cx + (r - 22) * std::cos(a) - 6, cy + (r - 22) * std::sin(a) + 4, QString::number(k),
                         QStringLiteral("font-size=\"10\""));
        }
        svg.line(cx, cy, cx, cy - r + 8,
                 QStringLiteral("id=\"needle\" stroke=\"#c00\" stroke-width=\"2\" transform=\"rotate(%1 %2 %3)\"")
                     .arg(Svg::n(thousandths * 3.6), Svg::n(cx), Svg::n(cy)));
        svg.text(300, 230, QStringLiteral("dial: 0.001 in per mark"), QStringLiteral("font-size=\"12\""));

        const double reading = tenths / 10.0 + thousandths / 1000.0;
        const int swapped = (thousandths % 10) * 10 + thousandths / 10;
        const QStringList distractors{inches3(reading + 0.1), inches3(reading - 0.1),
                                      inches3(tenths / 10.0 + swapped / 1000.0), inches3(reading + 0.01),
                                      inches3(reading - 0.01)};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("What does the dial caliper read?"), inches3(reading), distractors,
                     QStringLiteral("dial-caliper tenths=%1 thousandths=%2").arg(tenths).arg(thousandths));
        if (!made)
            continue;
        GeneratedItem& item = *made;
        attachStemImage(
            item, QStringLiteral("gen-caliper-%1-%2.svg").arg(tenths).arg(thousandths),
            QStringLiteral("A dial caliper. On the bar scale, numbered in inches and marked in tenths, the jaw "
                           "edge is %1 tenths past the %2-inch mark. The dial is marked in thousandths of an "
                           "inch, 100 per turn, and the needle points at %3.")
                .arg(tenths % 10)
                .arg(tenths / 10)
                .arg(thousandths),
            svg.document());
        items.append(item);
    }
    return items;
}

// An outside micrometer, 0-1 in: sleeve marks every 0.025 in (x = 30 + 400 * sleeve reading; the
// thimble edge is id="thimble-edge"), thimble of 25 thousandths drawn 13 px apart; the thimble line
// on the sleeve's reference line (y = 100) is the reading.
QList<GeneratedItem> micrometerReadings(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int quarters = run.dice.between(3, 34); // sleeve reading in 0.025 steps
        const int thimble = run.dice.between(2, 23);
        if (quarters % 4 == 0 || used.contains(quarters * 100 + thimble))
            continue;
        used.insert(quarters * 100 + thimble);
        const double edge = 30 + 10.0 * quarters;
        Svg svg(500, 200);
        svg.rect(20, 80, edge - 20, 40, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#000\""));
        svg.line(20, 100, edge, 100, QStringLiteral("stroke-width=\"1.5\""));
        for (int q = 0; q <= quarters; ++q) {
            const double x = 30 + 10.0 * q;
            if (q % 4 == 0) {
                svg.line(x, 84, x, 100);
                svg.text(x - 4, 78, QString::number(q / 4), QStringLiteral("font-size=\"13\""));
            } else {
                svg.line(x, 100, x, 110);
            }
        }
        svg.rect(edge, 40, 110, 120, QStringLiteral("fill=\"#d0d0d0\" stroke=\"#000\""));
        svg.line(edge, 40, edge, 160, QStringLiteral("id=\"thimble-edge\" stroke-width=\"2\""));
        for (int j = -4; j <= 4; ++j) {
            const int n = ((thimble + j) % 25 + 25) % 25;
            const double y = 100 - j * 13.0;
            svg.line(edge, y, edge + (n % 5 == 0 ? 22 : 14), y,
                     QStringLiteral("class=\"thimble-tick\" data-n=\"%1\"").arg(n));
            if (n % 5 == 0 || j == 0)
                svg.text(edge + 26, y + 4, QString::number(n), QStringLiteral("font-size=\"11\""));
        }
        svg.text(30, 185, QStringLiteral("sleeve: 0.025 in per mark; thimble: 0.001 in per line"),
                 QStringLiteral("font-size=\"12\""));

        const double reading = quarters * 0.025 + thimble * 0.001;
        const QStringList distractors{inches3(reading + 0.025), inches3(reading - 0.025),
                                      inches3(quarters * 0.025 + (thimble + 1) * 0.001),
                                      inches3((quarters / 4) * 0.1 + thimble * 0.001), inches3(reading + 0.1)};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("What does the outside micrometer read?"), inches3(reading), distractors,
                     QStringLiteral("micrometer quarters=%1 thimble=%2").arg(quarters).arg(thimble));
        if (!made)
            continue;
        GeneratedItem& item = *made;
        attachStemImage(
            item, QStringLiteral("gen-micrometer-%1-%2.svg").arg(quarters).arg(thimble),
            QStringLiteral("An outside micrometer reading in thousandths of an inch. On the sleeve, the last "
                           "numbered mark showing is %1 (0.%1 in), and %2 small marks of 0.025 in show past it. "
                           "Line %3 of the thimble lines up with the sleeve's reference line.")
                .arg(quarters / 4)
                .arg(quarters % 4)
                .arg(thimble),
            svg.document());
        items.append(item);
    }
    return items;
}

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

QList<GeneratedItem> inchesToMillimetres(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int eighths = run.dice.between(4, 48); // 0.5 in to 6 in
        if (used.contains(eighths))
            continue;
        used.insert(eighths);
        const double inches = eighths / 8.0;
        const QString unit = QStringLiteral(" mm");
        const QStringList distractors{number(inches * 2.54, 3) + unit, number(inches * 25, 3) + unit,
                                      number(inches / 25.4, 3) + unit, number(inches * 25.4 + 25.4, 3) + unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A part is %1 in long. How long is it in millimetres? (1 in = 25.4 mm)")
                                     .arg(number(inches, 3)),
                                 number(inches * 25.4, 3) + unit, distractors,
                                 QStringLiteral("inch-to-mm inches=%1").arg(number(inches, 3))))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
