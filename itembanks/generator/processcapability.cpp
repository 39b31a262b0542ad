// The spread of a process for MT1-S1: capability, control limits, z-scores, the normal curve and
// tolerance tables.
#include "templates.h"

#include <QSet>

#include <utility>

namespace exam::itemgen {

// Cp = (USL − LSL) ÷ 6σ, with limits in thousandths of a millimetre.
QList<GeneratedItem> capabilityCp(const TemplateRun& run)
{
    const QList<int> sixths{4, 8, 9, 12}; // Cp = sixths / 6: 0.67, 1.33, 1.50, 2.00
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int sigma = QList<int>{4, 6, 10, 12, 20}[run.dice.between(0, 4)];
        const int m = sixths[run.dice.between(0, int(sixths.size()) - 1)];
        const int width = m * sigma;
        const int nominal = 1000 * run.dice.between(6, 40);
        if (width % 2 != 0 || used.contains(m))
            continue;
        used.insert(m);
        const auto cp = [](double value) { return QString::number(value, 'f', 2); };
        const QStringList distractors{cp(double(width) / sigma), cp(width / (3.0 * sigma)), cp(6.0 * sigma / width)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("A length has a lower limit of %1 mm and an upper limit of %2 mm. The process "
                                        "standard deviation is %3 mm. Process capability is found with:\n\n"
                                        "Cp = (upper limit − lower limit) ÷ (6 × standard deviation)\n\nWhat is Cp?")
                             .arg(decimal(nominal - width / 2, 3), decimal(nominal + width / 2, 3), decimal(sigma, 3)),
                         cp(m / 6.0), distractors,
                         QStringLiteral("cp lower=%1 upper=%2 sigma=%3")
                             .arg(decimal(nominal - width / 2, 3), decimal(nominal + width / 2, 3), decimal(sigma, 3))))
            items.append(*made);
    }
    return items;
}

// Control limits at the mean ± 3 standard deviations (hundredths).
QList<GeneratedItem> controlLimits(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const bool upper = items.size() % 2 == 1;
        const int mean = 10 * run.dice.between(50, 500);
        const int sigma = run.dice.between(2, 9);
        if (used.contains(mean) || (mean == 2500 && sigma == 20))
            continue; // 25.0 and 0.2 is S1-MQ-05
        used.insert(mean);
        const int side = upper ? 1 : -1;
        const QStringList distractors{hundredthsMm(mean - side * 3 * sigma), hundredthsMm(mean + side * sigma),
                                      hundredthsMm(mean + side * 6 * sigma), hundredthsMm(mean + side * 2 * sigma)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("The values on a control chart average %1 mm with a standard deviation "
                                                "of %2 mm. The control limits are the average plus and minus 3 "
                                                "standard deviations. What is the %3 control limit?")
                                     .arg(decimal(mean, 2), decimal(sigma, 2),
                                          upper ? QStringLiteral("upper") : QStringLiteral("lower")),
                                 hundredthsMm(mean + side * 3 * sigma), distractors,
                                 QStringLiteral("control-limit mean=%1 sigma=%2 side=%3")
                                     .arg(decimal(mean, 2), decimal(sigma, 2),
                                          upper ? QStringLiteral("upper") : QStringLiteral("lower"))))
            items.append(*made);
    }
    return items;
}

// How many standard deviations a value lies from the mean.
QList<GeneratedItem> zScores(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int mean = 10 * run.dice.between(100, 900); // hundredths of a millimetre
        const int sigma = run.dice.between(2, 8);
        const int halves = run.dice.between(3, 7); // z in halves: 1.5 to 3.5
        if ((sigma * halves) % 2 != 0 || used.contains(halves))
            continue;
        used.insert(halves);
        const int value = mean + sigma * halves / 2;
        const auto z = [](double score) { return number(score, 2); };
        const QStringList distractors{z((value - mean) / 100.0), z(double(sigma) * 2 / halves), z(halves / 2.0 + 1)};
        if (auto made = makeItem(run.dice, run.id(int(items.size())), run.domain,
                                 QStringLiteral("A process has a mean of %1 mm and a standard deviation of %2 mm. A "
                                                "part measures %3 mm. How many standard deviations above the mean is "
                                                "it?")
                                     .arg(decimal(mean, 2), decimal(sigma, 2), decimal(value, 2)),
                                 z(halves / 2.0), distractors,
                                 QStringLiteral("z value=%1 mean=%2 sigma=%3")
                                     .arg(decimal(value, 2), decimal(mean, 2), decimal(sigma, 2))))
            items.append(*made);
    }
    return items;
}

