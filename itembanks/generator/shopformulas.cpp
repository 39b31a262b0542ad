// The formulas of the shop floor: run time, temperature, spindle speed and feed rate (MT1-S1 algebra).
#include "templates.h"

#include <QSet>

#include <cmath>

namespace exam::itemgen {

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
                                     .arg(thousands(rate * hours)),
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
        const auto rpm = [](double value) -> QString { return thousands(std::lround(value)) + QStringLiteral(" rpm"); };
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
                    .arg(thousands(rpm))
                    .arg(decimal(chipLoad, 3)),
                ipm(feed), distractors,
                QStringLiteral("feed rpm=%1 chipload=%2 teeth=%3").arg(rpm).arg(decimal(chipLoad, 3)).arg(teeth)))
            items.append(*made);
    }
    return items;
}

} // namespace exam::itemgen
