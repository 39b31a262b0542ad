// exam-bank import-qti: an IMS content package of QTI 2.1/2.2 items into an authoring source, and
// optionally the bank built from it.

#include "bankcommand.h"

#include "qtiimport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace exambank {

namespace {

namespace qti = exam::qti;

// --domain-map: {"ITEM-1": "safety", ...}
exam::Result<QHash<QString, QString>> readDomainMap(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return exam::fail(exam::ErrorCode::IoError, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const QJsonDocument json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024));
    if (!json.isObject())
        return exam::fail(
            exam::ErrorCode::ParseError,
            tr("%1 is not a JSON object of identifiers and domain ids, e.g. {\"ITEM-1\": \"safety\"}.").arg(path));
    QHash<QString, QString> domains;
    const QJsonObject map = json.object();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return exam::fail(exam::ErrorCode::ParseError,
                              tr("%1: the domain of \"%2\" is not a string.").arg(path, it.key()));
        domains.insert(it.key(), it.value().toString());
    }
    return domains;
}

class ImportQti : public exam::cli::Command
{
public:
    ImportQti()
        : Command(QStringLiteral("import-qti"), tr("PACKAGE -o FOLDER"),
                  tr("an IMS QTI 2.1/2.2 content package into an authoring source"),
                  tr("Import an IMS content package of QTI 2.1/2.2 items (a zip file or a folder) into a new "
                     "authoring source folder: module.json, items/<domain>.txt, media/ and import-report.txt, which "
                     "lists every item with what became of it. Items the kiosk cannot deliver as they are (other "
                     "interactions, several right answers, custom scoring, links) are skipped with the reason. Exit "
                     "status 0 when every item was imported, 2 when some were skipped (the source is written all the "
                     "same)."))
    {
        addOptions({m_output, m_module, m_domainMap, m_domain, m_build});
        addPositional(QStringLiteral("package"), tr("the .zip file or folder of the package"));
        setPositionalCount(1, 1);
    }

private:
    // Options after "--" belong to the build; the rest are the import's.
    QStringList ownArguments(const QStringList& arguments) override
    {
        const qsizetype split = arguments.indexOf(QStringLiteral("--"));
        m_buildOptions = split < 0 ? QStringList() : arguments.mid(split + 1);
        return split < 0 ? arguments : arguments.first(split);
    }

    int run() override
    {
        if (auto missing = require(m_output))
            return *missing;
        if (!m_buildOptions.isEmpty() && !isSet(m_build))
            return usageError(tr("options after -- are for --build, which was not given."));
        qti::ImportOptions options;
        options.package = positional(0);
        options.outputFolder = value(m_output);
        options.moduleFile = value(m_module);
        options.defaultDomain = value(m_domain);
        if (isSet(m_domainMap)) {
            auto domains = readDomainMap(value(m_domainMap));
            if (!domains)
                return fail(InputUnreadable, domains.error().message);
            options.domains = std::move(*domains);
        }
        auto source = qti::QtiImport::read(options);
        if (!source)
            return fail(source.error().code == exam::ErrorCode::Conflict ? Usage : InputUnreadable,
                        source.error().message);
        if (auto written = qti::QtiImport::write(*source, options.outputFolder); !written)
            return fail(OutputFailed, written.error().message);
        const qti::ImportReport& report = source->report;
        out(report.summary());
        for (const qti::ImportEntry& entry : report.entries)
            if (!entry.imported)
                err(tr("skipped %1 (%2): %3")
                        .arg(entry.identifier, entry.file, entry.reasons.join(QStringLiteral("; "))));
        out(tr("Source written to %1 (the report is import-report.txt there).").arg(options.outputFolder));
        if (report.draftModule)
            out(tr("module.json is a draft: set its code, title, program, time limit and blueprint."));
        if (isSet(m_build)) {
            if (report.imported() == 0)
                return fail(SourceProblems, tr("no item was imported, so no bank is built."));
            const int built =
                runBuild(QStringList{options.outputFolder, QStringLiteral("-o"), value(m_build)} + m_buildOptions);
            if (built != Ok)
                return built;
        }
        return report.skipped() == 0 ? Ok : SourceProblems;
    }

    const QCommandLineOption m_output{{QStringLiteral("o"), QStringLiteral("output")},
                                      tr("The authoring source folder to write (new, or empty)."),
                                      QStringLiteral("FOLDER")};
    const QCommandLineOption m_module{QStringLiteral("module"),
                                      tr("A module.json to use (its domains are the ones items may have); without it a "
                                         "draft is written, with a domain for each domain found."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption m_domainMap{QStringLiteral("domain-map"),
                                         tr("A JSON object mapping item (or manifest resource) identifiers to domain "
                                            "ids; it comes before the domains in the manifest's metadata."),
                                         QStringLiteral("FILE")};
    const QCommandLineOption m_domain{QStringLiteral("domain"), tr("The domain of items that have none otherwise."),
                                      QStringLiteral("ID")};
    const QCommandLineOption m_build{QStringLiteral("build"),
                                     tr("Then build this bank file from the source (with the options of exam-bank "
                                        "build given after --)."),
                                     QStringLiteral("FILE")};
    QStringList m_buildOptions;
};

} // namespace

void addImportQtiCommand(exam::cli::Tool& tool)
{
    tool.add(std::make_unique<ImportQti>());
}

} // namespace exambank
