#include "commands.h"

#include "banks/bankformat.h"
#include "banks/bankreader.h"
#include "banks/richtext.h"
#include "compiler/banksource.h"
#include "compiler/bankwriter.h"
#include "crypto/ed25519.h"
#include "crypto/keyfiles.h"
#include "crypto/sha256.h"
#include "crypto/x25519.h"
#include "qtiimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace exambank {

using namespace exam;
using crypto::KeyFiles;

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("exam-bank", text, disambiguation, n);
}

void out(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

void err(const QString& text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

// A parser for one subcommand. Returns false (and sets `status`) when the command should stop: after
// --help, or with a usage error.
struct CommandLine
{
    QCommandLineParser parser;
    QString name;
    int status = Ok;

    CommandLine(const QString& command, const QString& description, const QString& positional = QString())
        : name(command)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        if (!positional.isEmpty())
            parser.addPositionalArgument(positional.section(u' ', 0, 0), positional.section(u' ', 1));
    }

    // Expects positionalCount arguments, or up to maxPositional when that is larger.
    bool parse(const QStringList& arguments, int positionalCount, int maxPositional = 0)
    {
        if (!parser.parse(QStringList{QStringLiteral("exam-bank ") + name} + arguments)) {
            err(QStringLiteral("exam-bank %1: %2").arg(name, parser.errorText()));
            err(tr("Run exam-bank %1 --help for its options.").arg(name));
            status = Usage;
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out(parser.helpText());
            status = Ok;
            return false;
        }
        const qsizetype given = parser.positionalArguments().size();
        if (given < positionalCount || given > std::max(positionalCount, maxPositional)) {
            err(tr("exam-bank %1: expected %2 argument(s), got %3. Run exam-bank %1 --help.")
                    .arg(name).arg(positionalCount).arg(parser.positionalArguments().size()));
            status = Usage;
            return false;
        }
        return true;
    }

    bool require(const QCommandLineOption& option)
    {
        if (parser.isSet(option))
            return true;
        err(tr("exam-bank %1: the option --%2 is required. Run exam-bank %1 --help.").arg(name, option.names().constLast()));
        status = Usage;
        return false;
    }
};

int inputFailure(const Error& error)
{
    err(error.message);
    return InputUnreadable;
}

Result<QList<banks::PublisherKey>> readTrustedKeys(const QStringList& paths)
{
    QList<banks::PublisherKey> keys;
    for (const QString& path : paths) {
        auto key = KeyFiles::readPublicKey(path, KeyFiles::Algorithm::Ed25519);
        if (!key)
            return std::unexpected(key.error());
        keys.append(banks::PublisherKey{QFileInfo(path).completeBaseName(), *key});
    }
    return keys;
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
    return file.size() >= banks::format::PrefixSize ? qFromBigEndian<quint16>(file.constData() + banks::format::MagicSize) : 0;
}

QJsonObject headerJson(const banks::BankHeader& header, const QByteArray& file)
{
    QJsonArray slotList;
    for (const banks::KeySlot& slot : header.keySlots) {
        QJsonObject json{{QStringLiteral("type"), slot.type == banks::KeySlot::Type::Center ? QStringLiteral("center")
                                                                                           : QStringLiteral("release-code")}};
        if (slot.type == banks::KeySlot::Type::Center)
            json.insert(QStringLiteral("centerKeyId"), slot.centerKeyId);
        else
            json.insert(QStringLiteral("scrypt"), QJsonObject{{QStringLiteral("n"), double(slot.scrypt.n)},
                                                              {QStringLiteral("r"), double(slot.scrypt.r)},
                                                              {QStringLiteral("p"), double(slot.scrypt.p)}});
        slotList.append(json);
    }
    return {{QStringLiteral("formatVersion"), fileFormatVersion(file)},
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
}

void printHeader(const banks::BankHeader& header, const QByteArray& file, const QString& path)
{
    QStringList slotLines;
    for (const banks::KeySlot& slot : header.keySlots)
        slotLines.append(slotDescription(slot));
    out(tr("File:        %1 (%2 bytes)").arg(path).arg(file.size()));
    out(tr("SHA-256:     %1").arg(QString::fromLatin1(crypto::Sha256::hash(file).toHex())));
    out(tr("Bank:        %1, version %2 (format %3)").arg(header.bankId).arg(header.bankVersion).arg(fileFormatVersion(file)));
    out(tr("Module:      %1 — %2 (%3)").arg(header.moduleCode, header.title, header.language));
    out(tr("Items:       %1").arg(header.itemCount));
    out(tr("Created:     %1").arg(header.created.toUTC().toString(Qt::ISODate)));
    out(tr("Publisher:   %1 (key %2)").arg(header.publisherName, header.publisherKeyId));
    out(tr("Opens with:  %1").arg(header.unlock == banks::UnlockPolicy::Any ? tr("any one key slot")
                                                                          : tr("a center key and the release code together")));
    out(tr("Key slots:   %1").arg(slotLines.join(QStringLiteral("; "))));
}

// The whole module as plain text: settings, blueprint, then every item with its key marked.
void printReview(const banks::BankContent& content)
{
    const banks::ModuleSettings& module = content.module;
    out(tr("%1 — %2 (%3), %4, bank %5 v%6").arg(module.code, module.title, module.language, module.program,
                                                  content.bankId).arg(content.bankVersion));
    out(tr("%1 items on a form (%2 scored + %3 pilot), %4 minutes, pass mark %5 %, calculator %6.")
            .arg(module.formLength).arg(module.scoredItemsPerForm()).arg(module.pilotCount).arg(module.timeLimitMinutes)
            .arg(module.passPercent).arg(module.calculatorAllowed ? tr("allowed") : tr("not allowed")));
    for (const banks::Domain& domain : module.domains)
        out(QStringLiteral("  %1 %2 (%3)").arg(domain.count, 3).arg(domain.title, domain.id));
    for (const banks::Item& item : content.items) {
        const banks::ItemBody& body = item.body.reveal();
        out(QString());
        out(QStringLiteral("%1  [%2%3]").arg(item.id, item.domain, item.scored ? QString() : tr(", pilot")));
        out(banks::RichText::toPlainText(body.stem));
        if (!body.readAloud.isEmpty())
            out(tr("(read aloud: %1)").arg(body.readAloud));
        for (qsizetype i = 0; i < body.options.size(); ++i) {
            const banks::ItemOption& option = body.options[i];
            const QString text = option.image.isEmpty() ? banks::RichText::toPlainText(option.text, banks::RichText::Context::Option)
                                                        : tr("Image %1: %2").arg(option.image, option.alt);
            out(QStringLiteral("  %1 %2) %3%4")
                    .arg(i == body.key ? QStringLiteral("*") : QStringLiteral(" "))
                    .arg(QLatin1Char(char('A' + i)))
                    .arg(text, body.fixedPositions.contains(int(i)) ? tr("  (fixed)") : QString()));
        }
    }
}

// A release code from the command line, or from standard input when given as "-" (so it stays out of
// the process list and the shell history).
Result<banks::ReleaseCode> releaseCodeArgument(const QString& value)
{
    if (value != u"-")
        return banks::ReleaseCode::parse(value);
    QTextStream in(stdin);
    return banks::ReleaseCode::parse(in.readLine(256));
}

// The --trust, --center-key and --release-code options shared by verify and review.
struct KeyOptions
{
    QCommandLineOption trust{QStringLiteral("trust"), tr("A trusted publisher's public key file (repeatable)."),
                             QStringLiteral("PUB")};
    QCommandLineOption centerKey{QStringLiteral("center-key"), tr("The center's private key file."), QStringLiteral("KEY")};
    QCommandLineOption releaseCode{QStringLiteral("release-code"),
                                   tr("The bank's release code (\"-\": read it from standard input)."),
                                   QStringLiteral("CODE")};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({trust, centerKey, releaseCode}); }

    // Reads the keys named on the command line; Ok, or the exit status after a message.
    int load(const CommandLine& cli, QList<banks::PublisherKey>& trusted, banks::BankKeys& keys) const
    {
        auto publishers = readTrustedKeys(cli.parser.values(trust));
        if (!publishers)
            return inputFailure(publishers.error());
        trusted = *publishers;
        if (cli.parser.isSet(centerKey)) {
            auto key = KeyFiles::readPrivateKey(cli.parser.value(centerKey), KeyFiles::Algorithm::X25519);
            if (!key)
                return inputFailure(key.error());
            keys.centerPrivateKey = std::move(*key);
        }
        if (cli.parser.isSet(releaseCode)) {
            auto code = releaseCodeArgument(cli.parser.value(releaseCode));
            if (!code)
                return err(QStringLiteral("exam-bank %1: %2").arg(cli.name, code.error().message)), Usage;
            keys.releaseCode = std::move(*code);
        }
        return Ok;
    }
};

} // namespace

