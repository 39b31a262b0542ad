#include "breakscreen.h"

#include "accessibility.h"
#include "announce.h"
#include "largebutton.h"
#include "messagescreen.h"
#include "session/sessionengine.h"
#include "textsize.h"
#include "timerdisplay.h"

#include <QEvent>
#include <QLabel>

namespace exam::ui {

BreakScreen::BreakScreen(QWidget* parent)
    : QWidget(parent),
      m_heading(new HeadingLabel(QString())),
      m_explanation(new QLabel),
      m_breakTime(new QLabel),
      m_timeLeft(new QLabel),
      m_problem(new QLabel),
      m_back(new LargeButton(QString()))
{
    setObjectName(QStringLiteral("breakScreen"));
    readWholeOnArrival(this, m_heading);
    m_heading->setObjectName(QStringLiteral("breakHeading"));
    m_explanation->setObjectName(QStringLiteral("breakExplanation"));
    m_breakTime->setObjectName(QStringLiteral("breakTime"));
    m_timeLeft->setObjectName(QStringLiteral("breakTimeLeft"));
    m_problem->setObjectName(QStringLiteral("breakProblem"));
    m_back->setObjectName(QStringLiteral("breakBack"));
    TextSize::setRole(m_heading, 2.0, true);
    TextSize::setRole(m_explanation, 1.4);
    TextSize::setRole(m_breakTime, 1.4, true);
    TextSize::setRole(m_timeLeft, 1.4);
    TextSize::setRole(m_problem, 1.1, true);
    for (QLabel* label : {m_heading, m_explanation, m_breakTime, m_timeLeft, m_problem}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
    }
    m_problem->setVisible(false);

    layOutAsMessage(this, {m_heading, m_explanation, m_breakTime, m_timeLeft, m_problem}, m_back);
    connect(m_back, &QPushButton::clicked, this, &BreakScreen::goBack);
    retranslate();
}

void BreakScreen::setSession(session::SessionEngine* engine)
{
    m_engine = engine;
    refresh();
}

void BreakScreen::retranslate()
{
    m_heading->setText(tr("You are on a break"));
    m_explanation->setText(tr("The clock is stopped and your answers are saved. The questions are hidden until you "
                              "go back. If you need anything, raise your hand."));
    m_back->setText(tr("Back to the exam"));
    m_back->setAccessibleDescription(tr("Ends the break: the questions come back and the clock runs again."));
    m_heading->setAccessibleName(m_heading->text());
    m_explanation->setAccessibleName(m_explanation->text());
    m_breakTime->setAccessibleName(tr("Break time"));
    refreshTime();
}

void BreakScreen::setTimeHidden(bool hidden)
{
    m_timeHidden = hidden;
    refreshTime();
}

void BreakScreen::refresh()
{
    announceIn(m_problem, {});
    refreshTime();
    // Said once when the break starts; the count that follows is on screen only (no event a second).
    m_breakTime->setAccessibleDescription(m_breakTime->text());
    m_back->setFocus(Qt::OtherFocusReason);
}

void BreakScreen::refreshTime()
{
    if (!m_engine)
        return;
    const qint64 seconds = m_engine->currentBreak().count() / 1000;
    m_breakTime->setText(tr("Break: %1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    // The time left as the candidate chose to see it on the items: hidden stays hidden.
    m_timeLeft->setText(
        !m_engine->timed() ? tr("This module has no time limit.")
        : m_timeHidden
            ? QString()
            : tr("Time left for the module when you go back: %1").arg(TimerDisplay::format(m_engine->remaining())));
    m_timeLeft->setAccessibleName(m_timeLeft->text());
    m_timeLeft->setVisible(!m_timeLeft->text().isEmpty());
}

void BreakScreen::goBack()
{
    if (!m_engine)
        return;
    if (auto ended = m_engine->endBreak(); !ended)
        announceIn(m_problem, ended.error().message); // the engine's state change shows the next screen
}

QString BreakScreen::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void BreakScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace exam::ui
