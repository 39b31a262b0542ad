#pragma once

#include "results/scorereport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace exam::ui {

// The score report on screen (itembanks/DOMAIN.md, "Score report"): who, which module, when, the percent and
// PASS or FAIL, a bar per topic with "needs improvement" below the mark, the credentials held and the
// retake date. Scrolls rather than clips at large text sizes; every part is a labelled widget a screen
// reader can reach. Never item content: the report it is given has none.
class ScoreReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreReportView(QWidget* parent = nullptr);

    void setReport(const results::ScoreReport& report);

Q_SIGNALS:
    void done();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* addLabel(QVBoxLayout* layout, const QString& text, const QString& objectName, qreal scale = 1.0,
                     bool bold = false, bool heading = false);
    void addDomains(QVBoxLayout* layout, const results::ScoreReport& report);
    void addCredentials(QVBoxLayout* layout, const results::ScoreReport& report);

    std::optional<results::ScoreReport> m_report;
    bool m_rebuildQueued = false;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr; // the page inside the scroll area, rebuilt with each report
    QPushButton* m_doneButton;
};

} // namespace exam::ui
