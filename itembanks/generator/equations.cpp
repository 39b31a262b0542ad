// Equations of several shapes, the order of operations and scientific notation (MT1-S1 algebra):
// numbers chosen so that the answers come out even.
#include "templates.h"

#include <QSet>

#include <cmath>

namespace exam::itemgen {

namespace {

// A power of ten's exponent as the stems write it: superscript(-4) = "⁻⁴".
QString superscript(int value)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString text = value < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar digit : QString::number(std::abs(value)))
        text += digits[digit.digitValue()];
    return text;
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

} // namespace exam::itemgen
