#pragma once

#include "banks/programmerules.h"
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

using banks::CredentialRule;
using banks::ProgrammeRules;

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

// Credentials and retakes computed with the programmes' rules (banks::ProgrammeRules: signed into the
// banks by their publisher, the standard table of itembanks/DOMAIN.md where a bank carries none).
class CredentialRules
{
    Q_DECLARE_TR_FUNCTIONS(exam::results::CredentialRules)
public:
    static QList<CredentialRule> standardRules() { return ProgrammeRules::standard().credentials(); }

    static QList<EarnedCredential> earned(const QList<ModulePass>& passes, const QList<CredentialRule>& rules,
                                          const QDate& today);
    // Prerequisites first, then the module's retake wait (standard: 15 days after a fail, 60 after the
    // third in a row).
    static Eligibility eligibility(const QString& moduleCode, const QList<Attempt>& history, const QDate& today,
                                   const ProgrammeRules& rules);
};

} // namespace exam::results
