// Simple machines of MT1-S2: levers and gears drawn to scale, and the block and tackle.
#include "svg.h"
#include "templates.h"

#include <QSet>

namespace exam::itemgen {

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
            return QStringLiteral("%1 rpm, %2").arg(thousands(rpm), direction);
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

} // namespace exam::itemgen
