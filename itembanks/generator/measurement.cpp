// Reading instruments, tolerances and converting units. The drawings are to scale: the checker
// measures them. Their alt text names the instrument, its scales and units, never the reading.
#include "svg.h"
#include "templates.h"

#include <QSet>

#include <cmath>
#include <numeric>

namespace exam::itemgen {

namespace {

// Thousandths of an inch as "0.437 in".
QString thou(int thousandths)
{
    return decimal(thousandths, 3) + QStringLiteral(" in");
}

// Hundredths of a millimetre as "37.46 mm".
QString hundredthsMm(int hundredths)
{
    return decimal(hundredths, 2) + QStringLiteral(" mm");
}

GeneratedItem& measured(GeneratedItem& item)
{
    item.item.pictureMeasured = true;
    return item;
}

// What is measured, one per item of a family (so that the stems differ: the pictures' alt texts are the
// same within a family).
QString subject(const QStringList& subjects, qsizetype index)
{
    Q_ASSERT(index < subjects.size());
    return subjects[index % subjects.size()];
}

const QStringList& lengths()
{
    static const QStringList list{QStringLiteral("bracket"),
                                  QStringLiteral("shim"),
                                  QStringLiteral("dowel pin"),
                                  QStringLiteral("spacer"),
                                  QStringLiteral("strip of key stock"),
                                  QStringLiteral("gasket")};
    return list;
}

const QStringList& roundParts()
{
    static const QStringList list{QStringLiteral("bushing"),      QStringLiteral("pin"),    QStringLiteral("spacer"),
                                  QStringLiteral("shaft collar"), QStringLiteral("roller"), QStringLiteral("washer")};
    return list;
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

        // Counting the marks back from the next inch instead of on from the last is the common slip.
        const int whole = sixteenths / 16;
        const int part = sixteenths % 16;
        QStringList distractors;
        for (int wrong : {whole * 16 + 16 - part, sixteenths + 1, sixteenths - 1, sixteenths + 2, sixteenths - 2,
                          sixteenths + 16, sixteenths - 16})
            if (wrong > 0 && wrong < 96 && wrong % 16 != 0)
                distractors.append(inchFraction(wrong));
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("A %1 is laid along the steel rule, with one end at zero. The arrow marks its "
                                    "other end. How long is the %1?")
                         .arg(subject(lengths(), items.size())),
                     inchFraction(sixteenths), distractors, QStringLiteral("rule sixteenths=%1").arg(sixteenths));
        if (!made)
            continue;
        attachStemImage(measured(*made), QStringLiteral("gen-rule-%1.svg").arg(sixteenths),
                        QStringLiteral("A 6-inch steel rule, numbered in inches and marked in sixteenths of an "
                                       "inch, with longer marks at the eighths, quarters and halves. A red arrow "
                                       "above the rule points to one of the marks."),
                        svg.document());
        items.append(*made);
    }
    return items;
}

