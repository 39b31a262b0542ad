// exam-bank inspect, verify and review: what a bank file holds, whether it checks out, and every item
// as text for a subject-matter review.

#include "bankcommand.h"

#include "banks/bankformat.h"
#include "banks/richtext.h"
#include "crypto/sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace exambank {

namespace {

namespace banks = exam::banks;
namespace crypto = exam::crypto;
using exam::ErrorCode;

void out(const QString& text)
{
    exam::cli::Command::out(text);
}

QString slotDescription(const banks::KeySlot& slot)
{
    if (slot.type == banks::KeySlot::Type::Center)
        return tr("center key %1").arg(slot.centerKeyId);
    return tr("release code (scrypt N=%1 r=%2 p=%3)").arg(slot.scrypt.n).arg(slot.scrypt.r).arg(slot.scrypt.p);
}

// The format the file is in (bytes 8-9), which is not always the one this tool writes.
int fileFormatVersion(const QByteArray& file)
{
    return file.size() >= banks::format::PrefixSize
               ? qFromBigEndian<quint16>(file.constData() + banks::format::MagicSize)
               : 0;
}

QJsonObject headerJson(const banks::BankHeader& header, const QByteArray& file)
{
    QJsonArray slotList;
    for (const banks::KeySlot& slot : header.keySlots) {
        QJsonObject json{{QStringLiteral("type"), slot.type == banks::KeySlot::Type::Center
                                                      ? QStringLiteral("center")
                                                      : QStringLiteral("release-code")}};
        if (slot.type == banks::KeySlot::Type::Center)
            json.insert(QStringLiteral("centerKeyId"), slot.centerKeyId);
        else
            json.insert(QStringLiteral("scrypt"), QJsonObject{{QStringLiteral("n"), double(slot.scrypt.n)},
                                                              {QStringLiteral("r"), double(slot.scrypt.r)},
                                                              {QStringLiteral("p"), double(slot.scrypt.p)}});
        slotList.append(json);
    }
    QJsonObject json{{QStringLiteral("formatVersion"), fileFormatVersion(file)},
                     {QStringLiteral("size"), double(file.size())},
                     {QStringLiteral("sha256"), QString::fromLatin1(crypto::Sha256::hash(file).toHex())},
                     {QStringLiteral("bankId"), header.bankId},
                     {QStringLiteral("bankVersion"), header.bankVersion},
                     {QStringLiteral("moduleCode"), header.moduleCode},
                     {QStringLiteral("title"), header.title},
                     {QStringLiteral("language"), header.language},
                     {QStringLiteral("itemCount"), header.itemCount},
                     {QStringLiteral("created"), header.created.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("publisherName"), header.publisherName},
                     {QStringLiteral("publisherKeyId"), header.publisherKeyId},
                     {QStringLiteral("unlock"), banks::unlockPolicyName(header.unlock)},
                     {QStringLiteral("keySlots"), slotList}};
    if (header.rules)
        json.insert(QStringLiteral("rules"), header.rules->toJson());
    return json;
}

void printHeader(const banks::BankHeader& header, const QByteArray& file, const QString& path)
{
    QStringList slotLines;
    for (const banks::KeySlot& slot : header.keySlots)
        slotLines.append(slotDescription(slot));
    out(tr("File:        %1 (%2 bytes)").arg(path).arg(file.size()));
    out(tr("SHA-256:     %1").arg(QString::fromLatin1(crypto::Sha256::hash(file).toHex())));
    out(tr("Bank:        %1, version %2 (format %3)")
            .arg(header.bankId)
            .arg(header.bankVersion)
            .arg(fileFormatVersion(file)));
    out(tr("Module:      %1 — %2 (%3)").arg(header.moduleCode, header.title, header.language));
    out(tr("Items:       %1").arg(header.itemCount));
    out(tr("Created:     %1").arg(header.created.toUTC().toString(Qt::ISODate)));
    out(tr("Publisher:   %1 (key %2)").arg(header.publisherName, header.publisherKeyId));
    out(tr("Opens with:  %1")
            .arg(header.unlock == banks::UnlockPolicy::Any ? tr("any one key slot")
                                                           : tr("a center key and the release code together")));
    out(tr("Key slots:   %1").arg(slotLines.join(QStringLiteral("; "))));
    if (!header.rules) {
        out(tr("Rules:       none in the bank; stations apply the standard rules"));
        return;
    }
    const banks::ModuleRules& rules = *header.rules;
    out(tr("Rules:       issued %1; a retake %2 days after a fail, %3 days after %4 fails in a row")
            .arg(rules.issued.toString(Qt::ISODate))
            .arg(rules.retake.daysAfterFail)
            .arg(rules.retake.daysAfterRepeatedFails)
            .arg(rules.retake.failsBeforeLongWait));
    if (!rules.prerequisites.isEmpty())
        out(tr("Pass first:  %1").arg(rules.prerequisites.join(QStringLiteral(", "))));
    for (const banks::CredentialRule& credential : rules.credentials)
        out(tr("Credential:  %1 — %2: %3%4%5")
                .arg(credential.code, credential.title, credential.requiredModules.join(QStringLiteral(" + ")))
                .arg(credential.requiredCredentials.isEmpty()
                         ? QString()
                         : tr(", holding %1").arg(credential.requiredCredentials.join(QStringLiteral(", "))))
                .arg(credential.validityYears == 0 ? tr(", no expiry")
                                                   : tr(", valid %n year(s)", nullptr, credential.validityYears)));
}

// The whole module as plain text: settings, blueprint, then every item with its key marked.
void printReview(const banks::BankContent& content)
{
    const banks::ModuleSettings& module = content.module;
    out(tr("%1 — %2 (%3), %4, bank %5 v%6")
            .arg(module.code, module.title, module.language, module.program, content.bankId)
            .arg(content.bankVersion));
    out(tr("%1 items on a form (%2 scored + %3 pilot), %4 minutes, pass mark %5 %, calculator %6.")
            .arg(module.formLength)
            .arg(module.scoredItemsPerForm())
            .arg(module.pilotCount)
            .arg(module.timeLimitMinutes)
            .arg(module.passPercent)
            .arg(module.calculatorAllowed ? tr("allowed") : tr("not allowed")));
    for (const banks::Domain& domain : module.domains)
        out(QStringLiteral("  %1 %2 (%3)").arg(domain.count, 3).arg(domain.title, domain.id));
    for (const banks::Item& item : content.items) {
        const banks::ItemBody& body = item.body.reveal();
        out(QString());
        out(QStringLiteral("%1  [%2%3]")
                .arg(item.id, item.domain,
                     item.scored()  ? QString()
                     : item.pilot() ? tr(", pilot")
                                    : tr(", retired")));
        out(banks::RichText::toPlainText(body.stem));
        if (!body.readAloud.isEmpty())
            out(tr("(read aloud: %1)").arg(body.readAloud));
        for (qsizetype i = 0; i < body.options.size(); ++i) {
            const banks::ItemOption& option = body.options[i];
            const QString text = option.image.isEmpty()
                                     ? banks::RichText::toPlainText(option.text, banks::RichText::Context::Option)
                                     : tr("Image %1: %2").arg(option.image, option.alt);
            out(QStringLiteral("  %1 %2) %3%4")
                    .arg(i == body.key ? QStringLiteral("*") : QStringLiteral(" "))
                    .arg(QLatin1Char(char('A' + i)))
                    .arg(text, body.fixedPositions.contains(int(i)) ? tr("  (fixed)") : QString()));
        }
    }
}

// The bank file read whole; too large a file is a refused bank, a missing one an unreadable input.
exam::banks::BankResult<QByteArray> readBankFile(const QString& path)
{
    return banks::BankReader::readFile(path);
}

int readFailure(const banks::BankError& error)
{
    return error.error.code == ErrorCode::LimitExceeded ? BankRefused : InputUnreadable;
}

// A bank's refusal names the file, the check and the reason ("FILE: the signature check failed: …"),
// as a compiler names a source line: no tool name before it.
int refuse(int status, const QString& described)
{
    exam::cli::Command::err(described);
    return status;
}

class Inspect : public exam::cli::Command
{
public:
    Inspect()
        : Command(QStringLiteral("inspect"), tr("FILE [--json]"),
                  tr("show a bank's header; no key needed, nothing verified"),
                  tr("Show a bank's clear header. Needs no key and verifies nothing: use verify for that."))
    {
        addOption(m_json);
        addPositional(QStringLiteral("file"), tr("the bank file"));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        const QString path = positional(0);
        auto bytes = readBankFile(path);
        if (!bytes)
            return refuse(readFailure(bytes.error()), bytes.error().describe(path));
        auto header = banks::BankReader::readHeader(*bytes);
        if (!header)
            return refuse(BankRefused, header.error().describe(path));
        if (isSet(m_json))
            out(QString::fromUtf8(QJsonDocument(headerJson(*header, *bytes)).toJson(QJsonDocument::Indented))
                    .trimmed());
        else
            printHeader(*header, *bytes, path);
        return Ok;
    }