int keygen(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("keygen"),
                    tr("Make a key pair. “publisher” makes the Ed25519 key that signs banks (keep NAME.key offline; "
                       "stations trust NAME.pub). “center” makes a center's X25519 key (stations of the center hold "
                       "NAME.key; publishers issue banks to NAME.pub)."),
                    tr("kind publisher or center"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write NAME.key and NAME.pub."), QStringLiteral("NAME"));
    cli.parser.addOption(output);
    if (!cli.parse(arguments, 1) || !cli.require(output))
        return cli.status;
    const QString kind = cli.parser.positionalArguments().first();
    if (kind != u"publisher" && kind != u"center") {
        err(tr("exam-bank keygen: the kind is “publisher” or “center”, not “%1”.").arg(kind));
        return Usage;
    }
    const bool publisher = kind == u"publisher";
    crypto::SecretBytes privateKey;
    QByteArray publicKey;
    if (publisher) {
        auto pair = crypto::Ed25519::generate();
        if (!pair)
            return err(pair.error().message), InternalFailure;
        privateKey = std::move(pair->privateKey);
        publicKey = pair->publicKey;
    } else {
        auto pair = crypto::X25519::generate();
        if (!pair)
            return err(pair.error().message), InternalFailure;
        privateKey = std::move(pair->privateKey);
        publicKey = pair->publicKey;
    }
    const QString base = cli.parser.value(output);
    if (auto written = KeyFiles::writeKeyPair(base, publisher ? KeyFiles::Algorithm::Ed25519 : KeyFiles::Algorithm::X25519,
                                              privateKey, publicKey);
        !written) {
        err(written.error().message);
        return OutputFailed;
    }
    out(tr("Wrote %1.key (secret) and %1.pub; key id %2.").arg(base, banks::keyIdOf(publicKey)));
    return Ok;
}

int build(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("build"),
                    tr("Build an encrypted, signed bank file from an authoring source folder (module.json, items/, "
                       "media/) and any further folders of items/ and media/ (such as generated items). Every problem "
                       "in the source is reported at once; no file is written until there are none."),
                    tr("source the authoring source folder, then any extra folders"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The bank file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption publisherKey(QStringLiteral("publisher-key"), tr("The publisher's Ed25519 private key file."),
                                          QStringLiteral("KEY"));
    const QCommandLineOption publisherName(QStringLiteral("publisher-name"), tr("The publisher's name, shown to centers."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    tr("Issue the bank to this center's public key (repeat for more centers)."),
                                    QStringLiteral("PUB"));
    const QCommandLineOption releaseCode(QStringLiteral("release-code"),
                                         tr("Let this release code open the bank (\"-\": read it from standard input)."),
                                         QStringLiteral("CODE"));
    const QCommandLineOption newReleaseCode(QStringLiteral("new-release-code"),
                                            tr("Make a new release code, print it, and let it open the bank."));
    const QCommandLineOption unlock(QStringLiteral("unlock"),
                                    tr("“any”: any one slot opens the bank (default). “all”: a center key and the release "
                                       "code are both needed."),
                                    QStringLiteral("POLICY"), QStringLiteral("any"));
    const QCommandLineOption scryptN(QStringLiteral("scrypt-n"),
                                     tr("scrypt cost N of the release-code slot, a power of two (default 32768)."),
                                     QStringLiteral("N"), QStringLiteral("32768"));
    cli.parser.addOptions({output, publisherKey, publisherName, center, releaseCode, newReleaseCode, unlock, scryptN});
    if (!cli.parse(arguments, 1, 16) || !cli.require(output) || !cli.require(publisherKey) || !cli.require(publisherName))
        return cli.status;

    bankcompiler::BankRecipients recipients;
    const QString policy = cli.parser.value(unlock);
    if (policy != u"any" && policy != u"all") {
        err(tr("exam-bank build: --unlock is “any” or “all”, not “%1”.").arg(policy));
        return Usage;
    }
    recipients.unlock = policy == u"all" ? banks::UnlockPolicy::All : banks::UnlockPolicy::Any;
    bool numberOk = false;
    recipients.scrypt.n = cli.parser.value(scryptN).toULongLong(&numberOk);
    if (!numberOk || !crypto::Kdf::checkScryptParams(recipients.scrypt)) {
        err(tr("exam-bank build: --scrypt-n must be a power of two within the station's limits (with r = 8: from 2 to "
               "%1).").arg(crypto::ScryptParams::MaxMemoryBytes / (128 * recipients.scrypt.r)));
        return Usage;
    }
    for (const QString& path : cli.parser.values(center)) {
        auto key = KeyFiles::readPublicKey(path, KeyFiles::Algorithm::X25519);
        if (!key)
            return inputFailure(key.error());
        recipients.centerPublicKeys.append(*key);
    }
    if (cli.parser.isSet(releaseCode) && cli.parser.isSet(newReleaseCode)) {
        err(tr("exam-bank build: give --release-code or --new-release-code, not both."));
        return Usage;
    }
    if (cli.parser.isSet(releaseCode)) {
        auto code = releaseCodeArgument(cli.parser.value(releaseCode));
        if (!code)
            return err(QStringLiteral("exam-bank build: ") + code.error().message), Usage;
        recipients.releaseCode = std::move(*code);
    } else if (cli.parser.isSet(newReleaseCode)) {
        auto code = banks::ReleaseCode::generate();
        if (!code)
            return err(code.error().message), InternalFailure;
        recipients.releaseCode = std::move(*code);
    }
    if (recipients.centerPublicKeys.isEmpty() && !recipients.releaseCode) {
        err(tr("exam-bank build: give at least one --center key or a release code, or nobody could open the bank."));
        return Usage;
    }
    if (recipients.unlock == banks::UnlockPolicy::All && (recipients.centerPublicKeys.isEmpty() || !recipients.releaseCode)) {
        err(tr("exam-bank build: --unlock all needs at least one --center key and a release code."));
        return Usage;
    }
    auto signingKey = KeyFiles::readPrivateKey(cli.parser.value(publisherKey), KeyFiles::Algorithm::Ed25519);
    if (!signingKey)
        return inputFailure(signingKey.error());

    const QString sourceFolder = cli.parser.positionalArguments().first();
    const bankcompiler::SourceResult source = bankcompiler::BankSource::read(sourceFolder,
                                                                             cli.parser.positionalArguments().mid(1));
    if (!source.problems.isEmpty()) {
        for (const bankcompiler::SourceProblem& problem : source.problems)
            err(QDir::isAbsolutePath(problem.file) ? problem.toString() : sourceFolder + u'/' + problem.toString());
        err(tr("%n problem(s) in the source; no bank was written.", nullptr, int(source.problems.size())));
        return SourceProblems;
    }

    const bankcompiler::PublisherIdentity publisher{cli.parser.value(publisherName), std::move(*signingKey)};
    auto bank = bankcompiler::BankWriter::write(source.content, recipients, publisher, QDateTime::currentDateTimeUtc());
    if (!bank) {
        err(tr("exam-bank build: %1").arg(bank.error().message));
        switch (bank.error().code) {
        case ErrorCode::LimitExceeded: return SourceProblems;
        case ErrorCode::InvalidArgument: return InputUnreadable; // e.g. a weak center key, a bad publisher name
        default: return InternalFailure;
        }
    }
    QSaveFile file(cli.parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*bank) != bank->size() || !file.commit()) {
        err(tr("%1: cannot write the bank: %2.").arg(cli.parser.value(output), file.errorString()));
        return OutputFailed;
    }
    out(tr("Wrote %1: %2 v%3, %4 items, %5 bytes.")
            .arg(cli.parser.value(output), source.content.bankId)
            .arg(source.content.bankVersion)
            .arg(source.content.items.size())
            .arg(bank->size()));
    if (cli.parser.isSet(newReleaseCode))
        out(tr("Release code: %1  (hand it out on exam day; it is not stored anywhere else)")
                .arg(recipients.releaseCode->formatted().reveal()));
    return Ok;
}

int inspect(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("inspect"),
                    tr("Show a bank's clear header. Needs no key and verifies nothing: use verify for that."),
                    tr("file the bank file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the header as JSON."));
    cli.parser.addOption(json);
    if (!cli.parse(arguments, 1))
        return cli.status;
    const QString path = cli.parser.positionalArguments().first();
    auto bytes = banks::BankReader::readFile(path);
    if (!bytes) {
        err(bytes.error().describe(path));
        return bytes.error().error.code == ErrorCode::LimitExceeded ? BankRefused : InputUnreadable;
    }
    auto header = banks::BankReader::readHeader(*bytes);
    if (!header) {
        err(header.error().describe(path));
        return BankRefused;
    }
    if (cli.parser.isSet(json))
        out(QString::fromUtf8(QJsonDocument(headerJson(*header, *bytes)).toJson(QJsonDocument::Indented)).trimmed());
    else
        printHeader(*header, *bytes, path);
    return Ok;
}

int verify(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("verify"),
                    tr("Check a bank's publisher signature against trusted public keys. With a center key or a release "
                       "code, also decrypt it and check all of its content."),
                    tr("file the bank file"));
    const KeyOptions keyOptions;
    keyOptions.addTo(cli.parser);
    if (!cli.parse(arguments, 1) || !cli.require(keyOptions.trust))
        return cli.status;
    QList<banks::PublisherKey> trustedKeys;
    banks::BankKeys keys;
    if (const int status = keyOptions.load(cli, trustedKeys, keys); status != Ok)
        return status;

    const QString path = cli.parser.positionalArguments().first();
    auto bytes = banks::BankReader::readFile(path);
    if (!bytes) {
        err(bytes.error().describe(path));
        return bytes.error().error.code == ErrorCode::LimitExceeded ? BankRefused : InputUnreadable;
    }
    if (keys.centerPrivateKey.isEmpty() && !keys.releaseCode) {
        auto header = banks::BankReader::verify(*bytes, trustedKeys);
        if (!header)
            return err(header.error().describe(path)), BankRefused;
        out(tr("%1: signature OK (%2 v%3 by %4). The content was not decrypted; give --center-key or --release-code "
               "to check it all.").arg(path, header->bankId).arg(header->bankVersion).arg(header->publisherName));
        return Ok;
    }
    auto bank = banks::BankReader::open(*bytes, trustedKeys, keys);
    if (!bank)
        return err(bank.error().describe(path)), BankRefused;
    out(tr("%1: OK. Signature, key slot, decryption and content all check out: %2 v%3, %4 items in %5 domains, "
           "%6 media files.")
            .arg(path, bank->header.bankId)
            .arg(bank->header.bankVersion)
            .arg(bank->content.items.size())
            .arg(bank->content.module.domains.size())
            .arg(bank->content.media.size()));
    return Ok;
}

} // namespace exambank

