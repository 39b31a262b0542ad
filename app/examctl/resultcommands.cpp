// examctl's results group: the signed results a station holds, one shown, one exported for
// independent checking, and a score report printed again as a PDF.

#include "examctlcommands.h"
#include "stationcommand.h"

#include "banks/bankcatalogue.h"
#include "results/resultstore.h"
#include "results/scorereport.h"
#include "results/stationkey.h"
#include "scorereportpdf.h"
#include "station/stationbankkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace examctl {

namespace {

using exam::results::StoredResult;

QJsonObject resultSummary(const StoredResult& result)
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

QString outcomeText(const StoredResult& result)
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

// A record's field ("bank" → "id"), read from the signed JSON.
QString recordField(const StoredResult& result, const QString& object, const QString& field)
{
    return QJsonDocument::fromJson(result.record).object().value(object).toObject().value(field).toString();
}

class ResultsList : public StationCommand
{
public:
    ResultsList()
        : StationCommand(QStringLiteral("results list"), tr("[--json]"), tr("list the signed results held here"),
                         tr("List the signed results this station holds."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        auto results = exam::results::ResultStore(*station().database).list();
        if (!results)
            return fail(InternalFailure, results.error().message);
        if (json()) {
            QJsonArray list;
            for (const StoredResult& result : *results)
                list.append(resultSummary(result));
            outJson(list);
            return Ok;
        }
        if (results->isEmpty())
            out(tr("No results yet."));
        for (const StoredResult& result : *results)
            out(tr("%1  %2  %3  %4  %5  %6")
                    .arg(result.resultId, result.createdAt.left(16), result.candidateId, result.moduleCode,
                         outcomeText(result), result.delivery));
        return Ok;
    }
};

// The commands about one stored result: its ID (or a prefix), the result found once the station is open.
class OneResultCommand : public StationCommand
{
public:
    OneResultCommand(const QString& name, const QString& synopsis, const QString& summary, const QString& description)
        : StationCommand(name, synopsis, summary, description)
    {
        addPositional(QStringLiteral("ID"), tr("The result id, or its first 8 or more characters."));
        setPositionalCount(1, 1);
    }

protected:
    const StoredResult& result() const { return m_result; }

    // With -o, the output the result is written to.
    void addOutputOption(const QString& description, const QString& valueName)
    {
        m_output.emplace(QStringList{QStringLiteral("o"), QStringLiteral("output")}, description, valueName);
        addOption(*m_output);
    }
    QString outputPath() const { return value(*m_output); }

private:
    std::optional<int> open() override
    {
        if (m_output && !isSet(*m_output))
            return fail(Usage, tr("%1 needs -o %2.").arg(name(), m_output->valueName()));
        if (auto failed = StationCommand::open())
            return failed;
        auto found = exam::results::ResultStore(*station().database).find(positional(0));
        if (!found)
            return fail(findStatus(found.error().code), found.error().message);
        m_result = *found;
        return std::nullopt;
    }

