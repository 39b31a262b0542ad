#include "richtext.h"

#include "json/strictobject.h"

#include <QRegularExpression>

namespace exam::banks {

namespace {

enum class BlockKind { Paragraph, Bullets, Numbers, Table, Image };

struct Block
{
    BlockKind kind;
    QStringList lines;
};

const QRegularExpression& imageLinePattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^!\[(.*)\]\(([^()\s]+)\)$)"));
    return pattern;
}

const QRegularExpression& numberedPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{1,3}\. )"));
    return pattern;
}

const QRegularExpression& tableSeparatorPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\|?(\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?$)"));
    return pattern;
}

// The first characters rule most lines out before any pattern runs: a bank's opening classifies every
// line of every stem and option, and a regular expression match costs far more than a look at them.
bool mayBeImageLine(const QString& line)
{
    return line.startsWith(u"![");
}

bool isImageLine(const QString& line)
{
    return mayBeImageLine(line) && imageLinePattern().match(line).hasMatch();
}

BlockKind classify(const QString& line)
{
    if (isImageLine(line))
        return BlockKind::Image;
    if (line.startsWith(u"- "))
        return BlockKind::Bullets;
    if (!line.isEmpty() && line.front().isDigit() && numberedPattern().match(line).hasMatch())
        return BlockKind::Numbers;
    if (line.startsWith(u'|'))
        return BlockKind::Table;
    return BlockKind::Paragraph;
}

QList<Block> splitBlocks(QStringView markup)
{
    QList<Block> blocks;
    bool open = false;
    for (QStringView raw : markup.split(u'\n')) {
        const QString line = raw.trimmed().toString();
        if (line.isEmpty()) {
            open = false;
            continue;
        }
        const BlockKind kind = classify(line);
        if (open && kind != BlockKind::Image && blocks.last().kind == kind) {
            blocks.last().lines.append(line);
            continue;
        }
        blocks.append(Block{kind, {line}});
        open = kind != BlockKind::Image;
    }
    return blocks;
}

QString listItemText(const Block& block, const QString& line)
{
    if (block.kind == BlockKind::Bullets)
        return line.mid(2);
    return line.mid(numberedPattern().match(line).capturedLength());
}

// Cells of a table row; `\|` is a literal bar inside a cell.
QStringList tableCells(const QString& row)
{
    QStringList cells;
    QString cell;
    QString body = row.trimmed();
    if (body.startsWith(u'|'))
        body.remove(0, 1);
    if (body.endsWith(u'|') && !body.endsWith(QStringLiteral("\\|")))
        body.chop(1);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'\\' && i + 1 < body.size()) {
            cell += body[i];
            cell += body[++i]; // an escape pair stays whole: "\\|" is a backslash, then a cell border
        } else if (body[i] == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += body[i];
        }
    }
    cells.append(cell.trimmed());
    return cells;
}

QList<QStringList> tableRows(const Block& block)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < block.lines.size(); ++i) {
        if (i == 1 && tableSeparatorPattern().match(block.lines[i]).hasMatch())
            continue; // the |---|---| line under the heading; elsewhere "| - |" is a row of dashes
        rows.append(tableCells(block.lines[i]));
    }
    return rows;
}

enum class Output { Html, Plain };

// One character of text, escaped as QString::toHtmlEscaped() would for HTML; appended in place (a bank's
// opening renders every stem and option: a QString per character was most of that time).
void appendCharacter(QString& out, QChar c, Output output)
{
    if (output == Output::Html) {
        switch (c.unicode()) {
        case u'<': out += QLatin1StringView("&lt;"); return;
        case u'>': out += QLatin1StringView("&gt;"); return;
        case u'&': out += QLatin1StringView("&amp;"); return;
        case u'"': out += QLatin1StringView("&quot;"); return;
        default: break;
        }
    }
    out += c;
}

