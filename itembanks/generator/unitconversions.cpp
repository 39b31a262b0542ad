// Converting units: inches and millimetres, degrees and minutes, feet and inches, micrometres, litres,
// drawing scales and thread pitch.
#include "templates.h"

#include <QSet>

namespace exam::itemgen {

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

} // namespace exam::itemgen
