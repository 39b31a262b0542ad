#include "timerdisplay.h"

#include "largebutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

namespace exam::ui {

TimerDisplay::TimerDisplay(QWidget* parent)
    : QWidget(parent), m_time(new QLabel(this)), m_toggle(new LargeButton(QString(), this))
{
    m_time->setObjectName(QStringLiteral("timeLeft"));
    m_time->setTextFormat(Qt::PlainText);
    QFont bold = m_time->font();
    bold.setBold(true);
    m_time->setFont(bold);
    m_toggle->setObjectName(QStringLiteral("timeToggle"));
    connect(m_toggle, &QPushButton::clicked, this, [this] { setTimeHidden(!m_hidden); });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_time);
    layout->addWidget(m_toggle);
    refresh();
}

void TimerDisplay::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

QString TimerDisplay::format(std::chrono::milliseconds remaining)
{
    // Rounded up: "0:00:01" until the very last second has passed.
    const qint64 seconds = std::max<qint64>(0, (remaining.count() + 999) / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString TimerDisplay::spokenTimeLeft(std::chrono::milliseconds remaining, bool timed)
{
    if (!timed)
        return tr("No time limit.");
    const qint64 seconds = std::max<qint64>(0, (remaining.count() + 999) / 1000);
    const int hours = int(seconds / 3600);
    const int minutes = int(seconds / 60 % 60);
    // Singular and plural by hand: the same two forms serve English and Spanish.
    QStringList parts;
    if (hours > 0)
        parts << (hours == 1 ? tr("1 hour") : tr("%1 hours").arg(hours));
    if (minutes > 0)
        parts << (minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes));
    const int rest = int(seconds % 60);
    if (seconds < 5 * 60 && (rest != 0 || parts.isEmpty()))
        parts << (rest == 1 ? tr("1 second") : tr("%1 seconds").arg(rest));
    return tr("Time left: %1.").arg(parts.join(QLatin1Char(' ')));
}

void TimerDisplay::setRemaining(std::chrono::milliseconds remaining, bool timed)
{
    m_remaining = remaining;
    m_timed = timed;
    refresh();
}

void TimerDisplay::setTimeFactor(int percent)
{
    m_factorPercent = percent;
    refresh();
}

void TimerDisplay::setTimeHidden(bool hidden)
{
    m_hidden = hidden;
    refresh();
}

QString TimerDisplay::shownText() const
{
    return m_time->text();
}

void TimerDisplay::setSnug(bool snug)
{
    m_toggle->setSnug(snug);
}

void TimerDisplay::refresh()
{
    m_toggle->setVisible(m_timed);
    if (m_time->accessibleName() != tr("Time left"))
        m_time->setAccessibleName(tr("Time left"));
    if (!m_timed) {
        m_time->setText(tr("No time limit"));
        return;
    }
    QString text = m_hidden ? tr("Time hidden") : tr("Time left %1").arg(format(m_remaining));
    if (m_factorPercent != 100 && m_factorPercent != 0)
        text = tr("%1 (extended time ×%2)").arg(text, QLocale().toString(m_factorPercent / 100.0, 'g', 3));
    if (m_time->text() != text)
        m_time->setText(text);
    // Only what changed: each change is an event to assistive technology, and this runs every second.
    const QString toggle = m_hidden ? tr("Show time") : tr("Hide time");
    const QString toggleHelp = m_hidden ? tr("Shows the time left. Key T says it.")
                                        : tr("Hides the time left; warnings still appear. Key T says it.");
    if (m_toggle->text() != toggle)
        m_toggle->setText(toggle);
    if (m_toggle->accessibleDescription() != toggleHelp)
        m_toggle->setAccessibleDescription(toggleHelp);
}

} // namespace exam::ui