namespace exambank {

int review(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("review"),
                    tr("Print a module as readable text for a subject-matter review: settings, blueprint and every "
                       "item with its key marked *. From an authoring source (and extra item folders), or from a bank "
                       "file with --trust and a key. The text goes to standard output only: send it to a reviewer, "
                       "never into a log."),
                    tr("input an authoring source folder (then extra folders) or a bank file"));
    const KeyOptions keyOptions;
    keyOptions.addTo(cli.parser);
    if (!cli.parse(arguments, 1, 16))
        return cli.status;
    const QString input = cli.parser.positionalArguments().first();
    if (QFileInfo(input).isDir()) {
        const bankcompiler::SourceResult source =
            bankcompiler::BankSource::read(input, cli.parser.positionalArguments().mid(1));
        if (!source.problems.isEmpty()) {
            for (const bankcompiler::SourceProblem& problem : source.problems)
                err(QDir::isAbsolutePath(problem.file) ? problem.toString() : input + u'/' + problem.toString());
            err(tr("%n problem(s) in the source; fix them first.", nullptr, int(source.problems.size())));
            return SourceProblems;
        }
        printReview(source.content);
        return Ok;
    }
    if (!cli.require(keyOptions.trust))
        return cli.status;
    QList<banks::PublisherKey> trusted;
    banks::BankKeys keys;
    if (const int status = keyOptions.load(cli, trusted, keys); status != Ok)
        return status;
    auto bytes = banks::BankReader::readFile(input);
    if (!bytes)
        return err(bytes.error().describe(input)), InputUnreadable;
    auto bank = banks::BankReader::open(*bytes, trusted, keys);
    if (!bank)
        return err(bank.error().describe(input)), BankRefused;
    printReview(bank->content);
    return Ok;
}

} // namespace exambank

