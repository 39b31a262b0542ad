#include "programmerules.h"

#include "bankformat.h"
#include "json/strictobject.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace exam::banks {

namespace {

constexpr int MaxCodes = 16;       // modules of a credential, prerequisites of a module
constexpr int MaxCredentials = 16; // credentials a module's rules define
constexpr int MaxWaitDays = 3650;  // ten years
constexpr int MaxValidityYears = 100;
constexpr int MaxFailsBeforeLongWait = 100;

bool isCode(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    return pattern.match(text).hasMatch();
}

// A list of module or credential codes, distinct.
QStringList codes(StrictObject& json, const QString& key, qsizetype minCount)
{
    QStringList result;
    const QJsonArray array = json.array(key, minCount, MaxCodes);
    for (const QJsonValue& value : array) {
        if (!value.isString() || !isCode(value.toString())) {
            json.reject(key, ProgrammeRules::tr("must list codes of capital letters, digits and dashes."));
            return {};
        }
        if (result.contains(value.toString())) {
            json.reject(key, ProgrammeRules::tr("names %1 twice.").arg(value.toString()));
            return {};
        }
        result.append(value.toString());
    }
    return result;
}

CredentialRule credentialFromJson(StrictObject& json)
{
    CredentialRule rule;
    rule.code = json.line(QStringLiteral("code"), 32);
    if (json.ok() && !isCode(rule.code))
        json.reject(QStringLiteral("code"), ProgrammeRules::tr("must be capital letters, digits and dashes."));
    rule.title = json.line(QStringLiteral("title"), format::MaxNameLength);
    rule.requiredModules = codes(json, QStringLiteral("modules"), 1);
    rule.requiredCredentials = codes(json, QStringLiteral("requires"), 0);
    if (json.ok() && rule.requiredCredentials.contains(rule.code))
        json.reject(QStringLiteral("requires"), ProgrammeRules::tr("names the credential itself."));
    rule.validityYears = int(json.integer(QStringLiteral("validityYears"), 0, MaxValidityYears));
    json.rejectUnknownFields();
    return rule;
}

QJsonObject credentialToJson(const CredentialRule& rule)
{
    return {{QStringLiteral("code"), rule.code},
            {QStringLiteral("title"), rule.title},
            {QStringLiteral("modules"), QJsonArray::fromStringList(rule.requiredModules)},
            {QStringLiteral("requires"), QJsonArray::fromStringList(rule.requiredCredentials)},
            {QStringLiteral("validityYears"), rule.validityYears}};
}

} // namespace

QJsonObject ModuleRules::toJson() const
{
    QJsonArray credentialArray;
    for (const CredentialRule& rule : credentials)
        credentialArray.append(credentialToJson(rule));
    return {{QStringLiteral("issued"), issued.toString(Qt::ISODate)},
            {QStringLiteral("retake"),
             QJsonObject{{QStringLiteral("daysAfterFail"), retake.daysAfterFail},
                         {QStringLiteral("failsBeforeLongWait"), retake.failsBeforeLongWait},
                         {QStringLiteral("daysAfterRepeatedFails"), retake.daysAfterRepeatedFails}}},
            {QStringLiteral("prerequisites"), QJsonArray::fromStringList(prerequisites)},
            {QStringLiteral("credentials"), credentialArray}};
}

ModuleRules ModuleRules::fromJson(StrictObject& json)
{
    ModuleRules rules;
    const QString issued = json.line(QStringLiteral("issued"), 10);
    rules.issued = QDate::fromString(issued, Qt::ISODate);
    if (json.ok() && (!rules.issued.isValid() || issued.size() != 10))
        json.reject(QStringLiteral("issued"), ProgrammeRules::tr("must be a date such as 2026-12-01."));
    StrictObject retake = json.object(QStringLiteral("retake"));
    rules.retake.daysAfterFail = int(retake.integer(QStringLiteral("daysAfterFail"), 0, MaxWaitDays));
    rules.retake.failsBeforeLongWait =
        int(retake.integer(QStringLiteral("failsBeforeLongWait"), 1, MaxFailsBeforeLongWait));
    rules.retake.daysAfterRepeatedFails = int(retake.integer(QStringLiteral("daysAfterRepeatedFails"), 0, MaxWaitDays));
    if (retake.ok() && rules.retake.daysAfterRepeatedFails < rules.retake.daysAfterFail)
        retake.reject(QStringLiteral("daysAfterRepeatedFails"),
                      ProgrammeRules::tr("must be at least daysAfterFail: repeated fails never shorten the wait."));
    retake.rejectUnknownFields();
    json.absorb(retake);
    rules.prerequisites = codes(json, QStringLiteral("prerequisites"), 0);
    const QJsonArray credentials = json.array(QStringLiteral("credentials"), 0, MaxCredentials);
    QSet<QString> seen;
    for (qsizetype i = 0; i < credentials.size() && json.ok(); ++i) {
        StrictObject credential = json.element(credentials, QStringLiteral("credentials"), i);
        rules.credentials.append(credentialFromJson(credential));
        json.absorb(credential);
        if (json.ok() && seen.contains(rules.credentials.last().code))
            json.reject(QStringLiteral("credentials"),
                        ProgrammeRules::tr("defines credential %1 twice.").arg(rules.credentials.last().code));
        seen.insert(rules.credentials.last().code);
    }
    json.rejectUnknownFields();
    return rules;
}

