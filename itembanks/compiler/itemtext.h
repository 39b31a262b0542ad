#pragma once

#include "banks/bankcontent.h"

#include <QList>
#include <QString>

namespace exam::bankcompiler {

// A problem in an authoring source, with where it is, so an author can go straight to it.
struct SourceProblem
{
    QString file;   // relative to the source folder
    int line = 0;   // 1-based; 0 when not about one line
    QString itemId; // empty when not about one item
    QString message;

    QString toString() const;
};

struct ParsedItem
{
    banks::Item item;
    int line = 0; // where the item starts
    bool hasProblems = false;
};

// The item text format of an authoring source (itembanks/FORMAT.md, "Item files"): items separated by
// a line "---", each with "name: value" lines, a blank line, the stem, and options "A) …" to "E) …".
class ItemTextParser
{
    Q_DECLARE_TR_FUNCTIONS(exam::bankcompiler::ItemTextParser)
public:
    // Parses every item of a file; problems are appended, never fatal, so one run reports them all.
    static QList<ParsedItem> parse(const QString& text, const QString& fileName, QList<SourceProblem>& problems);
    // The item in the same format (used by generators and tests): parse(write(x)) == x.
    static QString write(const banks::Item& item);
};

} // namespace exam::bankcompiler