// The share of a normal distribution within or outside 1, 2 or 3 standard deviations (68-95-99.7).
QList<GeneratedItem> normalSpreads(const TemplateRun& run)
{
    // (sigmas, within?) in the order the items use them; S1-MQ-09 asks for "within 3".
    const QList<std::pair<int, bool>> asked{{2, true}, {3, false}, {1, true}, {2, false}};
    const QStringList within{QStringLiteral("68%"), QStringLiteral("95%"), QStringLiteral("99.7%")};
    const QStringList outside{QStringLiteral("32%"), QStringLiteral("5%"), QStringLiteral("0.3%")};
    QList<GeneratedItem> items;
    for (int i = 0; i < run.count && i < asked.size(); ++i) {
        const auto [sigmas, inside] = asked[i];
        const QStringList& right = inside ? within : outside;
        QStringList distractors = right;
        distractors.removeAt(sigmas - 1);
        distractors.append(inside ? QStringLiteral("50%") : QStringLiteral("0.03%"));
        if (auto made = makeItem(
                run.dice, run.id(i), run.domain,
                QStringLiteral("A stable process makes parts whose lengths follow a normal (bell-shaped) curve. About "
                               "what percent of the lengths fall %1 %2 %3 the mean?")
                    .arg(inside ? QStringLiteral("within") : QStringLiteral("more than"),
                         counted(sigmas, QStringLiteral("standard deviation"), QStringLiteral("standard deviations")),
                         inside ? QStringLiteral("of") : QStringLiteral("away from")),
                right[sigmas - 1], distractors,
                QStringLiteral("normal sigmas=%1 side=%2")
                    .arg(sigmas)
                    .arg(inside ? QStringLiteral("within") : QStringLiteral("outside"))))
            items.append(*made);
    }
    return items;
}

// A table of eight measurements against a tolerance: what percent are out?
QList<GeneratedItem> tableOutOfTolerance(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int nominal = 50 * run.dice.between(40, 400); // hundredths of a millimetre
        const int tolerance = run.dice.between(3, 8);
        const int out = run.dice.between(1, 4);
        if (used.contains(out) || (nominal == 1200 && tolerance == 5))
            continue; // 12.00 ± 0.05 is S1-MQ-07
        used.insert(out);
        QList<int> values;
        for (int i = 0; i < 8; ++i) {
            const int deviation = i < out ? tolerance + run.dice.between(1, 3) : run.dice.between(0, tolerance - 1);
            values.append(nominal + (run.dice.between(0, 1) ? deviation : -deviation));
        }
        run.dice.shuffle(values);
        QString table = QStringLiteral("| Part | Diameter (mm) |\n|---|---|\n");
        QStringList check;
        for (int i = 0; i < values.size(); ++i) {
            table += QStringLiteral("| %1 | %2 |\n").arg(i + 1).arg(decimal(values[i], 2));
            check.append(decimal(values[i], 2));
        }
        const auto percent = [](int eighths) -> QString { return number(eighths * 12.5, 1) + u'%'; };
        const QStringList distractors{QString::number(out) + u'%', percent(out + 1), percent(out - 1),
                                      percent(8 - out)};
        if (auto made =
                makeItem(run.dice, run.id(int(items.size())), run.domain,
                         QStringLiteral("The spec for a pin diameter is %1 ± %2 mm. An inspector measures eight "
                                        "pins:\n\n%3\nWhat percent of these pins are out of tolerance?")
                             .arg(decimal(nominal, 2), decimal(tolerance, 2), table),
                         percent(out), distractors,
                         QStringLiteral("out-of-tolerance nominal=%1 tolerance=%2 values=%3")
                             .arg(decimal(nominal, 2), decimal(tolerance, 2), check.join(u','))))
            items.append(*made);
    }
    return items;
}