QString ModuleRules::problemFor(const QString& moduleCode) const
{
    if (prerequisites.contains(moduleCode))
        return ProgrammeRules::tr("asks for %1 to be passed before %1 itself.").arg(moduleCode);
    for (const CredentialRule& credential : credentials)
        if (!credential.requiredModules.contains(moduleCode))
            return ProgrammeRules::tr("defines credential %2, which %1 does not count towards; a bank defines only "
                                      "the credentials its module counts towards.")
                .arg(moduleCode, credential.code);
    return {};
}

ProgrammeRules ProgrammeRules::standard()
{
    ProgrammeRules rules;
    rules.m_modules.insert(QStringLiteral("CLT"), {QDate(), RetakeRule{}, {QStringLiteral("CLA")}});
    const QList<CredentialRule> credentials{
        {QStringLiteral("MS"),
         tr("MSI Manufacturing Specialist (MT1 sections 1 and 2)"),
         {QStringLiteral("MT1-S1"), QStringLiteral("MT1-S2")},
         0},
        {QStringLiteral("MT1"),
         tr("MSI Manufacturing Technician 1"),
         {QStringLiteral("MT1-S1"), QStringLiteral("MT1-S2"), QStringLiteral("MT1-S3")},
         0},
        {QStringLiteral("CPT"),
         tr("MSSC Certified Production Technician"),
         {QStringLiteral("CPT-SAF"), QStringLiteral("CPT-QPM"), QStringLiteral("CPT-MPP"), QStringLiteral("CPT-MA")},
         5},
        {QStringLiteral("CLA"), tr("MSSC Certified Logistics Associate"), {QStringLiteral("CLA")}, 0},
        {QStringLiteral("CLT"),
         tr("MSSC Certified Logistics Technician"),
         {QStringLiteral("CLT")},
         5,
         {QStringLiteral("CLA")}},
    };
    for (const CredentialRule& credential : credentials)
        rules.m_credentials.append({QDate(), credential});
    return rules;
}

void ProgrammeRules::adopt(const QString& moduleCode, const ModuleRules& rules, const QString& language)
{
    const auto module = m_modules.constFind(moduleCode);
    if (module == m_modules.cend() || !module->issued.isValid() || module->issued <= rules.issued)
        m_modules.insert(moduleCode, {rules.issued, rules.retake, rules.prerequisites});
    for (const CredentialRule& credential : rules.credentials) {
        if (!language.isEmpty())
            m_titles[credential.code].insert(language, credential.title);
        const auto known = std::find_if(m_credentials.begin(), m_credentials.end(), [&credential](const Dated& dated) {
            return dated.rule.code == credential.code;
        });
        if (known == m_credentials.end())
            m_credentials.append({rules.issued, credential});
        else if (!known->issued.isValid() || known->issued <= rules.issued)
            *known = {rules.issued, credential};
    }
}

RetakeRule ProgrammeRules::retake(const QString& moduleCode) const
{
    return m_modules.value(moduleCode).retake;
}

QStringList ProgrammeRules::prerequisites(const QString& moduleCode) const
{
    return m_modules.value(moduleCode).prerequisites;
}

QList<CredentialRule> ProgrammeRules::credentials(const QString& language) const
{
    QList<CredentialRule> result;
    for (const Dated& dated : m_credentials) {
        result.append(dated.rule);
        result.last().title = m_titles.value(dated.rule.code).value(language, dated.rule.title);
    }
    return result;
}

} // namespace exam::banks