// A metric steel rule, 0 to 100 mm: origin x = 30, 4 px per millimetre, numbered in centimetres; the
// arrow's line is id="pointer".
QList<GeneratedItem> metricRuleReadings(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mm = run.dice.between(11, 97);
        if (mm % 5 == 0 || used.contains(mm))
            continue;
        used.insert(mm);
        Svg svg(460, 110);
        svg.rect(20, 30, 420, 50, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#000\""));
        for (int m = 0; m <= 100; ++m) {
            const double x = 30 + 4.0 * m;
            svg.line(x, 30, x, 30 + (m % 10 == 0 ? 24 : m % 5 == 0 ? 16 : 9), QStringLiteral("stroke-width=\"1\""));
            if (m % 10 == 0 && m > 0 && m < 100)
                svg.text(x - 4, 72, QString::number(m / 10), QStringLiteral("font-size=\"13\""));
        }
        const double x = 30 + 4.0 * mm;
        svg.line(x, 4, x, 28, QStringLiteral("id=\"pointer\" stroke=\"#c00\" stroke-width=\"2\""));
        svg.polygon({{x - 5, 20}, {x + 5, 20}, {x, 29}}, QStringLiteral("fill=\"#c00\""));
        svg.text(110, 102, QStringLiteral("marks: 1 mm; numbers: centimeters"), QStringLiteral("font-size=\"12\""));

        const int tens = mm / 10 * 10;
        const QString unit = QStringLiteral(" mm");
        const QStringList distractors{QString::number(tens + 10 - mm % 10) + unit, QString::number(mm + 1) + unit,
                                      QString::number(mm - 1) + unit, decimal(mm, 1) + unit,
                                      QString::number(mm + 10) + unit};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("A %1 is laid along the metric steel rule, with one end at zero. The arrow "
                                    "marks its other end. How long is the %1 in millimeters?")
                         .arg(subject(lengths(), lengths().size() - 1 - items.size())),
                     QString::number(mm) + unit, distractors, QStringLiteral("metric-rule mm=%1").arg(mm));
        if (!made)
            continue;
        attachStemImage(measured(*made), QStringLiteral("gen-metric-rule-%1.svg").arg(mm),
                        QStringLiteral("A metric steel rule marked every millimeter, with longer marks every 5 "
                                       "and 10 millimeters and numbers at each centimeter. A red arrow above the "
                                       "rule points to one of the marks."),
                        svg.document());
        items.append(*made);
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

        const int reading = tenths * 100 + thousandths;
        const int swapped = (thousandths % 10) * 10 + thousandths / 10;
        // Last: the dial read as ten-thousandths, a place-value slip (and a longer option than the key).
        const QStringList distractors{
            thou(reading + 100), thou(reading - 100), thou(tenths * 100 + swapped),
            thou(reading + 10),  thou(reading - 10),  decimal(tenths * 1000 + thousandths, 4) + QStringLiteral(" in")};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("The dial caliper is closed on a %1. What does it read?")
                         .arg(subject(roundParts(), items.size())),
                     thou(reading), distractors,
                     QStringLiteral("dial-caliper tenths=%1 thousandths=%2").arg(tenths).arg(thousandths));
        if (!made)
            continue;
        attachStemImage(measured(*made), QStringLiteral("gen-caliper-%1-%2.svg").arg(tenths).arg(thousandths),
                        QStringLiteral("An inch dial caliper. The bar scale is numbered in inches and marked in "
                                       "tenths of an inch; a red line shows the edge of the sliding jaw. The dial is "
                                       "marked in thousandths of an inch, 100 marks per turn, with a red needle."),
                        svg.document());
        items.append(*made);
    }
    return items;
}

// A metric dial caliper: bar scale in millimetres (origin x = 30, 6 px per millimetre; the jaw edge is
// id="jaw") and a dial of 100 hundredths of a millimetre, 1 mm per turn (the needle is id="needle",
// rotated 3.6 degrees per hundredth).
QList<GeneratedItem> metricCaliperReadings(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mm = run.dice.between(3, 55);
        const int hundredths = run.dice.between(11, 98);
        if (hundredths % 10 == 0 || mm % 10 == 0 || used.contains(mm * 100 + hundredths))
            continue;
        used.insert(mm * 100 + hundredths);
        Svg svg(460, 256);
        svg.rect(20, 20, 400, 40, QStringLiteral("fill=\"#e8e8e8\" stroke=\"#000\""));
        for (int m = 0; m <= 60; ++m) {
            const double x = 30 + 6.0 * m;
            svg.line(x, 20, x, 20 + (m % 10 == 0 ? 22 : m % 5 == 0 ? 15 : 10));
            if (m % 10 == 0)
                svg.text(x - (m == 0 ? 3 : 7), 55, QString::number(m), QStringLiteral("font-size=\"12\""));
        }
        const double jaw = 30 + 6.0 * mm;
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
                     .arg(Svg::n(hundredths * 3.6), Svg::n(cx), Svg::n(cy)));
        svg.text(20, 14, QStringLiteral("bar: mm"), QStringLiteral("font-size=\"11\""));
        svg.text(300, 236, QStringLiteral("dial: 0.01 mm per mark,"), QStringLiteral("font-size=\"12\""));
        svg.text(300, 250, QStringLiteral("1 mm per turn"), QStringLiteral("font-size=\"12\""));

        const int reading = mm * 100 + hundredths;
        const QStringList distractors{hundredthsMm(reading + 100), hundredthsMm(reading - 100),
                                      decimal(mm * 1000 + hundredths, 3) + QStringLiteral(" mm"),
                                      hundredthsMm(mm * 100 + (hundredths % 10) * 10 + hundredths / 10)};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("The metric dial caliper is closed on a %1. What does it read?")
                         .arg(subject(roundParts(), roundParts().size() - 1 - items.size())),
                     hundredthsMm(reading), distractors,
                     QStringLiteral("metric-caliper mm=%1 hundredths=%2").arg(mm).arg(hundredths));
        if (!made)
            continue;
        attachStemImage(measured(*made), QStringLiteral("gen-metric-caliper-%1-%2.svg").arg(mm).arg(hundredths),
                        QStringLiteral("A metric dial caliper. The bar scale is marked in millimeters and numbered "
                                       "every 10 mm; a red line shows the edge of the sliding jaw. The dial is "
                                       "marked in hundredths of a millimeter, 100 marks per turn, with a red "
                                       "needle."),
                        svg.document());
        items.append(*made);
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

        const int reading = quarters * 25 + thimble;
        const QStringList distractors{thou(reading + 25), thou(reading - 25), thou(reading + 1),
                                      thou((quarters / 4) * 100 + thimble), thou(reading + 100)};
        std::optional<GeneratedItem> made = makeItem(
            run.dice, run.id(int(items.size())), run.domain,
            QStringLiteral("The outside micrometer is closed on a %1. What does it read?")
                .arg(subject(roundParts(), (items.size() + 3) % roundParts().size())),
            thou(reading), distractors, QStringLiteral("micrometer quarters=%1 thimble=%2").arg(quarters).arg(thimble));
        if (!made)
            continue;
        attachStemImage(measured(*made), QStringLiteral("gen-micrometer-%1-%2.svg").arg(quarters).arg(thimble),
                        QStringLiteral("An inch outside micrometer, 0 to 1 inch. The sleeve is numbered every 0.100 "
                                       "in and marked every 0.025 in along its reference line. The thimble has 25 "
                                       "lines of 0.001 in each; the lines near the reference line are shown."),
                        svg.document());
        items.append(*made);
    }
    return items;
}