    std::optional<QCommandLineOption> m_output;
    StoredResult m_result;
};

class ResultsShow : public OneResultCommand
{
public:
    ResultsShow()
        : OneResultCommand(QStringLiteral("results show"), tr("ID [--json]"), tr("one result and its signed record"),
                           tr("Show one result: its summary and its signed record, exactly as signed."))
    {
        addJsonOption();
    }

private:
    int run() override
    {
        const StoredResult& result = this->result();
        if (json()) {
            QJsonObject info = resultSummary(result);
            info.insert(QStringLiteral("record"), QJsonDocument::fromJson(result.record).object());
            info.insert(QStringLiteral("signature"), QString::fromLatin1(result.signature.toHex()));
            outJson(info);
            return Ok;
        }
        out(tr("Result %1: candidate %2, %3, %4; %5, delivery %6.")
                .arg(result.resultId, result.candidateId, result.moduleCode, outcomeText(result), result.createdAt,
                     result.delivery));
        out(QString::fromUtf8(result.record));
        out(tr("Signature (Ed25519, hex): %1").arg(QString::fromLatin1(result.signature.toHex())));
        return Ok;
    }
};

class ResultsExport : public OneResultCommand
{
public:
    ResultsExport()
        : OneResultCommand(QStringLiteral("results export"), tr("ID -o FOLDER"),
                           tr("record, signature and station key for independent checking"),
                           tr("Write one result for independent checking: record.json (the exact signed bytes), "
                              "record.sig and station.pem, the station's public key."))
    {
        addOutputOption(tr("The folder to write to (created if missing)."), QStringLiteral("FOLDER"));
    }

private:
    int run() override
    {
        const exam::StationPaths paths = this->paths();
        const StoredResult& result = this->result();
        if (!QFile::exists(paths.stationKeyBase() + QStringLiteral(".key")))
            return fail(InternalFailure, tr("The station's signing key is missing; restore it from the backup."));
        auto key = exam::results::StationKey::loadOrCreate(paths);
        if (!key)
            return fail(InternalFailure, key.error().message);
        auto pem = key->publicKeyPem();
        if (!pem)
            return fail(InternalFailure, pem.error().message);
        // The key that signed the record, not just the station's key of today.
        const QString signedBy = recordField(result, QStringLiteral("station"), QStringLiteral("keyId"));
        if (signedBy != key->keyId())
            return fail(Refused, tr("Result %1 was signed by station key %2, not by this station's key %3; its public "
                                    "key is not here.")
                                     .arg(result.resultId, signedBy, key->keyId()));
        const QDir folder(outputPath());
        if (!QDir().mkpath(folder.path()))
            return fail(OutputFailed, tr("The folder %1 cannot be created.").arg(folder.path()));
        const std::array files{std::pair{QStringLiteral("record.json"), result.record},
                               std::pair{QStringLiteral("record.sig"), result.signature},
                               std::pair{QStringLiteral("station.pem"), *pem}};
        for (const auto& [name, bytes] : files)
            if (QFile::exists(folder.filePath(name)))
                return fail(OutputFailed, tr("%1 already holds %2; choose an empty folder.").arg(folder.path(), name));
        for (const auto& [name, bytes] : files)
            if (!writeFile(folder.filePath(name), bytes))
                return fail(OutputFailed, tr("%1 could not be written.").arg(folder.filePath(name)));
        out(tr("Wrote %1 (record.json, record.sig, station.pem). Check it with:").arg(folder.path()));
        out(QStringLiteral("  openssl pkeyutl -verify -pubin -inkey %1 -rawin -in %2 -sigfile %3")
                .arg(folder.filePath(QStringLiteral("station.pem")), folder.filePath(QStringLiteral("record.json")),
                     folder.filePath(QStringLiteral("record.sig"))));
        return Ok;
    }
};

class ResultsReport : public OneResultCommand
{
public:
    ResultsReport()
        : OneResultCommand(QStringLiteral("results report"), tr("ID -o FILE.pdf"),
                           tr("the score report again, as a PDF"),
                           tr("Print a candidate's score report again, as a PDF (the same report the kiosk showed "
                              "when the module ended, from the signed result)."))
    {
        addOutputOption(tr("The PDF to write (must not exist)."), QStringLiteral("FILE.pdf"));
    }

    bool drawsText() const override { return true; }

private:
    int run() override
    {
        const QString path = outputPath();
        if (QFileInfo(path).isSymLink() || QFile::exists(path))
            return fail(OutputFailed, tr("%1 exists already; choose a new file name.").arg(path));
        const exam::StationPaths paths = this->paths();
        Station& station = this->station();
        // The report names the bank's topics: the bank the session was taken from is opened as the kiosk does.
        const QString bankId = recordField(result(), QStringLiteral("bank"), QStringLiteral("id"));
        auto keys = exam::StationBankKeyStore(paths).load();
        if (!keys)
            return fail(Refused, tr("The bank %1 cannot be opened here without the station's centre key: %2")
                                     .arg(bankId, keys.error().message));
        exam::banks::BankCatalogue catalogue(*station.database, paths.banksFolder(), station.clock);
        auto bank = catalogue.open(bankId, keys->trusted, keys->keys);
        if (!bank)
            return fail(Refused, tr("The bank %1 this result was taken from cannot be opened (%2). Install it again "
                                    "to print the report.")
                                     .arg(bankId, bank.error().describe(bankId)));
        auto report = exam::results::ScoreReports::forSession(*station.database, result().sessionId, bank->content);
        if (!report)
            return fail(Refused, report.error().message);
        if (auto written = exam::ui::ScoreReportPdf::write(*report, path); !written)
            return fail(OutputFailed, written.error().message);
        out(tr("Wrote the score report of %1 for %2 to %3.").arg(report->candidateName, report->moduleTitle, path));
        return Ok;
    }
};

} // namespace

void addResultCommands(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<ResultsList>());
    tool.add(std::make_unique<ResultsShow>());
    tool.add(std::make_unique<ResultsExport>());
    tool.add(std::make_unique<ResultsReport>());
}

} // namespace examctl
