#include "commands.h"
#include "cli.h"

#include "banks/bankcatalogue.h"
#include "results/resultstore.h"
#include "results/scorereport.h"
#include "scorereportpdf.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "station/panelchord.h"
#include "station/stationbankkeys.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace examctl {

namespace {

// One line of standard input, without echo when it is a terminal: PINs are never shown.
QString readSecretLine(const QString& prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    static QTextStream input(stdin); // one stream: a second one would miss what the first read ahead
    const QString line = input.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return line;
}

// A new PIN: typed twice on a terminal (a typo there would lock the proctor out), once from a pipe.
std::optional<QString> readNewSecret(const QString& prompt)
{
    const QString first = readSecretLine(prompt);
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO) && readSecretLine(tr("The same again: ")) != first)
        return std::nullopt;
#endif
    return first;
}

} // namespace

int stationInit(const QStringList& arguments)
{
    Command command(QStringLiteral("station init"),
                    tr("Set up this station: its data folder, database, signing key and centre key, and its site "
                       "code. The centre's public key (center-key.pub) goes to the publishers, who issue banks to it."));
    const QCommandLineOption site(QStringLiteral("site"), tr("The test centre's site code, as the registry knows it."),
                                  QStringLiteral("code"));
    command.parser.addOption(site);
    if (auto done = command.parse(arguments, 0))
        return *done;
    const QString siteCode = command.parser.value(site).trimmed();
    if (siteCode.isEmpty())
        return failWith(Usage, tr("station init needs --site CODE (the test centre's site code)."));
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths, true))
        return *failed;
    if (station.setting(QStringLiteral("site.code")))
        return failWith(Refused, tr("This station is already set up (site %1, data folder %2). Nothing was changed.")
                                     .arg(*station.setting(QStringLiteral("site.code")), paths.dataFolder()));
    auto key = exam::results::StationKey::loadOrCreate(paths);
    if (!key)
        return failWith(statusFor(key.error().code), key.error().message);
    const exam::StationBankKeyStore keys(paths);
    if (auto created = keys.createCenterKey(); !created)
        return failWith(statusFor(created.error().code), created.error().message);
    // The site code, and the station id every result record carries (kept if the recorder made one).
    auto insert = station.database->prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('site.code', ?1), ('station.id', ?2) ON CONFLICT (key) DO UPDATE SET "
        "value = CASE WHEN key = 'site.code' THEN excluded.value ELSE value END"));
    if (!insert)
        return failWith(InternalFailure, insert.error().message);
    insert->bind(1, siteCode).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto done = insert->run(); !done)
        return failWith(InternalFailure, done.error().message);
    (void)station.audit->append(QStringLiteral("station"), QStringLiteral("station.initialised"),
                                QStringLiteral("station"), QStringLiteral("site %1").arg(siteCode));
    out(tr("Station set up in %1 for site %2.").arg(paths.dataFolder(), siteCode));
    out(tr("Station signing key: %1.pub (key id %2)").arg(paths.stationKeyBase(), key->keyId()));
    out(tr("Centre key for publishers: %1.pub").arg(keys.centerKeyBase()));
    out(tr("Next: trust your publisher (examctl station trust KEY.pub --name NAME), add a proctor "
           "(examctl proctor add), install banks (examctl bank install FILE)."));
    return Ok;
}

