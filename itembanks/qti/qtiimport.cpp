#include "qtiimport.h"

#include "compiler/itemtext.h"
#include "qtiitem.h"
#include "qtipackage.h"
#include "qtixml.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>

namespace exam::qti {

namespace {

const QString XmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

QString metadataDomain(const QDomElement& resource);

struct ItemResource
{
    QString identifier;
    QString file;    // package path
    QString domain;  // from the resource's metadata; empty when it has none
    QString problem; // why the resource cannot be read as an item
};

// A manifest's (and its nested manifests') item resources, with xml:base applied; every resource
// whose type names a QTI item counts, the versions not read are skipped with the reason.
void collectResources(const QDomElement& manifest, const QString& base, QList<ItemResource>& items, int& others)
{
    const auto joined = [](const QString& outer, const QDomElement& element) -> Result<QString> {
        const QString xmlBase = element.attributeNS(XmlNamespace, QStringLiteral("base"));
        return xmlBase.isEmpty() ? Result<QString>(outer) : QtiPackage::resolve(outer, xmlBase);
    };
    const auto manifestBase = joined(base, manifest);
    const QDomElement resources = QtiXml::child(manifest, QStringLiteral("resources"));
    const auto resourcesBase = manifestBase ? joined(*manifestBase, resources) : manifestBase;
    for (const QDomElement& resource : QtiXml::children(resources, QStringLiteral("resource"))) {
        const QString type = resource.attribute(QStringLiteral("type"));
        if (!type.startsWith(u"imsqti_") || !type.contains(u"item")) {
            ++others;
            continue;
        }
        ItemResource item{resource.attribute(QStringLiteral("identifier")), QString(), metadataDomain(resource),
                          QString()};
        const auto resourceBase = resourcesBase ? joined(*resourcesBase, resource) : resourcesBase;
        auto path = resourceBase ? QtiPackage::resolve(*resourceBase, resource.attribute(QStringLiteral("href")))
                                 : std::unexpected(resourceBase.error());
        if (path)
            item.file = *path;
        else
            item.problem = path.error().message;
        if (type != u"imsqti_item_xmlv2p1" && type != u"imsqti_item_xmlv2p2")
            item.problem = QtiImport::tr("a resource of type %1 (only QTI 2.1 and 2.2 items, imsqti_item_xmlv2p1 and "
                                         "imsqti_item_xmlv2p2, are read)")
                               .arg(type);
        items.append(item);
    }
    for (const QDomElement& nested : QtiXml::children(manifest, QStringLiteral("manifest")))
        collectResources(nested, manifestBase.value_or(base), items, others);
}

// The domain an item's metadata gives: the first taxon of a LOM classification (its id, or its entry
// text), as IMS metadata bindings write it.
QString metadataDomain(const QDomElement& resource)
{
    QList<QDomElement> pending{QtiXml::child(resource, QStringLiteral("metadata"))};
    while (!pending.isEmpty()) {
        const QDomElement element = pending.takeFirst();
        if (element.isNull())
            continue;
        if (element.localName() == u"taxon") {
            const QString id = QtiXml::text(QtiXml::child(element, QStringLiteral("id")));
            if (!id.isEmpty())
                return id;
            const QString entry = QtiXml::text(QtiXml::child(element, QStringLiteral("entry")));
            if (!entry.isEmpty())
                return entry;
        }
        pending += QtiXml::children(element);
    }
    return {};
}

// A domain id as module.json wants it: "Safe Workplace" -> "safe-workplace".
QString domainId(const QString& text)
{
    QString id = text.trimmed().toLower();
    id.replace(QRegularExpression(QStringLiteral("[\\s_]+")), QStringLiteral("-"));
    return id;
}

// A media file name for a package picture: its own name made safe, numbered when two pictures share it.
class MediaNames
{
public:
    QString nameFor(const QString& path)
    {
        if (m_names.contains(path))
            return m_names.value(path);
        QString base = path.section(u'/', -1);
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("-"));
        while (!base.isEmpty() && !base.at(0).isLetterOrNumber())
            base.remove(0, 1);
        if (base.isEmpty())
            base = QStringLiteral("picture");
        base = base.right(90);
        QString name = base;
        const qsizetype dot = base.lastIndexOf(u'.');
        for (int n = 2; m_taken.contains(name.toLower()); ++n)
            name = dot > 0 ? QString(base.left(dot) + QStringLiteral("-%1").arg(n) + base.mid(dot))
                           : QString(base + QStringLiteral("-%1").arg(n));
        m_taken.insert(name.toLower());
        m_names.insert(path, name);
        return name;
    }

private:
    QHash<QString, QString> m_names;
    QSet<QString> m_taken;
};

// A name for the first line of a file: no line breaks or other control characters from outside.
QString oneLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (!c.isPrint())
            c = u'?';
    return out;
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::IoError, QtiImport::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int ImportReport::imported() const
{
    return int(
        std::count_if(entries.cbegin(), entries.cend(), [](const ImportEntry& entry) { return entry.imported; }));
}

int ImportReport::skipped() const
{
    return int(entries.size()) - imported();
}

QString ImportReport::summary() const
{
    return QtiImport::tr("%n item(s) imported", nullptr, imported()) + QStringLiteral(", ")
           + QtiImport::tr("%n skipped", nullptr, skipped()) + QStringLiteral(".");
}

QString ImportReport::text() const
{
    QString out = QtiImport::tr("# QTI import of %1\n# %2\n").arg(oneLine(package), summary());
    if (otherResources > 0)
        out += QtiImport::tr("# %n other resource(s) of the manifest (tests, shared files) hold no items.\n", nullptr,
                             otherResources);
    if (draftModule)
        out += QtiImport::tr("# module.json is a draft: set the code, title, program, time limit and blueprint "
                             "before building a bank for real use.\n");
    for (const ImportEntry& entry : entries) {
        if (entry.imported) {
            out += QtiImport::tr("imported  %1  (%2, domain %3)").arg(entry.identifier, entry.file, entry.domain);
            if (!entry.notes.isEmpty())
                out += QtiImport::tr("; note: %1").arg(entry.notes.join(QStringLiteral("; ")));
        } else {
            out += QtiImport::tr("skipped   %1  (%2): %3")
                       .arg(entry.identifier, entry.file, entry.reasons.join(QStringLiteral("; ")));
        }
        out += u'\n';
    }
    return out;
}

Result<ImportedSource> QtiImport::read(const ImportOptions& options)
{
    const QDir output(options.outputFolder);
    if (output.exists() && !output.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ErrorCode::Conflict, tr("%1 is not empty: the import never writes over an authoring source. "
                                            "Give a new folder.")
                                             .arg(options.outputFolder));
    // The module.json given: its domains are the ones items may have.
    QJsonObject module;
    if (!options.moduleFile.isEmpty()) {
        QFile file(options.moduleFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::IoError, tr("%1 cannot be read: %2").arg(options.moduleFile, file.errorString()));
        const QJsonDocument json = QJsonDocument::fromJson(file.read(1024 * 1024));
        if (!json.isObject() || !json.object().value(QStringLiteral("domains")).isArray())
            return fail(ErrorCode::ParseError,
                        tr("%1 is not a module.json with its domains (itembanks/FORMAT.md).").arg(options.moduleFile));
        module = json.object();
    }
    auto package = QtiPackage::open(options.package);
    if (!package)
        return std::unexpected(package.error());
    return read(*package, module, options);
}

Result<ImportedSource> QtiImport::read(const QtiPackage& package, QJsonObject module, const ImportOptions& options)
{
    QSet<QString> moduleDomains;
    for (const QJsonValue& domain : module.value(QStringLiteral("domains")).toArray())
        moduleDomains.insert(domain.toObject().value(QStringLiteral("id")).toString());
    if (!package.contains(QStringLiteral("imsmanifest.xml")))
        return fail(ErrorCode::ParseError,
                    tr("%1 has no imsmanifest.xml at its top: it is not an IMS content package.").arg(options.package));
    auto manifest = QtiXml::parse(package.file(QStringLiteral("imsmanifest.xml")), QStringLiteral("imsmanifest.xml"));
    if (!manifest)
        return std::unexpected(manifest.error());
    const QDomElement root = manifest->documentElement();
    if (root.localName() != u"manifest")
        return fail(ErrorCode::ParseError,
                    tr("imsmanifest.xml is not a content package manifest (its root is <%1>).").arg(root.localName()));

    ImportedSource source;
    ImportReport& report = source.report;
    report.package = options.package;
    source.packageName = oneLine(QFileInfo(options.package).fileName());
    QList<ItemResource> resources;
    collectResources(root, QString(), resources, report.otherResources);

    MediaNames mediaNames;
    const std::function<QString(const QString&)> mediaName = [&mediaNames](const QString& path) {
        return mediaNames.nameFor(path);
    };
    const std::function<QByteArray(const QString&)> packageFile = [&package](const QString& path) {
        return package.file(path);
    };
    QSet<QString> usedIds;
    QHash<QString, QString> stems; // the stem as a candidate reads it -> the item that has it
    QStringList images;
    QString language;
    for (const ItemResource& resource : resources) {
        ImportEntry entry{resource.file, resource.identifier, QString(), false, {}, {}};
        const auto skip = [&](const QString& reason) {
            entry.reasons.append(reason);
            report.entries.append(entry);
        };
        if (!resource.problem.isEmpty()) {
            skip(resource.problem);
            continue;
        }
        if (!package.contains(resource.file)) {
            skip(tr("the manifest names %1, which is not in the package").arg(resource.file));
            continue;
        }
        auto document = QtiXml::parse(package.file(resource.file), resource.file);
        if (!document) {
            skip(document.error().message.mid(resource.file.size() + 2)); // the report names the file already
            continue;
        }
        ItemOutcome outcome = QtiItemConverter::convert(*document, resource.file, mediaName, packageFile);
        if (!outcome.identifier.isEmpty())
            entry.identifier = outcome.identifier;
        entry.notes = outcome.notes;
        if (!outcome.item) {
            entry.reasons = outcome.reasons;
            report.entries.append(entry);
            continue;
        }
        QString domain = options.domains.value(entry.identifier, options.domains.value(resource.identifier));
        if (domain.isEmpty())
            domain = resource.domain;
        if (domain.isEmpty())
            domain = options.defaultDomain;
        domain = domainId(domain);
        entry.domain = domain;
        if (domain.isEmpty()) {
            skip(tr("no domain: the manifest's metadata gives none; give one with --domain-map or --domain"));
            continue;
        }
        if (!banks::isDomainId(domain)) {
            skip(tr("the domain \"%1\" is not a domain id (lowercase letters, digits and dashes); map it with "
                    "--domain-map")
                     .arg(domain));
            continue;
        }
        if (!module.isEmpty() && !moduleDomains.contains(domain)) {
            skip(tr("the domain \"%1\" is not one of %2's domains").arg(domain, options.moduleFile));
            continue;
        }
        if (usedIds.contains(entry.identifier)) {
            skip(tr("the identifier is used by an earlier item of the package"));
            continue;
        }
        // A bank refuses two items a candidate would read as one; the later one is skipped here.
        const QString stem = banks::stemIdentity(outcome.item->body.reveal().stem);
        if (stems.contains(stem)) {
            skip(tr("the same stem as the item %1").arg(stems.value(stem)));
            continue;
        }
        stems.insert(stem, entry.identifier);
        usedIds.insert(entry.identifier);
        if (language.isEmpty())
            language = document->documentElement().attributeNS(XmlNamespace, QStringLiteral("lang"));
        outcome.item->domain = domain;
        source.items[domain].append(*outcome.item);
        for (const QString& image : outcome.images)
            if (!images.contains(image))
                images.append(image);
        entry.imported = true;
        report.entries.append(entry);
    }
    for (const QString& image : images)
        source.media.append({mediaNames.nameFor(image), package.file(image)});

    if (module.isEmpty()) {
        report.draftModule = true;
        QJsonArray domains;
        int total = 0;
        for (auto it = source.items.cbegin(); it != source.items.cend(); ++it) {
            domains.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("title"), it.key()},
                                       {QStringLiteral("count"), int(it.value().size())}});
            total += int(it.value().size());
        }
        module =
            QJsonObject{{QStringLiteral("bankId"), QStringLiteral("imported.qti")},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("code"), QStringLiteral("QTI-IMPORT")},
                        {QStringLiteral("title"), tr("Imported items")},
                        {QStringLiteral("program"), tr("Imported from %1").arg(source.packageName)},
                        {QStringLiteral("language"), banks::isLanguageTag(language) ? language : QStringLiteral("en")},
                        {QStringLiteral("timeLimitMinutes"), 90},
                        {QStringLiteral("passPercent"), 75},
                        {QStringLiteral("formLength"), total},
                        {QStringLiteral("pilotCount"), 0},
                        {QStringLiteral("calculatorAllowed"), false},
                        {QStringLiteral("domains"), domains}};
    }
    source.module = module;
    return source;
}

