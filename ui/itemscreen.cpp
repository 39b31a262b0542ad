#include "itemscreen.h"

#include "announce.h"
#include "announcer.h"
#include "banks/bankcontent.h"
#include "calculatorpanel.h"
#include "candidatekeys.h"
#include "displaypanel.h"
#include "flowlayout.h"
#include "itemcontrols.h"
#include "largebutton.h"
#include "linereader.h"
#include "optionbutton.h"
#include "readaloud.h"
#include "session/sessionengine.h"
#include "speech.h"
#include "stemview.h"
#include "textsize.h"
#include "timerdisplay.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace exam::ui {

namespace {

constexpr int MaxOptions = 5;      // the bank format allows 3–5 options
constexpr qreal StemFactor = 1.35; // the stem's text size, relative to the controls'

QString letterOf(int displayed)
{
    return QString(QChar(u'A' + displayed));
}

} // namespace

ItemScreen::ItemScreen(QWidget* parent)
    : QWidget(parent),
      m_progress(new QLabel(this)),
      m_answered(new QLabel(this)),
      m_flag(new LargeButton(QString(), this)),
      m_timer(new TimerDisplay(this)),
      m_scroll(new QScrollArea(this)),
      m_stem(new StemView),
      m_problem(new QLabel),
      m_previous(new LargeButton(QString(), this)),
      m_review(new LargeButton(QString(), this)),
      m_clear(new LargeButton(QString(), this)),
      m_next(new LargeButton(QString(), this)),
      m_calculatorButton(new LargeButton(QString(), this)),
      m_calculator(new CalculatorPanel(this)),
      m_displayButton(new LargeButton(QString(), this)),
      m_display(new DisplayPanel(this)),
      m_readButton(new LargeButton(QString(), this)),
      m_lineReaderButton(new LargeButton(QString(), this)),
      m_breakButton(new LargeButton(QString(), this)),
      m_lineReader(nullptr),
      m_readAloud(new ReadAloud(this))
{
    setObjectName(QStringLiteral("itemScreen"));
    m_progress->setObjectName(QStringLiteral("itemProgress"));
    m_answered->setObjectName(QStringLiteral("itemAnswered"));
    m_flag->setObjectName(QStringLiteral("itemFlag"));
    m_problem->setObjectName(QStringLiteral("itemProblem"));
    m_previous->setObjectName(QStringLiteral("itemPrevious"));
    m_review->setObjectName(QStringLiteral("itemReview"));
    m_clear->setObjectName(QStringLiteral("itemClear"));
    m_next->setObjectName(QStringLiteral("itemNext"));
    m_calculatorButton->setObjectName(QStringLiteral("itemCalculator"));
    m_calculatorButton->setCheckable(true);
    m_calculatorButton->setVisible(false);
    m_calculator->setVisible(false);
    m_displayButton->setObjectName(QStringLiteral("itemDisplay"));
    m_displayButton->setCheckable(true);
    m_display->setVisible(false);
    m_readButton->setObjectName(QStringLiteral("itemReadAloud"));
    m_readButton->setCheckable(true);
    m_readButton->setVisible(false);
    for (QLabel* label : {m_progress, m_answered, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_problem->setVisible(false);
    m_flag->setCheckable(true);

    m_top = new QHBoxLayout;
    m_top->setSpacing(24);
    auto* counts = new QVBoxLayout;
    counts->addWidget(m_progress);
    counts->addWidget(m_answered);
    m_top->addLayout(counts, 0);
    // The time, the flag and the break (it stops the time) wrap under each other when large text leaves
    // no room side by side.
    m_topRight = new FlowLayout(nullptr, 16);
    m_topRight->addWidget(m_timer);
    m_topRight->addWidget(m_flag);
    m_topRight->addWidget(m_breakButton);
    m_top->addLayout(m_topRight, 1);

    // The item in a column of readable width (long lines are hard to follow), centred on wide screens.
    auto* page = new QWidget;
    auto* centring = new QHBoxLayout(page);
    centring->setContentsMargins(0, 0, 0, 0);
    m_column = new QWidget(page);
    m_column->setObjectName(QStringLiteral("itemPage"));
    centring->addWidget(m_column, 1);
    auto* pageLayout = new QVBoxLayout(m_column);
    pageLayout->setContentsMargins(0, 8, 8, 8);
    pageLayout->setSpacing(14);
    pageLayout->addWidget(m_stem);
    pageLayout->addSpacing(8);
    for (int i = 0; i < MaxOptions; ++i) {
        auto* option = new OptionButton(m_column);
        option->setObjectName(QStringLiteral("option%1").arg(letterOf(i)));
        connect(option, &OptionButton::clicked, this, [this, i] { choose(i); });
        connect(option, &OptionButton::strikeRequested, this, [this, i] { toggleStrike(i); });
        pageLayout->addWidget(option);
        m_options.append(option);
    }
    pageLayout->addWidget(m_problem);
    pageLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("itemScroll"));
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_lineReader = new LineReader(m_scroll->viewport());
    m_lineReader->setVisible(false);
    TextSize::setRole(m_lineReader, StemFactor); // its band is as tall as the item's lines
    m_lineReaderButton->setObjectName(QStringLiteral("itemLineReader"));
    m_lineReaderButton->setCheckable(true);
    m_breakButton->setObjectName(QStringLiteral("itemBreak"));
    m_breakButton->setVisible(false);

    m_controls = new ItemControls({m_previous, m_review},
                                  {m_clear, m_calculatorButton, m_displayButton, m_readButton, m_lineReaderButton},
                                  m_next, this);
    // Where the tools fold, the bar above goes snug too: the time and the counts keep one line each.
    connect(m_controls, &ItemControls::foldedChanged, this, [this](bool folded) {
        m_flag->setSnug(folded);
        m_breakButton->setSnug(folded);
        m_timer->setSnug(folded);
        keepCountsOnOneLine();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(12);
    layout->addLayout(m_top);
    layout->addWidget(m_display);
    auto* middle = new QHBoxLayout;
    middle->setSpacing(16);
    middle->addWidget(m_scroll, 1);
    middle->addWidget(m_calculator, 0, Qt::AlignTop);
    layout->addLayout(middle, 1);
    layout->addWidget(m_controls);

    // On toggled, not clicked: a screen reader's Toggle action toggles without a click. The saved state
    // decides what the button shows (refresh() sets it back when the save is refused).
    connect(m_flag, &QPushButton::toggled, this, [this](bool flagged) {
        if (!m_showingFlag && m_engine && m_engine->response(m_engine->currentPosition()).flagged != flagged)
            toggleFlag();
    });
    connect(m_previous, &QPushButton::clicked, this, &ItemScreen::previous);
    connect(m_next, &QPushButton::clicked, this, &ItemScreen::next);
    connect(m_review, &QPushButton::clicked, this, &ItemScreen::reviewRequested);
    connect(m_clear, &QPushButton::clicked, this, &ItemScreen::clearAnswer);
    connect(m_calculatorButton, &QPushButton::toggled, this, [this](bool shown) {
        m_calculator->setVisible(shown);
        if (shown)
            m_calculator->setFocus(Qt::OtherFocusReason);
    });
    connect(m_displayButton, &QPushButton::toggled, m_display, &QWidget::setVisible);
    connect(m_lineReaderButton, &QPushButton::toggled, this, &ItemScreen::lineReaderToggled);
    connect(m_lineReaderButton, &QPushButton::toggled, m_lineReader, [this](bool shown) {
        m_lineReader->setVisible(shown);
        m_lineReader->raise();
    });
    connect(m_readButton, &QPushButton::clicked, this, [this] {
        m_readButton->setChecked(m_readAloud->reading()); // what is read decides, see readingChanged
        toggleReading();
    });
    connect(m_readAloud, &ReadAloud::readingChanged, this, [this](bool reading) {
        m_readButton->setChecked(reading);
        retranslate();
    });
    connect(m_readAloud, &ReadAloud::problem, this, &ItemScreen::setProblem);
    connect(m_breakButton, &QPushButton::clicked, this, &ItemScreen::takeBreak);
    m_stem->installEventFilter(this);
    m_scroll->installEventFilter(this);
    for (OptionButton* option : std::as_const(m_options))
        option->installEventFilter(this);
    retranslate();
    applyFonts();
    // Tab follows reading order: the question, its options, then the controls around them.
    QList<QWidget*> order{m_stem};
    for (OptionButton* option : std::as_const(m_options))
        order.append(option);
    order << m_flag << m_previous << m_review << m_controls->toolsButton() << m_clear << m_calculatorButton
          << m_calculator << m_displayButton << m_readButton << m_lineReaderButton;
    order << m_display->focusOrder();
    order << m_next << m_timer->findChild<QPushButton*>(QStringLiteral("timeToggle")) << m_breakButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void ItemScreen::retranslate()
{
    m_flag->setText(m_flag->isChecked() ? tr("Flagged for review ✓") : tr("Flag for review"));
    m_previous->setText(tr("Previous"));
    m_review->setText(tr("Review all items"));
    m_clear->setText(tr("Clear answer"));
    const bool last = m_engine && m_engine->currentPosition() + 1 == m_engine->itemCount();
    m_next->setText(last ? tr("Go to review") : tr("Next"));
    m_calculatorButton->setText(tr("Calculator"));
    m_displayButton->setText(tr("Display"));
    m_readButton->setText(m_readAloud->reading() ? tr("Stop reading") : tr("Read aloud"));
    m_lineReaderButton->setText(tr("Line reader"));
    m_controls->retranslate();
    // One short word: it shares a row with the flag even at 200 % text on a small screen.
    m_breakButton->setText(tr("Break", "the candidate takes a break that stops the clock"));
    m_breakButton->setAccessibleDescription(tr("Stops the clock and hides the questions until you come back. "
                                               "Your answers are saved."));
    m_calculatorButton->setAccessibleDescription(tr("Shows or hides the calculator beside the item."));
    m_displayButton->setAccessibleDescription(tr("Shows or hides text size and colour settings. "
                                                 "Keys anywhere: Ctrl+Plus, Ctrl+Minus, Ctrl+0."));
    m_readButton->setAccessibleDescription(tr("Reads the question and its options out loud; again stops. Key: S."));
    m_flag->setAccessibleDescription(tr("Marks this item so you can find it again on the review screen. Key: F."));
    m_previous->setAccessibleDescription(tr("Key: P."));
    m_next->setAccessibleDescription(tr("Key: N."));
    m_review->setAccessibleDescription(tr("Shows all items, answered, unanswered and flagged. Key: R."));
    m_clear->setAccessibleDescription(tr("Removes your answer to this item. Key: Delete."));
    m_lineReaderButton->setAccessibleDescription(tr("Shows a band to read the item through; it follows the "
                                                    "mouse, Alt+Up and Alt+Down move it. Key: L."));
}

void ItemScreen::applyFonts()
{
    // The item is what the candidate reads: larger than the controls around it. Roles, so the
    // text-size setting scales everything together.
    TextSize::setRole(m_progress, 1.15, true);
    TextSize::setRole(m_problem, 1.1, true);
    TextSize::setRole(m_stem, StemFactor);
    for (OptionButton* option : std::as_const(m_options))
        TextSize::setRole(option, 1.25);
    applyColumnWidth();
}

void ItemScreen::applyColumnWidth()
{
    // From the screen's own font, which a change of size reaches before the stem's role does.
    m_column->setMaximumWidth(QFontMetrics(TextSize::scaled(font(), StemFactor)).averageCharWidth() * 90);
}

void ItemScreen::keyPressEvent(QKeyEvent* event)
{
    if (!perform(CandidateKey::read(*event, MaxOptions)))
        QWidget::keyPressEvent(event);
}

bool ItemScreen::eventFilter(QObject* watched, QEvent* event)
{
    // Alt+Up/Down move the line reader: caught before the question, an option or the scroll area, which
    // would scroll with them.
    if (event->type() == QEvent::KeyPress) {
        const CandidateKey key = CandidateKey::read(*static_cast<QKeyEvent*>(event), MaxOptions);
        if (key.action == CandidateKey::Action::LineUp || key.action == CandidateKey::Action::LineDown)
            return perform(key);
    }
    return QWidget::eventFilter(watched, event);
}

bool ItemScreen::perform(const CandidateKey& key)
{
    using enum CandidateKey::Action;
    switch (key.action) {
    case None: return false;
    case Choose: choose(key.option); break;
    case Strike: toggleStrike(key.option); break;
    case Flag: toggleFlag(); break;
    case Next: next(); break;
    case Previous: previous(); break;
    case Review: Q_EMIT reviewRequested(); break;
    case Clear: clearAnswer(); break;
    case LineReader: m_lineReaderButton->toggle(); break;
    case LineUp: m_lineReader->moveBy(-1); break;
    case LineDown: m_lineReader->moveBy(1); break;
    case TimeLeft:
        if (m_engine)
            announce(this, TimerDisplay::spokenTimeLeft(m_engine->remaining(), m_engine->timed()));
        break;
    case ReadAloud:
        if (!m_readButton->isVisible())
            return false;
        toggleReading();
        break;
    }
    return true;
}

void ItemScreen::setSession(session::SessionEngine* engine, const banks::BankContent* content)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    m_content = content;
    m_media.setContent(content);
    m_shownPosition = -1;
    m_sameItemAgain = false;
    // The calculator only where the bank allows it; a new module starts with it closed and cleared.
    const bool calculator = content && content->module.calculatorAllowed;
    m_calculatorButton->setVisible(calculator);
    m_calculatorButton->setChecked(false);
    m_calculator->clear();
    m_breakButton->setVisible(engine && engine->breaksAllowed());
    setProblem({});
    if (m_engine) {
        connect(m_engine, &session::SessionEngine::changed, this, &ItemScreen::refresh);
        // A save that works again clears the message of the one that did not.
        connect(m_engine, &session::SessionEngine::storageProblemChanged, this, [this](bool problem) {
            if (!problem)
                setProblem({});
        });
    }
    refresh();
}

void ItemScreen::setReadAloud(bool enabled, Speech* speech)
{
    m_readAloud->setSpeech(enabled ? speech : nullptr);
    m_readButton->setVisible(enabled && speech);
    m_display->setReadAloud(enabled && speech ? m_readAloud : nullptr);
}

void ItemScreen::newCandidate()
{
    m_readAloud->resetRate();
    m_displayButton->setChecked(false);
    m_lineReaderButton->setChecked(false);
}

bool ItemScreen::lineReaderShown() const
{
    return m_lineReaderButton->isChecked();
}

void ItemScreen::setLineReaderShown(bool shown)
{
    m_lineReaderButton->setChecked(shown);
}

void ItemScreen::toggleReading()
{
    if (m_readAloud->reading()) {
        m_readAloud->stop();
        return;
    }
    const banks::Item* shown = m_engine ? item(m_engine->currentPosition()) : nullptr;
    if (!shown)
        return;
    setProblem({});
    // The item's own read-aloud text where it has one (formulas, drawings), else the stem as read.
    const banks::ItemBody& body = shown->body.reveal();
    QList<ReadAloud::Part> parts{{m_stem, body.readAloud.isEmpty() ? m_stem->plainText() : body.readAloud}};
    for (OptionButton* option : std::as_const(m_options))
        if (option->isVisibleTo(this))
            parts.append({option, option->accessibleName()});
    m_readAloud->read(parts);
}

void ItemScreen::hideEvent(QHideEvent* event)
{
    m_readAloud->stop(); // never read on behind another screen
    QWidget::hideEvent(event);
}

void ItemScreen::setImageScale(qreal scale)
{
    m_imageScale = scale;
    m_sameItemAgain = m_shownPosition >= 0;
    m_shownPosition = -1;
    refresh();
}

const banks::Item* ItemScreen::item(int position) const
{
    if (!m_engine || !m_content)
        return nullptr;
    const QString& id = m_engine->formItem(position).itemId;
    for (const banks::Item& candidate : m_content->items)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

void ItemScreen::showItem(int position)
{
    const banks::Item* shown = item(position);
    if (!shown)
        return;
    const banks::ItemBody& body = shown->body.reveal();
    const QList<int>& order = m_engine->formItem(position).optionOrder;
    // Drawings grow with the text: at 200 % text a caliper is drawn twice as large.
    const qreal imageScale = m_imageScale * std::max(1.0, TextSize::zoom(font()));
    m_stem->setStem(body.stem, &m_media, imageScale);
    for (int i = 0; i < m_options.size(); ++i) {
        OptionButton* button = m_options[i];
        button->setVisible(i < order.size());
        if (i >= order.size())
            continue;
        const banks::ItemOption& option = body.options.at(order[i]);
        button->setOption(letterOf(i), option.text, option.image, option.alt, &m_media, imageScale);
    }
    m_shownPosition = position;
    if (m_sameItemAgain) {
        // Only laid out again (a new text size): reading, scrolling and the keyboard stay where they are.
        m_sameItemAgain = false;
        return;
    }
    m_readAloud->stop(); // a new item: the old one's reading ends
    m_scroll->verticalScrollBar()->setValue(0);
    // The keyboard starts on the question, so a screen reader says where the candidate is and reads
    // the question first; the answer keys work from there, and Tab goes on to the options.
    m_stem->setWhere(whereText(position));
    if (m_stem->hasFocus())
        m_stem->presentAgain();
    else
        m_stem->setFocus(Qt::OtherFocusReason);
}

QString ItemScreen::whereText(int position) const
{
    const session::SessionEngine::Response response = m_engine->response(position);
    QStringList parts{tr("Item %1 of %2.").arg(position + 1).arg(m_engine->itemCount())};
    parts << (response.choice ? tr("Answered %1.").arg(letterOf(*response.choice)) : tr("Not answered."));
    if (response.flagged)
        parts << tr("Flagged for review.");
    return parts.join(QLatin1Char(' '));
}

void ItemScreen::refresh()
{
    if (!m_engine || m_engine->itemCount() == 0)
        return;
    const int position = m_engine->currentPosition();
    if (position != m_shownPosition)
        showItem(position);
    const session::SessionEngine::Response response = m_engine->response(position);
    m_stem->setWhere(whereText(position)); // as it stands now, for a screen reader's "where am I"
    for (int i = 0; i < m_options.size(); ++i) {
        m_options[i]->setChecked(response.choice == i);
        m_options[i]->setStruck(response.isStruck(i));
    }
    m_showingFlag = true;
    m_flag->setChecked(response.flagged);
    m_showingFlag = false;
    m_flag->setText(response.flagged ? tr("Flagged for review ✓") : tr("Flag for review"));
    m_progress->setText(tr("Item %1 of %2").arg(position + 1).arg(m_engine->itemCount()));
    m_answered->setText(tr("Answered: %1 of %2").arg(m_engine->answeredCount()).arg(m_engine->itemCount()));
    keepCountsOnOneLine();
    m_previous->setEnabled(position > 0);
    m_clear->setEnabled(response.choice.has_value());
    const bool last = position + 1 == m_engine->itemCount();
    m_next->setText(last ? tr("Go to review") : tr("Next"));
    refreshTime();
}

void ItemScreen::keepCountsOnOneLine()
{
    // "Item 12 of 84" reads badly broken over two lines: one line, while that takes no more than a
    // third of the screen and leaves the time its room (else it wraps rather than make the screen
    // wider than the window). The room is the frame's, not this screen's own width, which a too
    // large minimum would have widened.
    const QMargins margins = layout()->contentsMargins();
    const int available = parentWidget() ? parentWidget()->width() : width();
    const int room =
        available - margins.left() - margins.right() - m_top->spacing() - m_topRight->minimumSize().width();
    for (QLabel* label : {m_progress, m_answered}) {
        const int oneLine = label->fontMetrics().horizontalAdvance(label->text()) + 2 * label->margin() + 2;
        label->setMinimumWidth(std::max(0, std::min({oneLine, available / 3, room})));
    }
}

void ItemScreen::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    keepCountsOnOneLine();
}

void ItemScreen::refreshTime()
{
    if (!m_engine)
        return;
    m_timer->setTimeFactor(m_engine->timeFactorPercent());
    m_timer->setRemaining(m_engine->remaining(), m_engine->timed());
}

template<typename Action>
bool ItemScreen::act(Action action)
{
    if (!m_engine)
        return false;
    const Result<void> done = action();
    setProblem(done ? QString() : done.error().message);
    refresh();
    return bool(done);
}

void ItemScreen::choose(int displayedOption)
{
    if (!m_engine || displayedOption >= m_engine->formItem(m_engine->currentPosition()).optionOrder.size())
        return;
    act([&] { return m_engine->answer(m_engine->currentPosition(), displayedOption); }); // unstrikes it too
    m_options.value(displayedOption)->setFocus();
}

void ItemScreen::toggleStrike(int displayedOption)
{
    if (!m_engine || displayedOption >= m_engine->formItem(m_engine->currentPosition()).optionOrder.size())
        return;
    const int position = m_engine->currentPosition();
    const bool strike = !m_engine->response(position).isStruck(displayedOption);
    if (act([&] { return m_engine->setStruck(position, displayedOption, strike); }))
        announce(this, strike ? tr("Option %1 struck out.").arg(letterOf(displayedOption))
                              : tr("Option %1 back in.").arg(letterOf(displayedOption)));
}

void ItemScreen::clearAnswer()
{
    if (!m_engine || !m_engine->response(m_engine->currentPosition()).choice)
        return;
    if (act([&] { return m_engine->clearAnswer(m_engine->currentPosition()); }))
        announce(this, tr("Answer cleared. Not answered."));
}

void ItemScreen::toggleFlag()
{
    if (!m_engine)
        return;
    const int position = m_engine->currentPosition();
    const bool flag = !m_engine->response(position).flagged;
    // On the flag button itself a screen reader already says "pressed" or "not pressed".
    if (act([&] { return m_engine->setFlag(position, flag); }) && QApplication::focusWidget() != m_flag)
        announce(this, flag ? tr("Flagged for review.") : tr("Flag removed."));
}

void ItemScreen::takeBreak()
{
    act([&] { return m_engine->startBreak(); });
}

void ItemScreen::next()
{
    if (!m_engine)
        return;
    if (m_engine->currentPosition() + 1 >= m_engine->itemCount()) {
        Q_EMIT reviewRequested();
        return;
    }
    act([&] { return m_engine->moveTo(m_engine->currentPosition() + 1); });
}

void ItemScreen::previous()
{
    if (m_engine && m_engine->currentPosition() > 0)
        act([&] { return m_engine->moveTo(m_engine->currentPosition() - 1); });
}

bool ItemScreen::timeHidden() const
{
    return m_timer->timeHidden();
}

QString ItemScreen::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ItemScreen::setProblem(const QString& message)
{
    announceIn(m_problem, message);
}

void ItemScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The options' spoken names are set when the item is shown: show it again, in place.
        m_sameItemAgain = m_shownPosition >= 0;
        m_shownPosition = -1;
        refresh();
    }
    if (event->type() == QEvent::FontChange) {
        applyColumnWidth();
        // Options and images are sized from the text: show the item again once the change has reached
        // every child.
        m_sameItemAgain = m_shownPosition >= 0;
        m_shownPosition = -1;
        QMetaObject::invokeMethod(this, &ItemScreen::refresh, Qt::QueuedConnection);
    }
}

} // namespace exam::ui
