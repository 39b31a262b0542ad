#include "scorereporttext.h"

#include <QLocale>

namespace exam::ui {

QString ScoreReportText::title()
{
    return tr("Score report");
}

QString ScoreReportText::candidate(const results::ScoreReport& report)
{
    return tr("%1, candidate ID %2").arg(report.candidateName, report.candidateId);
}

QString ScoreReportText::module(const results::ScoreReport& report)
{
    return report.program.isEmpty() ? tr("%1 (%2)").arg(report.moduleTitle, report.moduleCode)
                                    : tr("%1 (%2), %3").arg(report.moduleTitle, report.moduleCode, report.program);
}

QString ScoreReportText::date(const results::ScoreReport& report)
{
    return tr("Taken on %1").arg(longDate(report.date));
}

QString ScoreReportText::percent(int percent)
{
    return tr("%1 %").arg(percent);
}

QString ScoreReportText::outcome(const results::ScoreReport& report)
{
    return report.score.passed ? tr("PASS") : tr("FAIL");
}

QString ScoreReportText::passMark(const results::ScoreReport& report)
{
    return tr("%1 of %2 scored questions right. Pass mark: %3 %.")
        .arg(report.score.correct)
        .arg(report.score.total)
        .arg(report.score.passPercent);
}

QString ScoreReportText::timedOut()
{
    return tr("The time ran out; the answers given were submitted automatically.");
}

QString ScoreReportText::domainsHeading()
{
    return tr("Scores by topic");
}

QString ScoreReportText::domainsExplanation(const results::ScoreReport& report)
{
    return tr("Topics below the pass mark of %1 % are marked \"needs improvement\". Topics with fewer than %2 "
              "questions are counted together under \"other topics\".")
        .arg(report.score.passPercent)
        .arg(results::Scoring::MinItemsPerReportedDomain);
}

QString ScoreReportText::otherTopics()
{
    return tr("Other topics");
}

QString ScoreReportText::needsImprovement()
{
    return tr("Needs improvement");
}

QString ScoreReportText::domainDescription(const results::DomainScore& domain)
{
    const QString score = tr("%1 %: %2 of %3 right").arg(domain.percent()).arg(domain.correct).arg(domain.total);
    return domain.needsImprovement ? tr("%1, needs improvement").arg(score) : score;
}

QString ScoreReportText::credentialsHeading()
{
    return tr("Credentials");
}

QString ScoreReportText::noCredentials()
{
    return tr("No credential completed yet at this station.");
}

QString ScoreReportText::credential(const results::EarnedCredential& credential, bool isNew)
{
    QString line = isNew ? tr("%1: earned with this module on %2").arg(credential.title, longDate(credential.earnedOn))
                         : tr("%1: earned on %2").arg(credential.title, longDate(credential.earnedOn));
    if (credential.expiresOn)
        line = tr("%1, valid until %2").arg(line, longDate(*credential.expiresOn));
    return line;
}

QString ScoreReportText::retake(const results::ScoreReport& report)
{
    if (report.score.passed)
        return {};
    if (!report.retakeFrom)
        return tr("Ask the test centre when this module can be taken again.");
    return tr("This module can be taken again from %1.").arg(longDate(*report.retakeFrom));
}

QString ScoreReportText::resultId(const results::ScoreReport& report)
{
    return tr("Result %1").arg(report.resultId);
}

QString ScoreReportText::noItemContent()
{
    return tr("This report shows scores only; exam questions stay confidential.");
}

QString ScoreReportText::longDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace exam::ui
