#pragma once

#include "error.h"

#include <QDomDocument>

namespace exam::qti {

// An XML file of a package as a DOM, parsed only once a first pass has found it safe: no entity
// declarations at all (so no external entities and no entity expansion), no processing that reaches
// the network or the disk, at most MaxDepth levels and MaxElements elements. Namespaces are resolved;
// callers match local names and namespace URIs.
//
// Qt 6.4's DOM drops text that is only white space, and with it the space in "<b>A</b> <i>B</i>";
// the first pass writes such text as SpaceMark, which text() and callers read as a space.
class QtiXml
{
    Q_DECLARE_TR_FUNCTIONS(exam::qti::QtiXml)
public:
    static constexpr int MaxDepth = 64;
    static constexpr int MaxElements = 100000;
    static constexpr QChar SpaceMark = u'\uE000'; // a private-use character: never in a QTI file's text

    static Result<QDomDocument> parse(const QByteArray& bytes, const QString& fileName);

    // The element's children that are elements, in order.
    static QList<QDomElement> children(const QDomElement& element);
    static QList<QDomElement> children(const QDomElement& element, const QString& localName);
    static QDomElement child(const QDomElement& element, const QString& localName);
    // The text inside the element (all of it, SpaceMarks as spaces, trimmed).
    static QString text(const QDomElement& element);
};

} // namespace exam::qti
