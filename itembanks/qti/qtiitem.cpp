#include "qtiitem.h"

#include "banks/richtext.h"
#include "compiler/itemtext.h"
#include "qtipackage.h"
#include "qtixml.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace exam::qti {

namespace {

const QStringList QtiNamespaces = {QStringLiteral("http://www.imsglobal.org/xsd/imsqti_v2p1"),
                                   QStringLiteral("http://www.imsglobal.org/xsd/imsqti_v2p2")};

bool isMatchCorrect(const QString& uri)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^https?://www\.imsglobal\.org/question/qti_v2p[12]/rptemplates/match_correct(\.xml)?$)"));
    return pattern.match(uri).hasMatch();
}

// Our markup's special characters, written as themselves.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'|' || c == u'!' || c == u'[' || c == u']' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

// XML's white space as HTML shows it: any run of it is one space (QtiXml's SpaceMark included).
QString collapsed(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == QtiXml::SpaceMark) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

// sub and sup as Unicode characters: chemistry (H₂O), units (m²) and powers (10⁻³) need no more.
std::optional<QString> scripted(const QString& text, bool superscript)
{
    static const QHash<QChar, QChar> sub = {
        {u'0', u'₀'}, {u'1', u'₁'}, {u'2', u'₂'}, {u'3', u'₃'}, {u'4', u'₄'}, {u'5', u'₅'}, {u'6', u'₆'}, {u'7', u'₇'},
        {u'8', u'₈'}, {u'9', u'₉'}, {u'+', u'₊'}, {u'-', u'₋'}, {u'−', u'₋'}, {u'=', u'₌'}, {u'(', u'₍'}, {u')', u'₎'}};
    static const QHash<QChar, QChar> sup = {{u'0', u'⁰'}, {u'1', u'¹'}, {u'2', u'²'}, {u'3', u'³'}, {u'4', u'⁴'},
                                            {u'5', u'⁵'}, {u'6', u'⁶'}, {u'7', u'⁷'}, {u'8', u'⁸'}, {u'9', u'⁹'},
                                            {u'+', u'⁺'}, {u'-', u'⁻'}, {u'−', u'⁻'}, {u'=', u'⁼'}, {u'(', u'⁽'},
                                            {u')', u'⁾'}, {u'n', u'ⁿ'}, {u'i', u'ⁱ'}};
    const auto& table = superscript ? sup : sub;
    QString out;
    for (const QChar c : text.trimmed()) {
        if (!table.contains(c))
            return std::nullopt;
        out += table.value(c);
    }
    return out;
}

// Stands for a picture in running text until its paragraph is known to hold nothing else (text that
// holds the character itself is refused).
constexpr QChar PictureMark = u'\uFFFC';

// xs:boolean
bool isTrue(const QString& value)
{
    return value == u"true" || value == u"1";
}

class Converter
{
    Q_DECLARE_TR_FUNCTIONS(exam::qti::QtiItemConverter)
public:
    Converter(const QString& itemPath, const std::function<QString(const QString&)>& mediaName,
              const std::function<QByteArray(const QString&)>& packageFile, ItemOutcome& outcome)
        : m_folder(itemPath.contains(u'/') ? itemPath.section(u'/', 0, -2) : QString()),
          m_mediaName(mediaName),
          m_packageFile(packageFile),
          m_outcome(outcome)
    {
    }

    void refuse(const QString& reason)
    {
        if (!m_outcome.reasons.contains(reason))
            m_outcome.reasons.append(reason);
    }
    void note(const QString& text)
    {
        if (!m_outcome.notes.contains(text))
            m_outcome.notes.append(text);
    }

