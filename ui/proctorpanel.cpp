#include "proctorpanel.h"

#include "accessibility.h"
#include "announce.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "textsize.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace exam::ui {

ProctorPanel::ProctorPanel(QWidget* parent)
    : QWidget(parent),
      m_status(new QLabel),
      m_reason(new QLineEdit),
      m_minutes(new QSpinBox),
      m_outcome(new QLabel),
      m_outbox(new QLabel),
      m_pause(new LargeButton(QString())),
      m_resume(new LargeButton(QString())),
      m_extend(new LargeButton(QString())),
      m_void(new LargeButton(QString())),
      m_endSitting(new LargeButton(QString())),
      m_leave(new LargeButton(QString())),
      m_upload(new LargeButton(QString())),
      m_export(new LargeButton(QString())),
      m_back(new LargeButton(QString())),
      m_title(new HeadingLabel(QString())),
      m_outboxTitle(new QLabel),
      m_reasonLabel(new QLabel),
      m_extendLabel(new QLabel),
      m_reasonHint(new QLabel)
{
    setObjectName(QStringLiteral("proctorPanel"));
    QLabel* title = m_title;
    TextSize::setRole(title, 1.8, true);
    QLabel* outboxTitle = m_outboxTitle;
    TextSize::setRole(outboxTitle, 1.3, true);
    for (QLabel* label : {title, m_status, m_outcome, outboxTitle, m_outbox}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_reason->setObjectName(QStringLiteral("panelReason"));
    m_minutes->setObjectName(QStringLiteral("panelMinutes"));
    m_outcome->setObjectName(QStringLiteral("panelOutcome"));
    m_pause->setObjectName(QStringLiteral("panelPause"));
    m_resume->setObjectName(QStringLiteral("panelResume"));
    m_extend->setObjectName(QStringLiteral("panelExtend"));
    m_void->setObjectName(QStringLiteral("panelVoid"));
    m_endSitting->setObjectName(QStringLiteral("panelEndSitting"));
    m_leave->setObjectName(QStringLiteral("panelLeave"));
    m_back->setObjectName(QStringLiteral("panelBack"));
    m_outbox->setObjectName(QStringLiteral("panelOutbox"));
    m_upload->setObjectName(QStringLiteral("panelUpload"));
    m_export->setObjectName(QStringLiteral("panelExport"));
    m_minutes->setRange(1, 240);
    m_minutes->setValue(10);
    // Typed or stepped with the keys: the style sheet leaves no room for arrow buttons.
    m_minutes->setButtonSymbols(QAbstractSpinBox::NoButtons);
    // The reason's hint as a wrapped line under the field, the width of the page: not a placeholder (cut
    // off at a large text size), nor in the form's field column (a wrapped label is cut short there).
    m_reasonHint->setObjectName(QStringLiteral("panelReasonHint"));
    m_reasonHint->setWordWrap(true);
    m_reasonHint->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_reasonLabel, m_reason);
    auto* extendForm = new QFormLayout;
    extendForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    extendForm->addRow(m_extendLabel, m_minutes);
    auto* moduleActions = new FlowLayout(nullptr, 12);
    for (LargeButton* button : {m_pause, m_resume, m_extend, m_void})
        moduleActions->addWidget(button);
    auto* stationActions = new FlowLayout(nullptr, 12);
    for (LargeButton* button : {m_endSitting, m_leave, m_back})
        stationActions->addWidget(button);

    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_reasonHint);
    layout->addLayout(extendForm);
    layout->addLayout(moduleActions);
    layout->addWidget(m_outcome);
    layout->addSpacing(12);
    layout->addLayout(stationActions);
    layout->addSpacing(12);
    layout->addWidget(outboxTitle);
    layout->addWidget(m_outbox);
    auto* outboxActions = new FlowLayout(nullptr, 12);
    outboxActions->addWidget(m_upload);
    outboxActions->addWidget(m_export);
    layout->addLayout(outboxActions);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_pause, &QPushButton::clicked, this,
            [this] { requireReason([this](const QString& why) { Q_EMIT pauseRequested(why); }); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { requireReason([this](const QString& why) { Q_EMIT resumeRequested(why); }); });
    connect(m_extend, &QPushButton::clicked, this, [this] { Q_EMIT extendRequested(m_minutes->value()); });
    connect(m_void, &QPushButton::clicked, this,
            [this] { requireReason([this](const QString& why) { Q_EMIT voidRequested(why); }); });
    connect(m_endSitting, &QPushButton::clicked, this, &ProctorPanel::endSittingRequested);
    connect(m_leave, &QPushButton::clicked, this, &ProctorPanel::leaveRequested);
    connect(m_back, &QPushButton::clicked, this, &ProctorPanel::closed);
    connect(m_upload, &QPushButton::clicked, this, &ProctorPanel::uploadRequested);
    connect(m_export, &QPushButton::clicked, this, &ProctorPanel::exportRequested);
    retranslate();
    showOutcome({});
    installEventFilter(this);
    for (QWidget* child : findChildren<QWidget*>())
        child->installEventFilter(this);
}

