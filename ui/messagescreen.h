#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace exam::ui {

// A full-screen statement in plain words: a heading and an explanation, centred and readable from a
// distance. Used wherever the kiosk has to stop and tell the person in front of it what is going on
// ("please call your proctor", "storage problem", "no modules installed", a start-up failure).
class MessageScreen : public QWidget
{
    Q_OBJECT
public:
    explicit MessageScreen(QWidget* parent = nullptr);

    void setMessage(const QString& heading, const QString& explanation);
    QString heading() const;
    QString explanation() const;
    // A button under the message (e.g. "Proctor: start the module"); empty hides it.
    void setAction(const QString& label);
    QString action() const;

Q_SIGNALS:
    void actionRequested();

private:
    QLabel* m_heading;
    QLabel* m_explanation;
    QPushButton* m_action;
};

} // namespace exam::ui