// The share of the tolerance that the process spread (6σ) takes up.
QList<GeneratedItem> toleranceUsed(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int tolerance = 10 * run.dice.between(4, 20); // thousandths of a millimetre
        const int percent = 5 * run.dice.between(8, 19);    // 40 % to 95 %
        const int spread = tolerance * percent / 100;
        if (spread * 100 != tolerance * percent || used.contains(percent))
            continue;
        used.insert(percent);
        const auto pct = [](double value) -> QString { return number(value, 1) + u'%'; };
        const QStringList distractors{pct(100.0 * tolerance / spread), pct(100 - percent), pct(percent / 6.0),
                                      pct(percent * 2)};
        if (auto made = makeItem(
                run.dice, run.id(int(items.size())), run.domain,
                QStringLiteral("The process spread of a diameter (6 standard deviations) is %1 mm. "
                               "The total tolerance on the print is %2 mm. What percent of the "
                               "tolerance does the process spread use?")
                    .arg(decimal(spread, 3), decimal(tolerance, 3)),
                pct(percent), distractors,
                QStringLiteral("tolerance-used spread=%1 tolerance=%2").arg(decimal(spread, 3), decimal(tolerance, 3))))
            items.append(*made);
    }
    return items;
}

// A table of four machines' means and standard deviations: which varies least? The options stay in
// table order (the key is drawn, not moved).
QList<GeneratedItem> leastVariation(const TemplateRun& run)
{
    QList<GeneratedItem> items;
    QSet<int> used;
    while (items.size() < run.count) {
        const int target = 100 * run.dice.between(20, 80); // hundredths of a millimetre
        const int least = run.dice.between(0, 3);
        if (used.contains(least))
            continue;
        used.insert(least);
        QList<int> sigmas; // thousandths of a millimetre
        QList<int> offsets;
        for (int i = 0; i < 4; ++i) {
            sigmas.append(i == least ? run.dice.between(8, 12) : run.dice.between(14, 30));
            offsets.append(i == least ? run.dice.between(4, 9) : run.dice.between(0, 3));
        }
        if (QSet<int>(sigmas.begin(), sigmas.end()).size() < 4)
            continue;
        QString table = QStringLiteral("| Machine | Mean (mm) | Standard deviation (mm) |\n|---|---|---|\n");
        QStringList names;
        for (int i = 0; i < 4; ++i) {
            names.append(QStringLiteral("Machine %1").arg(i + 1));
            table += QStringLiteral("| %1 | %2 | %3 |\n")
                         .arg(i + 1)
                         .arg(decimal(target + (i % 2 ? offsets[i] : -offsets[i]), 2), decimal(sigmas[i], 3));
        }
        banks::ItemBody body;
        body.stem = QStringLiteral("Four machines make the same shaft to a target diameter of %1 mm. A week's "
                                   "measurements give:\n\n%2\nWhich machine's output varies the least?")
                        .arg(decimal(target, 2), table);
        for (const QString& name : names)
            body.options.append(banks::ItemOption{name, QString(), QString()});
        body.key = least;
        GeneratedItem generated;
        generated.item.id = run.id(int(items.size()));
        generated.item.domain = run.domain;
        generated.item.body = Sensitive<banks::ItemBody>(std::move(body));
        generated.check = QStringLiteral("least-variation sigmas=%1").arg([&sigmas] {
            QStringList list;
            for (int s : sigmas)
                list.append(decimal(s, 3));
            return list.join(u',');
        }());
        generated.fixedOrder = true;
        items.append(generated);
    }
    return items;
}

} // namespace exam::itemgen
