#pragma once

#include "results/scorereport.h"

#include <QCoreApplication>

namespace exam::ui {

// The words of the score report, shared by the screen and the PDF so both say exactly the same.
// Dates in the user's language, long form ("2 March 2026"): a report is read by people, not parsed.
class ScoreReportText
{
    Q_DECLARE_TR_FUNCTIONS(exam::ui::ScoreReportText)
public:
    static QString title();
    static QString candidate(const results::ScoreReport& report);
    static QString module(const results::ScoreReport& report);
    static QString date(const results::ScoreReport& report);
    static QString percent(int percent);
    static QString outcome(const results::ScoreReport& report);  // "PASS" or "FAIL"
    static QString passMark(const results::ScoreReport& report); // "Pass mark: 75 %"
    static QString timedOut();
    static QString domainsHeading();
    static QString domainsExplanation(const results::ScoreReport& report);
    static QString otherTopics();
    static QString needsImprovement();
    static QString domainDescription(const results::DomainScore& domain); // for screen readers
    static QString credentialsHeading();
    static QString noCredentials();
    static QString credential(const results::EarnedCredential& credential, bool isNew);
    static QString retake(const results::ScoreReport& report); // empty when passed
    static QString resultId(const results::ScoreReport& report);
    static QString noItemContent();
    static QString longDate(const QDate& date);
};

} // namespace exam::ui
