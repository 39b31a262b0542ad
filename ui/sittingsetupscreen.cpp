#include "sittingsetupscreen.h"

#include "accessibility.h"
#include "colourscheme.h"

#include "announce.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "textsize.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exam::ui {

SittingSetupScreen::SittingSetupScreen(QWidget* parent)
    : QWidget(parent),
      m_candidateId(new QLineEdit),
      m_candidateName(new QLineEdit),
      m_photoIdChecked(new QCheckBox(tr("Photo ID checked"))),
      m_moduleList(new QListWidget),
      m_rules(new QLabel),
      m_overrideReason(new QLineEdit),
      m_overrideLabel(new QLabel(tr("Reason for setting it up anyway (logged and sent with the result)"))),
      m_time(new QComboBox),
      m_readAloud(new QCheckBox(tr("Read-aloud: the items can be read out (headphones)"))),
      m_breaks(new QCheckBox(tr("Breaks: the candidate may stop the clock for a break"))),
      m_textSize(new QComboBox),
      m_colours(new QComboBox),
      m_language(new QComboBox),
      m_note(new QLineEdit),
      m_problem(new QLabel),
      m_start(new LargeButton(tr("Set up and hand over to the candidate"), this)),
      m_cancel(new LargeButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("sittingSetup"));
    QLabel* title = new HeadingLabel(tr("Set up a sitting"));
    TextSize::setRole(title, 1.8, true);
    m_candidateId->setObjectName(QStringLiteral("setupCandidateId"));
    m_candidateName->setObjectName(QStringLiteral("setupCandidateName"));
    m_photoIdChecked->setObjectName(QStringLiteral("setupPhotoId"));
    m_moduleList->setObjectName(QStringLiteral("setupModules"));
    m_rules->setObjectName(QStringLiteral("setupRules"));
    m_overrideReason->setObjectName(QStringLiteral("setupOverrideReason"));
    m_time->setObjectName(QStringLiteral("setupTime"));
    m_readAloud->setObjectName(QStringLiteral("setupReadAloud"));
    m_breaks->setObjectName(QStringLiteral("setupBreaks"));
    m_breaks->setAccessibleDescription(tr("The candidate's own breaks, as many as needed: the questions are hidden "
                                          "and the clock stands still. Their number and length go into the result."));
    m_textSize->setObjectName(QStringLiteral("setupTextSize"));
    m_colours->setObjectName(QStringLiteral("setupColours"));
    m_language->setObjectName(QStringLiteral("setupLanguage"));
    m_note->setObjectName(QStringLiteral("setupNote"));
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_start->setObjectName(QStringLiteral("setupStart"));
    m_cancel->setObjectName(QStringLiteral("setupCancel"));
    m_candidateId->setAccessibleName(tr("Candidate ID"));
    m_photoIdChecked->setAccessibleDescription(tr("Tick when you have checked the candidate's photo ID against "
                                                  "this name."));
    m_candidateName->setAccessibleName(tr("Candidate name"));
    m_moduleList->setAccessibleName(tr("Modules"));
    m_overrideReason->setAccessibleName(m_overrideLabel->text());
    m_time->setAccessibleName(tr("Time"));
    m_textSize->setAccessibleName(tr("Text size"));
    m_colours->setAccessibleName(tr("Colours"));
    m_language->setAccessibleName(tr("Language"));
    m_note->setAccessibleName(tr("Accommodation note"));
    m_note->setAccessibleDescription(tr("Anything else arranged for the candidate, such as a reader or a separate "
                                        "room. Goes into the result record."));
    m_note->setMaxLength(session::Accommodations::NoteLimit);
    for (int percent : TextSize::steps())
        m_textSize->addItem(tr("%1 %").arg(percent), percent);
    for (ColourScheme::Id id : ColourScheme::all())
        m_colours->addItem(ColourScheme::displayName(id), ColourScheme::key(id));
    // Each language by its own name, so a candidate who reads only that one finds it.
    m_language->addItem(tr("Follow the module's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    for (QLabel* label : {title, m_rules, m_overrideLabel, m_problem}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont bold = font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_time->addItem(tr("Standard time"), 100);
    m_time->addItem(tr("Extended time ×1.25"), 125);
    m_time->addItem(tr("Extended time ×1.5"), 150);
    m_time->addItem(tr("Extended time ×2"), 200);
    m_time->addItem(tr("Untimed"), 0);
    m_moduleList->setMinimumHeight(m_moduleList->fontMetrics().height() * 8);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Candidate ID"), m_candidateId);
    form->addRow(tr("Name as on the photo ID"), m_candidateName);
    form->addRow(QString(), m_photoIdChecked);
    form->addRow(tr("Modules, taken in this order"), m_moduleList);
    form->addRow(QString(), m_rules);
    form->addRow(m_overrideLabel);
    form->addRow(QString(), m_overrideReason);
    form->addRow(tr("Time"), m_time);
    form->addRow(QString(), m_breaks);
    form->addRow(QString(), m_readAloud);
    form->addRow(tr("Text size"), m_textSize);
    form->addRow(tr("Colours"), m_colours);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Note"), m_note);

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(title);
    pageLayout->addLayout(form);
    pageLayout->addWidget(m_problem);
    pageLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* buttons = new FlowLayout(nullptr, 16);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_candidateId, &QLineEdit::editingFinished, this, &SittingSetupScreen::updateRules);
    connect(m_moduleList, &QListWidget::itemChanged, this, &SittingSetupScreen::updateRules);
    connect(m_start, &QPushButton::clicked, this, &SittingSetupScreen::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SittingSetupScreen::cancelled);
    reset();
}

