#pragma once

#include "banks/bankcontent.h"
#include "error.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace exam::qti {

class QtiPackage;

struct ImportOptions
{
    QString package;                 // a zip file or a folder
    QString outputFolder;            // must not exist yet, or be empty
    QString moduleFile;              // a module.json to use; empty: a draft is written
    QHash<QString, QString> domains; // item (or resource) identifier -> domain id, before the manifest's
    QString defaultDomain;           // for items with no domain otherwise; empty: none
};

// What became of one item resource of the manifest.
struct ImportEntry
{
    QString file;       // the item's file in the package
    QString identifier; // the item's identifier (or the resource's, when the file could not be read)
    QString domain;
    bool imported = false;
    QStringList reasons; // why not
    QStringList notes;   // what was left out of an imported item
};

struct ImportReport
{
    QString package;
    QList<ImportEntry> entries;
    int otherResources = 0; // resources that are not items (tests, shared files)
    bool draftModule = false;

    int imported() const;
    int skipped() const;
    QString summary() const; // "12 items imported, 3 skipped."
    QString text() const;    // the whole report, one line an item
};

// What an import read, ready to be written as an authoring source.
struct ImportedSource
{
    ImportReport report;
    QMap<QString, QList<banks::Item>> items;     // by domain, in the manifest's order
    QList<std::pair<QString, QByteArray>> media; // media file name, bytes
    QJsonObject module;                          // module.json, given or drafted
    QString packageName;                         // one line, for the files' first line
};

// `exam-bank import-qti`: an IMS content package of QTI 2.1/2.2 items in, an authoring source out
// (module.json, items/<domain>.txt, media/, import-report.txt). Items that cannot be imported are
// listed in the report with the reason, never dropped silently; the package is refused as a whole only
// when it cannot be read safely (see QtiPackage, QtiXml) or has no manifest.
class QtiImport
{
    Q_DECLARE_TR_FUNCTIONS(exam::qti::QtiImport)
public:
    // Reads the package (and --module, --domain-map's domains); refuses an output folder that holds
    // something before reading anything. Errors are about the inputs (or Conflict: the folder).
    static Result<ImportedSource> read(const ImportOptions& options);
    // The same for a package already open, with the module.json's object (empty: a draft is made).
    static Result<ImportedSource> read(const QtiPackage& package, QJsonObject module, const ImportOptions& options);
    // Writes the source; errors are about the output folder.
    static Result<void> write(const ImportedSource& source, const QString& outputFolder);
    static Result<ImportReport> run(const ImportOptions& options); // read, then write
};

} // namespace exam::qti
