// exam-itemgen: writes the template-generated items of a demo module (items/generated.txt and the
// drawings under media/) into an output folder, which the build passes to exam-bank next to the
// module's hand-written source. Deterministic: the same module gives the same bytes every time.
#include "compiler/itemtext.h"
#include "templates.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>
#include <functional>

namespace {

using namespace exam::itemgen;
using Template = std::function<QList<GeneratedItem>(const TemplateRun&)>;

// One template family in a module: its items go to `domain` with ids <idPrefix>-01 …, all in the
// variant group `variant` (or `variant`-<sub-skill> for a template that asks several things), and test
// key work activity `activity` of the module's numbering.
struct Part
{
    QString domain;
    QString idPrefix;
    int count;
    Template make;
    QString variant;
    QString activity;
    QStringList enemies = {}; // items of other MT1 sections that would give these away or repeat them
};

struct Plan
{
    QList<Part> parts;
    // Switches for what the module's source is ready for. The build refuses an item that names a key
    // work activity when module.json lists none, and counts a variant group as one place on a form:
    // switch each on once the module's module.json lists "activities" and its pool has enough groups.
    bool writeActivities = false;
    bool writeVariantGroups = false;
};

// Which templates each demo module uses; the rest of every domain is written by hand. Hand-written
// items of the same skill name the family's variant group too.
Plan planFor(const QString& module)
{
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    if (module == u"mt1-s1") {
        // Key work activities of MT1-S1 (itembanks/demo/mt1-s1/module.json): 1 measure with precision
        // instruments and check tolerances, 2 convert units, fractions and decimals, 3 solve equations
        // and apply formulas, 4 compute and interpret quality statistics.
        const QString m = s("measurement"), a = s("algebra"), q = s("math-quality");
        const QString measure = s("1"), convert = s("2"), solve = s("3"), statistics = s("4");
        return {{{m, s("S1-GMR"), 3, ruleReadings, s("rule-sixteenths"), measure},
                 {m, s("S1-GMS"), 3, metricRuleReadings, s("rule-millimeters"), measure},
                 {m, s("S1-GMC"), 3, caliperReadings, s("caliper-inch"), measure},
                 {m, s("S1-GMK"), 3, metricCaliperReadings, s("caliper-metric"), measure},
                 {m, s("S1-GMM"), 3, micrometerReadings, s("micrometer-inch"), measure},
                 {m, s("S1-GMT"), 2, metricMicrometerText, s("micrometer-metric"), measure},
                 {m, s("S1-GML"), 2, toleranceLimits, s("tolerance-limits"), measure},
                 {m, s("S1-GMX"), 3, unilateralTolerances, s("tolerance-unilateral"), measure},
                 {m, s("S1-GMW"), 2, totalTolerances, s("tolerance-total"), measure},
                 {m, s("S1-GMI"), 3, instrumentForTolerance, s("instrument-ten-to-one"), measure},
                 {m, s("S1-GMN"), 2, indicatorRunout, s("indicator-runout"), measure},
                 {m, s("S1-GMF"), 3, fractionsToDecimals, s("fraction-to-decimal"), convert},
                 {m, s("S1-GMD"), 2, decimalsToFractions, s("decimal-to-fraction"), convert},
                 {m, s("S1-GMU"), 3, inchesToMillimetres, s("inch-to-mm"), convert},
                 {m, s("S1-GMV"), 2, millimetresToInches, s("mm-to-inch"), convert},
                 {m, s("S1-GMA"), 2, fractionSums, s("fraction-addition"), convert},
                 {m, s("S1-GMB"), 2, fractionDifferences, s("fraction-subtraction"), convert},
                 {m, s("S1-GMG"), 2, degreesMinutes, s("degrees-minutes"), convert},
                 {m, s("S1-GMY"), 2, feetAndInches, s("feet-and-inches"), convert},
                 {m, s("S1-GMZ"), 2, micrometresToMillimetres, s("micrometers-to-mm"), convert},
                 {m, s("S1-GMO"), 2, boxLitres, s("volume-liters"), convert},
                 {m, s("S1-GMH"), 2, drawingScales, s("drawing-scale"), convert},
                 {m, s("S1-GMP"), 2, threadPitches, s("thread-pitch"), convert},
                 {a, s("S1-GAL"), 3, linearEquations, s("equation-two-step"), solve},
                 {a, s("S1-GAD"), 2, divisionEquations, s("equation-fraction"), solve},
                 {a, s("S1-GAB"), 2, bracketEquations, s("equation-brackets"), solve},
                 {a, s("S1-GAS"), 2, bothSidesEquations, s("equation-both-sides"), solve},
                 {a, s("S1-GAR"), 2, rectangleFormulas, s("rectangle-side"), solve},
                 {a, s("S1-GAP"), 2, perimeterWidths, s("perimeter-side"), solve},
                 {a, s("S1-GAM"), 2, ratioMixes, s("ratio-mix"), solve},
                 {a, s("S1-GAQ"), 2, directProportions, s("direct-proportion"), solve},
                 {a, s("S1-GAW"), 2, inverseProportions, s("inverse-proportion"), solve},
                 {a, s("S1-GAO"), 2, percentOf, s("percent-of"), solve},
                 {a, s("S1-GAC"), 2, percentChanges, s("percent-change"), solve},
                 {a, s("S1-GAA"), 2, circleAreas, s("circle-area"), solve},
                 {a, s("S1-GAT"), 2, triangleAreas, s("triangle-area"), solve},
                 {a, s("S1-GAV"), 2, cylinderVolumes, s("cylinder-volume"), solve},
                 {a, s("S1-GAX"), 2, plateWeights, s("plate-weight"), solve},
                 {a, s("S1-GAU"), 2, circumferences, s("circumference"), solve},
                 {a, s("S1-GAH"), 2, runTimes, s("run-time"), solve},
                 {a, s("S1-GAF"), 2, temperatures, s("temperature"), solve, {s("S2-FLU-09")}},
                 {a, s("S1-GAK"), 2, orderOfOperations, s("order-of-operations"), solve},
                 {a, s("S1-GAN"), 2, scientificNotation, s("scientific-notation"), solve},
                 {a, s("S1-GAY"), 2, rightTriangles, s("right-triangle"), solve},
                 {a, s("S1-GAZ"), 2, spindleSpeeds, s("spindle-speed"), solve},
                 {a, s("S1-GAE"), 2, feedRates, s("feed-rate"), solve, {s("S2-PRO-18")}},
                 {q, s("S1-GQA"), 2, sampleMeans, s("mean"), statistics},
                 {q, s("S1-GQB"), 2, oddMedians, s("median"), statistics},
                 // The median of an even count is the same skill as of an odd one: one group for both.
                 {q, s("S1-GQC"), 2, evenMedians, s("median"), statistics},
                 {q, s("S1-GQR"), 2, sampleRanges, s("range"), statistics},
                 {q, s("S1-GQD"), 2, sampleModes, s("mode"), statistics},
                 {q, s("S1-GQP"), 2, percentDefectives, s("percent-defective"), statistics},
                 {q, s("S1-GQY"), 2, firstPassYields, s("first-pass-yield"), statistics},
                 {q, s("S1-GQM"), 2, defectsPpm, s("defects-ppm"), statistics},
                 {q, s("S1-GQU"), 2, defectsPerUnit, s("defects-per-unit"), statistics},
                 {q, s("S1-GQX"), 2, scrapCosts, s("scrap-cost"), statistics, {s("S3-BUS-22")}},
                 {q, s("S1-GQF"), 2, samplingFrequencies, s("sampling-frequency"), statistics},
                 {q, s("S1-GQW"), 2, weightedMeans, s("weighted-mean"), statistics},
                 {q, s("S1-GQK"), 2, capabilityCp, s("capability-cp"), statistics, {s("S3-SPC-06"), s("S3-SPC-17")}},
                 {q, s("S1-GQG"), 2, toleranceUsed, s("tolerance-used"), statistics},
                 {q, s("S1-GQL"), 2, controlLimits, s("control-limits"), statistics},
                 {q, s("S1-GQZ"), 2, zScores, s("z-score"), statistics, {s("S3-SPC-39")}},
                 {q, s("S1-GQN"), 2, normalSpreads, s("normal-spread"), statistics, {s("S3-SPC-10"), s("S3-SPC-27")}},
                 {q, s("S1-GQT"), 2, tableOutOfTolerance, s("table-out-of-tolerance"), statistics},
                 {q, s("S1-GQH"), 2, leastVariation, s("least-variation"), statistics}},
                true,
                true};
    }
    // Activity ids of MT1-S2 (1 read prints and visualize parts, 2 mechanics and fluid power, 3
    // electricity), MT1-S3 (1 statistical process control) and CPT Quality (the MSSC list: 8 record
    // process outcomes and trends), as their module.json files list them.
    if (module == u"mt1-s2")
        return {{{s("spatial"), s("S2-GSO"), 8, orthographicViews, s("orthographic-front"), s("1")},
                 {s("mechanics"), s("S2-GML"), 3, levers, s("lever-effort"), s("2")},
                 {s("mechanics"), s("S2-GMG"), 3, gearTrains, s("gear-train"), s("2")},
                 {s("mechanics"), s("S2-GMP"), 2, pulleys, s("block-and-tackle"), s("2")},
                 {s("electricity"), s("S2-GEO"), 3, ohmsLaw, s("ohms-law"), s("3")},
                 {s("electricity"), s("S2-GES"), 3, seriesResistors, s("series-resistance"), s("3")}},
                true,
                true};
    if (module == u"mt1-s3")
        return {{{s("spc"), s("S3-GSC"), 4, controlCharts, s("control-chart-outlier"), s("1")},
                 {s("spc"), s("S3-GSH"), 2, histograms, s("histogram"), s("1")},
                 {s("spc"), s("S3-GSS"), 2, sampleStatistics, s("sample"), s("1")}},
                true,
                true};
    if (module == u"cpt-quality")
        return {{{s("spc-data"), s("QPM-GSC"), 3, controlCharts, s("control-chart-outlier"), s("8")},
                 {s("spc-data"), s("QPM-GSH"), 2, histograms, s("histogram"), s("8")}},
                true,
                true};
    return {};
}

// FNV-1a: qHash is salted per process and would make every build different.
quint32 seedOf(const QString& text)
{
    quint32 seed = 2166136261u;
    for (const char byte : text.toUtf8())
        seed = (seed ^ quint8(byte)) * 16777619u;
    return seed;
}

// Moves the key to `position`, the distractors keeping their order.
void placeKey(exam::banks::Item& item, int position)
{
    exam::banks::ItemBody body = item.body.reveal();
    body.options.move(body.key, position);
    body.key = position;
    item.body = exam::Sensitive<exam::banks::ItemBody>(std::move(body));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "exam-itemgen: cannot write %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: exam-itemgen MODULE OUTPUT_FOLDER\n"
                             "Writes OUTPUT_FOLDER/items/generated.txt and OUTPUT_FOLDER/media/gen-*.svg.\n");
        return 64;
    }
    const QString module = arguments[1];
    const QDir output(arguments[2]);
    const Plan plan = planFor(module);
    if (plan.parts.isEmpty()) {
        std::fprintf(stderr, "exam-itemgen: no generated items are planned for “%s”\n", qPrintable(module));
        return 64;
    }
    // Start from empty folders: a drawing left over from an older template would be an unused file.
    for (const QString& sub : {QStringLiteral("items"), QStringLiteral("media")})
        QDir(output.filePath(sub)).removeRecursively();
    if (!output.mkpath(QStringLiteral("items")) || !output.mkpath(QStringLiteral("media"))) {
        std::fprintf(stderr, "exam-itemgen: cannot create %s\n", qPrintable(output.path()));
        return 73;
    }
    // One seed per template family, so changing or adding a family never changes another's items.
    // Keys go round shuffled decks of A-D over the whole module, so each letter keys a quarter of them.
    Dice keyDice(seedOf(module + QStringLiteral(":keys")));
    QList<int> deck;
    QString text =
        QStringLiteral("# Generated by exam-itemgen from itembanks/generator for %1. Do not edit: change the\n"
                       "# templates instead. Each item's `# check:` line holds the facts its key was computed\n"
                       "# from; tests/banks/test_generateditems.cpp recomputes every key from them.\n")
            .arg(module);
    for (const Part& part : plan.parts) {
        Dice dice(seedOf(module + u':' + part.idPrefix));
        for (GeneratedItem generated : part.make(TemplateRun{dice, part.idPrefix, part.domain, part.count})) {
            if (plan.writeVariantGroups)
                generated.item.variantGroup =
                    generated.subSkill.isEmpty() ? part.variant : part.variant + u'-' + generated.subSkill;
            if (plan.writeActivities)
                generated.item.activity = part.activity;
            generated.item.enemies = part.enemies;
            if (!generated.fixedOrder) {
                if (deck.isEmpty()) {
                    deck = {0, 1, 2, 3};
                    keyDice.shuffle(deck);
                }
                placeKey(generated.item, deck.takeLast());
            }
            text += QStringLiteral("---\n# check: ") + generated.check + u'\n'
                    + exam::bankcompiler::ItemTextParser::write(generated.item);
            for (const exam::banks::MediaFile& file : generated.media)
                if (!writeFile(output.filePath(QStringLiteral("media/") + file.name), file.data.reveal()))
                    return 73;
        }
    }
    return writeFile(output.filePath(QStringLiteral("items/generated.txt")), text.toUtf8()) ? 0 : 73;
}
