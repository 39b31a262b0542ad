#pragma once

#include <QImage>
#include <QString>

namespace exam::banks {
struct BankContent;
}

namespace exam::ui {

// A bank's images (SVG or PNG), rendered in memory for display. Item content is never written to
// disk: these images exist only as pixels in this process.
class BankMedia
{
public:
    explicit BankMedia(const banks::BankContent* content = nullptr) : m_content(content) { }
    void setContent(const banks::BankContent* content) { m_content = content; }

    // The image at its natural size times `scale` (the text zoom; 1 at 100 %), never wider than
    // `maxWidth` logical pixels, rendered sharp for `devicePixelRatio`. A null image when the bank has
    // no such file or it cannot be read.
    QImage render(const QString& name, qreal scale, int maxWidth, qreal devicePixelRatio) const;

private:
    const banks::BankContent* m_content;
};

} // namespace exam::ui