// A metric outside micrometer described in words (no picture): whole millimetres and the half-millimetre
// line on the sleeve, then the thimble line of 0.01 mm.
QList<GeneratedItem> metricMicrometerText(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mm = run.dice.between(2, 24);
        const int half = int(items.size()) % 2 == 0 ? 1 : 0;
        const int thimble = run.dice.between(3, 47);
        if (thimble % 10 == 0 || used.contains(mm * 100 + thimble) || (mm == 7 && thimble == 22))
            continue; // 7 mm, half, 22 is S1-MEA-05
        used.insert(mm * 100 + thimble);
        const int reading = mm * 100 + half * 50 + thimble; // hundredths
        const QStringList distractors{hundredthsMm(mm * 100 + (1 - half) * 50 + thimble),
                                      decimal(mm * 1000 + half * 500 + thimble, 3) + QStringLiteral(" mm"),
                                      hundredthsMm(mm * 100 + half * 50), hundredthsMm(reading + 100)};
        const QString stem =
            QStringLiteral("A metric outside micrometer has thimble lines of 0.01 mm. An operator sees this:\n\n"
                           "- The last whole-millimeter line showing on the sleeve is %1 mm.\n"
                           "- The half-millimeter line after it is %2.\n"
                           "- Line %3 on the thimble lines up with the sleeve's reference line.\n\n"
                           "What is the reading?")
                .arg(mm)
                .arg(half ? QStringLiteral("also showing") : QStringLiteral("not showing"))
                .arg(thimble);
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain, stem, hundredthsMm(reading), distractors,
                         QStringLiteral("metric-micrometer mm=%1 half=%2 thimble=%3").arg(mm).arg(half).arg(thimble)))
            items.append(*made);
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

