#include "practicescreen.h"

#include "accessibility.h"
#include "announce.h"
#include "announcer.h"
#include "candidatekeys.h"
#include "largebutton.h"
#include "optionbutton.h"
#include "stemview.h"
#include "textsize.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exam::ui {

namespace {

enum Step { Answer, Change, Flag, Review, Timer, Break, StepCount };

QString stepText(int step)
{
    switch (step) {
    case Answer:
        return PracticeScreen::tr("Choose an answer: click an option, or press its letter (A, B, C…) or its number "
                                  "(1, 2, 3…).");
    case Change:
        return PracticeScreen::tr(
            "Change your answer: choose another option. Your last choice is the one that counts.");
    case Flag: return PracticeScreen::tr("Flag an item to look at it again later: press \"Flag for review\" or F.");
    case Review:
        return PracticeScreen::tr("\"Review all items\" (or R) shows every item as answered, not answered or flagged; "
                                  "open any item from there. N and P move to the next and previous item.");
    case Timer:
        return PracticeScreen::tr("The time left is shown at the top and can be hidden. Warnings appear when 15, 5 "
                                  "and 1 minutes are left; at zero the module ends with the answers given.");
    case Break:
        return PracticeScreen::tr("\"Break\", next to the time, stops the clock and hides the questions until you "
                                  "choose \"Back to the exam\".");
    }
    return {};
}

} // namespace

PracticeScreen::PracticeScreen(QWidget* parent)
    : QWidget(parent),
      m_stem(new StemView),
      m_flag(new LargeButton(QString())),
      m_ready(new LargeButton(QString())),
      m_problem(new QLabel)
{
    setObjectName(QStringLiteral("practiceScreen"));
    QLabel* title = m_title = new HeadingLabel(QString());
    readWholeOnArrival(this, title);
    TextSize::setRole(title, 1.8, true);
    auto* saved = m_saved = new QLabel;
    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 12, 0);
    pageLayout->setSpacing(10);
    for (QLabel* label : {title, saved}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        pageLayout->addWidget(label);
    }
    TextSize::setRole(saved, 1.2);
    for (int step = 0; step < StepCount; ++step) {
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("practiceStep%1").arg(step + 1));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        TextSize::setRole(label, 1.2);
        pageLayout->addWidget(label);
        m_steps.append(label);
    }
    pageLayout->addSpacing(12);
    TextSize::setRole(m_stem, 1.35);
    pageLayout->addWidget(m_stem);
    for (int i = 0; i < 4; ++i) {
        auto* option = new OptionButton;
        option->setObjectName(QStringLiteral("practiceOption%1").arg(QChar(u'A' + i)));
        TextSize::setRole(option, 1.25);
        connect(option, &OptionButton::clicked, this, [this, i] { choose(i); });
        pageLayout->addWidget(option);
        m_options.append(option);
    }
    m_flag->setObjectName(QStringLiteral("practiceFlag"));
    m_flag->setCheckable(true);
    connect(m_flag, &QPushButton::clicked, this, [this] {
        m_flag->setChecked(!m_flag->isChecked());
        toggleFlag();
    });
    auto* flagRow = new QHBoxLayout;
    flagRow->addWidget(m_flag);
    flagRow->addStretch(1);
    pageLayout->addLayout(flagRow);
    pageLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_ready->setObjectName(QStringLiteral("practiceReady"));
    connect(m_ready, &QPushButton::clicked, this, &PracticeScreen::ready);
    m_problem->setObjectName(QStringLiteral("practiceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QFont problemFont = font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    m_problem->setVisible(false);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_ready, 0, Qt::AlignRight | Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    retranslate();
    reset();
}

void PracticeScreen::retranslate()
{
    m_title->setText(tr("How the exam works"));
    m_saved->setText(
        tr("Every answer is saved the moment you give it. Try it on this practice item; it is not scored."));
    m_stem->setStem(tr("Practice item: which of these is a unit of length?"), nullptr, 1.0);
    const QStringList options{tr("Kilogram"), tr("Metre"), tr("Litre"), tr("Second")};
    for (int i = 0; i < m_options.size(); ++i)
        m_options[i]->setOption(QString(QChar(u'A' + i)), options[i], QString(), QString(), nullptr, 1.0);
    m_ready->setText(tr("I am ready to start"));
    m_ready->setAccessibleDescription(tr("Tells the proctor you are ready. The proctor starts the clock."));
    refresh();
}

void PracticeScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void PracticeScreen::reset()
{
    m_choice = -1;
    m_changed = false;
    m_flagged = false;
    setProblem({});
    refresh();
}

void PracticeScreen::setProblem(const QString& message)
{
    announceIn(m_problem, message);
}

QString PracticeScreen::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void PracticeScreen::keyPressEvent(QKeyEvent* event)
{
    // The item screen's keys, for the practice item's options and flag (candidatekeys.h).
    const CandidateKey key = CandidateKey::read(*event, int(m_options.size()));
    if (key.action == CandidateKey::Action::Choose)
        choose(key.option);
    else if (key.action == CandidateKey::Action::Flag)
        toggleFlag();
    else
        QWidget::keyPressEvent(event);
}

void PracticeScreen::choose(int option)
{
    if (option < 0 || option >= m_options.size())
        return;
    const bool wasChanged = changed();
    const bool wasAnswered = answered();
    if (m_choice >= 0 && m_choice != option)
        m_changed = true;
    m_choice = option;
    m_options[option]->setFocus();
    refresh();
    // A step ticked off is said: a screen reader user cannot see the tick appear.
    if (!wasAnswered && answered())
        announce(this, tr("Done: %1").arg(stepText(Answer)));
    else if (!wasChanged && changed())
        announce(this, tr("Done: %1").arg(stepText(Change)));
}

void PracticeScreen::setBreaks(bool allowed)
{
    m_steps[Break]->setVisible(allowed);
}

void PracticeScreen::toggleFlag()
{
    m_flagged = !m_flagged;
    refresh();
    if (QApplication::focusWidget() != m_flag)
        announce(this, m_flagged ? tr("Flagged for review.") : tr("Flag removed."));
}

void PracticeScreen::refresh()
{
    const bool done[StepCount] = {answered(), changed(), flagged(), false, false, false};
    for (int step = 0; step < StepCount; ++step) {
        const QString text = stepText(step);
        const bool tickable = step <= Flag;
        m_steps[step]->setText(!tickable    ? QStringLiteral("•  %1").arg(text)
                               : done[step] ? tr("✓ Done: %1").arg(text)
                                            : QStringLiteral("%1.  %2").arg(step + 1).arg(text));
        m_steps[step]->setAccessibleName(m_steps[step]->text());
    }
    for (int i = 0; i < m_options.size(); ++i)
        m_options[i]->setChecked(i == m_choice);
    m_flag->setChecked(m_flagged);
    m_flag->setText(m_flagged ? tr("Flagged for review ✓") : tr("Flag for review"));
}

} // namespace exam::ui
