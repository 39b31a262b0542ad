#pragma once

#include "error.h"
#include "results/scorereport.h"

#include <QCoreApplication>

class QIODevice;

namespace exam::ui {

// The score report as a printable PDF (PDF/A-1b, fonts embedded, so it prints and archives the same
// everywhere): the same words as the screen, laid out for paper in black and grey, bars with the pass
// mark ticked. Letter where the locale measures in inches, A4 elsewhere.
class ScoreReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(exam::ui::ScoreReportPdf)
public:
    // Written through a temporary file and renamed, so a full disk never leaves half a report.
    static Result<void> write(const results::ScoreReport& report, const QString& path);
    static void render(const results::ScoreReport& report, QIODevice* device);
};

} // namespace exam::ui
