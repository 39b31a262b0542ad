#include "sittingsetupscreen.h"

#include "accessibility.h"
#include "colourscheme.h"

#include "announce.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "textsize.h"
#include "wrappingcheckbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace exam::ui {

namespace {

// A field under its label, both the column's full width: a form in two columns squeezes its fields and
// pushes long labels off a small screen at a large text size. The label is the field's buddy, which
// is what screen readers announce it by.
void addField(QVBoxLayout* column, const QString& label, QWidget* field)
{
    auto* caption = new QLabel(label);
    caption->setWordWrap(true);
    caption->setTextFormat(Qt::PlainText);
    caption->setBuddy(field);
    column->addSpacing(6);
    column->addWidget(caption);
    column->addWidget(field);
}

// A short check box and, under it, a wrapped line on what it means.
QLabel* addCheck(QVBoxLayout* column, QCheckBox* box, const QString& explanation)
{
    auto* hint = new QLabel(explanation);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    box->setAccessibleDescription(explanation);
    column->addSpacing(6);
    column->addWidget(box);
    column->addWidget(hint);
    return hint;
}

QLabel* sectionHeading(const QString& text)
{
    auto* heading = new HeadingLabel(text);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    TextSize::setRole(heading, 1.25, true);
    return heading;
}

} // namespace

SittingSetupScreen::SittingSetupScreen(QWidget* parent)
    : QWidget(parent),
      m_candidateId(new QLineEdit),
      m_candidateName(new QLineEdit),
      m_known(new QLabel),
      m_photoIdChecked(new WrappingCheckBox(tr("Photo ID checked"))),
      m_moduleList(new QWidget),
      m_rules(new QLabel),
      m_overrideReason(new QLineEdit),
      m_overrideLabel(new QLabel(tr("Reason for setting it up anyway (logged and sent with the result)"))),
      m_time(new QComboBox),
      m_readAloud(new WrappingCheckBox(tr("Read-aloud"))),
      m_breaks(new WrappingCheckBox(tr("Breaks that stop the clock"))),
      m_screenReader(new WrappingCheckBox(tr("Screen reader (Orca)"))),
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
    m_known->setObjectName(QStringLiteral("setupKnownCandidate"));
    m_overrideReason->setObjectName(QStringLiteral("setupOverrideReason"));
    m_time->setObjectName(QStringLiteral("setupTime"));
    m_readAloud->setObjectName(QStringLiteral("setupReadAloud"));
    m_breaks->setObjectName(QStringLiteral("setupBreaks"));
    m_screenReader->setObjectName(QStringLiteral("setupScreenReader"));
    m_textSize->setObjectName(QStringLiteral("setupTextSize"));
    m_colours->setObjectName(QStringLiteral("setupColours"));
    m_language->setObjectName(QStringLiteral("setupLanguage"));
    m_note->setObjectName(QStringLiteral("setupNote"));
    m_problem->setObjectName(QStringLiteral("setupProblem"));
    m_start->setObjectName(QStringLiteral("setupStart"));
    m_cancel->setObjectName(QStringLiteral("setupCancel"));
    m_candidateId->setAccessibleName(tr("Candidate ID"));
    m_candidateName->setAccessibleName(tr("Candidate name"));
    m_moduleList->setAccessibleName(tr("Modules"));
    m_moduleChecks = new QVBoxLayout(m_moduleList);
    m_moduleChecks->setContentsMargins(0, 0, 0, 0);
    m_overrideReason->setAccessibleName(m_overrideLabel->text());
    m_overrideLabel->setBuddy(m_overrideReason);
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
    for (QLabel* label : {title, m_known, m_rules, m_overrideLabel, m_problem}) {
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

    // One column in three parts, in the order the proctor works: who, what, how.
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->setSpacing(4);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(sectionHeading(tr("Candidate")));
    addField(column, tr("Candidate ID"), m_candidateId);
    column->addWidget(m_known);
    addField(column, tr("Name as on the photo ID"), m_candidateName);
    addCheck(column, m_photoIdChecked, tr("Tick when you have checked the candidate's photo ID against this name."));
    column->addSpacing(16);
    column->addWidget(sectionHeading(tr("Modules, taken in this order")));
    column->addWidget(m_moduleList);
    column->addWidget(m_rules);
    column->addWidget(m_overrideLabel);
    column->addWidget(m_overrideReason);
    column->addSpacing(16);
    column->addWidget(sectionHeading(tr("Accommodations")));
    addField(column, tr("Time"), m_time);
    addCheck(column, m_breaks,
             tr("The candidate may take breaks, as many as needed: the questions are hidden and the "
                "clock stands still. Their number and length go into the result."));
    addCheck(column, m_readAloud, tr("The items can be read out to the candidate (headphones needed)."));
    m_screenReaderHint = addCheck(column, m_screenReader, screenReaderHint());
    addField(column, tr("Text size"), m_textSize);
    addField(column, tr("Colours"), m_colours);
    addField(column, tr("Language"), m_language);
    addField(column, tr("Note (a reader present, a separate room…)"), m_note);
    column->addSpacing(8);
    column->addWidget(m_problem);
    column->addStretch(1);
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

    connect(m_candidateId, &QLineEdit::editingFinished, this, [this] {
        lookUpCandidate();
        updateRules();
    });
    connect(m_candidateName, &QLineEdit::editingFinished, this, &SittingSetupScreen::lookUpCandidate);
    connect(m_start, &QPushButton::clicked, this, &SittingSetupScreen::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SittingSetupScreen::cancelled);
    reset();
}

