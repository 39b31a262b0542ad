#include "roomactiondialog.h"

#include "accessibility.h"
#include "announce.h"
#include "largebutton.h"
#include "stationtext.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace exam::ui {

using room::ActionKind;

namespace {

bool takesReason(ActionKind kind)
{
    return kind == ActionKind::Pause || kind == ActionKind::Resume || kind == ActionKind::Void
           || kind == ActionKind::EndSitting;
}

bool reasonRequired(ActionKind kind)
{
    return kind == ActionKind::Void || kind == ActionKind::EndSitting;
}

QString stationList(const QStringList& names)
{
    // Every station by name: the proctor must see exactly where an action goes before it goes.
    return names.size() == 1 ? RoomActionDialog::tr("To %1.").arg(names.first())
                             : RoomActionDialog::tr("To %n stations: %1.", nullptr, int(names.size()))
                                   .arg(names.join(QStringLiteral(", ")));
}

} // namespace

QString RoomActionDialog::consequence(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Start: return tr("The module's clock starts on each station.");
    case ActionKind::Pause: return tr("The clock stops and the candidate sees that a proctor paused the module.");
    case ActionKind::Resume: return tr("The clock runs again.");
    case ActionKind::Extend: return tr("The minutes are added to the time left in the module under way.");
    case ActionKind::Void: return tr("The module under way ends and is not scored. This cannot be undone.");
    case ActionKind::EndSitting:
        return tr("The module under way is voided and the sitting is closed. This cannot be undone.");
    case ActionKind::Message: return tr("The text is shown on the candidate's screen.");
    case ActionKind::TakeOver:
        return tr("The spare station goes on with the sitting from the last answer the console received, with "
                  "the time left as it was. The candidate confirms who they are, then a proctor resumes.");
    case ActionKind::MovedAway: return tr("The station closes the sitting and records nothing more for it.");
    }
    return {};
}

RoomActionDialog::RoomActionDialog(ActionKind kind, const QStringList& stationNames, QWidget* parent)
    : QDialog(parent),
      m_kind(kind),
      m_problem(new WrappingLabel(this)),
      m_confirm(new LargeButton(StationText::actionName(kind), this)),
      m_cancel(new LargeButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("roomActionDialog"));
    const QString name = StationText::actionName(kind);
    setWindowTitle(name);
    setAccessibleName(name);
    auto* title = new HeadingLabel(name, this);
    TextSize::setRole(title, 1.4, true);
    auto* to = new WrappingLabel(stationList(stationNames), this);
    to->setObjectName(QStringLiteral("actionStations"));
    auto* what = new WrappingLabel(consequence(kind), this);
    what->setObjectName(QStringLiteral("actionConsequence"));
    for (QLabel* label : {static_cast<QLabel*>(title), static_cast<QLabel*>(to), static_cast<QLabel*>(what)})
        label->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (takesReason(kind)) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("actionReason"));
        m_reason->setMaxLength(room::RoomAction::ReasonLimit);
        const QString label = reasonRequired(kind) ? tr("Reason") : tr("Reason (optional)");
        m_reason->setAccessibleName(label);
        m_reason->setAccessibleDescription(tr("Goes into the station's audit log and the result."));
        form->addRow(label, m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &RoomActionDialog::check);
    }
    if (kind == ActionKind::Extend) {
        m_minutes = new QSpinBox(this);
        m_minutes->setObjectName(QStringLiteral("actionMinutes"));
        m_minutes->setRange(1, room::RoomAction::MaxExtendMinutes);
        m_minutes->setValue(DefaultExtendMinutes);
        m_minutes->setSuffix(tr(" min"));
        m_minutes->setAccessibleName(tr("Minutes to add"));
        form->addRow(tr("Minutes to add"), m_minutes);
        connect(m_minutes, &QSpinBox::valueChanged, this, &RoomActionDialog::check);
    }
    if (kind == ActionKind::Message) {
        m_message = new QPlainTextEdit(this);
        m_message->setObjectName(QStringLiteral("actionMessage"));
        m_message->setTabChangesFocus(true); // the keyboard must be able to leave it for the buttons
        m_message->setAccessibleName(tr("Message"));
        m_message->setAccessibleDescription(
            tr("Shown on the candidate's screen, at most %1 characters.").arg(room::RoomAction::MessageLimit));
        m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 4);
        form->addRow(tr("Message"), m_message);
        connect(m_message, &QPlainTextEdit::textChanged, this, &RoomActionDialog::check);
    }
    m_problem->setObjectName(QStringLiteral("actionProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    TextSize::setRole(m_problem, 1.0, true);
    m_confirm->setObjectName(QStringLiteral("actionConfirm"));
    m_cancel->setObjectName(QStringLiteral("actionCancel"));
    m_confirm->setAccessibleName(name);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_confirm->setDefault(true);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(to);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    check();
    // The keyboard starts where there is something to write (a void or an end always has its reason
    // to write first, so Enter alone never voids); Start has nothing to write and starts on its button.
    QWidget* first = m_reason    ? static_cast<QWidget*>(m_reason)
                     : m_minutes ? static_cast<QWidget*>(m_minutes)
                     : m_message ? static_cast<QWidget*>(m_message)
                                 : static_cast<QWidget*>(m_confirm);
    first->setFocus();
}

room::RoomAction RoomActionDialog::action() const
{
    room::RoomAction action;
    action.kind = m_kind;
    if (m_reason)
        action.reason = m_reason->text().trimmed();
    if (m_minutes)
        action.minutes = m_minutes->value();
    if (m_message)
        action.message = m_message->toPlainText().trimmed();
    return action;
}

void RoomActionDialog::check()
{
    const QString problem = this->problem();
    m_confirm->setEnabled(problem.isEmpty());
    if (problem != m_shownProblem) {
        m_shownProblem = problem;
        announceIn(m_problem, problem);
    }
}

} // namespace exam::ui
