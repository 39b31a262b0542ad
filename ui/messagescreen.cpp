#include "messagescreen.h"

#include "accessibility.h"
#include "announcer.h"
#include "largebutton.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include <QAccessible>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exam::ui {

void layOutAsMessage(QWidget* screen, const QList<QWidget*>& lines, QWidget* button)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);
    layout->addStretch(1);
    for (QWidget* line : lines)
        layout->addWidget(line);
    layout->addSpacing(24);
    layout->addWidget(button, 0, Qt::AlignCenter);
    layout->addStretch(2);
    auto* scroll = new QScrollArea(screen);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* outer = new QVBoxLayout(screen);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

MessageScreen::MessageScreen(QWidget* parent)
    : QWidget(parent),
      m_heading(new HeadingLabel(this)),
      m_explanation(new WrappingLabel(this)),
      m_action(new LargeButton(QString(), this))
{
    m_heading->setObjectName(QStringLiteral("messageHeading"));
    readWholeOnArrival(this, m_heading);
    m_heading->setWordWrap(true);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setTextFormat(Qt::PlainText);
    TextSize::setRole(m_heading, 2.0, true);

    m_explanation->setObjectName(QStringLiteral("messageExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setTextFormat(Qt::PlainText);
    TextSize::setRole(m_explanation, 1.4);

    layOutAsMessage(this, {m_heading, m_explanation}, m_action);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setVisible(false);
    connect(m_action, &QPushButton::clicked, this, &MessageScreen::actionRequested);
}

void MessageScreen::setAction(const QString& label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

QString MessageScreen::action() const
{
    return m_action->isVisibleTo(this) ? m_action->text() : QString();
}

void MessageScreen::setMessage(const QString& heading, const QString& explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
    m_heading->setAccessibleName(heading);
    m_explanation->setAccessibleName(explanation);
    // A new message is news: screen readers announce it without the candidate looking for it.
    QAccessibleEvent alert(m_heading, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (isVisible())
        sayMessage();
}

void MessageScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    sayMessage();
}

void MessageScreen::sayMessage()
{
    // With a button, the keyboard lands on it and a screen reader reads the screen whole on the way
    // (readWholeOnArrival); without one nothing takes the keyboard, so the message is said.
    if (m_action->isVisibleTo(this))
        return;
    QString text = m_heading->text();
    if (!m_explanation->text().isEmpty()) {
        if (!text.isEmpty() && !text.back().isPunct())
            text += QLatin1Char('.'); // a pause between the heading and the explanation
        text += QLatin1Char(' ') + m_explanation->text();
    }
    announce(this, text);
}

QString MessageScreen::heading() const
{
    return m_heading->text();
}

QString MessageScreen::explanation() const
{
    return m_explanation->text();
}

} // namespace exam::ui
