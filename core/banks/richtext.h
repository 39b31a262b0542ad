#pragma once

#include "error.h"

#include <QString>
#include <QStringList>

namespace exam::banks {

// The limited rich text of item stems and options (specified in itembanks/FORMAT.md, "Rich text"):
// paragraphs, **strong**, *emphasis*, bulleted and numbered lists, simple tables, and images on a line
// of their own as ![alt text](file.svg). Banks carry this markup as written; it is checked when a bank
// is built and again when it is opened, and turned into HTML only for display, with every character of
// the author's text escaped, so a bank cannot inject markup into the kiosk.
class RichText
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::RichText)
public:
    enum class Context {
        Stem,   // everything above
        Option, // one line: inline text, or a single image
    };

    struct Image
    {
        QString alt;
        QString file;
    };

    static constexpr qsizetype MaxStemLength = 16 * 1024;
    static constexpr qsizetype MaxOptionLength = 2 * 1024;
    static constexpr qsizetype MaxAltLength = 1024;
    static constexpr int MaxTableColumns = 8;
    static constexpr int MaxTableRows = 40;

    // The images the markup shows, or an error saying what is wrong (unclosed emphasis, an image
    // without alt text, a table whose rows differ in width…).
    static Result<QList<Image>> validate(QStringView markup, Context context);

    // The images the markup refers to, without judging anything else.
    static QList<Image> images(QStringView markup);

    // HTML for QTextDocument. Images refer to `bank-media:<file>`. Call only on validated markup. An
    // option is rendered inline (no paragraph), and never as a list: "1. Close the valve" is text.
    static QString toHtml(QStringView markup, Context context = Context::Stem);

    // Plain text for speech and for the review printout: markers dropped, list items on their own
    // lines, table cells read row by row, images as "Image: <alt text>".
    static QString toPlainText(QStringView markup, Context context = Context::Stem);
};

} // namespace exam::banks
