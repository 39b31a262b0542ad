#pragma once

#include <QStringList>
#include <QWidget>

namespace exam::ui {

class AnnouncementLine;

// What a screen reader says without the candidate moving to it: the time left on request, the time
// warnings, "Flagged for review", a problem with saving. Orca 43 speaks a notification the moment it
// appears, and without the word "notification" when it sits in a status bar; under Qt 6.4 it hears
// nothing else of the kind (QAccessible::Alert is not passed on, and a changed name arrives without
// its text), so this is the kiosk's one way to speak up. Sighted candidates see nothing: one pixel,
// under the screens, that paints nothing.
class Announcer : public QWidget
{
    Q_OBJECT
public:
    explicit Announcer(QWidget* window);

    // Said once the current event is handled; what is said in the same moment is said together
    // ("Flagged for review. Answer saved."), so one message does not cut off the other.
    void say(const QString& text);
    // The last 50 things said, oldest first (the tests read them; nothing of it is written anywhere).
    QStringList said() const { return m_said; }
    void forget() { m_said.clear(); }

    // The announcer of `widget`'s window, or null when its window has none.
    static Announcer* of(const QWidget* widget);

private:
    void speakPending();

    AnnouncementLine* m_line;
    QStringList m_pending;
    QStringList m_said;
};

// Says `text` through the announcer of `from`'s window; nothing when it has none (a screen on its own).
void announce(const QWidget* from, const QString& text);

// The line a screen reader is told about: a notification whose name is the text.
class AnnouncementLine : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    QString text() const { return m_text; }
    void setText(const QString& text) { m_text = text; }

private:
    QString m_text;
};

} // namespace exam::ui