// Renders inline markup (escapes, **strong**, *emphasis*). Sets `error` and returns an empty string
// when a marker is left open or an image sits inside running text.
QString renderInline(QStringView text, Output output, QString* error)
{
    QString out;
    out.reserve(text.size() + (output == Output::Html ? 16 : 0));
    QString open; // the markers open now, innermost last: 'b' strong, 'i' emphasis
    const auto toggle = [&](QChar marker) {
        if (!open.isEmpty() && open.back() == marker) {
            open.chop(1);
            if (output == Output::Html)
                out += marker == u'b' ? QStringLiteral("</b>") : QStringLiteral("</i>");
            return true;
        }
        if (open.contains(marker))
            return false; // closing an outer marker across an inner one: **a *b** c*
        open += marker;
        if (output == Output::Html)
            out += marker == u'b' ? QStringLiteral("<b>") : QStringLiteral("<i>");
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size() && QStringView(u"\\*|![]_").contains(text[i + 1])) {
            appendCharacter(out, text[++i], output);
        } else if (c == u'*') {
            const bool strong = i + 1 < text.size() && text[i + 1] == u'*';
            i += strong ? 1 : 0;
            if (!toggle(strong ? u'b' : u'i')) {
                if (error)
                    *error = RichText::tr("The ** and * markers overlap; close the inner one first: **a *b* c**.");
                return {};
            }
        } else if (c == u'!' && i + 1 < text.size() && text[i + 1] == u'[') {
            if (error)
                *error = RichText::tr("An image must stand on a line of its own: ![alt text](file.svg).");
            return {};
        } else {
            appendCharacter(out, c, output);
        }
    }
    if (!open.isEmpty() && error) {
        *error = open.contains(u'b')
                     ? RichText::tr("A ** (strong) marker is not closed.")
                     : RichText::tr("A * (emphasis) marker is not closed; write \\* for a literal star.");
        return {};
    }
    return out;
}

std::optional<RichText::Image> imageOf(const QString& line)
{
    if (!mayBeImageLine(line))
        return std::nullopt;
    const auto match = imageLinePattern().match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return RichText::Image{match.captured(1).trimmed(), match.captured(2)};
}

} // namespace

Result<QList<RichText::Image>> RichText::validate(QStringView markup, Context context)
{
    const qsizetype maxLength = context == Context::Stem ? MaxStemLength : MaxOptionLength;
    if (markup.trimmed().isEmpty())
        return fail(ErrorCode::ParseError, tr("The text is empty."));
    if (markup.size() > maxLength)
        return fail(ErrorCode::LimitExceeded,
                    tr("The text is %1 characters long; at most %2 are allowed.").arg(markup.size()).arg(maxLength));
    if (StrictObject::hasForbiddenCharacter(markup, false))
        return fail(ErrorCode::ParseError, tr("The text contains a control character or a text-direction override."));
    if (context == Context::Option) {
        const QString line = markup.trimmed().toString();
        if (line.contains(u'\n'))
            return fail(ErrorCode::ParseError, tr("An option is one line of text, or one image."));
        if (!isImageLine(line)) {
            QString error;
            renderInline(line, Output::Plain, &error);
            if (!error.isEmpty())
                return fail(ErrorCode::ParseError, error);
            return QList<Image>();
        }
    }
    const QList<Block> blocks = splitBlocks(markup);
    QList<Image> images;
    for (const Block& block : blocks) {
        QString error;
        if (block.kind == BlockKind::Image) {
            const Image image = *imageOf(block.lines[0]);
            if (image.alt.isEmpty())
                return fail(ErrorCode::ParseError, tr("The image “%1” has no alt text; write what a screen-reader "
                                                      "user needs to answer: ![alt text](%1).")
                                                       .arg(image.file));
            if (image.alt.size() > MaxAltLength)
                return fail(ErrorCode::LimitExceeded,
                            tr("The alt text of “%1” is longer than %2 characters.").arg(image.file).arg(MaxAltLength));
            renderInline(image.alt, Output::Plain, &error);
            images.append(image);
        } else if (block.kind == BlockKind::Table) {
            const QList<QStringList> rows = tableRows(block);
            if (rows.size() < 2 || rows.size() > MaxTableRows)
                return fail(ErrorCode::ParseError,
                            tr("A table needs a heading row and 1 to %1 rows below it.").arg(MaxTableRows - 1));
            for (const QStringList& row : rows) {
                if (row.size() != rows[0].size())
                    return fail(ErrorCode::ParseError, tr("Every row of a table needs the same number of cells "
                                                          "(the first row has %1).")
                                                           .arg(rows[0].size()));
                if (row.size() > MaxTableColumns)
                    return fail(ErrorCode::LimitExceeded, tr("A table has at most %1 columns.").arg(MaxTableColumns));
                for (const QString& cell : row) {
                    renderInline(cell, Output::Plain, &error);
                    if (!error.isEmpty())
                        break;
                }
            }
        } else {
            for (const QString& line : block.lines)
                renderInline(block.kind == BlockKind::Paragraph ? line : listItemText(block, line), Output::Plain,
                             &error);
        }
        if (!error.isEmpty())
            return fail(ErrorCode::ParseError, error);
    }
    return images;
}

