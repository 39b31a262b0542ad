#include "submitscreen.h"

#include "accessibility.h"
#include "announce.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "session/sessionengine.h"
#include "textsize.h"
#include "timerdisplay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace exam::ui {

SubmitScreen::SubmitScreen(QWidget* parent)
    : QWidget(parent),
      m_timer(new TimerDisplay(this)),
      m_title(new HeadingLabel(QString(), this)),
      m_answered(new QLabel(this)),
      m_unanswered(new QLabel(this)),
      m_flagged(new QLabel(this)),
      m_final(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_back(new LargeButton(QString(), this)),
      m_submit(new LargeButton(QString(), this))
{
    setObjectName(QStringLiteral("submitScreen"));
    readWholeOnArrival(this, m_title);
    m_title->setObjectName(QStringLiteral("submitTitle"));
    m_answered->setObjectName(QStringLiteral("submitAnswered"));
    m_unanswered->setObjectName(QStringLiteral("submitUnanswered"));
    m_flagged->setObjectName(QStringLiteral("submitFlagged"));
    m_final->setObjectName(QStringLiteral("submitFinal"));
    m_problem->setObjectName(QStringLiteral("submitProblem"));
    m_back->setObjectName(QStringLiteral("submitBack"));
    m_submit->setObjectName(QStringLiteral("submitNow"));
    TextSize::setRole(m_title, 1.8, true);
    for (QLabel* label : {m_title, m_answered, m_unanswered, m_flagged, m_final, m_problem}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        if (label != m_title)
            TextSize::setRole(label, 1.25, label == m_final || label == m_problem);
    }
    m_problem->setVisible(false);
    m_back->setDefault(true);
    m_back->setAutoDefault(true);
    m_submit->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 32);
    layout->setSpacing(16);
    // The time left beside the title, or under it when large text leaves no room.
    auto* header = new FlowLayout(nullptr, 24);
    header->addWidget(m_title);
    header->addWidget(m_timer);
    layout->addLayout(header);
    layout->addWidget(m_answered);
    layout->addWidget(m_unanswered);
    layout->addWidget(m_flagged);
    layout->addSpacing(12);
    layout->addWidget(m_final);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_back, &QPushButton::clicked, this, &SubmitScreen::backRequested);
    connect(m_submit, &QPushButton::clicked, this, &SubmitScreen::submit);
    retranslate();
}

void SubmitScreen::retranslate()
{
    m_title->setText(tr("Submit the module?"));
    m_final->setText(tr("After you submit, you cannot change any answer."));
    m_final->setAccessibleName(m_final->text());
    m_back->setText(tr("Go back"));
    m_submit->setText(tr("Submit now"));
    m_submit->setAccessibleDescription(tr("Ends the module. Your answers become final."));
}

void SubmitScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void SubmitScreen::setSession(session::SessionEngine* engine)
{
    m_engine = engine;
    refresh();
}

QString SubmitScreen::numbers(const QList<int>& positions)
{
    QStringList list;
    for (int position : positions)
        list.append(QString::number(position + 1));
    return list.join(QStringLiteral(", "));
}

void SubmitScreen::refresh()
{
    if (!m_engine)
        return;
    QList<int> unanswered;
    QList<int> flagged;
    for (int position = 0; position < m_engine->itemCount(); ++position) {
        const session::SessionEngine::Response response = m_engine->response(position);
        if (!response.choice)
            unanswered.append(position);
        if (response.flagged)
            flagged.append(position);
    }
    m_answered->setText(
        tr("You have answered %1 of %2 items.").arg(m_engine->answeredCount()).arg(m_engine->itemCount()));
    m_unanswered->setText(unanswered.isEmpty()
                              ? tr("Every item has an answer.")
                              : tr("Not answered (%1), counted as wrong if you submit now. Item numbers: %2.")
                                    .arg(unanswered.size())
                                    .arg(numbers(unanswered)));
    m_flagged->setText(
        flagged.isEmpty() ? tr("No item is flagged for review.")
                          : tr("Flagged for review (%1). Item numbers: %2.").arg(flagged.size()).arg(numbers(flagged)));
    for (QLabel* label : {m_answered, m_unanswered, m_flagged, m_final})
        label->setAccessibleName(label->text());
    m_problem->setVisible(false);
    m_back->setFocus();
    refreshTime();
}

QString SubmitScreen::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SubmitScreen::submit()
{
    if (!m_engine)
        return;
    const Result<void> done = m_engine->submit();
    if (done) {
        Q_EMIT submitted();
        return;
    }
    announceIn(m_problem, done.error().message);
}

} // namespace exam::ui

namespace exam::ui {

void SubmitScreen::refreshTime()
{
    if (!m_engine)
        return;
    m_timer->setTimeFactor(m_engine->timeFactorPercent());
    m_timer->setRemaining(m_engine->remaining(), m_engine->timed());
}

} // namespace exam::ui