    // The blocks (paragraphs, lists, tables, picture lines) of a block container; interactions are
    // left to the caller, which finds them itself.
    QStringList blocks(const QDomElement& container)
    {
        QStringList result;
        QString pending;
        const auto flush = [&] {
            paragraphs(pending, result);
            pending.clear();
        };
        for (QDomNode node = container.firstChild(); !node.isNull(); node = node.nextSibling()) {
            if (node.isText() || node.isCDATASection()) {
                pending += text(node);
                continue;
            }
            if (!node.isElement())
                continue;
            const QDomElement element = node.toElement();
            const QString name = element.localName();
            if (name.endsWith(u"Interaction"))
                continue;
            if (name == u"p" || (name.size() == 2 && name.startsWith(u'h') && name.at(1).isDigit())) {
                flush();
                const bool heading = name != u"p"; // a heading is a bold paragraph
                paragraphs(heading ? styled(element, m_strong, QStringLiteral("**")) : inlines(element), result);
            } else if (name == u"div" || name == u"blockquote") {
                flush();
                if (name == u"blockquote")
                    note(tr("a quotation is shown as ordinary paragraphs"));
                result += blocks(element);
            } else if (name == u"ul" || name == u"ol") {
                flush();
                result += list(element, name == u"ol");
            } else if (name == u"table") {
                flush();
                result += table(element);
            } else if (name == u"modalFeedback" || name == u"feedbackBlock" || name == u"rubricBlock") {
                note(tr("feedback and rubrics are left out (the kiosk shows none during an exam)"));
            } else {
                pending += inlineElement(element);
            }
        }
        flush();
        return result;
    }

    // Inline markup of an element's content; a line break is "\n", a picture PictureMark.
    QString inlines(const QDomElement& element)
    {
        QString out;
        for (QDomNode node = element.firstChild(); !node.isNull(); node = node.nextSibling()) {
            if (node.isText() || node.isCDATASection())
                out += text(node);
            else if (node.isElement())
                out += inlineElement(node.toElement());
        }
        return out;
    }

    // A text node as markup: escaped, its white space collapsed.
    QString text(const QDomNode& node)
    {
        const QString value = node.nodeValue();
        if (value.contains(PictureMark))
            refuse(tr("the character U+FFFC (object replacement) in the text"));
        return escaped(collapsed(value));
    }

    QString inlineElement(const QDomElement& element)
    {
        const QString name = element.localName();
        if (name == u"strong" || name == u"b")
            return styled(element, m_strong, QStringLiteral("**"));
        if (name == u"em" || name == u"i")
            return styled(element, m_emphasis, QStringLiteral("*"));
        if (name == u"span")
            return inlines(element);
        if (name == u"br")
            return QStringLiteral("\n");
        if (name == u"sub" || name == u"sup") {
            if (!QtiXml::children(element).isEmpty()) {
                refuse(tr("markup inside a subscript or superscript"));
                return {};
            }
            const QString content = QtiXml::text(element);
            const auto scriptedText = scripted(content, name == u"sup");
            if (!scriptedText)
                refuse(tr("the %1 \"%2\": the kiosk writes only digits, signs and brackets (and n, i above the line) "
                          "that way")
                           .arg(name == u"sup" ? tr("superscript") : tr("subscript"), content));
            return scriptedText.value_or(QString());
        }
        if (name == u"img") {
            m_pictures.append(picture(element));
            return QString(PictureMark);
        }
        if (name == u"a")
            refuse(tr("a link (%1): an exam shows no links").arg(element.attribute(QStringLiteral("href"))));
        else if (name == u"math")
            refuse(tr("MathML, which the kiosk does not show"));
        else if (name == u"object")
            refuse(tr("an embedded object (%1)").arg(element.attribute(QStringLiteral("data"))));
        else if (name.endsWith(u"Interaction"))
            refuse(tr("an interaction inside running text (%1)").arg(name));
        else if (name == u"p" || name == u"div")
            return QStringLiteral("\n") + inlines(element) + QStringLiteral("\n");
        else
            refuse(tr("the element <%1>, which the import does not support").arg(name));
        return {};
    }

    // "![alt](name)" for an <img>, or a reason.
    QString picture(const QDomElement& image)
    {
        const QString source = image.attribute(QStringLiteral("src"));
        auto path = QtiPackage::resolve(m_folder, source);
        if (!path) {
            refuse(tr("the picture %1").arg(path.error().message));
            return {};
        }
        const QByteArray bytes = m_packageFile(*path);
        if (bytes.isEmpty()) {
            refuse(tr("the picture %1 is not in the package").arg(*path));
            return {};
        }
        if (banks::sniffMediaType(bytes).isEmpty()) {
            refuse(tr("the picture %1 is neither PNG nor SVG (convert it to PNG)").arg(*path));
            return {};
        }
        const QString alt = collapsed(image.attribute(QStringLiteral("alt"))).trimmed();
        if (alt.isEmpty()) {
            refuse(tr("the picture %1 has no alt text (a candidate who cannot see it needs one)").arg(*path));
            return {};
        }
        if (!m_outcome.images.contains(*path))
            m_outcome.images.append(*path);
        return QStringLiteral("![%1](%2)").arg(alt, m_mediaName(*path));
    }

