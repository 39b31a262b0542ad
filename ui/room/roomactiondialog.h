#pragma once

#include "room/roomaction.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace exam::ui {

class LargeButton;

// The proctor confirms an action before it goes out: the dialog names the action and every station it
// goes to, asks what the action needs (a reason, required to void a module or end a sitting; minutes to
// extend; the message's text) and says inline what is still missing (RoomAction::problem), with the
// confirm button disabled until nothing is. RoomView opens it with open(), never exec(): nothing
// blocks, and a test finds it among the view's children, fills it and clicks.
class RoomActionDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int DefaultExtendMinutes = 10;

    RoomActionDialog(room::ActionKind kind, const QStringList& stationNames, QWidget* parent = nullptr);

    room::ActionKind kind() const { return m_kind; }
    // The action as the fields now say it.
    room::RoomAction action() const;
    // What is missing, or empty (also shown in the dialog).
    QString problem() const { return action().problem(); }

    // The fields, for whoever fills the dialog in (a test, an automation); null when the action has none.
    QLineEdit* reasonField() const { return m_reason; }
    QSpinBox* minutesField() const { return m_minutes; }
    QPlainTextEdit* messageField() const { return m_message; }
    LargeButton* confirmButton() const { return m_confirm; }
    LargeButton* cancelButton() const { return m_cancel; }

    // What the action does, in a sentence, for the dialog and the action bar's descriptions.
    static QString consequence(room::ActionKind kind);

private:
    void check();

    room::ActionKind m_kind;
    QLineEdit* m_reason = nullptr;
    QSpinBox* m_minutes = nullptr;
    QPlainTextEdit* m_message = nullptr;
    QLabel* m_problem;
    LargeButton* m_confirm;
    LargeButton* m_cancel;
    QString m_shownProblem;
};

} // namespace exam::ui