namespace exambank {

namespace {

// --domain-map: {"ITEM-1": "safety", ...}
Result<QHash<QString, QString>> readDomainMap(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QJsonDocument json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024));
    if (!json.isObject())
        return fail(ErrorCode::ParseError,
                    tr("%1 is not a JSON object of identifiers and domain ids, e.g. {\"ITEM-1\": \"safety\"}.").arg(path));
    QHash<QString, QString> domains;
    const QJsonObject map = json.object();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return fail(ErrorCode::ParseError, tr("%1: the domain of \"%2\" is not a string.").arg(path, it.key()));
        domains.insert(it.key(), it.value().toString());
    }
    return domains;
}

} // namespace

int importQti(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("import-qti"),
                    tr("Import an IMS content package of QTI 2.1/2.2 items (a zip file or a folder) into a new "
                       "authoring source folder: module.json, items/<domain>.txt, media/ and import-report.txt, which "
                       "lists every item with what became of it. Items the kiosk cannot deliver as they are (other "
                       "interactions, several right answers, custom scoring, links) are skipped with the reason. "
                       "Exit status 0 when every item was imported, 2 when some were skipped (the source is written "
                       "all the same)."),
                    tr("package the .zip file or folder of the package"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The authoring source folder to write (new, or empty)."), QStringLiteral("FOLDER"));
    const QCommandLineOption module(QStringLiteral("module"),
                                    tr("A module.json to use (its domains are the ones items may have); without it a "
                                       "draft is written, with a domain for each domain found."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption domainMap(QStringLiteral("domain-map"),
                                       tr("A JSON object mapping item (or manifest resource) identifiers to domain ids; "
                                          "it comes before the domains in the manifest's metadata."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption domain(QStringLiteral("domain"), tr("The domain of items that have none otherwise."),
                                    QStringLiteral("ID"));
    const QCommandLineOption build(QStringLiteral("build"),
                                   tr("Then build this bank file from the source (with the options of exam-bank build "
                                      "given after --)."),
                                   QStringLiteral("FILE"));
    cli.parser.addOptions({output, module, domainMap, domain, build});
    // Options after "--" belong to the build.
    const qsizetype split = arguments.indexOf(QStringLiteral("--"));
    const QStringList own = split < 0 ? arguments : arguments.first(split);
    const QStringList buildOptions = split < 0 ? QStringList() : arguments.mid(split + 1);
    if (!cli.parse(own, 1) || !cli.require(output))
        return cli.status;
    if (!buildOptions.isEmpty() && !cli.parser.isSet(build)) {
        err(tr("exam-bank import-qti: options after -- are for --build, which was not given."));
        return Usage;
    }

    qti::ImportOptions options;
    options.package = cli.parser.positionalArguments().first();
    options.outputFolder = cli.parser.value(output);
    options.moduleFile = cli.parser.value(module);
    options.defaultDomain = cli.parser.value(domain);
    if (cli.parser.isSet(domainMap)) {
        auto domains = readDomainMap(cli.parser.value(domainMap));
        if (!domains)
            return inputFailure(domains.error());
        options.domains = std::move(*domains);
    }
    auto source = qti::QtiImport::read(options);
    if (!source) {
        err(QStringLiteral("exam-bank import-qti: ") + source.error().message);
        return source.error().code == ErrorCode::Conflict ? Usage : InputUnreadable;
    }
    if (auto written = qti::QtiImport::write(*source, options.outputFolder); !written) {
        err(QStringLiteral("exam-bank import-qti: ") + written.error().message);
        return OutputFailed;
    }
    const qti::ImportReport* report = &source->report;
    out(report->summary());
    for (const qti::ImportEntry& entry : report->entries)
        if (!entry.imported)
            err(tr("skipped %1 (%2): %3").arg(entry.identifier, entry.file, entry.reasons.join(QStringLiteral("; "))));
    out(tr("Source written to %1 (the report is import-report.txt there).").arg(options.outputFolder));
    if (report->draftModule)
        out(tr("module.json is a draft: set its code, title, program, time limit and blueprint."));
    if (cli.parser.isSet(build)) {
        if (report->imported() == 0) {
            err(tr("exam-bank import-qti: no item was imported, so no bank is built."));
            return SourceProblems;
        }
        const int built = exambank::build(QStringList{options.outputFolder, QStringLiteral("-o"), cli.parser.value(build)}
                                          + buildOptions);
        if (built != Ok)
            return built;
    }
    return report->skipped() == 0 ? Ok : SourceProblems;
}

} // namespace exambank