    // Paragraphs of inline markup: a line break starts a new one, a paragraph that is one picture is a
    // picture line, a picture among words is refused.
    void paragraphs(const QString& text, QStringList& result)
    {
        for (const QString& part : text.split(u'\n')) {
            const QString paragraph = part.trimmed();
            if (paragraph.isEmpty())
                continue;
            if (paragraph == QString(PictureMark)) {
                result.append(m_pictures.value(m_nextPicture++));
                continue;
            }
            if (paragraph.contains(PictureMark)) {
                refuse(tr("a picture inside running text (a picture must stand on its own line)"));
                m_nextPicture += int(paragraph.count(PictureMark));
                continue;
            }
            if (startsLikeMarkup(paragraph))
                refuse(
                    tr("a paragraph that begins like a list, a table or an option (\"%1\")").arg(paragraph.left(12)));
            result.append(paragraph);
        }
    }

    // What the item text format would read as something else: a list, a table, an option, a comment
    // ("#"), the line between items ("---").
    static bool startsLikeMarkup(const QString& paragraph)
    {
        static const QRegularExpression pattern(QStringLiteral(R"(^(- |\d+\. |\||[A-Z]\)|#|---\s*$))"));
        return pattern.match(paragraph).hasMatch();
    }

    QString list(const QDomElement& element, bool ordered)
    {
        QStringList lines;
        for (const QDomElement& item : QtiXml::children(element)) {
            if (item.localName() != u"li") {
                refuse(tr("<%1> inside a list").arg(item.localName()));
                continue;
            }
            for (const QDomElement& inner : QtiXml::children(item))
                if (inner.localName() == u"ul" || inner.localName() == u"ol" || inner.localName() == u"table")
                    refuse(tr("a list or table inside a list item"));
            QString itemText = inlines(item).replace(u'\n', u' ').simplified();
            if (itemText.contains(PictureMark))
                refuse(tr("a picture in a list item"));
            if (itemText.isEmpty())
                refuse(tr("an empty list item"));
            lines.append((ordered ? QStringLiteral("1. ") : QStringLiteral("- ")) + itemText);
        }
        return lines.join(u'\n');
    }

