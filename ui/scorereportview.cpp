#include "scorereportview.h"

#include "accessibility.h"
#include "largebutton.h"
#include "scorebar.h"
#include "scorereporttext.h"
#include "textsize.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exam::ui {

ScoreReportView::ScoreReportView(QWidget* parent) : QWidget(parent), m_doneButton(new LargeButton(QString(), this))
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // reflow, never scroll sideways

    m_doneButton->setObjectName(QStringLiteral("reportDone"));
    retranslate();
    TextSize::setRole(m_doneButton, 1.3, true);
    connect(m_doneButton, &QPushButton::clicked, this, &ScoreReportView::done);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(24, 12, 24, 24);
    buttons->addStretch(1);
    buttons->addWidget(m_doneButton);
    layout->addLayout(buttons);

    m_scroll = scroll;
}

QLabel* ScoreReportView::addLabel(QVBoxLayout* layout, const QString& text, const QString& objectName, qreal scale,
                                  bool bold, bool heading)
{
    auto* label = heading ? new HeadingLabel(text, m_content) : new QLabel(text, m_content);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    TextSize::setRole(label, scale, bold);
    label->setAccessibleName(text);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->addWidget(label);
    return label;
}

void ScoreReportView::retranslate()
{
    m_doneButton->setText(tr("Done"));
    m_doneButton->setAccessibleDescription(tr("Closes the score report."));
}

void ScoreReportView::changeEvent(QEvent* event)
{
    // A new text size needs nothing here: every label has a text role and the bars size from the font.
    // The report's words are made in the language of the day: a new language rebuilds it. Queued: the
    // change is still being passed down to the children that a rebuild would delete.
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_rebuildQueued) {
            m_rebuildQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_rebuildQueued = false;
                    if (m_report)
                        setReport(*m_report);
                },
                Qt::QueuedConnection);
        }
    }
    QWidget::changeEvent(event);
}

void ScoreReportView::setReport(const results::ScoreReport& report)
{
    m_report = report;
    // A fresh page each time: the scroll area shows it whole and deletes the previous one.
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("reportContent"));
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(48, 36, 48, 24);
    layout->setSpacing(10);

    addLabel(layout, ScoreReportText::title(), QStringLiteral("reportTitle"), 2.0, true, true);
    addLabel(layout, ScoreReportText::candidate(report), QStringLiteral("reportCandidate"), 1.3);
    addLabel(layout, ScoreReportText::module(report), QStringLiteral("reportModule"), 1.3);
    addLabel(layout, ScoreReportText::date(report), QStringLiteral("reportDate"), 1.3);
    layout->addSpacing(16);

    // The outcome in words as large as the number: colour is never the only signal.
    auto* outcome = new QHBoxLayout;
    outcome->setSpacing(32);
    auto* percent = new QLabel(ScoreReportText::percent(report.score.percent()), m_content);
    percent->setObjectName(QStringLiteral("reportPercent"));
    TextSize::setRole(percent, 3.0, true);
    auto* passFail = new QLabel(ScoreReportText::outcome(report), m_content);
    passFail->setObjectName(QStringLiteral("reportOutcome"));
    TextSize::setRole(passFail, 3.0, true);
    percent->setAccessibleName(tr("Score: %1").arg(percent->text()));
    passFail->setAccessibleName(tr("Result: %1").arg(passFail->text()));
    outcome->addWidget(percent);
    outcome->addWidget(passFail);
    outcome->addStretch(1);
    layout->addLayout(outcome);
    addLabel(layout, ScoreReportText::passMark(report), QStringLiteral("reportPassMark"), 1.2);
    if (report.timedOut)
        addLabel(layout, ScoreReportText::timedOut(), QStringLiteral("reportTimedOut"), 1.2);
    if (const QString retake = ScoreReportText::retake(report); !retake.isEmpty())
        addLabel(layout, retake, QStringLiteral("reportRetake"), 1.2, true);

    addDomains(layout, report);
    addCredentials(layout, report);

    layout->addSpacing(16);
    addLabel(layout, ScoreReportText::noItemContent(), QStringLiteral("reportNoItems"));
    addLabel(layout, ScoreReportText::resultId(report), QStringLiteral("reportResultId"));
    layout->addStretch(1);
    m_scroll->setWidget(m_content);

    // Focus starts on the report itself, so a screen reader first says the result (not "Done") and the
    // arrow and page keys scroll it.
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setAccessibleName(tr("%1: %2, %3")
                                    .arg(ScoreReportText::title(), ScoreReportText::percent(report.score.percent()),
                                         ScoreReportText::outcome(report)));
    m_scroll->setAccessibleDescription(QStringList{ScoreReportText::candidate(report), ScoreReportText::module(report),
                                                   ScoreReportText::passMark(report), ScoreReportText::retake(report)}
                                           .join(u' ')
                                           .trimmed());
    m_scroll->setFocus();
}

void ScoreReportView::addDomains(QVBoxLayout* layout, const results::ScoreReport& report)
{
    layout->addSpacing(16);
    addLabel(layout, ScoreReportText::domainsHeading(), QStringLiteral("reportDomainsHeading"), 1.5, true);
    addLabel(layout, ScoreReportText::domainsExplanation(report), QStringLiteral("reportDomainsExplanation"));

    QList<results::DomainScore> rows = report.reportedDomains();
    if (const auto other = report.otherTopics()) {
        rows.append(*other);
        rows.last().title = ScoreReportText::otherTopics();
    }
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 4);
    for (int row = 0; row < rows.size(); ++row) {
        const results::DomainScore& domain = rows[row];
        const QString description = ScoreReportText::domainDescription(domain);
        auto* title = new QLabel(domain.title, m_content);
        title->setObjectName(QStringLiteral("domainTitle"));
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        TextSize::setRole(title, 1.2);
        auto* bar = new ScoreBar(m_content);
        bar->setObjectName(QStringLiteral("domainBar"));
        bar->setValue(domain.percent());
        bar->setPassMark(report.score.passPercent);
        bar->setAccessibleName(domain.title);
        bar->setAccessibleDescription(description);
        title->setBuddy(bar);
        auto* value = new QLabel(ScoreReportText::percent(domain.percent()), m_content);
        value->setObjectName(QStringLiteral("domainPercent"));
        TextSize::setRole(value, 1.2, true);
        value->setAccessibleName(description);
        grid->addWidget(title, row, 0);
        grid->addWidget(bar, row, 1);
        grid->addWidget(value, row, 2, Qt::AlignRight);
        if (domain.needsImprovement) {
            auto* flag = new QLabel(ScoreReportText::needsImprovement(), m_content);
            flag->setObjectName(QStringLiteral("needsImprovement"));
            flag->setWordWrap(true);
            TextSize::setRole(flag, 1.2, true);
            flag->setAccessibleName(tr("%1: needs improvement").arg(domain.title));
            grid->addWidget(flag, row, 3);
        }
    }
    layout->addLayout(grid);
}

void ScoreReportView::addCredentials(QVBoxLayout* layout, const results::ScoreReport& report)
{
    layout->addSpacing(16);
    addLabel(layout, ScoreReportText::credentialsHeading(), QStringLiteral("reportCredentialsHeading"), 1.5, true);
    if (report.credentials.isEmpty())
        addLabel(layout, ScoreReportText::noCredentials(), QStringLiteral("reportCredential"), 1.2);
    for (const results::EarnedCredential& credential : report.credentials)
        addLabel(layout, ScoreReportText::credential(credential, report.newCredentials.contains(credential.code)),
                 QStringLiteral("reportCredential"), 1.2, report.newCredentials.contains(credential.code));
}

} // namespace exam::ui
