#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace exam::itemgen {

// A minimal SVG writer for the generated drawings: shapes in, a standalone SVG document out. Text is
// escaped; numbers are written with two decimals at most.
class Svg
{
public:
    Svg(int width, int height);

    Svg& line(double x1, double y1, double x2, double y2, const QString& attributes = QString());
    Svg& rect(double x, double y, double w, double h, const QString& attributes = QString());
    Svg& circle(double cx, double cy, double r, const QString& attributes = QString());
    Svg& polygon(const QList<QPointF>& points, const QString& attributes = QString());
    Svg& polyline(const QList<QPointF>& points, const QString& attributes = QString());
    Svg& text(double x, double y, const QString& content, const QString& attributes = QString());
    Svg& raw(const QString& element);

    QByteArray document() const;

    static QString n(double value);

private:
    int m_width;
    int m_height;
    QString m_body;
};

} // namespace exam::itemgen