    QStringList table(const QDomElement& element)
    {
        QStringList result;
        QList<QDomElement> rows;
        for (const QDomElement& part : QtiXml::children(element)) {
            const QString name = part.localName();
            if (name == u"tr")
                rows.append(part);
            else if (name == u"thead" || name == u"tbody" || name == u"tfoot")
                rows += QtiXml::children(part, QStringLiteral("tr"));
            else if (name == u"caption")
                paragraphs(inlines(part), result); // the caption above the table
            else if (name != u"colgroup" && name != u"col")
                refuse(tr("<%1> in a table").arg(name));
        }
        QStringList lines;
        for (const QDomElement& row : rows) {
            QStringList cells;
            for (const QDomElement& cell : QtiXml::children(row)) {
                if (cell.localName() != u"td" && cell.localName() != u"th") {
                    refuse(tr("<%1> in a table row").arg(cell.localName()));
                    continue;
                }
                if (cell.attribute(QStringLiteral("colspan"), QStringLiteral("1")) != u"1"
                    || cell.attribute(QStringLiteral("rowspan"), QStringLiteral("1")) != u"1")
                    refuse(tr("a table cell spanning rows or columns"));
                QString cellText = inlines(cell).replace(u'\n', u' ').simplified();
                if (cellText.contains(PictureMark))
                    refuse(tr("a picture in a table cell"));
                cells.append(cellText);
            }
            lines.append(QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
            // Under the heading, the line that says it is one: a first data row of dashes is then data.
            if (lines.size() == 1)
                lines.append(QStringLiteral("|") + QStringList(cells.size(), QStringLiteral("---")).join(u'|')
                             + QStringLiteral("|"));
        }
        if (!rows.isEmpty() && QtiXml::children(rows.first(), QStringLiteral("th")).isEmpty())
            note(tr("the first row of a table is shown as its heading"));
        if (!lines.isEmpty())
            result.append(lines.join(u'\n'));
        return result;
    }

    // Bold in bold (or italic in italic) is written once: "**a **b** c**" would undo it.
    QString styled(const QDomElement& element, int& depth, const QString& marker)
    {
        ++depth;
        const QString content = inlines(element);
        --depth;
        if (depth > 0)
            return content;
        const QString result = wrapped(content, marker);
        if (result.contains(QStringLiteral("***")))
            refuse(tr("bold and italic on the same words, which the item format cannot write (\"***\"); keep one of "
                      "them"));
        return result;
    }

    // Markers go round the words of each line, never round the spaces beside them ("** bold**" is not
    // bold), nor round a picture.
    static QString wrapped(const QString& content, const QString& marker)
    {
        if (content.contains(u'\n')) {
            QStringList lines = content.split(u'\n');
            for (QString& line : lines)
                line = wrapped(line, marker);
            return lines.join(u'\n');
        }
        const QString core = content.trimmed();
        if (core.isEmpty() || core.contains(PictureMark))
            return content;
        const qsizetype lead = content.indexOf(core);
        return content.left(lead) + marker + core + marker + content.mid(lead + core.size());
    }

    // A choice: one line of inline markup, or one picture.
    std::optional<banks::ItemOption> option(const QDomElement& choice)
    {
        for (const QDomElement& inner : QtiXml::children(choice))
            if (inner.localName() == u"ul" || inner.localName() == u"ol" || inner.localName() == u"table") {
                refuse(tr("a list or table in a choice (a choice is one line or one picture)"));
                return std::nullopt;
            }
        const qsizetype before = m_pictures.size();
        const QString text = inlines(choice).replace(u'\n', u' ').simplified();
        if (text == QString(PictureMark) && m_pictures.size() == before + 1) {
            const QString markup = m_pictures.last();
            static const QRegularExpression image(QStringLiteral(R"(^!\[(.*)\]\(([^()\s]+)\)$)"));
            const auto match = image.match(markup);
            if (!match.hasMatch())
                return std::nullopt; // the picture was refused; the reason is recorded
            return banks::ItemOption{QString(), match.captured(2), match.captured(1)};
        }
        if (text.contains(PictureMark)) {
            refuse(tr("a picture beside words in a choice"));
            return std::nullopt;
        }
        if (text.isEmpty()) {
            refuse(tr("an empty choice"));
            return std::nullopt;
        }
        return banks::ItemOption{text, QString(), QString()};
    }

private:
    QString m_folder;
    const std::function<QString(const QString&)>& m_mediaName;
    const std::function<QByteArray(const QString&)>& m_packageFile;
    ItemOutcome& m_outcome;
    QStringList m_pictures; // markup of each <img> met, in order
    int m_nextPicture = 0;
    int m_strong = 0;   // how many <strong>/<b> the converter is inside
    int m_emphasis = 0; // and <em>/<i>
};

// Every element below `element` with this local name, in document order.
void descendants(const QDomElement& element, const std::function<bool(const QDomElement&)>& wanted,
                 QList<QDomElement>& found)
{
    for (const QDomElement& child : QtiXml::children(element)) {
        if (wanted(child))
            found.append(child);
        descendants(child, wanted, found);
    }
}

// The item as the authoring source would read it back, checked by the bank's own rules.
QStringList problemsOf(const banks::Item& item, const ItemOutcome& outcome,
                       const std::function<QString(const QString&)>& mediaName,
                       const std::function<QByteArray(const QString&)>& packageFile)
{
    banks::BankContent content;
    content.bankId = QStringLiteral("qti.import.check");
    content.bankVersion = 1;
    content.module = {QStringLiteral("CHECK"),
                      QStringLiteral("Check"),
                      QStringLiteral("Check"),
                      QStringLiteral("en"),
                      60,
                      75,
                      1,
                      0,
                      false,
                      {{item.domain, QStringLiteral("Check"), 1}}};
    content.items.append(item);
    for (const QString& path : outcome.images) {
        const QByteArray bytes = packageFile(path);
        content.media.append({mediaName(path), banks::sniffMediaType(bytes), Sensitive<QByteArray>(bytes)});
    }
    QStringList problems;
    for (const banks::ContentProblem& problem : banks::validateContent(content))
        if (!problem.itemId.isEmpty() || !problem.mediaName.isEmpty())
            problems.append(problem.mediaName.isEmpty()
                                ? problem.message
                                : QStringLiteral("%1: %2").arg(problem.mediaName, problem.message));
    QList<bankcompiler::SourceProblem> textProblems;
    const QList<bankcompiler::ParsedItem> readBack = bankcompiler::ItemTextParser::parse(
        bankcompiler::ItemTextParser::write(item), QStringLiteral("item"), textProblems);
    for (const bankcompiler::SourceProblem& problem : textProblems)
        problems.append(problem.message);
    if (textProblems.isEmpty() && (readBack.size() != 1 || !(readBack.first().item == item)))
        problems.append(QCoreApplication::translate("exam::qti::QtiItemConverter",
                                                    "the item does not read back the same from the authoring format"));
    return problems;
}

} // namespace

