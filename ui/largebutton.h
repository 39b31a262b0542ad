#pragma once

#include <QPushButton>

namespace exam::ui {

// A push button sized from its own text size: at least two lines tall and with a wide margin around
// its words, so it stays an easy target for unsteady hands at every zoom. Being a size hint, not a
// fixed size, it follows font changes and layouts place it properly.
class LargeButton : public QPushButton
{
    Q_OBJECT
public:
    explicit LargeButton(const QString& text, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // A snug button keeps its height but half the margin beside its words: for a row that must fit
    // on one line at large text (the item screen's moves with the tools folded away).
    void setSnug(bool snug);
    bool isSnug() const { return m_snug; }
    // The size with the wide margin, whether snug or not: what decides whether a row must go snug.
    QSize roomySizeHint() const { return sizeHintWithMargin(false); }

protected:
    // Enter presses it as Space does: what keyboard and screen-reader users try first on a button.
    void keyPressEvent(QKeyEvent* event) override;

private:
    QSize sizeHintWithMargin(bool snug) const;

    bool m_snug = false;
};

} // namespace exam::ui