QList<RichText::Image> RichText::images(QStringView markup)
{
    QList<Image> found;
    for (const Block& block : splitBlocks(markup)) {
        if (block.kind == BlockKind::Image)
            found.append(*imageOf(block.lines[0]));
    }
    return found;
}

QString RichText::toHtml(QStringView markup, Context context)
{
    if (context == Context::Option && !isImageLine(markup.trimmed().toString()))
        return renderInline(markup.trimmed(), Output::Html, nullptr);
    QString html;
    for (const Block& block : splitBlocks(markup)) {
        switch (block.kind) {
        case BlockKind::Paragraph:
            html += QStringLiteral("<p>") + renderInline(block.lines.join(u' '), Output::Html, nullptr)
                    + QStringLiteral("</p>");
            break;
        case BlockKind::Bullets:
        case BlockKind::Numbers: {
            const bool numbered = block.kind == BlockKind::Numbers;
            html += numbered ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
            for (const QString& line : block.lines)
                html += QStringLiteral("<li>") + renderInline(listItemText(block, line), Output::Html, nullptr)
                        + QStringLiteral("</li>");
            html += numbered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
            break;
        }
        case BlockKind::Table: {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\">");
            const QList<QStringList> rows = tableRows(block);
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QString cellTag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
                html += QStringLiteral("<tr>");
                for (const QString& cell : rows[r])
                    html += u'<' + cellTag + u'>' + renderInline(cell, Output::Html, nullptr) + QStringLiteral("</")
                            + cellTag + u'>';
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
            break;
        }
        case BlockKind::Image: {
            const Image image = *imageOf(block.lines[0]);
            html +=
                QStringLiteral("<p><img src=\"bank-media:%1\" alt=\"%2\"></p>")
                    .arg(image.file.toHtmlEscaped(), renderInline(image.alt, Output::Plain, nullptr).toHtmlEscaped());
            break;
        }
        }
    }
    return html;
}

QString RichText::toPlainText(QStringView markup, Context context)
{
    if (context == Context::Option && !isImageLine(markup.trimmed().toString()))
        return renderInline(markup.trimmed(), Output::Plain, nullptr);
    QStringList parts;
    for (const Block& block : splitBlocks(markup)) {
        switch (block.kind) {
        case BlockKind::Paragraph: parts.append(renderInline(block.lines.join(u' '), Output::Plain, nullptr)); break;
        case BlockKind::Bullets:
        case BlockKind::Numbers: {
            int number = 0;
            for (const QString& line : block.lines) {
                const QString text = renderInline(listItemText(block, line), Output::Plain, nullptr);
                parts.append(block.kind == BlockKind::Numbers ? QStringLiteral("%1. %2").arg(++number).arg(text)
                                                              : QStringLiteral("• ") + text);
            }
            break;
        }
        case BlockKind::Table:
            for (const QStringList& row : tableRows(block)) {
                QStringList cells;
                for (const QString& cell : row)
                    cells.append(renderInline(cell, Output::Plain, nullptr));
                parts.append(cells.join(QStringLiteral("; ")));
            }
            break;
        case BlockKind::Image:
            parts.append(tr("Image: %1").arg(renderInline(imageOf(block.lines[0])->alt, Output::Plain, nullptr)));
            break;
        }
    }
    return parts.join(u'\n');
}

} // namespace exam::banks
