#include "timerdisplay.h"

#include "largebutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

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
    m_time->setAccessibleName(tr("Time left"));
    if (!m_timed) {
        m_time->setText(tr("No time limit"));
        return;
    }
    QString text = m_hidden ? tr("Time hidden") : tr("Time left %1").arg(format(m_remaining));
    if (m_factorPercent != 100 && m_factorPercent != 0)
        text = tr("%1 (extended time ×%2)").arg(text, QLocale().toString(m_factorPercent / 100.0, 'g', 3));
    m_time->setText(text);
    m_time->setAccessibleDescription(m_time->text()); // readable on request, never announced by itself
    m_toggle->setText(m_hidden ? tr("Show time") : tr("Hide time"));
    m_toggle->setAccessibleDescription(m_hidden ? tr("Shows the time left.")
                                                : tr("Hides the time left; warnings still appear."));
}

} // namespace exam::ui