    const QCommandLineOption m_json{QStringLiteral("json"), tr("Print the header as JSON.")};
};

class Verify : public KeyedCommand
{
public:
    Verify()
        : KeyedCommand(QStringLiteral("verify"), tr("FILE --trust PUB ..."),
                       tr("check the signature; with a key or code, decrypt and check all"),
                       tr("Check a bank's publisher signature against trusted public keys. With a center key or a "
                          "release code, also decrypt it and check all of its content."))
    {
        addPositional(QStringLiteral("file"), tr("the bank file"));
        setPositionalCount(1, 1);
    }

private:
    int run() override
    {
        if (auto missing = require(trustOption()))
            return *missing;
        if (auto unusable = loadKeys())
            return *unusable;
        const QString path = positional(0);
        auto bytes = readBankFile(path);
        if (!bytes)
            return refuse(readFailure(bytes.error()), bytes.error().describe(path));
        if (keys().centerPrivateKey.isEmpty() && !keys().releaseCode) {
            auto header = banks::BankReader::verify(*bytes, trusted());
            if (!header)
                return refuse(BankRefused, header.error().describe(path));
            out(tr("%1: signature OK (%2 v%3 by %4). The content was not decrypted; give --center-key or "
                   "--release-code to check it all.")
                    .arg(path, header->bankId)
                    .arg(header->bankVersion)
                    .arg(header->publisherName));
            return Ok;
        }
        auto bank = banks::BankReader::open(*bytes, trusted(), keys());
        if (!bank)
            return refuse(BankRefused, bank.error().describe(path));
        out(tr("%1: OK. Signature, key slot, decryption and content all check out: %2 v%3, %4 items in %5 domains, "
               "%6 media files.")
                .arg(path, bank->header.bankId)
                .arg(bank->header.bankVersion)
                .arg(bank->content.items.size())
                .arg(bank->content.module.domains.size())
                .arg(bank->content.media.size()));
        return Ok;
    }
};

class Review : public KeyedCommand
{
public:
    Review()
        : KeyedCommand(QStringLiteral("review"), tr("SOURCE|FILE ..."),
                       tr("print every item as text for a subject-matter review"),
                       tr("Print a module as readable text for a subject-matter review: settings, blueprint and every "
                          "item with its key marked *. From an authoring source (and extra item folders), or from a "
                          "bank file with --trust and a key. The text goes to standard output only: send it to a "
                          "reviewer, never into a log."))
    {
        addPositional(QStringLiteral("input"), tr("an authoring source folder (then extra folders) or a bank file"));
        setPositionalCount(1, 16);
    }

private:
    int run() override
    {
        const QString input = positional(0);
        if (QFileInfo(input).isDir()) {
            const std::optional<banks::BankContent> content =
                readSource(input, positionals().mid(1),
                           QT_TRANSLATE_NOOP("exam-bank", "%n problem(s) in the source; fix them first."));
            if (!content)
                return SourceProblems;
            printReview(*content);
            return Ok;
        }
        if (auto missing = require(trustOption()))
            return *missing;
        if (auto unusable = loadKeys())
            return *unusable;
        auto bytes = readBankFile(input);
        if (!bytes)
            return refuse(InputUnreadable, bytes.error().describe(input));
        auto bank = banks::BankReader::open(*bytes, trusted(), keys());
        if (!bank)
            return refuse(BankRefused, bank.error().describe(input));
        printReview(bank->content);
        return Ok;
    }
};

} // namespace

void addBankFileCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<Inspect>());
    tool.add(std::make_unique<Verify>());
    tool.add(std::make_unique<Review>());
}

} // namespace exambank
