#pragma once

#include <QProgressBar>

namespace exam::ui {

// A topic's score as a horizontal bar (0–100 %) with a tick at the pass mark, so "below the mark" can
// be seen without relying on colour. A progress bar underneath, so screen readers get its role and
// value; the words ("72 %: 13 of 18 right, needs improvement") go in its accessible description.
class ScoreBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit ScoreBar(QWidget* parent = nullptr);

    void setPassMark(int percent);
    int passMark() const { return m_passMark; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent*) override;

private:
    int m_passMark = 0;
};

} // namespace exam::ui
