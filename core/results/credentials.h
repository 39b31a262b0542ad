#pragma once

#include "error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace exam::results {

// A module passed at this station (or recorded as passed): what credentials are computed from.
struct ModulePass
{
    QString moduleCode;
    QDate passedOn;
};

// One attempt at a module, for the retake rule.
struct Attempt
{
    QString moduleCode;
    QDate takenOn;
    bool passed = false;
    QString resultId = {}; // the signed record it comes from, when recorded at this station
};

// A credential as data: earned when every required module is passed while every required credential
// is held; valid for validityYears from the pass that completed the set (0: no expiry). The passes of
// one set all fall within validityYears of each other, and a credential is earned again only by a set
// of passes after the last time it was earned (re-examination).
struct CredentialRule
{
    QString code;
    QString title;
    QStringList requiredModules;
    int validityYears = 0;
    QStringList requiredCredentials = {}; // held on the day the set is completed (CLT: CLA)
};

struct EarnedCredential
{
    QString code;
    QString title;
    QDate earnedOn;
    std::optional<QDate> expiresOn;

    bool operator==(const EarnedCredential&) const = default;
};

// Whether a candidate may take a module today, and if not, why and from when.
struct Eligibility
{
    bool eligible = true;
    QString reason;            // for the proctor; empty when eligible
    std::optional<QDate> from; // the first day the candidate may sit the module, when waiting helps
};

// Credential and retake rules of the programmes (itembanks/DOMAIN.md). They are data, not code paths: a
// certifying body that changes them changes a table.
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::CredentialRules)
public:
    static constexpr int DaysAfterFail = 15;
    static constexpr int FailsBeforeLongWait = 3;
    static constexpr int DaysAfterRepeatedFails = 60;

    // MS (MT1 sections 1 + 2), MT1 (all three), CPT (the four core modules, Green optional, 5 years),
    // CLA, CLT (5 years).
    static QList<CredentialRule> standardRules();
    // Modules that must be passed before another may be taken: CLT needs CLA.
    static QList<std::pair<QString, QString>> prerequisites();

    static QList<EarnedCredential> earned(const QList<ModulePass>& passes, const QList<CredentialRule>& rules,
                                          const QDate& today);
    // 15 days after a fail; 60 days after the third fail in a row; prerequisites first.
    static Eligibility eligibility(const QString& moduleCode, const QList<Attempt>& history, const QDate& today);
};

} // namespace exam::results
