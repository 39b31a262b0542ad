#pragma once
// Item templates. Each returns `count` distinct items; ids are <prefix>-01, <prefix>-02, …
// Every item carries the facts of its key in `check` (see generateditem.h), in the form
// `template name=value …`, which tests/banks/test_generateditems.cpp recomputes independently.

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

// Measurement (pictures of instruments and conversions)
QList<GeneratedItem> ruleReadings(const TemplateRun& run);
QList<GeneratedItem> caliperReadings(const TemplateRun& run);
QList<GeneratedItem> micrometerReadings(const TemplateRun& run);
QList<GeneratedItem> fractionsToDecimals(const TemplateRun& run);
QList<GeneratedItem> inchesToMillimetres(const TemplateRun& run);

// Algebra and statistics
QList<GeneratedItem> linearEquations(const TemplateRun& run);
QList<GeneratedItem> rectangleFormulas(const TemplateRun& run);
QList<GeneratedItem> sampleStatistics(const TemplateRun& run);

// Mechanics and electricity
QList<GeneratedItem> levers(const TemplateRun& run);
QList<GeneratedItem> gearTrains(const TemplateRun& run);
QList<GeneratedItem> pulleys(const TemplateRun& run);
QList<GeneratedItem> ohmsLaw(const TemplateRun& run);
QList<GeneratedItem> seriesResistors(const TemplateRun& run);

// Charts
QList<GeneratedItem> controlCharts(const TemplateRun& run);
QList<GeneratedItem> histograms(const TemplateRun& run);

// Spatial: the front view of a part built from cubes
QList<GeneratedItem> orthographicViews(const TemplateRun& run);

} // namespace exam::itemgen
