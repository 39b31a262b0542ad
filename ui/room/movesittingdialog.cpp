#include "movesittingdialog.h"

#include "accessibility.h"
#include "announce.h"
#include "largebutton.h"
#include "roomactiondialog.h"
#include "stationtext.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include "room/roomaction.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace exam::ui {

MoveSittingDialog::MoveSittingDialog(const QString& stationName, const QString& candidate, const QList<Spare>& spares,
                                     QWidget* parent)
    : QDialog(parent),
      m_spareStations(spares),
      m_spares(new QListWidget(this)),
      m_reason(new QLineEdit(this)),
      m_problem(new WrappingLabel(this)),
      m_confirm(new LargeButton(StationText::actionName(room::ActionKind::TakeOver), this))
{
    setObjectName(QStringLiteral("moveSittingDialog"));
    const QString name = StationText::actionName(room::ActionKind::TakeOver);
    setWindowTitle(name);
    setAccessibleName(name);
    auto* title = new HeadingLabel(name, this);
    TextSize::setRole(title, 1.4, true);
    auto* from =
        new WrappingLabel(tr("The sitting of %1 on %2, which stopped answering.").arg(candidate, stationName), this);
    from->setObjectName(QStringLiteral("moveFrom"));
    auto* what = new WrappingLabel(RoomActionDialog::consequence(room::ActionKind::TakeOver), this);
    for (QLabel* label : {static_cast<QLabel*>(title), static_cast<QLabel*>(from), static_cast<QLabel*>(what)})
        label->setTextFormat(Qt::PlainText); // names are never markup

    m_spares->setObjectName(QStringLiteral("moveSpares"));
    m_spares->setAccessibleName(tr("Spare station"));
    m_spares->setAccessibleDescription(tr("Stations that show Ready. The spare needs the same module installed."));
    for (const Spare& spare : spares)
        m_spares->addItem(spare.name);
    // As tall as the spares (two to four rows; more scroll): the dialog fits 768 px at 200 % text.
    const int rows = std::clamp(int(spares.size()), 2, 4);
    const int rowHeight = spares.isEmpty() ? m_spares->fontMetrics().lineSpacing() : m_spares->sizeHintForRow(0);
    m_spares->setFixedHeight(rowHeight * rows + 2 * m_spares->frameWidth() + 4);
    m_reason->setObjectName(QStringLiteral("moveReason"));
    m_reason->setMaxLength(room::RoomAction::ReasonLimit);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(tr("Goes into both stations' audit logs."));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows); // labels beside: the dialog fits 768 px at 200 %
    form->addRow(tr("Spare station"), m_spares);
    form->addRow(tr("Reason"), m_reason);

    m_problem->setObjectName(QStringLiteral("moveProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    TextSize::setRole(m_problem, 1.0, true);
    m_confirm->setObjectName(QStringLiteral("moveConfirm"));
    m_confirm->setDefault(true);
    auto* cancel = new LargeButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("moveCancel"));
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_spares, &QListWidget::currentRowChanged, this, &MoveSittingDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &MoveSittingDialog::check);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(from);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    if (spares.size() == 1)
        m_spares->setCurrentRow(0);
    check();
    (spares.isEmpty() ? static_cast<QWidget*>(cancel) : static_cast<QWidget*>(m_spares))->setFocus();
}

QByteArray MoveSittingDialog::sparePin() const
{
    const int row = m_spares->currentRow();
    return row >= 0 && row < m_spareStations.size() ? m_spareStations.at(row).pin : QByteArray();
}

QString MoveSittingDialog::reason() const
{
    return m_reason->text().simplified();
}

QString MoveSittingDialog::problem() const
{
    if (m_spareStations.isEmpty())
        return tr("No station shows Ready. Start a spare station with the same module installed, wait until its "
                  "tile shows Ready, then try again.");
    if (sparePin().isEmpty())
        return tr("Choose the spare station.");
    if (reason().isEmpty())
        return tr("Give a reason: it goes into both stations' audit logs.");
    return {};
}

void MoveSittingDialog::check()
{
    const QString problem = this->problem();
    m_confirm->setEnabled(problem.isEmpty());
    if (problem != m_shownProblem) {
        m_shownProblem = problem;
        announceIn(m_problem, problem);
    }
}

} // namespace exam::ui
