#include "bankmedia.h"

#include "banks/bankcontent.h"

#include <QPainter>
#include <QSvgRenderer>

namespace exam::ui {

QImage BankMedia::render(const QString& name, qreal scale, int maxWidth, qreal devicePixelRatio) const
{
    const banks::MediaFile* file = m_content ? m_content->mediaFile(name) : nullptr;
    if (!file)
        return {};
    const QByteArray& bytes = file->data.reveal();
    if (file->type == QStringLiteral("image/svg+xml")) {
        QSvgRenderer svg(bytes);
        if (!svg.isValid())
            return {};
        QSizeF size = QSizeF(svg.defaultSize()) * scale;
        if (maxWidth > 0 && size.width() > maxWidth)
            size *= maxWidth / size.width();
        QImage image((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return {};
        // Drawings are black lines on a white card, in every colour scheme: they are read like paper.
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        image.setDevicePixelRatio(devicePixelRatio);
        return image;
    }
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    QSizeF size = QSizeF(image.size()) * scale;
    if (maxWidth > 0 && size.width() > maxWidth)
        size *= maxWidth / size.width();
    image = image.scaled((size * devicePixelRatio).toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace exam::ui
