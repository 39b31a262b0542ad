// Areas, perimeters, volumes and lengths from formulas (MT1-S1 algebra).
#include "templates.h"

#include <QSet>

#include <array>

namespace exam::itemgen {

namespace {

// π as the stems give it.
constexpr double Pi = 3.1416;

} // namespace

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
        const auto volume = [](double value) -> QString {
            return number(value, 2, Grouping::Thousands) + QStringLiteral(" in³");
        };
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
        const auto length = [](double value) -> QString {
            return number(value, 2, Grouping::Thousands) + QStringLiteral(" in");
        };
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
        const QStringList distractors{QString::number(a + b) + in, thousands(a * a + b * b) + in,
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

} // namespace exam::itemgen
