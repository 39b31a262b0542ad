#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace exam::ui {

// Lays `screen` out as a message is: `lines` in a centred column and `button` under them, in a scroll
// area that scrolls only when a large text size leaves no other way (never grows the window).
void layOutAsMessage(QWidget* screen, const QList<QWidget*>& lines, QWidget* button);

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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sayMessage();

    QLabel* m_heading;
    QLabel* m_explanation;
    QPushButton* m_action;
};

} // namespace exam::ui
