// Reading measuring instruments. The drawings are to scale: the checker measures them. Their alt text
// names the instrument, its scales and units, never the reading.
#include "svg.h"
#include "templates.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace exam::itemgen {

namespace {

// Reading the picture is the skill asked: the item is not for read-aloud or a screen reader.
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

// The dial of a dial caliper, 100 marks a turn, centred at (230, 160) with a radius of 60. The needle
// (id="needle") is rotated 3.6 degrees per mark: the checker reads the dial from that rotation.
void drawDial(Svg& svg, int marks)
{
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
                 .arg(Svg::n(marks * 3.6), Svg::n(cx), Svg::n(cy)));
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
        drawDial(svg, thousandths);
        svg.text(300, 230, QStringLiteral("dial: 0.001 in per mark"), QStringLiteral("font-size=\"12\""));

        const int reading = tenths * 100 + thousandths;
        const int swapped = (thousandths % 10) * 10 + thousandths / 10;
        // Last: the dial read as ten-thousandths, a place-value slip (and a longer option than the key).
        const QStringList distractors{
            thousandthsInch(reading + 100),          thousandthsInch(reading - 100),
            thousandthsInch(tenths * 100 + swapped), thousandthsInch(reading + 10),
            thousandthsInch(reading - 10),           decimal(tenths * 1000 + thousandths, 4) + QStringLiteral(" in")};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("The dial caliper is closed on a %1. What does it read?")
                         .arg(subject(roundParts(), items.size())),
                     thousandthsInch(reading), distractors,
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
        drawDial(svg, hundredths);
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
        const QStringList distractors{thousandthsInch(reading + 25), thousandthsInch(reading - 25),
                                      thousandthsInch(reading + 1), thousandthsInch((quarters / 4) * 100 + thimble),
                                      thousandthsInch(reading + 100)};
        std::optional<GeneratedItem> made =
            makeItem(run.dice, run.id(int(items.size())), run.domain,
                     QStringLiteral("The outside micrometer is closed on a %1. What does it read?")
                         .arg(subject(roundParts(), (items.size() + 3) % roundParts().size())),
                     thousandthsInch(reading), distractors,
                     QStringLiteral("micrometer quarters=%1 thimble=%2").arg(quarters).arg(thimble));
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
        const QStringList distractors{thousandthsInch(std::abs(high - low)),
                                      decimal(total * 5, 4) + QStringLiteral(" in"),
                                      thousandthsInch(std::max(low, high)), thousandthsInch(total + 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A dial indicator rests on a turning shaft. In one full turn, the "
                                                "needle swings from −%1 in to +%2 in. What is the total indicator "
                                                "reading (TIR)?")
                                     .arg(decimal(low, 3), decimal(high, 3)),
                                 thousandthsInch(total), distractors,
                                 QStringLiteral("runout low=-%1 high=%2").arg(decimal(low, 3), decimal(high, 3))))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
