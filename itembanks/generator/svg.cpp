#include "svg.h"

#include <QPointF>

namespace exam::itemgen {

Svg::Svg(int width, int height) : m_width(width), m_height(height) { }

QString Svg::n(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

Svg& Svg::line(double x1, double y1, double x2, double y2, const QString& attributes)
{
    // Black unless the caller chose a colour (an attribute may appear only once in XML).
    const QString stroke =
        attributes.contains(QLatin1String("stroke=")) ? QString() : QStringLiteral("stroke=\"#000\" ");
    m_body += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" %5%6/>\n")
                  .arg(n(x1), n(y1), n(x2), n(y2), stroke, attributes);
    return *this;
}

Svg& Svg::rect(double x, double y, double w, double h, const QString& attributes)
{
    m_body += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" %5/>\n")
                  .arg(n(x), n(y), n(w), n(h), attributes);
    return *this;
}

Svg& Svg::circle(double cx, double cy, double r, const QString& attributes)
{
    m_body += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" %4/>\n").arg(n(cx), n(cy), n(r), attributes);
    return *this;
}

Svg& Svg::polygon(const QList<QPointF>& points, const QString& attributes)
{
    QStringList coordinates;
    for (const QPointF& point : points)
        coordinates.append(n(point.x()) + u',' + n(point.y()));
    m_body += QStringLiteral("<polygon points=\"%1\" %2/>\n").arg(coordinates.join(u' '), attributes);
    return *this;
}

Svg& Svg::polyline(const QList<QPointF>& points, const QString& attributes)
{
    QStringList coordinates;
    for (const QPointF& point : points)
        coordinates.append(n(point.x()) + u',' + n(point.y()));
    m_body += QStringLiteral("<polyline points=\"%1\" fill=\"none\" %2/>\n").arg(coordinates.join(u' '), attributes);
    return *this;
}

Svg& Svg::text(double x, double y, const QString& content, const QString& attributes)
{
    m_body += QStringLiteral("<text x=\"%1\" y=\"%2\" font-family=\"DejaVu Sans, sans-serif\" %3>%4</text>\n")
                  .arg(n(x), n(y), attributes, content.toHtmlEscaped());
    return *this;
}

Svg& Svg::raw(const QString& element)
{
    m_body += element + u'\n';
    return *this;
}

QByteArray Svg::document() const
{
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">\n"
               "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n%3</svg>\n")
        .arg(m_width)
        .arg(m_height)
        .arg(m_body)
        .toUtf8();
}

} // namespace exam::itemgen