int stationShow(const QStringList& arguments)
{
    Command command(QStringLiteral("station show"), tr("Show this station's set-up."), true);
    if (auto done = command.parse(arguments, 0))
        return *done;
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    const exam::StationBankKeyStore store(paths);
    auto keys = store.load();
    QJsonArray publishers;
    if (keys)
        for (const exam::banks::PublisherKey& publisher : keys->trusted)
            publishers.append(publisher.name);
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    auto installed = catalogue.installed();
    exam::session::ProctorAccounts accounts(*station.database, station.clock, *station.audit);
    auto proctors = accounts.count();
    const QJsonObject info{
        {QStringLiteral("dataFolder"), paths.dataFolder()},
        {QStringLiteral("site"), station.setting(QStringLiteral("site.code")).value_or(QString())},
        {QStringLiteral("stationId"), station.setting(QStringLiteral("station.id")).value_or(QString())},
        {QStringLiteral("centerKey"), keys ? store.centerKeyBase() + QStringLiteral(".pub") : QString()},
        {QStringLiteral("trustedPublishers"), publishers},
        {QStringLiteral("banks"), installed ? int(installed->size()) : -1},
        {QStringLiteral("proctors"), proctors ? *proctors : -1},
        {QStringLiteral("panelChord"), exam::PanelChord::load(*station.database).value_or(QString())},
    };
    if (command.parser.isSet(command.json)) {
        out(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    out(tr("Data folder:        %1").arg(paths.dataFolder()));
    out(tr("Site:               %1").arg(info[QStringLiteral("site")].toString().isEmpty() ? tr("(not set up: examctl station init)")
                                                                                    : info[QStringLiteral("site")].toString()));
    out(tr("Centre key:         %1").arg(keys ? info[QStringLiteral("centerKey")].toString() : keys.error().message));
    QStringList names;
    for (const QJsonValue name : publishers)
        names.append(name.toString());
    out(tr("Trusted publishers: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    out(tr("Installed banks:    %1").arg(info[QStringLiteral("banks")].toInt()));
    out(tr("Proctors:           %1").arg(info[QStringLiteral("proctors")].toInt()));
    out(tr("Proctor panel:      %1").arg(info[QStringLiteral("panelChord")].toString()));
    return Ok;
}

int stationTrust(const QStringList& arguments)
{
    Command command(QStringLiteral("station trust"),
                    tr("Trust a publisher: banks signed with this Ed25519 public key (PEM) may be installed."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The publisher's name, as shown to proctors."),
                                  QStringLiteral("name"));
    command.parser.addOption(name);
    command.parser.addPositionalArgument(QStringLiteral("KEY.pub"), tr("The publisher's public key file."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    if (command.parser.value(name).trimmed().isEmpty())
        return failWith(Usage, tr("station trust needs --name NAME."));
    const QString file = command.parser.positionalArguments().first();
    if (!QFile::exists(file))
        return failWith(InputUnreadable, tr("%1: no such file.").arg(file));
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    if (auto trusted = exam::StationBankKeyStore(paths).trustPublisher(command.parser.value(name).trimmed(), file); !trusted)
        return failWith(trusted.error().code == exam::ErrorCode::ParseError ? InputUnreadable : statusFor(trusted.error().code),
                        trusted.error().message);
    out(tr("Publisher \"%1\" is trusted on this station.").arg(command.parser.value(name).trimmed()));
    return Ok;
}

int bankInstall(const QStringList& arguments)
{
    Command command(QStringLiteral("bank install"),
                    tr("Install an item bank on this station after checking its signature and that this station can "
                       "open it. An older version of an installed bank is refused."));
    command.parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .exambank file."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    const QString file = command.parser.positionalArguments().first();
    if (!QFile::exists(file))
        return failWith(InputUnreadable, tr("%1: no such file.").arg(file));
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    auto keys = exam::StationBankKeyStore(paths).load();
    if (!keys)
        return failWith(Refused, keys.error().message);
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    auto installed = catalogue.install(file, keys->trusted, keys->keys);
    if (!installed)
        return failWith(Refused, installed.error().describe(file));
    out(tr("Installed %1 version %2: %3 %4 (%5), %6 items.")
            .arg(installed->bankId)
            .arg(installed->version)
            .arg(installed->moduleCode, installed->title, installed->language)
            .arg(installed->itemCount));
    return Ok;
}

int bankList(const QStringList& arguments)
{
    Command command(QStringLiteral("bank list"), tr("List the item banks installed on this station."), true);
    if (auto done = command.parse(arguments, 0))
        return *done;
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    auto installed = catalogue.installed();
    if (!installed)
        return failWith(InternalFailure, installed.error().message);
    if (command.parser.isSet(command.json)) {
        QJsonArray banks;
        for (const exam::banks::InstalledBank& bank : *installed)
            banks.append(QJsonObject{{QStringLiteral("bankId"), bank.bankId},
                                     {QStringLiteral("version"), bank.version},
                                     {QStringLiteral("module"), bank.moduleCode},
                                     {QStringLiteral("title"), bank.title},
                                     {QStringLiteral("language"), bank.language},
                                     {QStringLiteral("items"), bank.itemCount},
                                     {QStringLiteral("sha256"), QString::fromLatin1(bank.sha256.toHex())}});
        out(QString::fromUtf8(QJsonDocument(banks).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (installed->isEmpty())
        out(tr("No banks are installed."));
    for (const exam::banks::InstalledBank& bank : *installed)
        out(tr("%1  v%2  %3 %4 (%5), %6 items").arg(bank.bankId).arg(bank.version).arg(bank.moduleCode, bank.title,
                                                                                          bank.language).arg(bank.itemCount));
    return Ok;
}

int proctorAdd(const QStringList& arguments)
{
    Command command(QStringLiteral("proctor add"),
                    tr("Add a proctor. The new PIN (6 or more digits) or passphrase (10 or more characters) is read "
                       "from standard input, never from the command line. The first proctor of a station needs no "
                       "authorization; later ones need --by an existing proctor, whose PIN is the second line."));
    const QCommandLineOption name(QStringLiteral("name"), tr("The proctor's name as shown at the station."),
                                  QStringLiteral("name"));
    const QCommandLineOption by(QStringLiteral("by"), tr("The login of the proctor who authorizes this one."),
                                QStringLiteral("login"));
    command.parser.addOptions({name, by});
    command.parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The new proctor's login (a-z, 0-9, . _ -)."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    if (command.parser.value(name).trimmed().isEmpty())
        return failWith(Usage, tr("proctor add needs --name NAME."));
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    exam::session::ProctorAccounts accounts(*station.database, station.clock, *station.audit);
    const std::optional<QString> typed = readNewSecret(tr("New proctor's PIN: "));
    if (!typed)
        return failWith(Refused, tr("The two PINs differ; nothing was changed."));
    const exam::Sensitive<QString> secret(*typed);
    std::optional<exam::session::ProctorAuthorization> authorization;
    if (command.parser.isSet(by)) {
        const exam::Sensitive<QString> byPin(readSecretLine(tr("PIN of %1: ").arg(command.parser.value(by))));
        auto signedIn = accounts.signIn(command.parser.value(by), byPin);
        if (!signedIn)
            return failWith(statusFor(signedIn.error().code), signedIn.error().message);
        authorization = *signedIn;
    }
    auto created = accounts.create(command.parser.positionalArguments().first(), command.parser.value(name).trimmed(),
                                   secret, authorization ? &*authorization : nullptr);
    if (!created)
        return failWith(statusFor(created.error().code), created.error().message);
    out(tr("Proctor %1 added.").arg(command.parser.positionalArguments().first()));
    return Ok;
}

int proctorList(const QStringList& arguments)
{
    Command command(QStringLiteral("proctor list"), tr("List the proctors of this station."), true);
    if (auto done = command.parse(arguments, 0))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    exam::session::ProctorAccounts accounts(*station.database, station.clock, *station.audit);
    auto proctors = accounts.list();
    if (!proctors)
        return failWith(InternalFailure, proctors.error().message);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (command.parser.isSet(command.json)) {
        QJsonArray list;
        for (const exam::session::ProctorSummary& proctor : *proctors)
            list.append(QJsonObject{{QStringLiteral("login"), proctor.login},
                                    {QStringLiteral("name"), proctor.displayName},
                                    {QStringLiteral("disabled"), proctor.disabled},
                                    {QStringLiteral("locked"), proctor.lockedUntilMs > now}});
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (proctors->isEmpty())
        out(tr("No proctors yet: add one with examctl proctor add LOGIN --name NAME."));
    for (const exam::session::ProctorSummary& proctor : *proctors) {
        QString state = proctor.disabled ? tr("disabled") : tr("active");
        if (proctor.lockedUntilMs > now)
            state = tr("locked until %1").arg(QDateTime::fromMSecsSinceEpoch(proctor.lockedUntilMs).toString(Qt::ISODate));
        out(tr("%1  %2  (%3)").arg(proctor.login, proctor.displayName, state));
    }
    return Ok;
}

namespace {

QJsonObject summary(const exam::results::StoredResult& result)
{
    return QJsonObject{{QStringLiteral("resultId"), result.resultId},
                       {QStringLiteral("candidateId"), result.candidateId},
                       {QStringLiteral("module"), result.moduleCode},
                       {QStringLiteral("outcome"), result.outcome},
                       {QStringLiteral("percent"), result.percent < 0 ? QJsonValue() : QJsonValue(result.percent)},
                       {QStringLiteral("passed"), result.percent < 0 ? QJsonValue() : QJsonValue(result.passed)},
                       {QStringLiteral("createdAt"), result.createdAt},
                       {QStringLiteral("delivery"), result.delivery}};
}

QString outcomeText(const exam::results::StoredResult& result)
{
    if (result.percent < 0)
        return tr("voided");
    return tr("%1 %, %2%3")
        .arg(result.percent)
        .arg(result.passed ? tr("pass") : tr("fail"))
        .arg(result.outcome == QStringLiteral("timed-out") ? tr(" (time ran out)") : QString());
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path); // whole or not at all, synced before it is renamed into place
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

int resultsList(const QStringList& arguments)
{
    Command command(QStringLiteral("results list"), tr("List the signed results this station holds."), true);
    if (auto done = command.parse(arguments, 0))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    auto results = exam::results::ResultStore(*station.database).list();
    if (!results)
        return failWith(InternalFailure, results.error().message);
    if (command.parser.isSet(command.json)) {
        QJsonArray list;
        for (const exam::results::StoredResult& result : *results)
            list.append(summary(result));
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    if (results->isEmpty())
        out(tr("No results yet."));
    for (const exam::results::StoredResult& result : *results)
        out(tr("%1  %2  %3  %4  %5  %6")
                .arg(result.resultId, result.createdAt.left(16), result.candidateId, result.moduleCode,
                     outcomeText(result), result.delivery));
    return Ok;
}

int resultsShow(const QStringList& arguments)
{
    Command command(QStringLiteral("results show"),
                    tr("Show one result: its summary and its signed record, exactly as signed."), true);
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("The result id, or its first 8 or more characters."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    auto result = exam::results::ResultStore(*station.database).find(command.parser.positionalArguments().first());
    if (!result)
        return failWith(findStatus(result.error().code), result.error().message);
    if (command.parser.isSet(command.json)) {
        QJsonObject info = summary(*result);
        info.insert(QStringLiteral("record"), QJsonDocument::fromJson(result->record).object());
        info.insert(QStringLiteral("signature"), QString::fromLatin1(result->signature.toHex()));
        out(QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    out(tr("Result %1: candidate %2, %3, %4; %5, delivery %6.")
            .arg(result->resultId, result->candidateId, result->moduleCode, outcomeText(*result), result->createdAt,
                 result->delivery));
    out(QString::fromUtf8(result->record));
    out(tr("Signature (Ed25519, hex): %1").arg(QString::fromLatin1(result->signature.toHex())));
    return Ok;
}

namespace {

// The commands that write one stored result somewhere: its ID (or a prefix) and -o, the station
// opened and the result found.
struct OneResultCommand
{
    Command command;
    QCommandLineOption output;
    Station station;
    exam::results::StoredResult result;

    OneResultCommand(const QString& name, const QString& description, const QString& outputHelp,
                     const QString& outputValue)
        : command(name, description),
          output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, outputHelp, outputValue)
    {
        command.parser.addOption(output);
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("The result id, or its first 8 or more characters."));
    }

    std::optional<int> open(const QStringList& arguments)
    {
        if (auto done = command.parse(arguments, 1))
            return done;
        if (!command.parser.isSet(output))
            return failWith(Usage, tr("%1 needs -o %2.").arg(command.name(), output.valueName()));
        if (auto failed = station.open(command.paths()))
            return failed;
        auto found = exam::results::ResultStore(*station.database).find(command.parser.positionalArguments().first());
        if (!found)
            return failWith(findStatus(found.error().code), found.error().message);
        result = *found;
        return std::nullopt;
    }

    QString outputPath() const { return command.parser.value(output); }
};

} // namespace

int resultsExport(const QStringList& arguments)
{
    OneResultCommand one(QStringLiteral("results export"),
                         tr("Write one result for independent checking: record.json (the exact signed bytes), record.sig "
                            "and station.pem, the station's public key."),
                         tr("The folder to write to (created if missing)."), QStringLiteral("FOLDER"));
    if (auto done = one.open(arguments))
        return *done;
    const exam::StationPaths paths = one.command.paths();
    const exam::results::StoredResult* result = &one.result;
    if (!QFile::exists(paths.stationKeyBase() + QStringLiteral(".key")))
        return failWith(InternalFailure, tr("The station's signing key is missing; restore it from the backup."));
    auto key = exam::results::StationKey::loadOrCreate(paths);
    if (!key)
        return failWith(InternalFailure, key.error().message);
    auto pem = key->publicKeyPem();
    if (!pem)
        return failWith(InternalFailure, pem.error().message);
    // The key that signed the record, not just the station's key of today.
    const QString signedBy = QJsonDocument::fromJson(result->record).object().value(QStringLiteral("station")).toObject()
                                 .value(QStringLiteral("keyId")).toString();
    if (signedBy != key->keyId())
        return failWith(Refused, tr("Result %1 was signed by station key %2, not by this station's key %3; its public "
                                    "key is not here.").arg(result->resultId, signedBy, key->keyId()));
    const QDir folder(one.outputPath());
    if (!QDir().mkpath(folder.path()))
        return failWith(OutputFailed, tr("The folder %1 cannot be created.").arg(folder.path()));
    for (const char* name : {"record.json", "record.sig", "station.pem"})
        if (QFile::exists(folder.filePath(QString::fromLatin1(name))))
            return failWith(OutputFailed, tr("%1 already holds %2; choose an empty folder.").arg(folder.path(), QString::fromLatin1(name)));
    for (const auto& [name, bytes] : {std::pair{QStringLiteral("record.json"), result->record},
                                      std::pair{QStringLiteral("record.sig"), result->signature},
                                      std::pair{QStringLiteral("station.pem"), *pem}}) {
        if (!writeFile(folder.filePath(name), bytes))
            return failWith(OutputFailed, tr("%1 could not be written.").arg(folder.filePath(name)));
    }
    out(tr("Wrote %1 (record.json, record.sig, station.pem). Check it with:").arg(folder.path()));
    out(QStringLiteral("  openssl pkeyutl -verify -pubin -inkey %1 -rawin -in %2 -sigfile %3")
            .arg(folder.filePath(QStringLiteral("station.pem")), folder.filePath(QStringLiteral("record.json")),
                 folder.filePath(QStringLiteral("record.sig"))));
    return Ok;
}

int auditVerify(const QStringList& arguments)
{
    Command command(QStringLiteral("audit verify"),
                    tr("Check the station's audit log: every entry still chained to the one before it."));
    if (auto done = command.parse(arguments, 0))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    auto broken = station.audit->firstBrokenLink();
    if (!broken)
        return failWith(InternalFailure, broken.error().message);
    auto entries = station.audit->entries();
    if (*broken)
        return failWith(Refused, tr("The audit log has been changed: the chain breaks at entry %1. Keep this "
                                    "station's data folder as it is and report it to the certifying body.")
                                     .arg(**broken));
    out(tr("The audit log is intact: %1 entries, each chained to the one before.").arg(entries ? entries->size() : 0));
    return Ok;
}

int bankVerify(const QStringList& arguments)
{
    Command command(QStringLiteral("bank verify"),
                    tr("Check installed banks as the kiosk will open them: the file unchanged since it was installed, "
                       "the publisher's signature, this station's key, the content. All banks, or the one named."));
    command.parser.addPositionalArgument(QStringLiteral("[ID]"), tr("A bank id (default: every installed bank)."));
    if (auto done = command.parse(arguments, 0, 1))
        return *done;
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    auto keys = exam::StationBankKeyStore(paths).load();
    if (!keys)
        return failWith(Refused, keys.error().message);
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    auto installed = catalogue.installed();
    if (!installed)
        return failWith(InternalFailure, installed.error().message);
    QStringList ids;
    for (const exam::banks::InstalledBank& bank : *installed)
        if (command.parser.positionalArguments().isEmpty() || command.parser.positionalArguments().first() == bank.bankId)
            ids.append(bank.bankId);
    if (ids.isEmpty())
        return failWith(InputUnreadable, command.parser.positionalArguments().isEmpty()
                                             ? tr("No banks are installed.")
                                             : tr("No bank with the id %1 is installed.").arg(command.parser.positionalArguments().first()));
    int failures = 0;
    for (const QString& id : ids) {
        const auto record = std::find_if(installed->cbegin(), installed->cend(), [&](const auto& b) { return b.bankId == id; });
        if (record->needsReleaseCode) {
            out(tr("wait  %1: opens only with its exam-day release code; its signature was checked when installed.").arg(id));
            continue;
        }
        auto opened = catalogue.open(id, keys->trusted, keys->keys);
        if (opened) {
            out(tr("ok    %1 (%2 items)").arg(id).arg(opened->content.items.size()));
        } else {
            ++failures;
            out(tr("FAIL  %1: %2").arg(id, opened.error().describe(id)));
        }
    }
    return failures == 0 ? Ok : Refused;
}

int bankRemove(const QStringList& arguments)
{
    Command command(QStringLiteral("bank remove"),
                    tr("Remove an installed bank. Refused while a session set up from it is not finished."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("The bank id (see examctl bank list)."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    const exam::StationPaths paths = command.paths();
    Station station;
    if (auto failed = station.open(paths))
        return *failed;
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    const QString id = command.parser.positionalArguments().first();
    if (auto removed = catalogue.remove(id); !removed)
        return failWith(removed.error().code == exam::ErrorCode::NotFound ? InputUnreadable : statusFor(removed.error().code),
                        removed.error().message);
    (void)station.audit->append(QStringLiteral("station"), QStringLiteral("bank.removed"), QStringLiteral("bank:%1").arg(id),
                                QString());
    out(tr("Bank %1 removed.").arg(id));
    return Ok;
}

namespace {

// A proctor account change authorized by another proctor (--by LOGIN, whose PIN is read from
// standard input after any new PIN).
int changeProctor(const QString& name, const QString& description, const QStringList& arguments, bool newPin,
                  const std::function<exam::Result<void>(exam::session::ProctorAccounts&, const QString& login,
                                                         const exam::Sensitive<QString>& pin,
                                                         const exam::session::ProctorAuthorization&)>& change,
                  const QString& doneMessage)
{
    Command command(name, description);
    const QCommandLineOption by(QStringLiteral("by"), tr("The login of the proctor who authorizes this."),
                                QStringLiteral("login"));
    command.parser.addOption(by);
    command.parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The proctor's login."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    if (!command.parser.isSet(by))
        return failWith(Usage, tr("%1 needs --by LOGIN, the proctor who authorizes it.").arg(name));
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    exam::session::ProctorAccounts accounts(*station.database, station.clock, *station.audit);
    const std::optional<QString> typed = newPin ? readNewSecret(tr("New PIN: ")) : std::optional<QString>(QString());
    if (!typed)
        return failWith(Refused, tr("The two PINs differ; nothing was changed."));
    const exam::Sensitive<QString> pin(*typed);
    auto signedIn = accounts.signIn(command.parser.value(by),
                                    exam::Sensitive<QString>(readSecretLine(tr("PIN of %1: ").arg(command.parser.value(by)))));
    if (!signedIn)
        return failWith(statusFor(signedIn.error().code), signedIn.error().message);
    const QString login = command.parser.positionalArguments().first();
    if (auto changed = change(accounts, login, pin, *signedIn); !changed) // an unknown login is a refusal, not a file
        return failWith(changed.error().code == exam::ErrorCode::NotFound ? int(Refused) : statusFor(changed.error().code),
                        changed.error().message);
    out(doneMessage.arg(login));
    return Ok;
}

} // namespace

int proctorDisable(const QStringList& arguments)
{
    return changeProctor(QStringLiteral("proctor disable"),
                         tr("Disable a proctor: they can no longer sign in. Their past actions stay in the audit log."),
                         arguments, false,
                         [](auto& accounts, const QString& login, const auto&, const auto& by) {
                             return accounts.setDisabled(login, true, by);
                         },
                         tr("Proctor %1 disabled."));
}

int proctorEnable(const QStringList& arguments)
{
    return changeProctor(QStringLiteral("proctor enable"), tr("Let a disabled proctor sign in again."), arguments, false,
                         [](auto& accounts, const QString& login, const auto&, const auto& by) {
                             return accounts.setDisabled(login, false, by);
                         },
                         tr("Proctor %1 can sign in again."));
}

int proctorResetPin(const QStringList& arguments)
{
    return changeProctor(QStringLiteral("proctor reset-pin"),
                         tr("Give a proctor a new PIN (first line of standard input; the authorizing proctor's PIN on "
                            "the second). Also ends a lock-out."),
                         arguments, true,
                         [](auto& accounts, const QString& login, const auto& pin, const auto& by) {
                             return accounts.resetSecret(login, pin, by);
                         },
                         tr("Proctor %1 has a new PIN."));
}

int proctorRecover(const QStringList& arguments)
{
    Command command(QStringLiteral("proctor recover"),
                    tr("When no other proctor can sign in to authorize a new PIN (the only proctor forgot theirs, or "
                       "every other one is disabled): give this proctor a new PIN (standard input), end any lock-out "
                       "and enable the account. Logged in the audit log as done by the station's administrator."));
    command.parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The proctor's login."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    exam::session::ProctorAccounts accounts(*station.database, station.clock, *station.audit);
    const std::optional<QString> typed = readNewSecret(tr("New PIN: "));
    if (!typed)
        return failWith(Refused, tr("The two PINs differ; nothing was changed."));
    const QString login = command.parser.positionalArguments().first();
    // Who ran it, from the system rather than the environment (which anyone can set), and who ran sudo.
    const passwd* account = ::getpwuid(::geteuid());
    QString operatorName = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
    if (const QString sudoUser = qEnvironmentVariable("SUDO_USER"); !sudoUser.isEmpty() && ::geteuid() == 0)
        operatorName += QStringLiteral(" (sudo by %1)").arg(sudoUser);
    if (auto recovered = accounts.recover(login, exam::Sensitive<QString>(*typed), operatorName); !recovered)
        return failWith(recovered.error().code == exam::ErrorCode::NotFound ? int(Refused) : statusFor(recovered.error().code),
                        recovered.error().message);
    out(tr("Proctor %1 has a new PIN and can sign in; the audit log records it as done by %2.").arg(login, operatorName));
    return Ok;
}

int stationSetPanelChord(const QStringList& arguments)
{
    Command command(QStringLiteral("station set-panel-chord"),
                    tr("Set the key chord that opens the proctor panel in the kiosk (default Ctrl+Alt+Shift+P): one "
                       "key with at least two modifiers, e.g. Ctrl+Alt+Shift+K. The kiosk reads it when it starts."));
    command.parser.addPositionalArgument(QStringLiteral("CHORD"), tr("The chord, e.g. Ctrl+Alt+Shift+K."));
    if (auto done = command.parse(arguments, 1))
        return *done;
    Station station;
    if (auto failed = station.open(command.paths()))
        return *failed;
    if (auto saved = exam::PanelChord::save(*station.database, command.parser.positionalArguments().first()); !saved)
        return failWith(saved.error().code == exam::ErrorCode::InvalidArgument ? int(Usage) : InternalFailure,
                        saved.error().message);
    auto chord = exam::PanelChord::load(*station.database);
    (void)station.audit->append(QStringLiteral("station"), QStringLiteral("kiosk.panel-chord-set"), QStringLiteral("station"),
                                chord.value_or(QString()));
    out(tr("The proctor panel opens with %1 (from the kiosk's next start).").arg(chord.value_or(QString())));
    return Ok;
}

int resultsReport(const QStringList& arguments)
{
    OneResultCommand one(QStringLiteral("results report"),
                         tr("Print a candidate's score report again, as a PDF (the same report the kiosk showed when "
                            "the module ended, from the signed result)."),
                         tr("The PDF to write (must not exist)."), QStringLiteral("FILE.pdf"));
    if (auto done = one.open(arguments))
        return *done;
    const QString path = one.outputPath();
    if (QFileInfo(path).isSymLink() || QFile::exists(path))
        return failWith(OutputFailed, tr("%1 exists already; choose a new file name.").arg(path));
    const exam::StationPaths paths = one.command.paths();
    Station& station = one.station;
    const exam::results::StoredResult* result = &one.result;
    // The report names the bank's topics: the bank the session was taken from is opened as the kiosk does.
    const QString bankId = QJsonDocument::fromJson(result->record).object().value(QStringLiteral("bank")).toObject()
                               .value(QStringLiteral("id")).toString();
    auto keys = exam::StationBankKeyStore(paths).load();
    if (!keys)
        return failWith(Refused, tr("The bank %1 cannot be opened here without the station's centre key: %2")
                                     .arg(bankId, keys.error().message));
    exam::banks::BankCatalogue catalogue(*station.database, paths, station.clock);
    auto bank = catalogue.open(bankId, keys->trusted, keys->keys);
    if (!bank)
        return failWith(Refused, tr("The bank %1 this result was taken from cannot be opened (%2). Install it again "
                                    "to print the report.").arg(bankId, bank.error().describe(bankId)));
    auto report = exam::results::ScoreReports::forSession(*station.database, result->sessionId, bank->content);
    if (!report)
        return failWith(Refused, report.error().message);
    if (auto written = exam::ui::ScoreReportPdf::write(*report, path); !written)
        return failWith(OutputFailed, written.error().message);
    out(tr("Wrote the score report of %1 for %2 to %3.").arg(report->candidateName, report->moduleTitle, path));
    return Ok;
}

} // namespace examctl
