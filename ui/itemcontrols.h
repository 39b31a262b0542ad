#pragma once

#include <QList>
#include <QWidget>

class QBoxLayout;

namespace exam::ui {

class FlowLayout;
class LargeButton;

// The controls under the item: the moves (Previous, Review all items), the tools (Clear answer,
// Calculator, Display, Read aloud, Line reader) and Next, wrapping onto further rows when the width
// runs out. When those rows would take more than a fifth of the screen's height (large text on a
// small screen), the tools go behind one "Tools" button that opens them as a row of their own and
// the buttons go snug, so the rest fits one row and the item keeps the height it needs: at 200 % on
// 1280×720 the first option stays in view.
class ItemControls : public QWidget
{
    Q_OBJECT
public:
    ItemControls(const QList<LargeButton*>& moves, const QList<LargeButton*>& tools, LargeButton* next,
                 QWidget* parent = nullptr);

    LargeButton* toolsButton() const { return m_toolsButton; }
    // The tools are behind the Tools button (the row is too narrow for all of them).
    bool toolsFolded() const { return m_folded; }
    void retranslate();

Q_SIGNALS:
    // The screen is tight for its text: the tools folded and the buttons went snug.
    void foldedChanged(bool folded);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrange();
    int heightUnfolded() const;

    QList<LargeButton*> m_moves;
    QList<LargeButton*> m_tools;
    LargeButton* m_next;
    LargeButton* m_toolsButton;
    QWidget* m_toolStrip; // the tools, in the row or in a row of their own; never re-parented
    QBoxLayout* m_foldedRow;
    FlowLayout* m_row;
    bool m_folded = false;
    bool m_arranging = false;
};

} // namespace exam::ui
