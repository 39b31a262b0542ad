#include "announcer.h"

#include <QTimer>

namespace exam::ui {

Announcer::Announcer(QWidget* window) : QWidget(window), m_line(new AnnouncementLine(this))
{
    setObjectName(QStringLiteral("announcer"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(0, 0, 1, 1);
    m_line->setGeometry(0, 0, 1, 1);
    m_line->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_line->setVisible(false);
    lower(); // under the screens: it must be shown to be heard, never seen
}

Announcer* Announcer::of(const QWidget* widget)
{
    return widget ? widget->window()->findChild<Announcer*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void Announcer::say(const QString& text)
{
    if (text.isEmpty())
        return;
    if (m_pending.isEmpty())
        QTimer::singleShot(0, this, &Announcer::speakPending);
    if (!m_pending.contains(text))
        m_pending.append(text);
}

void Announcer::speakPending()
{
    if (m_pending.isEmpty())
        return;
    const QString text = m_pending.join(QLatin1Char(' '));
    m_pending.clear();
    m_said.append(text);
    if (m_said.size() > 50)
        m_said.removeFirst();
    // Hidden and shown again, so the same words said twice are heard twice.
    m_line->setVisible(false);
    m_line->setText(text);
    m_line->setVisible(true);
}

void announce(const QWidget* from, const QString& text)
{
    if (Announcer* announcer = Announcer::of(from))
        announcer->say(text);
}

} // namespace exam::ui
