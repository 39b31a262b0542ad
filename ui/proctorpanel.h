#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace exam::ui {

class LargeButton;

// What a signed-in proctor can do over the candidate's screen (opened by the proctor's key chord):
// pause and resume with a reason, extend the time, void the module with a reason, end the sitting,
// leave kiosk mode, or go back to the candidate. The kiosk does the actions and reports the outcome;
// every one is audit-logged with the proctor's id.
class ProctorPanel : public QWidget
{
    Q_OBJECT
public:
    struct Status
    {
        QString candidate; // "Jordan Demo (C-7001)"
        QString module;    // "CLA Certified Logistics Associate"
        QString state;     // in words: "running", "paused"…
        QString timeLeft;  // "1:12:33", or empty when untimed
        int answered = 0;
        int items = 0;
        bool moduleOpen = false; // a module is set up (pause/void/extend make sense)
        bool running = false;
        bool paused = false;
        bool timed = false;
        // The station's outbox in words ("3 results wait for delivery; last error: …"), and whether
        // "Upload results now" can do anything (an intake is set and results wait).
        QString outbox;
        bool canUpload = false;
        bool canExport = false; // a bundle key is set and results wait
    };

    explicit ProctorPanel(QWidget* parent = nullptr);

    void setStatus(const Status& status);
    // The outcome of the last action, in plain words (an error says what went wrong).
    void showOutcome(const QString& message);
    QString outcome() const;
    QString reason() const;
    // After an action went through: the next one needs its own reason.
    void clearReason();

Q_SIGNALS:
    void pauseRequested(const QString& reason);
    void resumeRequested(const QString& reason);
    void extendRequested(int minutes);
    void voidRequested(const QString& reason);
    void endSittingRequested();
    void leaveRequested();
    void uploadRequested();
    void exportRequested();
    void closed();
    // The proctor is using the panel (a key or a click): it stays open while they do.
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void requireReason(const std::function<void(const QString&)>& action);

    QLabel* m_status;
    QLineEdit* m_reason;
    QSpinBox* m_minutes;
    QLabel* m_outcome;
    QLabel* m_outbox;
    LargeButton* m_pause;
    LargeButton* m_resume;
    LargeButton* m_extend;
    LargeButton* m_void;
    LargeButton* m_endSitting;
    LargeButton* m_leave;
    LargeButton* m_upload;
    LargeButton* m_export;
    LargeButton* m_back;
    QLabel* m_title;
    QLabel* m_outboxTitle;
    QLabel* m_reasonLabel;
    QLabel* m_extendLabel;
    QLabel* m_reasonHint;
};

} // namespace exam::ui
