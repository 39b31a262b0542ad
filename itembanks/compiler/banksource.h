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
    static SourceResult read(const QString& folder);

private:
    static void readModule(const QString& folder, SourceResult& result);
    // origins: where each item id was written; unparsed: ids of items whose text already has problems.
    static void readItems(const QString& folder, SourceResult& result, QHash<QString, SourceProblem>& origins,
                          QSet<QString>& unparsed);
    static void readMedia(const QString& folder, SourceResult& result);
};

} // namespace exam::bankcompiler
