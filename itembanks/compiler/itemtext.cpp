#include "itemtext.h"

#include <QSet>

#include <QRegularExpression>

namespace exam::bankcompiler {

using banks::Item;
using banks::ItemBody;
using banks::ItemOption;

QString SourceProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (!itemId.isEmpty())
        where += QStringLiteral(" (") + itemId + u')';
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

namespace {

const QRegularExpression& headerPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([a-z-]+):\s*(.*)$)"));
    return pattern;
}

const QRegularExpression& optionPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^([A-Z])\)\s+(.*)$)"));
    return pattern;
}

const QRegularExpression& imageOnlyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^!\[(.*)\]\(([^()\s]+)\)$)"));
    return pattern;
}

int letterIndex(const QString& letter)
{
    if (letter.size() != 1 || letter[0] < u'A' || letter[0] > u'Z')
        return -1;
    return letter[0].unicode() - u'A';
}

// The lines of one item, without comments, each with its line number in the file.
struct Chunk
{
    QStringList lines;
    QList<int> lineNumbers;
};

QList<Chunk> splitItems(const QString& text)
{
    QList<Chunk> chunks{Chunk{}};
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed() == QStringLiteral("---")) {
            chunks.append(Chunk{});
            continue;
        }
        if (line.startsWith(u'#'))
            continue; // a comment: gone, without ending a field block or splitting a paragraph
        chunks.last().lines.append(line);
        chunks.last().lineNumbers.append(int(i) + 1);
    }
    return chunks;
}

} // namespace

QList<ParsedItem> ItemTextParser::parse(const QString& text, const QString& fileName, QList<SourceProblem>& problems)
{
    QList<ParsedItem> items;
    for (const Chunk& chunk : splitItems(text)) {
        qsizetype i = 0;
        while (i < chunk.lines.size() && chunk.lines[i].trimmed().isEmpty())
            ++i;
        if (i == chunk.lines.size())
            continue; // an empty chunk: a trailing separator, or a file of comments
        const int itemLine = chunk.lineNumbers[i];
        Item item;
        ItemBody body;
        QString keyLetter;
        QStringList fixedLetters;
        QSet<QString> fields;
        QList<SourceProblem> itemProblems;
        const auto problem = [&](int line, const QString& message) {
            itemProblems.append(SourceProblem{fileName, line, QString(), message});
        };

        // Headers, up to the first blank line.
        for (; i < chunk.lines.size() && !chunk.lines[i].trimmed().isEmpty(); ++i) {
            const int line = chunk.lineNumbers[i];
            const auto match = headerPattern().match(chunk.lines[i].trimmed());
            if (!match.hasMatch()) {
                problem(line, tr("Expected a “name: value” line (id, domain, key, status, activity, variant, enemies, "
                                 "source, picture-measured, fixed, read-aloud) and a blank line before the stem."));
                continue;
            }
            const QString name = match.captured(1);
            const QString value = match.captured(2).trimmed();
            // A field twice, or "pilot" beside "status", would leave the author guessing which one counts.
            const QString field = name == u"pilot" ? QStringLiteral("status") : name;
            if (fields.contains(field)) {
                problem(line, name == field ? tr("“%1” is given twice.").arg(name)
                                            : tr("“pilot” and “status” both say what the item is; keep “status”."));
                continue;
            }
            fields.insert(field);
            if (name == u"id")
                item.id = value;
            else if (name == u"domain")
                item.domain = value;
            else if (name == u"key")
                keyLetter = value;
            else if (name == u"pilot") { // before "status": still read
                if (value != u"yes" && value != u"no")
                    problem(line, tr("“pilot” is yes or no."));
                item.status = value == u"yes" ? banks::ItemStatus::Pilot : banks::ItemStatus::Live;
            } else if (name == u"status") {
                if (const auto status = banks::itemStatusFromName(value))
                    item.status = *status;
                else
                    problem(line, tr("“status” is live, pilot or retired."));
            } else if (name == u"activity")
                item.activity = value;
            else if (name == u"variant")
                item.variantGroup = value;
            else if (name == u"enemies") {
                for (const QString& enemy : value.split(u',', Qt::SkipEmptyParts))
                    item.enemies.append(enemy.trimmed());
            } else if (name == u"source")
                item.source = value;
            else if (name == u"picture-measured") {
                if (value != u"yes" && value != u"no")
                    problem(line, tr("“picture-measured” is yes or no."));
                item.pictureMeasured = value == u"yes";
            } else if (name == u"fixed")
                fixedLetters = value.split(u',', Qt::SkipEmptyParts);
            else if (name == u"read-aloud")
                body.readAloud = value;
            else
                problem(line,
                        tr("Unknown field “%1”; the fields are id, domain, key, status, activity, variant, enemies, "
                           "source, picture-measured, fixed and read-aloud.")
                            .arg(name));
        }

        // The stem, up to the first option line; then one option per line.
        QStringList stemLines;
        bool inOptions = false;
        bool misordered = false;
        for (; i < chunk.lines.size(); ++i) {
            const int line = chunk.lineNumbers[i];
            const QString trimmed = chunk.lines[i].trimmed();
            const auto option = optionPattern().match(trimmed);
            if (option.hasMatch()) {
                inOptions = true;
                if (letterIndex(option.captured(1)) != body.options.size() && !misordered) {
                    misordered = true;
                    problem(line, tr("Option %1 is out of order; options are lettered A, B, C… without gaps.")
                                      .arg(option.captured(1)));
                }
                const QString content = option.captured(2).trimmed();
                const auto image = imageOnlyPattern().match(content);
                if (image.hasMatch())
                    body.options.append(ItemOption{QString(), image.captured(2), image.captured(1).trimmed()});
                else
                    body.options.append(ItemOption{content, QString(), QString()});
            } else if (inOptions && !trimmed.isEmpty()) {
                problem(line, tr("Text after the options: an option is one line, and items are separated by a "
                                 "line “---”."));
            } else if (!inOptions) {
                stemLines.append(chunk.lines[i]);
            }
        }
        body.stem = stemLines.join(u'\n').trimmed();

        if (item.id.isEmpty())
            problem(itemLine, tr("The item has no id."));
        if (item.domain.isEmpty())
            problem(itemLine, tr("The item has no domain."));
        if (body.stem.isEmpty())
            problem(itemLine, tr("The item has no stem."));
        if (keyLetter.isEmpty())
            problem(itemLine, tr("The item has no key: add a line “key: B” naming the correct option."));
        else if (letterIndex(keyLetter) < 0 || letterIndex(keyLetter) >= body.options.size())
            problem(itemLine, tr("The key “%1” is not one of the item's options.").arg(keyLetter));
        body.key = letterIndex(keyLetter);
        for (const QString& letter : fixedLetters) {
            const int index = letterIndex(letter.trimmed());
            if (index < 0 || index >= body.options.size())
                problem(itemLine,
                        tr("“fixed” names %1, which is not one of the item's options.").arg(letter.trimmed()));
            body.fixedPositions.append(index);
        }
        for (SourceProblem& found : itemProblems)
            found.itemId = item.id;
        problems.append(itemProblems);
        item.body = Sensitive<ItemBody>(std::move(body));
        items.append(ParsedItem{std::move(item), itemLine, !itemProblems.isEmpty()});
    }
    return items;
}