void ProctorPanel::retranslate()
{
    m_pause->setText(tr("Pause"));
    m_resume->setText(tr("Resume"));
    m_extend->setText(tr("Extend the time"));
    m_void->setText(tr("Void the module"));
    m_endSitting->setText(tr("End the sitting"));
    m_leave->setText(tr("Leave kiosk mode"));
    m_upload->setText(tr("Upload results now"));
    m_export->setText(tr("Export results to a USB drive"));
    m_back->setText(tr("Back to the candidate"));
    m_title->setText(tr("Proctor panel"));
    m_outboxTitle->setText(tr("Results"));
    m_reasonLabel->setText(tr("Reason"));
    m_extendLabel->setText(tr("Extend by"));
    m_export->setAccessibleDescription(
        tr("Writes the waiting results, encrypted for the registry, to the one USB drive "
           "plugged in."));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(tr("Needed for pause, resume and void; kept in the audit log"));
    m_reasonHint->setText(m_reason->accessibleDescription());
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes to add"));
    m_minutes->setAccessibleDescription(tr("Type the minutes, or change them with the Up and Down keys."));
    m_void->setAccessibleDescription(tr("Ends the module without a score. Needs a reason."));
}

void ProctorPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool ProctorPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)
        Q_EMIT activity();
    return QWidget::eventFilter(watched, event);
}

void ProctorPanel::requireReason(const std::function<void(const QString&)>& action)
{
    if (reason().isEmpty()) {
        showOutcome(tr("Enter the reason first: it is kept in the audit log and sent with the result."));
        m_reason->setFocus();
        return;
    }
    action(reason());
}

void ProctorPanel::clearReason()
{
    m_reason->clear();
}

QString ProctorPanel::reason() const
{
    return m_reason->text().simplified();
}

void ProctorPanel::setStatus(const Status& status)
{
    QString text = status.moduleOpen ? tr("%1, %2: %3. %4 of %5 items answered.")
                                           .arg(status.candidate, status.module, status.state)
                                           .arg(status.answered)
                                           .arg(status.items)
                                     : tr("No module is open.");
    if (status.moduleOpen && status.timed)
        text += QLatin1Char(' ') + tr("Time left: %1.").arg(status.timeLeft);
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_pause->setEnabled(status.running);
    m_resume->setEnabled(status.paused);
    m_extend->setEnabled(status.moduleOpen && status.timed && (status.running || status.paused));
    m_minutes->setEnabled(m_extend->isEnabled());
    m_void->setEnabled(status.running || status.paused);
    // Ending the sitting never ends a module in progress by the way: void it (with a reason) first.
    m_endSitting->setEnabled(status.moduleOpen && !status.running && !status.paused);
    m_endSitting->setAccessibleDescription(
        m_endSitting->isEnabled() ? QString() : tr("Void the running module first, with a reason."));
    m_outbox->setText(status.outbox);
    m_outbox->setAccessibleName(status.outbox);
    m_upload->setEnabled(status.canUpload);
    m_export->setEnabled(status.canExport);
}

void ProctorPanel::showOutcome(const QString& message)
{
    announceIn(m_outcome, message);
}

QString ProctorPanel::outcome() const
{
    return m_outcome->isVisibleTo(this) ? m_outcome->text() : QString();
}

} // namespace exam::ui