// A decimal size to the nearest sixteenth. Sizes lie 0.017 to 0.024 in from a sixteenth, so the nearest
// thirty-second (a finer step than asked for) is a different, plausible answer.
QList<GeneratedItem> decimalsToFractions(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int sixteenths = run.dice.between(5, 43);
        const int offset = run.dice.between(17, 24) * (run.dice.between(0, 1) ? 1 : -1);
        const int thousandths = sixteenths * 125 / 2 + offset; // 62.5 thousandths per sixteenth, rounded down
        if (sixteenths % 4 == 0 || used.contains(sixteenths) || thousandths == 435)
            continue; // 0.435 in is S1-MEA-07
        used.insert(sixteenths);
        const int nearest32 = int(std::lround(thousandths / 31.25));
        QStringList distractors{inchFraction(sixteenths + (offset > 0 ? 1 : -1)),
                                inchFraction(sixteenths + (offset > 0 ? -1 : 1)), inchFraction(sixteenths + 2)};
        if (nearest32 % 2 == 1)
            distractors.append(nearest32 >= 32 ? QStringLiteral("%1 %2/32 in").arg(nearest32 / 32).arg(nearest32 % 32)
                                               : QStringLiteral("%1/32 in").arg(nearest32));
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A caliper reads %1 in. What is this size to the nearest 1/16 in?")
                                     .arg(decimal(thousandths, 3)),
                                 inchFraction(sixteenths), distractors,
                                 QStringLiteral("nearest-sixteenth thousandths=%1").arg(thousandths)))
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
        if (used.contains(eighths) || eighths % 8 == 0)
            continue;
        used.insert(eighths);
        const double inches = eighths / 8.0;
        const QString unit = QStringLiteral(" mm");
        const QStringList distractors{number(inches * 2.54, 3) + unit, number(inches * 25, 3) + unit,
                                      number(inches / 25.4, 3) + unit, number(inches * 25.4 + 25.4, 3) + unit};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A part is %1 in long. How long is it in millimeters? (1 in = 25.4 mm)")
                                     .arg(number(inches, 3)),
                                 number(inches * 25.4, 3) + unit, distractors,
                                 QStringLiteral("inch-to-mm inches=%1").arg(number(inches, 3))))
            items.append(*made);
    }
    return items;
}

QList<GeneratedItem> millimetresToInches(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mm = 5 * run.dice.between(3, 30); // 15 to 150 mm
        if (used.contains(mm) || mm == 50)
            continue; // 50 mm is S1-MEA-02
        used.insert(mm);
        const auto inches = [](double value) -> QString {
            return QString::number(value, 'f', 2) + QStringLiteral(" in");
        };
        const QStringList distractors{inches(mm / 25.0), inches(mm / 10.0), inches(mm / 2.54),
                                      inches(mm * 25.4 / 1000)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A bracket is %1 mm wide. What is its width in inches, to two decimal "
                                                "places? (1 in = 25.4 mm)")
                                     .arg(mm),
                                 inches(mm / 25.4), distractors, QStringLiteral("mm-to-inch mm=%1").arg(mm)))
            items.append(*made);
    }
    return items;
}

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
                                      thou(nominal - direction * run.dice.between(1, tolerance)),
                                      thou(nominal + direction * (tolerance + 1))};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("The %1 on a print is dimensioned %2 +%3/−%4 in. Four parts were "
                               "measured. Which size is acceptable?")
                    .arg(features[int(items.size()) % features.size()], decimal(nominal, 3), plus, minus),
                thou(inside), distractors,
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

// Adding two fractional thicknesses (in sixteenths). Wrong answers: a sixteenth or an eighth off, and
// numerators and denominators added separately.
QList<GeneratedItem> fractionSums(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int a = 16 * run.dice.between(0, 2) + 2 * run.dice.between(1, 7);     // in eighths
        const int b = 16 * run.dice.between(1, 3) + 2 * run.dice.between(0, 7) + 1; // odd sixteenths
        if (a % 4 == 0 || used.contains(a * 100 + b) || (a == 22 && b == 37))
            continue; // 1 3/8 + 2 5/16 is S1-MEA-04
        used.insert(a * 100 + b);
        const int sum = a + b;
        // 3/8 + 5/16 added "across": (3 + 5)/(8 + 16) = 8/24 = 1/3.
        const int an = (a % 16) / 2, ad = 8, bn = b % 16, bd = 16;
        int wn = an + bn, wd = ad + bd;
        const int divisor = std::gcd(wn, wd);
        wn /= divisor;
        wd /= divisor;
        const int whole = a / 16 + b / 16;
        QStringList distractors{inchFraction(sum + 1), inchFraction(sum - 1)};
        if (wn < wd)
            distractors.append(QStringLiteral("%1 %2/%3 in").arg(whole).arg(wn).arg(wd));
        distractors << inchFraction(sum + 2) << inchFraction(sum - 2);
        const QString first = inchFraction(a), second = inchFraction(b);
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A shim %1 thick is placed on a plate %2 thick. How thick are the "
                                        "two together?")
                             .arg(first, second),
                         inchFraction(sum), distractors, QStringLiteral("fraction-sum a=%1 b=%2").arg(a).arg(b)))
            items.append(*made);
    }
    return items;
}