SittingSetupScreen::~SittingSetupScreen()
{
    // A field losing the focus while the screen goes says "editing finished": not to a half-destroyed
    // screen.
    disconnect(m_candidateId, nullptr, this, nullptr);
    disconnect(m_candidateName, nullptr, this, nullptr);
}

void SittingSetupScreen::setModules(const QList<ModuleOption>& modules)
{
    m_modules = modules;
    qDeleteAll(m_moduleBoxes);
    m_moduleBoxes.clear();
    // One check box per installed module: a screen reader's Toggle ticks it, the keyboard reaches it
    // with Tab, and each keeps its place in the order of the list.
    QWidget* before = m_photoIdChecked;
    for (const ModuleOption& module : modules) {
        // "&" doubled: a title such as "Health & Safety" must not turn into a keyboard shortcut.
        QString text = tr("%1 %2 (%3)").arg(module.moduleCode, module.title, module.language);
        auto* box = new WrappingCheckBox(text.replace(u'&', QStringLiteral("&&")), m_moduleList);
        box->setObjectName(QStringLiteral("setupModule"));
        connect(box, &QCheckBox::toggled, this, &SittingSetupScreen::updateRules);
        m_moduleChecks->addWidget(box);
        m_moduleBoxes.append(box);
        setTabOrder(before, box);
        before = box;
    }
    updateRules();
}

QString SittingSetupScreen::screenReaderHint() const
{
    if (!m_screenReaderMissing.isEmpty())
        return m_screenReaderMissing;
    return tr("The station starts the Orca screen reader for this candidate, speaking the module's language, "
              "and stops it after the sitting (headphones needed). The candidate works by keyboard.");
}

void SittingSetupScreen::setScreenReaderMissing(const QString& whatIsMissing)
{
    m_screenReaderMissing = whatIsMissing;
    m_screenReader->setEnabled(whatIsMissing.isEmpty());
    if (!whatIsMissing.isEmpty())
        m_screenReader->setChecked(false);
    m_screenReaderHint->setText(screenReaderHint());
    m_screenReader->setAccessibleDescription(screenReaderHint());
}

void SittingSetupScreen::reset()
{
    m_candidateId->clear();
    m_candidateName->clear();
    announceIn(m_known, {});
    m_filledName.clear();
    m_photoIdChecked->setChecked(false);
    for (QCheckBox* box : std::as_const(m_moduleBoxes))
        box->setChecked(false);
    m_overrideReason->clear();
    m_time->setCurrentIndex(0);
    m_readAloud->setChecked(false);
    m_breaks->setChecked(false);
    m_screenReader->setChecked(false);
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
    for (qsizetype i = 0; i < m_moduleBoxes.size() && i < m_modules.size(); ++i)
        if (m_moduleBoxes[i]->isChecked())
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

void SittingSetupScreen::lookUpCandidate()
{
    const QString id = m_candidateId->text().trimmed();
    // A name this look-up filled in for another id goes with that id: it is never kept for a new one.
    const bool nameLeftFromLookUp = m_candidateName->text().trimmed().isEmpty()
                                    || (!m_filledName.isEmpty() && m_candidateName->text() == m_filledName);
    if (nameLeftFromLookUp)
        m_candidateName->clear();
    m_filledName.clear();
    QString note;
    if (!id.isEmpty() && m_lookup) {
        auto known = m_lookup(id);
        if (!known) {
            note = tr("This station could not look the candidate up (%1). Enter the name as on the photo ID.")
                       .arg(known.error().message);
        } else if (!*known) {
            note = tr("New candidate at this station: enter the name as on the photo ID.");
        } else {
            const session::KnownCandidate& candidate = **known;
            if (nameLeftFromLookUp)
                m_candidateName->setText(candidate.name);
            m_filledName = candidate.name;
            note = candidate.lastSitting.isValid()
                       ? tr("Known at this station: %1 (sittings here: %2, the last on %3).")
                             .arg(candidate.name)
                             .arg(candidate.sittings)
                             .arg(QLocale().toString(candidate.lastSitting.toLocalTime().date(), QLocale::LongFormat))
                       : tr("Known at this station: %1.").arg(candidate.name);
            if (m_candidateName->text().simplified() != candidate.name)
                note += u' '
                        + tr("The name entered is different: check it against the photo ID; it replaces the "
                             "name on file.");
        }
    }
    announceIn(m_known, note); // "the name entered is different" must reach a screen reader at once
}

QString SittingSetupScreen::candidateNote() const
{
    return m_known->isVisibleTo(this) ? m_known->text() : QString();
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
    request.accommodations.screenReader = m_screenReader->isChecked();
    request.accommodations.textSizePercent = m_textSize->currentData().toInt();
    request.accommodations.colourScheme = m_colours->currentData().toString();
    request.accommodations.language = m_language->currentData().toString();
    request.accommodations.note = m_note->text().simplified();
    Q_EMIT setUpRequested(request);
}

} // namespace exam::ui
