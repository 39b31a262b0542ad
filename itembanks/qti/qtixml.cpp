#include "qtixml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace exam::qti {

Result<QDomDocument> QtiXml::parse(const QByteArray& bytes, const QString& fileName)
{
    const auto refuse = [&fileName](const QString& why) {
        return fail(ErrorCode::ParseError, tr("%1: %2").arg(fileName, why));
    };
    // First pass: the stream reader never fetches anything; entity declarations are refused outright
    // rather than bounded, as no QTI file needs them. It writes the document again for the DOM, without
    // its DTD and with white-space-only text kept as SpaceMark.
    QXmlStreamReader scan(bytes);
    scan.setNamespaceProcessing(true);
    QByteArray rewritten;
    QXmlStreamWriter writer(&rewritten);
    int depth = 0;
    int elements = 0;
    while (!scan.atEnd()) {
        switch (scan.readNext()) {
        case QXmlStreamReader::DTD:
            if (!scan.entityDeclarations().isEmpty() || scan.text().contains(u"<!ENTITY"))
                return refuse(tr("the file declares XML entities, which a QTI file never needs (and which can "
                                 "expand without limit or read other files); it is refused."));
            continue; // not passed on: the DOM never sees a DTD
        case QXmlStreamReader::EntityReference:
            return refuse(
                tr("the file uses the entity \"&%1;\", which XML does not define; it is refused.").arg(scan.name()));
        case QXmlStreamReader::StartElement:
            if (++depth > MaxDepth)
                return refuse(tr("elements are nested more than %1 deep; it is refused.").arg(MaxDepth));
            if (++elements > MaxElements)
                return refuse(tr("the file has more than %1 elements; it is refused.").arg(MaxElements));
            break;
        case QXmlStreamReader::EndElement: --depth; break;
        case QXmlStreamReader::Characters:
            if (scan.isWhitespace() && depth > 0) {
                writer.writeCharacters(QString(SpaceMark));
                continue;
            }
            break;
        case QXmlStreamReader::Invalid: continue; // the error is reported below
        default: break;
        }
        writer.writeCurrentToken(scan);
    }
    if (scan.hasError())
        return refuse(tr("not well-formed XML (line %1, column %2: %3).")
                          .arg(scan.lineNumber())
                          .arg(scan.columnNumber())
                          .arg(scan.errorString()));
    QDomDocument document;
    QString message;
    int line = 0;
    int column = 0;
    if (!document.setContent(rewritten, true, &message, &line, &column))
        return refuse(tr("not well-formed XML (line %1, column %2: %3).").arg(line).arg(column).arg(message));
    return document;
}

QList<QDomElement> QtiXml::children(const QDomElement& element)
{
    QList<QDomElement> all;
    for (QDomElement child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement())
        all.append(child);
    return all;
}

QList<QDomElement> QtiXml::children(const QDomElement& element, const QString& localName)
{
    QList<QDomElement> matching;
    for (const QDomElement& child : children(element))
        if (child.localName() == localName)
            matching.append(child);
    return matching;
}

QDomElement QtiXml::child(const QDomElement& element, const QString& localName)
{
    for (const QDomElement& candidate : children(element))
        if (candidate.localName() == localName)
            return candidate;
    return {};
}

QString QtiXml::text(const QDomElement& element)
{
    return element.text().replace(SpaceMark, u' ').trimmed();
}

} // namespace exam::qti