// Cutting a fractional length from a whole-inch bar: the slips are forgetting to borrow an inch and
// copying the fraction across.
QList<GeneratedItem> fractionDifferences(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int bar = 16 * QList<int>{6, 8, 10, 12}[run.dice.between(0, 3)];
        const int cut = 16 * run.dice.between(1, 4) + 2 * run.dice.between(0, 7) + 1; // odd sixteenths
        if (used.contains(bar * 100 + cut))
            continue;
        used.insert(bar * 100 + cut);
        const int left = bar - cut;
        const int cutPart = cut % 16;
        const QStringList distractors{inchFraction(left + 16), inchFraction((bar / 16 - cut / 16 - 1) * 16 + cutPart),
                                      inchFraction((bar / 16 - cut / 16) * 16 + cutPart), inchFraction(left + 1),
                                      inchFraction(left - 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A piece %1 long is cut from a bar %2 long. Ignoring the width of the "
                                                "saw cut, how long is the rest of the bar?")
                                     .arg(inchFraction(cut), inchFraction(bar)),
                                 inchFraction(left), distractors,
                                 QStringLiteral("fraction-difference a=%1 b=%2").arg(bar).arg(cut)))
            items.append(*made);
    }
    return items;
}

// Degrees and minutes to decimal degrees; minutes are multiples of 6 (one decimal place), so reading the
// minutes as hundredths is a different, longer answer.
QList<GeneratedItem> degreesMinutes(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    const QList<int> minuteChoices{6, 12, 18, 24, 36, 42, 48, 54};
    while (items.size() < run.count) {
        const int degrees = run.dice.between(5, 75);
        const int minutes = minuteChoices[run.dice.between(0, int(minuteChoices.size()) - 1)];
        if (used.contains(minutes) || degrees == 30)
            continue; // 30° 15′ is S1-MEA-11; one item per number of minutes
        used.insert(minutes);
        const int tenths = minutes / 6;
        const auto degreesText = [](const QString& value) -> QString { return value + QStringLiteral("°"); };
        // The minutes read as hundredths, the minutes to the next degree, a degree off.
        const QStringList distractors{
            degreesText(QStringLiteral("%1.%2").arg(degrees).arg(minutes, 2, 10, QLatin1Char('0'))),
            degreesText(decimal(degrees * 10 + 10 - tenths, 1)), degreesText(decimal((degrees + 1) * 10 + tenths, 1))};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A fixture must be set at %1° %2′. The digital angle gauge shows "
                                                "decimal degrees. What should it read? (1° = 60′)")
                                     .arg(degrees)
                                     .arg(minutes),
                                 degreesText(decimal(degrees * 10 + tenths, 1)), distractors,
                                 QStringLiteral("angle degrees=%1 minutes=%2").arg(degrees).arg(minutes)))
            items.append(*made);
    }
    return items;
}

// Total indicator reading: from the lowest to the highest needle position (thousandths of an inch).
QList<GeneratedItem> indicatorRunout(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int low = run.dice.between(1, 4);
        const int high = run.dice.between(1, 6);
        if ((low + high) % 2 == 0 || used.contains(low * 10 + high) || (low == 2 && high == 3))
            continue; // −0.002/+0.003 is S1-MEA-10
        used.insert(low * 10 + high);
        const int total = low + high;
        const QStringList distractors{thou(std::abs(high - low)), decimal(total * 5, 4) + QStringLiteral(" in"),
                                      thou(std::max(low, high)), thou(total + 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A dial indicator rests on a turning shaft. In one full turn, the "
                                                "needle swings from −%1 in to +%2 in. What is the total indicator "
                                                "reading (TIR)?")
                                     .arg(decimal(low, 3), decimal(high, 3)),
                                 thou(total), distractors,
                                 QStringLiteral("runout low=-%1 high=%2").arg(decimal(low, 3), decimal(high, 3))))
            items.append(*made);
    }
    return items;
}

// Inches to feet and inches (100 to 117 in, not a whole number of feet).
QList<GeneratedItem> feetAndInches(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    const auto feet = [](int inches) { return QStringLiteral("%1 ft %2 in").arg(inches / 12).arg(inches % 12); };
    while (items.size() < run.count) {
        const int inches = run.dice.between(100, 117);
        if (inches % 12 == 0 || inches % 12 > 9 || used.contains(inches))
            continue;
        used.insert(inches);
        const QStringList distractors{QStringLiteral("%1 ft %2 in").arg(inches / 10).arg(inches % 10),
                                      feet(inches + 12), feet(inches - 12), feet(inches + 2)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A length of pipe measures %1 in. What is this length in feet and "
                                                "inches? (1 ft = 12 in)")
                                     .arg(inches),
                                 feet(inches), distractors, QStringLiteral("feet-inches inches=%1").arg(inches)))
            items.append(*made);
    }
    return items;
}