ItemOutcome QtiItemConverter::convert(const QDomDocument& document, const QString& itemPath,
                                      const std::function<QString(const QString&)>& mediaName,
                                      const std::function<QByteArray(const QString&)>& packageFile)
{
    ItemOutcome outcome;
    const QDomElement root = document.documentElement();
    outcome.identifier = root.attribute(QStringLiteral("identifier"));
    Converter converter(itemPath, mediaName, packageFile, outcome);
    if (root.localName() != u"assessmentItem" || !QtiNamespaces.contains(root.namespaceURI())) {
        converter.refuse(tr("not a QTI 2.1 or 2.2 assessmentItem (the file's root is <%1> in \"%2\")")
                             .arg(root.localName(), root.namespaceURI()));
        return outcome;
    }
    if (outcome.identifier.isEmpty())
        converter.refuse(tr("the item has no identifier"));
    if (isTrue(root.attribute(QStringLiteral("adaptive"))))
        converter.refuse(tr("an adaptive item (several attempts with feedback)"));
    if (!QtiXml::children(root, QStringLiteral("modalFeedback")).isEmpty())
        converter.note(tr("feedback and rubrics are left out (the kiosk shows none during an exam)"));
    if (!QtiXml::children(root, QStringLiteral("templateDeclaration")).isEmpty())
        converter.refuse(tr("a template item (values drawn when the item is shown)"));

    const QDomElement body = QtiXml::child(root, QStringLiteral("itemBody"));
    QList<QDomElement> interactions;
    descendants(
        body, [](const QDomElement& e) { return e.localName().endsWith(u"Interaction"); }, interactions);
    if (interactions.size() != 1 || interactions.first().localName() != u"choiceInteraction") {
        QStringList kinds;
        for (const QDomElement& interaction : interactions)
            kinds.append(interaction.localName());
        converter.refuse(
            interactions.isEmpty() ? tr("no interaction (nothing to answer)")
            : interactions.size() > 1
                ? tr("%1 interactions (%2); the kiosk asks one question an item")
                      .arg(interactions.size())
                      .arg(kinds.join(QStringLiteral(", ")))
                : tr("a %1, which the kiosk does not deliver (only choiceInteraction)").arg(kinds.first()));
        return outcome;
    }
    const QDomElement interaction = interactions.first();
    if (interaction.parentNode() != body)
        converter.refuse(tr("the choiceInteraction is inside other markup, not directly in the item body"));

    // The response: one declared, single cardinality, one correct choice.
    const QString responseId = interaction.attribute(QStringLiteral("responseIdentifier"));
    QDomElement declaration;
    for (const QDomElement& candidate : QtiXml::children(root, QStringLiteral("responseDeclaration")))
        if (candidate.attribute(QStringLiteral("identifier")) == responseId)
            declaration = candidate;
    QString correct;
    if (declaration.isNull()) {
        converter.refuse(tr("no responseDeclaration for the response \"%1\"").arg(responseId));
    } else {
        if (declaration.attribute(QStringLiteral("cardinality")) != u"single")
            converter.refuse(tr("%1 cardinality (the kiosk's items have one right answer)")
                                 .arg(declaration.attribute(QStringLiteral("cardinality"))));
        const QList<QDomElement> values =
            QtiXml::children(QtiXml::child(declaration, QStringLiteral("correctResponse")), QStringLiteral("value"));
        if (values.size() != 1)
            converter.refuse(tr("%1 correct values declared; the kiosk needs exactly one").arg(values.size()));
        else
            correct = QtiXml::text(values.first());
        if (!QtiXml::child(declaration, QStringLiteral("mapping")).isNull()
            || !QtiXml::child(declaration, QStringLiteral("areaMapping")).isNull())
            converter.note(tr("the response mapping is left out (the kiosk scores right or wrong)"));
    }
    const QString maxChoices = interaction.attribute(QStringLiteral("maxChoices"), QStringLiteral("1"));
    if (maxChoices != u"1")
        converter.refuse(tr("maxChoices=\"%1\" (the candidate chooses one answer)").arg(maxChoices));

    // Scoring: only the standard "match_correct" template.
    const QDomElement processing = QtiXml::child(root, QStringLiteral("responseProcessing"));
    if (processing.isNull())
        converter.refuse(tr("no responseProcessing (only the match_correct template is supported)"));
    else if (!QtiXml::children(processing).isEmpty()
             || !isMatchCorrect(processing.attribute(QStringLiteral("template"))))
        converter.refuse(tr("custom response processing (only the match_correct template is supported)"));

    // The stem: the body before the interaction, the prompt, and anything after the interaction.
    QStringList stem;
    QDomDocument scratch;
    QDomElement before = scratch.createElement(QStringLiteral("div"));
    QDomElement after = scratch.createElement(QStringLiteral("div"));
    bool passed = false;
    for (QDomNode node = body.firstChild(); !node.isNull(); node = node.nextSibling()) {
        if (node == interaction) {
            passed = true;
            continue;
        }
        (passed ? after : before).appendChild(node.cloneNode(true));
    }
    stem += converter.blocks(before);
    const QDomElement prompt = QtiXml::child(interaction, QStringLiteral("prompt"));
    if (!prompt.isNull())
        stem += converter.blocks(prompt);
    const QStringList trailing = converter.blocks(after);
    if (!trailing.isEmpty())
        converter.note(tr("the text after the choices is shown above them"));
    stem += trailing;

    // The choices, their order and the key.
    banks::ItemBody itemBody;
    itemBody.stem = stem.join(QStringLiteral("\n\n"));
    const bool shuffle = isTrue(interaction.attribute(QStringLiteral("shuffle")));
    const QList<QDomElement> choices = QtiXml::children(interaction, QStringLiteral("simpleChoice"));
    for (const QDomElement& other : QtiXml::children(interaction))
        if (other.localName() != u"simpleChoice" && other.localName() != u"prompt")
            converter.refuse(tr("<%1> in the choiceInteraction").arg(other.localName()));
    QSet<QString> choiceIds;
    for (const QDomElement& choice : choices) {
        const QString id = choice.attribute(QStringLiteral("identifier"));
        if (choiceIds.contains(id))
            converter.refuse(tr("two choices with the identifier \"%1\"").arg(id));
        choiceIds.insert(id);
    }
    for (qsizetype i = 0; i < choices.size(); ++i) {
        auto choiceOption = converter.option(choices[i]);
        if (!choiceOption)
            continue;
        itemBody.options.append(*choiceOption);
        if (choices[i].attribute(QStringLiteral("identifier")) == correct)
            itemBody.key = int(itemBody.options.size() - 1);
        if (!shuffle || isTrue(choices[i].attribute(QStringLiteral("fixed"))))
            itemBody.fixedPositions.append(int(itemBody.options.size() - 1));
    }
    if (!correct.isEmpty() && itemBody.key < 0 && outcome.reasons.isEmpty())
        converter.refuse(tr("the correct response \"%1\" is not one of the choices").arg(correct));
    if (choices.size() < 3 || choices.size() > 5)
        converter.refuse(tr("%1 choices; the kiosk's items have 3 to 5").arg(choices.size()));
    if (!outcome.reasons.isEmpty())
        return outcome;

    banks::Item item;
    item.id = outcome.identifier;
    item.domain = QStringLiteral("imported"); // the importer gives the real one
    item.body = Sensitive<banks::ItemBody>(std::move(itemBody));
    for (const QString& problem : problemsOf(item, outcome, mediaName, packageFile))
        converter.refuse(problem);
    if (outcome.reasons.isEmpty())
        outcome.item = std::move(item);
    return outcome;
}

} // namespace exam::qti
