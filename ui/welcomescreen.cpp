#include "welcomescreen.h"

#include "accessibility.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "textsize.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace exam::ui {

WelcomeScreen::WelcomeScreen(QWidget* parent)
    : QWidget(parent),
      m_title(new HeadingLabel(QString(), this)),
      m_identity(new QLabel(this)),
      m_module(new QLabel(this)),
      m_time(new QLabel(this)),
      m_question(new QLabel(this)),
      m_yes(new LargeButton(QString(), this)),
      m_no(new LargeButton(QString(), this))
{
    setObjectName(QStringLiteral("welcomeScreen"));
    readWholeOnArrival(this, m_title);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    m_identity->setObjectName(QStringLiteral("welcomeIdentity"));
    m_module->setObjectName(QStringLiteral("welcomeModule"));
    m_time->setObjectName(QStringLiteral("welcomeTime"));
    m_yes->setObjectName(QStringLiteral("welcomeYes"));
    m_no->setObjectName(QStringLiteral("welcomeNo"));
    TextSize::setRole(m_title, 2.2, true);
    for (QLabel* label : {m_title, m_identity, m_module, m_time, m_question}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        if (label != m_title)
            TextSize::setRole(label, 1.4);
    }
    TextSize::setRole(m_question, 1.4, true);
    retranslate();

    auto* buttons = new FlowLayout(nullptr, 24);
    buttons->addWidget(m_yes);
    buttons->addWidget(m_no);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 40, 64, 24);
    layout->setSpacing(18);
    layout->addWidget(m_title);
    layout->addWidget(m_identity);
    layout->addWidget(m_module);
    layout->addWidget(m_time);
    layout->addSpacing(16);
    layout->addWidget(m_question);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_yes, &QPushButton::clicked, this, &WelcomeScreen::confirmed);
    connect(m_no, &QPushButton::clicked, this, &WelcomeScreen::notMe);
}

QString WelcomeScreen::timeText(const Details& details)
{
    if (details.timeFactorPercent == 0)
        return tr("%1 items. Untimed: you may take the time you need.").arg(details.items);
    const int minutes = details.minutes * details.timeFactorPercent / 100;
    if (details.timeFactorPercent == 100)
        return tr("%1 items, %2 minutes.").arg(details.items).arg(minutes);
    return tr("%1 items, %2 minutes (extended time ×%3).")
        .arg(details.items)
        .arg(minutes)
        .arg(QLocale().toString(details.timeFactorPercent / 100.0, 'g', 3));
}

void WelcomeScreen::retranslate()
{
    m_title->setText(tr("Welcome"));
    m_question->setText(tr("Is this you, and is this the module you came to take?"));
    m_question->setAccessibleName(m_question->text());
    m_yes->setText(tr("Yes, this is me"));
    m_no->setText(tr("No, call the proctor"));
}

void WelcomeScreen::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_details.candidateId.isEmpty())
            showDetails();
    }
}

void WelcomeScreen::setDetails(const Details& details)
{
    m_details = details;
    showDetails();
    m_yes->setFocus();
}

void WelcomeScreen::showDetails()
{
    const Details& details = m_details;
    m_identity->setText(tr("You are %1, candidate ID %2.").arg(details.candidateName, details.candidateId));
    m_module->setText(details.moduleCount > 1 ? tr("Module %1 of %2 today: %3 (%4).")
                                                    .arg(details.moduleNumber)
                                                    .arg(details.moduleCount)
                                                    .arg(details.moduleTitle, details.moduleCode)
                                              : tr("Module: %1 (%2).").arg(details.moduleTitle, details.moduleCode));
    m_time->setText(details.breaks ? tr("%1 Breaks allowed: the clock stops.").arg(timeText(details))
                                   : timeText(details));
    for (QLabel* label : {m_identity, m_module, m_time})
        label->setAccessibleName(label->text());
}

} // namespace exam::ui
