#pragma once

#include "itemtext.h"

#include <QHash>
#include <QSet>

namespace exam::bankcompiler {

struct SourceResult
{
    banks::BankContent content;
    QList<SourceProblem> problems; // empty: the content is valid and can be built
};

// Reads an authoring source folder (itembanks/FORMAT.md, "Authoring source"): module.json, items/*.txt
// and media/*. Reports every problem it finds in one go, each with file, line and item id.
class BankSource
{
    Q_DECLARE_TR_FUNCTIONS(exam::bankcompiler::BankSource)
public:
    // `extraFolders` add items/ and media/ of their own (the build adds generated items this way);
    // module.json comes from `folder` only.
    static SourceResult read(const QString& folder, const QStringList& extraFolders = {});

private:
    static void readModule(const QString& folder, SourceResult& result);
    // origins: where each item id was written; unparsed: ids of items whose text already has problems.
    // `label` prefixes the file names in problems ("" for the main folder).
    static void readItems(const QString& folder, const QString& label, SourceResult& result,
                          QHash<QString, SourceProblem>& origins, QSet<QString>& unparsed);
    static void readMedia(const QString& folder, const QString& label, SourceResult& result);
};

} // namespace exam::bankcompiler
