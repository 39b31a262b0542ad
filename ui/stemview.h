#pragma once

#include "bankmedia.h"

#include <QTextBrowser>

namespace exam::ui {

// An item's stem: the bank's limited rich text with its images, as tall as its text needs (the item
// screen scrolls, not the stem), read-only and without selection. Screen readers get the stem as plain
// text with every image's alt text in its accessible description.
class StemView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StemView(QWidget* parent = nullptr);

    // `markup` is validated bank rich text; images come from `media`.
    void setStem(const QString& markup, const BankMedia* media, qreal imageScale);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    QVariant loadResource(int type, const QUrl& name) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_markup;
    const BankMedia* m_media = nullptr;
    qreal m_imageScale = 1.0;
    bool m_rerenderQueued = false;
};

} // namespace exam::ui
