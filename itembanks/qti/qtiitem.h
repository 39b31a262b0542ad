#pragma once

#include "banks/bankcontent.h"

#include <QDomDocument>
#include <QStringList>

#include <functional>
#include <optional>

namespace exam::qti {

// One assessmentItem, and what became of it.
struct ItemOutcome
{
    QString identifier;              // the item's QTI identifier ("" when the file has none)
    std::optional<banks::Item> item; // set when it was imported (its domain still to be given)
    QStringList images;              // package paths of the pictures the item shows
    QStringList reasons;             // why it was not imported; empty when it was
    QStringList notes;               // what was left out of an imported item (feedback, styles)
};

// Turns a QTI 2.1 or 2.2 assessmentItem into an item of the authoring source (itembanks/FORMAT.md).
// Supported: one choiceInteraction of single cardinality with simpleChoices (shuffle and fixed
// choices), its prompt, the match_correct response processing template, and an XHTML subset in the
// body and choices: p, br, div, span, strong/b, em/i, sub and sup (as Unicode digits and signs), ul,
// ol, li, table (th/td, no spans), img with alt text (PNG and SVG, in the package). Anything else is
// a reason, in words an author can act on; an item is imported whole or not at all.
class QtiItemConverter
{
    Q_DECLARE_TR_FUNCTIONS(exam::qti::QtiItemConverter)
public:
    // `itemPath` is the item file's package path (pictures are relative to it); `mediaName` gives the
    // media file name a package picture gets in the source; `packageFile` the bytes of a package path
    // (empty when there is no such file).
    static ItemOutcome convert(const QDomDocument& document, const QString& itemPath,
                               const std::function<QString(const QString&)>& mediaName,
                               const std::function<QByteArray(const QString&)>& packageFile);
};

} // namespace exam::qti
