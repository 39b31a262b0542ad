#include "banksource.h"

#include "banks/bankformat.h"
#include "json/strictobject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace exam::bankcompiler {

using namespace banks;

namespace {

const QString ModuleFile = QStringLiteral("module.json");

} // namespace

SourceResult BankSource::read(const QString& folder, const QStringList& extraFolders)
{
    SourceResult result;
    if (!QFileInfo(folder).isDir()) {
        result.problems.append({folder, 0, QString(), tr("The source folder does not exist.")});
        return result;
    }
    QHash<QString, SourceProblem> origins; // item id -> where it was written
    QSet<QString> itemsWithProblems;
    readModule(folder, result);
    readItems(folder, QString(), result, origins, itemsWithProblems);
    readMedia(folder, QString(), result);
    for (const QString& extra : extraFolders) {
        if (!QFileInfo(extra).isDir()) {
            result.problems.append({extra, 0, QString(), tr("The source folder does not exist.")});
            continue;
        }
        readItems(extra, QFileInfo(extra).absoluteFilePath() + u'/', result, origins, itemsWithProblems);
        readMedia(extra, QFileInfo(extra).absoluteFilePath() + u'/', result);
    }
    // Content rules next; an item that already has a problem is not judged again, so one mistake is
    // not reported twice in other words.
    const bool moduleHasProblems = std::any_of(result.problems.cbegin(), result.problems.cend(),
                                               [](const SourceProblem& problem) { return problem.file == ModuleFile; });
    // Without valid module settings every item would fail against an empty blueprint: judge nothing.
    const QList<ContentProblem> contentProblems =
        moduleHasProblems ? QList<ContentProblem>() : validateContent(result.content);
    for (const ContentProblem& problem : contentProblems) {
        if (itemsWithProblems.contains(problem.itemId))
            continue;
        SourceProblem located = origins.value(problem.itemId, SourceProblem{ModuleFile, 0, QString(), QString()});
        if (!problem.mediaName.isEmpty())
            located.file = QStringLiteral("media/") + problem.mediaName;
        located.itemId = problem.itemId;
        located.message = problem.message;
        result.problems.append(located);
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const SourceProblem& a, const SourceProblem& b) {
                         return std::tie(a.file, a.line) < std::tie(b.file, b.line);
                     });
    return result;
}

void BankSource::readModule(const QString& folder, SourceResult& result)
{
    QFile file(QDir(folder).filePath(ModuleFile));
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append({ModuleFile, 0, QString(), tr("Cannot read it: %1.").arg(file.errorString())});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.problems.append(
            {ModuleFile, 0, QString(),
             tr("Not a JSON object: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)});
        return;
    }
    StrictObject json(document.object(), QString());
    BankContent& content = result.content;
    ModuleSettings& module = content.module;
    content.bankId = json.string(QStringLiteral("bankId"), 64);
    content.bankVersion = int(json.integer(QStringLiteral("version"), 1, format::MaxBankVersion));
    module = readModuleSettings(json);
    if (document.object().contains(QStringLiteral("rules"))) {
        StrictObject rules = json.object(QStringLiteral("rules"));
        content.rules = ModuleRules::fromJson(rules);
        json.absorb(rules);
        if (json.ok())
            if (const QString problem = content.rules->problemFor(module.code); !problem.isEmpty())
                json.reject(QStringLiteral("rules"), problem);
    }
    json.rejectUnknownFields();
    if (auto error = json.error())
        result.problems.append({ModuleFile, 0, QString(), error->message});
}

void BankSource::readItems(const QString& folder, const QString& label, SourceResult& result,
                           QHash<QString, SourceProblem>& origins, QSet<QString>& unparsed)
{
    const QDir itemsDir(QDir(folder).filePath(QStringLiteral("items")));
    const QStringList files = itemsDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        result.problems.append(
            {label + QStringLiteral("items/"), 0, QString(), tr("There are no item files (items/*.txt).")});
    for (const QString& name : files) {
        const QString relative = label + QStringLiteral("items/") + name;
        QFile file(itemsDir.filePath(name));
        if (file.size() > 16 * 1024 * 1024) {
            result.problems.append({relative, 0, QString(), tr("Larger than 16 MiB; split it into several files.")});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append({relative, 0, QString(), tr("Cannot read it: %1.").arg(file.errorString())});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            result.problems.append({relative, 0, QString(), tr("The file is not UTF-8 text.")});
            continue;
        }
        for (ParsedItem& parsed : ItemTextParser::parse(text, relative, result.problems)) {
            if (parsed.hasProblems && !parsed.item.id.isEmpty())
                unparsed.insert(parsed.item.id);
            if (origins.contains(parsed.item.id) && !parsed.item.id.isEmpty()) {
                const SourceProblem first = origins.value(parsed.item.id);
                result.problems.append(
                    {relative, parsed.line, parsed.item.id,
                     tr("The id is used twice; the first is at %1:%2.").arg(first.file).arg(first.line)});
                continue;
            }
            origins.insert(parsed.item.id, SourceProblem{relative, parsed.line, parsed.item.id, QString()});
            result.content.items.append(std::move(parsed.item));
        }
    }
}

void BankSource::readMedia(const QString& folder, const QString& label, SourceResult& result)
{
    const QDir mediaDir(QDir(folder).filePath(QStringLiteral("media")));
    const QStringList files = mediaDir.entryList(QDir::Files, QDir::Name);
    for (const QString& name : files) {
        const QString relative = label + QStringLiteral("media/") + name;
        QFile file(mediaDir.filePath(name));
        if (file.size() > format::MaxMediaFileSize) {
            result.problems.append(
                {relative, 0, QString(), tr("Larger than %1 MiB.").arg(format::MaxMediaFileSize >> 20)});
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.problems.append({relative, 0, QString(), tr("Cannot read it: %1.").arg(file.errorString())});
            continue;
        }
        const QByteArray data = file.readAll();
        const QString type = sniffMediaType(data);
        if (type.isEmpty()) {
            result.problems.append({relative, 0, QString(), tr("Not a PNG or SVG image.")});
            continue;
        }
        result.content.media.append(MediaFile{name, type, Sensitive<QByteArray>(data)});
    }
}

} // namespace exam::bankcompiler
