#pragma once

#include <QAbstractButton>

class QLabel;

namespace exam::ui {

class BankMedia;

// One answer option: a large target with its letter (A–D) in a box and the option's text or image
// beside it, wrapping over as many lines as it needs. Chosen, it is filled with the highlight colour
// and its letter box shows a check mark, so the choice never depends on colour alone. Drawn from the
// palette, so every colour scheme applies.
class OptionButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit OptionButton(QWidget* parent = nullptr);

    // `markup` is an option's validated rich text (inline text or one image); `letter` is "A", "B"…
    void setOption(const QString& letter, const QString& markup, const QString& image, const QString& alt,
                   const BankMedia* media, qreal imageScale);
    QString letter() const { return m_letterText; }
    // Struck out by the candidate (A7, the answer eliminator): drawn through, said so to screen
    // readers; not an answer and no change to one.
    void setStruck(bool struck);
    bool isStruck() const { return m_struck; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // A right click: the item screen strikes the option out or back in.
    void strikeRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void checkStateSet() override;
    void nextCheckState() override;

private:
    void updateColours();
    void sizeLetter();
    void updateName();

    QLabel* m_letter;
    QLabel* m_content;
    QString m_letterText;
    QString m_spoken;
    bool m_struck = false;
};

} // namespace exam::ui
