#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace exam {
class StrictObject;
}

namespace exam::banks {

// How long a candidate waits before sitting a module again after not passing it.
struct RetakeRule
{
    int daysAfterFail = 15;
    int failsBeforeLongWait = 3; // fails in a row after which the long wait applies
    int daysAfterRepeatedFails = 60;

    bool operator==(const RetakeRule&) const = default;
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

    bool operator==(const CredentialRule&) const = default;
};

// A programme's rules for one module, as its publisher signs them into the bank's header (format 4):
// the retake wait, the modules to pass first, and the credentials the module counts towards. They are
// public (a station reads them without a key) and dated, so a station holding banks issued under old
// and new rules applies the newest.
struct ModuleRules
{
    QDate issued;
    RetakeRule retake;
    QStringList prerequisites;
    QList<CredentialRule> credentials;

    bool operator==(const ModuleRules&) const = default;

    QJsonObject toJson() const;
    // Strict, with the limits of itembanks/FORMAT.md ("Programme rules"): problems go to `json`.
    static ModuleRules fromJson(StrictObject& json);
    // What the rules may not say about their own module: that it must be passed before itself, or
    // define a credential it does not count towards (a bank would redefine another programme's). Empty
    // when none; otherwise a predicate for StrictObject::reject ("asks for …").
    QString problemFor(const QString& moduleCode) const;
};

// The rules a station applies: for each module, the newest rules of the banks installed for it; for a
// module or credential no installed bank carries rules for (banks before format 4), the standard table
// of itembanks/DOMAIN.md.
class ProgrammeRules
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::ProgrammeRules)
public:
    // 15 days after a fail, 60 after the third in a row; CLT after CLA; MS (MT1 sections 1 and 2), MT1
    // (all three), CPT (the four core modules, Green optional, 5 years), CLA, CLT (5 years, CLA held).
    static ProgrammeRules standard();

    // Takes a bank's rules for `moduleCode`, and the credentials they define, unless rules issued later
    // are already in force (the same date: the later adopted wins). The credentials' titles are kept
    // per bank language (`language`), so a report names them in the language of its bank.
    void adopt(const QString& moduleCode, const ModuleRules& rules, const QString& language = {});

    RetakeRule retake(const QString& moduleCode) const;
    QStringList prerequisites(const QString& moduleCode) const;
    // Titled in `language` where a bank in that language gave one.
    QList<CredentialRule> credentials(const QString& language = {}) const;

private:
    struct Dated
    {
        QDate issued; // invalid: the standard table's, older than any bank's
        CredentialRule rule;
    };
    struct ModuleEntry
    {
        QDate issued;
        RetakeRule retake;
        QStringList prerequisites;
    };

    QHash<QString, ModuleEntry> m_modules;
    QList<Dated> m_credentials;                       // in the order first defined
    QHash<QString, QHash<QString, QString>> m_titles; // credential code -> bank language -> title
};

} // namespace exam::banks