// Micrometres (µm), as a surface or form limit is often given, to millimetres.
QList<GeneratedItem> micrometresToMillimetres(const TemplateRun& run)
{
    const QList<int> choices{5, 8, 12, 15, 25, 40}; // micrometres
    const QStringList limits{QStringLiteral("The flatness of a sealing face must be within"),
                             QStringLiteral("The runout of a spindle nose may be at most"),
                             QStringLiteral("The roundness of a bearing bore must be within")};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int micrometres = choices[run.dice.between(0, int(choices.size()) - 1)];
        if (used.contains(micrometres))
            continue;
        used.insert(micrometres);
        const QString mm = QStringLiteral(" mm");
        // Off by ten each way, and multiplied instead of divided.
        const QStringList distractors{decimal(micrometres, 2) + mm, decimal(micrometres, 4) + mm,
                                      thousands(micrometres * 1000) + mm};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("%1 %2 µm (micrometers). What is this in millimeters? (1 mm = "
                                                "1,000 µm)")
                                     .arg(limits[int(items.size()) % limits.size()])
                                     .arg(micrometres),
                                 decimal(micrometres, 3) + mm, distractors,
                                 QStringLiteral("micrometres um=%1").arg(micrometres)))
            items.append(*made);
    }
    return items;
}

// The inside volume of a box in litres.
QList<GeneratedItem> boxLitres(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int length = 10 * run.dice.between(3, 8);
        const int width = 10 * run.dice.between(2, 5);
        const int height = 5 * run.dice.between(3, 8);
        const int volume = length * width * height;
        if (width >= length || volume % 1000 != 0 || used.contains(volume)
            || (length == 40 && width == 30 && height == 25))
            continue; // 40 × 30 × 25 cm is S1-MEA-12
        used.insert(volume);
        const QString litres = QStringLiteral(" L");
        const QStringList distractors{thousands(volume / 100) + litres, number(volume / 10000.0) + litres,
                                      QString::number(length + width + height) + litres};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A tote measures %1 cm × %2 cm × %3 cm inside. How many liters does "
                                        "it hold when full? (1 liter = 1,000 cm³)")
                             .arg(length)
                             .arg(width)
                             .arg(height),
                         thousands(volume / 1000) + litres, distractors,
                         QStringLiteral("litres length=%1 width=%2 height=%3").arg(length).arg(width).arg(height)))
            items.append(*made);
    }
    return items;
}

// A length measured on a drawing at 1:n scale.
QList<GeneratedItem> drawingScales(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    const QList<int> ratios{2, 4, 5, 10};
    while (items.size() < run.count) {
        const int ratio = ratios[run.dice.between(0, int(ratios.size()) - 1)];
        const int drawn = run.dice.between(18, 80);
        if (used.contains(ratio) || drawn % ratio == 0)
            continue;
        used.insert(ratio);
        const QString mm = QStringLiteral(" mm");
        const QStringList distractors{number(double(drawn) / ratio, 2) + mm, QString::number(drawn + ratio) + mm,
                                      thousands(drawn * ratio * 10) + mm};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A drawing is made at a scale of 1:%1. A slot on the drawing measures "
                                                "%2 mm long. How long is the real slot?")
                                     .arg(ratio)
                                     .arg(drawn),
                                 thousands(drawn * ratio) + mm, distractors,
                                 QStringLiteral("scale ratio=%1 drawn=%2").arg(ratio).arg(drawn)))
            items.append(*made);
    }
    return items;
}

// Thread pitch from threads per inch.
QList<GeneratedItem> threadPitches(const TemplateRun& run)
{
    const QList<int> choices{8, 10, 16, 20, 40};
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int tpi = choices[run.dice.between(0, int(choices.size()) - 1)];
        if (used.contains(tpi))
            continue;
        used.insert(tpi);
        const auto inches = [](double value) -> QString { return number(value, 5) + QStringLiteral(" in"); };
        // The count read as hundredths, half the pitch, and the count itself taken for the pitch.
        const QStringList distractors{inches(tpi / 100.0), inches(1.0 / (2 * tpi)), inches(10.0 / tpi),
                                      QString::number(tpi) + QStringLiteral(" in")};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A bolt has %1 threads per inch. What is its pitch, the distance from "
                                                "one thread to the next?")
                                     .arg(tpi),
                                 inches(1.0 / tpi), distractors, QStringLiteral("pitch tpi=%1").arg(tpi)))
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