void SittingSetupScreen::setModules(const QList<ModuleOption>& modules)
{
    m_modules = modules;
    m_moduleList->clear();
    for (const ModuleOption& module : modules) {
        auto* item = new QListWidgetItem(tr("%1 %2 (%3)").arg(module.moduleCode, module.title, module.language),
                                         m_moduleList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void SittingSetupScreen::reset()
{
    m_candidateId->clear();
    m_candidateName->clear();
    m_photoIdChecked->setChecked(false);
    for (int i = 0; i < m_moduleList->count(); ++i)
        m_moduleList->item(i)->setCheckState(Qt::Unchecked);
    m_overrideReason->clear();
    m_time->setCurrentIndex(0);
    m_readAloud->setChecked(false);
    m_breaks->setChecked(false);
    m_textSize->setCurrentIndex(0);
    m_colours->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_note->clear();
    m_problem->setVisible(false);
    updateRules();
    m_candidateId->setFocus();
}

QList<SittingSetupScreen::ModuleOption> SittingSetupScreen::chosen() const
{
    QList<ModuleOption> list;
    for (int i = 0; i < m_moduleList->count() && i < m_modules.size(); ++i)
        if (m_moduleList->item(i)->checkState() == Qt::Checked)
            list.append(m_modules[i]);
    return list;
}

void SittingSetupScreen::updateRules()
{
    QStringList lines;
    m_refused = false;
    const QString candidate = m_candidateId->text().trimmed();
    for (const ModuleOption& module : chosen()) {
        if (candidate.isEmpty() || !m_eligibility)
            continue;
        auto eligibility = m_eligibility(candidate, module.moduleCode);
        if (!eligibility) {
            lines.append(tr("%1: %2").arg(module.moduleCode, eligibility.error().message));
            continue;
        }
        if (eligibility->eligible) {
            lines.append(tr("%1: may be taken today.").arg(module.moduleCode));
        } else {
            m_refused = true;
            lines.append(tr("%1: not today. %2").arg(module.moduleCode, eligibility->reason));
        }
    }
    m_rules->setText(lines.join(u'\n'));
    m_rules->setAccessibleName(m_rules->text());
    m_rules->setVisible(!lines.isEmpty());
    m_overrideLabel->setVisible(m_refused);
    m_overrideReason->setVisible(m_refused);
}

void SittingSetupScreen::showProblem(const QString& message)
{
    announceIn(m_problem, message);
}

QString SittingSetupScreen::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

QString SittingSetupScreen::rules() const
{
    return m_rules->isVisibleTo(this) ? m_rules->text() : QString();
}

void SittingSetupScreen::submit()
{
    updateRules();
    const QList<ModuleOption> modules = chosen();
    if (m_candidateId->text().trimmed().isEmpty() || m_candidateName->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the candidate's ID and their name as it is on the photo ID."));
        return;
    }
    if (!m_photoIdChecked->isChecked()) {
        showProblem(tr("Check the candidate's photo ID, then tick the box to say so."));
        return;
    }
    if (modules.isEmpty()) {
        showProblem(tr("Choose at least one module."));
        return;
    }
    if (m_refused && m_overrideReason->text().trimmed().isEmpty()) {
        showProblem(tr("A chosen module may not be taken today (see above). Remove it, or give the reason for "
                       "setting it up anyway."));
        return;
    }
    showProblem({});
    Request request;
    request.candidateId = m_candidateId->text().trimmed();
    request.candidateName = m_candidateName->text().simplified();
    for (const ModuleOption& module : modules)
        request.bankIds.append(module.bankId);
    request.overrideReason = m_refused ? m_overrideReason->text().simplified() : QString();
    request.accommodations.timeFactorPercent = m_time->currentData().toInt();
    request.accommodations.readAloud = m_readAloud->isChecked();
    request.accommodations.breaks = m_breaks->isChecked();
    request.accommodations.textSizePercent = m_textSize->currentData().toInt();
    request.accommodations.colourScheme = m_colours->currentData().toString();
    request.accommodations.language = m_language->currentData().toString();
    request.accommodations.note = m_note->text().simplified();
    Q_EMIT setUpRequested(request);
}

} // namespace exam::ui
