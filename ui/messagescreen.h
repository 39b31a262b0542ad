#pragma once

#include <QWidget>

class QLabel;

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

private:
    QLabel* m_heading;
    QLabel* m_explanation;
};

} // namespace exam::ui