Result<void> QtiImport::write(const ImportedSource& source, const QString& outputFolder)
{
    const QDir output(outputFolder);
    if (!QDir().mkpath(output.filePath(QStringLiteral("items"))))
        return fail(ErrorCode::IoError, tr("%1 cannot be created.").arg(outputFolder));
    const QString stamp = tr("# Imported from %1 by exam-bank import-qti on %2; see import-report.txt.\n")
                              .arg(source.packageName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (auto it = source.items.cbegin(); it != source.items.cend(); ++it) {
        QStringList texts;
        for (const banks::Item& item : it.value())
            texts.append(bankcompiler::ItemTextParser::write(item));
        if (auto written = writeFile(output.filePath(QStringLiteral("items/%1.txt").arg(it.key())),
                                     (stamp + texts.join(QStringLiteral("---\n"))).toUtf8());
            !written)
            return written;
    }
    if (!source.media.isEmpty() && !QDir().mkpath(output.filePath(QStringLiteral("media"))))
        return fail(ErrorCode::IoError, tr("%1 cannot be created.").arg(output.filePath(QStringLiteral("media"))));
    for (const auto& [name, bytes] : source.media)
        if (auto written = writeFile(output.filePath(QStringLiteral("media/") + name), bytes); !written)
            return written;
    if (auto written = writeFile(output.filePath(QStringLiteral("module.json")), QJsonDocument(source.module).toJson());
        !written)
        return written;
    return writeFile(output.filePath(QStringLiteral("import-report.txt")), source.report.text().toUtf8());
}

Result<ImportReport> QtiImport::run(const ImportOptions& options)
{
    auto source = read(options);
    if (!source)
        return std::unexpected(source.error());
    if (auto written = write(*source, options.outputFolder); !written)
        return std::unexpected(written.error());
    return source->report;
}

} // namespace exam::qti