QString ItemTextParser::write(const Item& item)
{
    const ItemBody& body = item.body.reveal();
    const auto letter = [](int index) { return QString(QLatin1Char(char('A' + index))); };
    QString out = QStringLiteral("id: %1\ndomain: %2\nkey: %3\n").arg(item.id, item.domain, letter(body.key));
    if (item.status != banks::ItemStatus::Live)
        out += QStringLiteral("status: ") + banks::itemStatusName(item.status) + u'\n';
    if (!item.activity.isEmpty())
        out += QStringLiteral("activity: ") + item.activity + u'\n';
    if (!item.variantGroup.isEmpty())
        out += QStringLiteral("variant: ") + item.variantGroup + u'\n';
    if (!item.enemies.isEmpty())
        out += QStringLiteral("enemies: ") + item.enemies.join(QStringLiteral(", ")) + u'\n';
    if (!item.source.isEmpty())
        out += QStringLiteral("source: ") + item.source + u'\n';
    if (item.pictureMeasured)
        out += QStringLiteral("picture-measured: yes\n");
    if (!body.fixedPositions.isEmpty()) {
        QStringList letters;
        for (int position : body.fixedPositions)
            letters.append(letter(position));
        out += QStringLiteral("fixed: ") + letters.join(u',') + u'\n';
    }
    if (!body.readAloud.isEmpty())
        out += QStringLiteral("read-aloud: ") + body.readAloud + u'\n';
    out += u'\n' + body.stem + QStringLiteral("\n\n");
    for (qsizetype i = 0; i < body.options.size(); ++i) {
        const ItemOption& option = body.options[i];
        out += letter(int(i)) + QStringLiteral(") ")
               + (option.image.isEmpty() ? option.text : QStringLiteral("![%1](%2)").arg(option.alt, option.image))
               + u'\n';
    }
    return out;
}

} // namespace exam::bankcompiler
