#pragma once

#include <QWidget>

class QLabel;

namespace exam::ui {

class LargeButton;

// What the candidate sees first: who the station thinks they are and which module they are about to
// take, with the time and any accommodation in plain words, and the question "is this you?".
class WelcomeScreen : public QWidget
{
    Q_OBJECT
public:
    struct Details
    {
        QString candidateName;
        QString candidateId;
        QString moduleTitle;
        QString moduleCode;
        int items = 0;
        int minutes = 0;             // the module's own limit
        int timeFactorPercent = 100; // 0 = untimed
        int moduleNumber = 1;        // in the sitting
        int moduleCount = 1;
        bool breaks = false; // the candidate may take breaks that stop the clock
        // The station it came from, when the module moved here from a station that failed (issue 26).
        QString movedFrom = {};
    };

    explicit WelcomeScreen(QWidget* parent = nullptr);
    void setDetails(const Details& details);

protected:
    void changeEvent(QEvent* event) override;

    static QString timeText(const Details& details);

Q_SIGNALS:
    void confirmed();
    void notMe();

private:
    void retranslate();
    void showDetails(); // m_details in the current language

    Details m_details;
    QLabel* m_title;
    QLabel* m_identity;
    QLabel* m_module;
    QLabel* m_time;
    QLabel* m_question;
    LargeButton* m_yes;
    LargeButton* m_no;
};

} // namespace exam::ui
