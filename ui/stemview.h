#pragma once

#include "bankmedia.h"

#include <QTextBrowser>

namespace exam::ui {

// An item's stem: the bank's limited rich text with its images, as tall as its text needs (the item
// screen scrolls, not the stem), read-only and without selection. Screen readers get the stem as plain
// text with every image's alt text, after where the candidate is ("Item 3 of 9. Not answered."), as
// the stem's accessible name (ui/accessibility.cpp).
class StemView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit StemView(QWidget* parent = nullptr);

    // `markup` is validated bank rich text; images come from `media`.
    void setStem(const QString& markup, const BankMedia* media, qreal imageScale);
    // Said before the question: where the candidate is and how the item stands.
    void setWhere(const QString& where) { m_where = where; }
    // The question as read: plain text, images by their alt text.
    QString plainText() const { return m_plain; }
    // What a screen reader says for the stem: where, then the question.
    QString spokenName() const;
    // Has a screen reader say the stem again though the keyboard is already on it (a new item shown
    // in the same place). Orca speaks an object when the focus arrives on it and not when its name
    // changes (Qt 6.4 sends the change without the name), so the stem shows itself as a new object
    // that takes the focus.
    void presentAgain();

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
    QString m_plain;
    QString m_where;
    const BankMedia* m_media = nullptr;
    qreal m_imageScale = 1.0;
    bool m_rerenderQueued = false;
};

} // namespace exam::ui
