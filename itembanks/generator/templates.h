#pragma once
// Item templates. Each is one family of parallel items (one variant group, see generateditem.h) and
// returns `count` distinct items; ids are <prefix>-01, <prefix>-02, … Every item carries the facts of
// its key in `check`, in the form `template name=value …`, which tests/banks/test_generateditems.cpp
// recomputes independently. A template that avoids the numbers of a hand-written item of the same
// skill says which (the hand-written item is in the family's variant group too).

#include "generateditem.h"

namespace exam::itemgen {

struct TemplateRun
{
    Dice& dice;
    QString idPrefix;
    QString domain;
    int count;
    QString id(int index) const
    {
        return QStringLiteral("%1-%2").arg(idPrefix).arg(index + 1, 2, 10, QLatin1Char('0'));
    }
};

// instruments.cpp: measuring instruments, drawn to scale (picture-measured) or described in words
QList<GeneratedItem> ruleReadings(const TemplateRun& run);
QList<GeneratedItem> metricRuleReadings(const TemplateRun& run);
QList<GeneratedItem> caliperReadings(const TemplateRun& run);
QList<GeneratedItem> metricCaliperReadings(const TemplateRun& run);
QList<GeneratedItem> micrometerReadings(const TemplateRun& run);
QList<GeneratedItem> metricMicrometerText(const TemplateRun& run);
QList<GeneratedItem> indicatorRunout(const TemplateRun& run);

// tolerances.cpp: tolerance limits and totals, and the tool fit to check a tolerance
QList<GeneratedItem> toleranceLimits(const TemplateRun& run);
QList<GeneratedItem> unilateralTolerances(const TemplateRun& run);
QList<GeneratedItem> totalTolerances(const TemplateRun& run);
QList<GeneratedItem> instrumentForTolerance(const TemplateRun& run);

// fractions.cpp: fractions of an inch, to and from decimals, added and subtracted
QList<GeneratedItem> fractionsToDecimals(const TemplateRun& run);
QList<GeneratedItem> decimalsToFractions(const TemplateRun& run);
QList<GeneratedItem> fractionSums(const TemplateRun& run);
QList<GeneratedItem> fractionDifferences(const TemplateRun& run);

// unitconversions.cpp: inch and metric, angles, feet and inches, litres, drawing scales, thread pitch
QList<GeneratedItem> inchesToMillimetres(const TemplateRun& run);
QList<GeneratedItem> millimetresToInches(const TemplateRun& run);
QList<GeneratedItem> degreesMinutes(const TemplateRun& run);
QList<GeneratedItem> feetAndInches(const TemplateRun& run);
QList<GeneratedItem> micrometresToMillimetres(const TemplateRun& run);
QList<GeneratedItem> boxLitres(const TemplateRun& run);
QList<GeneratedItem> drawingScales(const TemplateRun& run);
QList<GeneratedItem> threadPitches(const TemplateRun& run);

// equations.cpp: equations, the order of operations, scientific notation
QList<GeneratedItem> linearEquations(const TemplateRun& run);
QList<GeneratedItem> divisionEquations(const TemplateRun& run);
QList<GeneratedItem> bracketEquations(const TemplateRun& run);
QList<GeneratedItem> bothSidesEquations(const TemplateRun& run);
QList<GeneratedItem> orderOfOperations(const TemplateRun& run);
QList<GeneratedItem> scientificNotation(const TemplateRun& run);

// proportions.cpp: ratios, direct and inverse proportions, percentages
QList<GeneratedItem> ratioMixes(const TemplateRun& run);
QList<GeneratedItem> directProportions(const TemplateRun& run);
QList<GeneratedItem> inverseProportions(const TemplateRun& run);
QList<GeneratedItem> percentOf(const TemplateRun& run);
QList<GeneratedItem> percentChanges(const TemplateRun& run);

// geometry.cpp: areas, perimeters, volumes and lengths from formulas
QList<GeneratedItem> rectangleFormulas(const TemplateRun& run);
QList<GeneratedItem> perimeterWidths(const TemplateRun& run);
QList<GeneratedItem> circleAreas(const TemplateRun& run);
QList<GeneratedItem> triangleAreas(const TemplateRun& run);
QList<GeneratedItem> cylinderVolumes(const TemplateRun& run);
QList<GeneratedItem> plateWeights(const TemplateRun& run);
QList<GeneratedItem> circumferences(const TemplateRun& run);
QList<GeneratedItem> rightTriangles(const TemplateRun& run);

// shopformulas.cpp: run time, temperature, spindle speed, feed rate
QList<GeneratedItem> runTimes(const TemplateRun& run);
QList<GeneratedItem> temperatures(const TemplateRun& run);
QList<GeneratedItem> spindleSpeeds(const TemplateRun& run);
QList<GeneratedItem> feedRates(const TemplateRun& run);

// samplestatistics.cpp: mean, median, range and mode. sampleStatistics asks them in turn with percent
// defective, as MT1-S3 does; the others ask one statistic each, as MT1-S1 does
QList<GeneratedItem> sampleStatistics(const TemplateRun& run);
QList<GeneratedItem> sampleMeans(const TemplateRun& run);
QList<GeneratedItem> oddMedians(const TemplateRun& run);
QList<GeneratedItem> evenMedians(const TemplateRun& run);
QList<GeneratedItem> sampleRanges(const TemplateRun& run);
QList<GeneratedItem> sampleModes(const TemplateRun& run);
QList<GeneratedItem> weightedMeans(const TemplateRun& run);

// qualityrates.cpp: defect rates, yield, scrap cost and sampling (MT1-S1)
QList<GeneratedItem> percentDefectives(const TemplateRun& run);
QList<GeneratedItem> firstPassYields(const TemplateRun& run);
QList<GeneratedItem> defectsPpm(const TemplateRun& run);
QList<GeneratedItem> defectsPerUnit(const TemplateRun& run);
QList<GeneratedItem> scrapCosts(const TemplateRun& run);
QList<GeneratedItem> samplingFrequencies(const TemplateRun& run);

// processcapability.cpp: process spread, capability and control limits (MT1-S1)
QList<GeneratedItem> capabilityCp(const TemplateRun& run);
QList<GeneratedItem> controlLimits(const TemplateRun& run);
QList<GeneratedItem> zScores(const TemplateRun& run);
QList<GeneratedItem> normalSpreads(const TemplateRun& run);
QList<GeneratedItem> tableOutOfTolerance(const TemplateRun& run);
QList<GeneratedItem> toleranceUsed(const TemplateRun& run);
QList<GeneratedItem> leastVariation(const TemplateRun& run);

// mechanics.cpp: levers, gear trains, block and tackle
QList<GeneratedItem> levers(const TemplateRun& run);
QList<GeneratedItem> gearTrains(const TemplateRun& run);
QList<GeneratedItem> pulleys(const TemplateRun& run);

// electricity.cpp: Ohm's law, resistors in series
QList<GeneratedItem> ohmsLaw(const TemplateRun& run);
QList<GeneratedItem> seriesResistors(const TemplateRun& run);

// charts.cpp: control charts and histograms (picture-measured)
QList<GeneratedItem> controlCharts(const TemplateRun& run);
QList<GeneratedItem> histograms(const TemplateRun& run);

// spatial.cpp: the front view of a part built from cubes (picture-measured)
QList<GeneratedItem> orthographicViews(const TemplateRun& run);

} // namespace exam::itemgen
