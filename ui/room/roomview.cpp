#include "roomview.h"

#include "accessibility.h"
#include "alertpanel.h"
#include "announcer.h"
#include "flowlayout.h"
#include "largebutton.h"
#include "movesittingdialog.h"
#include "roomactiondialog.h"
#include "stationgrid.h"
#include "stationtext.h"
#include "stationtile.h"
#include "textsize.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace exam::ui {

using room::ActionKind;

namespace {

constexpr std::array<ActionKind, 7> Kinds{ActionKind::Start,  ActionKind::Pause, ActionKind::Resume,
                                          ActionKind::Extend, ActionKind::Void,  ActionKind::EndSitting,
                                          ActionKind::Message};

} // namespace

RoomView::RoomView(const room::RoomModel& model, const QString& roomName, QWidget* parent)
    : QWidget(parent),
      m_model(model),
      m_roomName(roomName),
      m_banner(new AlertBanner(this)),
      m_grid(new StationGrid(model, this)),
      m_scroll(new QScrollArea(this)),
      m_alerts(new AlertList(this)),
      m_refresh(new QTimer(this)),
      m_coalesce(new QTimer(this))
{
    installAccessibleInterfaces(); // the kiosk's own, for the announcer and headings
    setObjectName(QStringLiteral("roomView"));
    m_scroll->setObjectName(QStringLiteral("stationScroll"));
    m_scroll->setWidget(m_grid);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the tiles take the keyboard, not the area around them

    // The stations get the whole height; the actions and the alerts share a column beside them, so a
    // 1366 × 768 screen shows two rows of tiles and a large text size does not squeeze them out.
    auto* main = new QHBoxLayout;
    main->setSpacing(12);
    main->addWidget(m_scroll, 1);
    main->addWidget(makeSidebar(), 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(makeHeader());
    layout->addWidget(m_banner);
    layout->addLayout(main, 1);

    m_alerts->setAlerts(m_model.alerts());
    if (!m_model.alerts().isEmpty())
        m_banner->showCalm(m_model.alerts().first());
    // Sixty stations tell a change each second between them: the tiles are drawn at most every
    // CoalesceMs, not once per message (the console's CPU goal), which stays well inside the quarter
    // second a tile may lag its station.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &RoomView::refresh);
    connect(&m_model, &room::RoomModel::changed, this, [this] {
        if (!m_coalesce->isActive())
            m_coalesce->start();
    });
    connect(&m_model, &room::RoomModel::alertRaised, this, &RoomView::alertRaised);
    connect(m_grid, &StationGrid::selectionChanged, this, &RoomView::updateActions);
    connect(m_grid, &StationGrid::removeRequested, this, [this](const QByteArray& pin) { askRemove({pin}); });
    connect(m_alerts, &AlertList::stationActivated, m_grid, &StationGrid::focusStation);
    connect(m_grid, &StationGrid::orderChanged, this, &RoomView::fixTabOrder);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &RoomView::refresh);
    m_refresh->start();
    retranslate();
    refresh();
    fixTabOrder();
    fitSidebar();
}

QWidget* RoomView::makeHeader()
{
    auto* header = new QWidget(this);
    m_title = new HeadingLabel(QString(), header);
    m_title->setObjectName(QStringLiteral("roomName"));
    TextSize::setRole(m_title, 1.25, true);
    m_proctorLabel = new WrappingLabel(header);
    m_proctorLabel->setObjectName(QStringLiteral("roomProctor"));
    m_add = new LargeButton(QString(), header);
    m_add->setObjectName(QStringLiteral("addStations"));
    m_add->setSnug(true);
    connect(m_add, &QPushButton::clicked, this, &RoomView::pairingRequested);
    m_sign = new LargeButton(QString(), header);
    m_sign->setObjectName(QStringLiteral("roomSign"));
    m_sign->setSnug(true);
    connect(m_sign, &QPushButton::clicked, this,
            [this] { m_proctor.isEmpty() ? Q_EMIT signInRequested() : Q_EMIT signOutRequested(); });
    for (QLabel* label : {m_title, m_proctorLabel})
        label->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    row->addWidget(m_title, 3);
    row->addWidget(m_proctorLabel, 2);
    row->addWidget(m_add, 0, Qt::AlignVCenter);
    row->addWidget(m_sign, 0, Qt::AlignVCenter);
    return header;
}

QWidget* RoomView::makeSidebar()
{
    auto* actions = new QWidget(this);
    actions->setObjectName(QStringLiteral("actionBar"));
    auto* column = new QVBoxLayout(actions);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    m_selection = new WrappingLabel(actions);
    m_selection->setObjectName(QStringLiteral("selectionSummary"));
    TextSize::setRole(m_selection, 1.0, true);
    column->addWidget(m_selection);
    for (ActionKind kind : Kinds) {
        auto* button = new LargeButton(QString(), actions);
        button->setObjectName(QStringLiteral("action-") + room::actionKindName(kind));
        button->setSnug(true);
        connect(button, &QPushButton::clicked, this, [this, kind] { askAction(kind); });
        m_actions.insert(kind, button);
        column->addWidget(button);
    }
    m_move = new LargeButton(QString(), actions);
    m_move->setObjectName(QStringLiteral("moveSitting"));
    m_move->setSnug(true);
    connect(m_move, &QPushButton::clicked, this, &RoomView::askMove);
    column->addWidget(m_move);
    m_remove = new LargeButton(QString(), actions);
    m_remove->setObjectName(QStringLiteral("removeStation"));
    m_remove->setSnug(true);
    connect(m_remove, &QPushButton::clicked, this, [this] { askRemove(m_grid->selectedPins()); });
    column->addSpacing(6);
    column->addWidget(m_remove);
    // At large text on a small screen the buttons scroll rather than push the alerts off the screen.
    auto* actionScroll = new QScrollArea(this);
    actionScroll->setObjectName(QStringLiteral("actionScroll"));
    actionScroll->setWidget(actions);
    actionScroll->setWidgetResizable(true);
    actionScroll->setFrameShape(QFrame::NoFrame);
    actionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    actionScroll->setFocusPolicy(Qt::NoFocus);
    actionScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_actionScroll = actionScroll;

    m_alertsTitle = new WrappingLabel(this);
    TextSize::setRole(m_alertsTitle, 1.0, true);
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("roomSidebar"));
    m_sidebar = sidebar;
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(actionScroll);
    layout->addSpacing(6);
    layout->addWidget(m_alertsTitle);
    layout->addWidget(m_alerts, 1);
    return sidebar;
}

void RoomView::retranslate()
{
    for (ActionKind kind : Kinds) {
        LargeButton* button = m_actions.value(kind);
        button->setText(StationText::actionName(kind) + (kind == ActionKind::Start ? QString() : QStringLiteral("…")));
        button->setAccessibleName(StationText::actionName(kind));
        button->setAccessibleDescription(RoomActionDialog::consequence(kind));
    }
    m_move->setText(StationText::actionName(ActionKind::TakeOver) + QStringLiteral("…"));
    m_move->setAccessibleName(StationText::actionName(ActionKind::TakeOver));
    m_move->setAccessibleDescription(tr("For a station that stopped answering: its sitting goes on at a spare."));
    m_remove->setText(tr("Remove station…"));
    m_remove->setAccessibleName(tr("Remove station"));
    m_add->setText(tr("Add stations…"));
    m_add->setAccessibleName(tr("Add stations"));
    m_alertsTitle->setText(tr("Alerts, newest first"));
    m_alerts->setAccessibleName(m_alertsTitle->text());
    m_scroll->setAccessibleName(tr("Stations, those that need you first"));
    m_grid->setAccessibleName(m_scroll->accessibleName());
    setRoomName(m_roomName);
    setProctor(m_proctor);
}

void RoomView::setRoomName(const QString& name)
{
    m_roomName = name;
    m_title->setText(name);
    m_title->setAccessibleName(name);
    setWindowTitle(tr("%1 — room console").arg(name));
}

void RoomView::setProctor(const QString& name)
{
    m_proctor = name;
    const QString who = name.isEmpty() ? tr("No proctor signed in") : tr("Proctor: %1").arg(name);
    m_proctorLabel->setText(who);
    m_proctorLabel->setAccessibleName(who);
    m_sign->setText(name.isEmpty() ? tr("Sign in") : tr("Sign out"));
    m_sign->setAccessibleName(name.isEmpty() ? tr("Sign in") : tr("Sign out %1").arg(name));
    updateActions();
}

void RoomView::refresh()
{
    m_coalesce->stop();
    m_grid->refresh();
    updateActions();
    Q_EMIT refreshed();
}

void RoomView::updateActions()
{
    const QList<StationTile*> selected = m_grid->selectedTiles();
    const bool signedIn = !m_proctor.isEmpty();
    for (ActionKind kind : Kinds) {
        const bool fits = std::all_of(selected.cbegin(), selected.cend(), [kind](const StationTile* tile) {
            return room::RoomAction::fits(kind, tile->entry().shownPhase());
        });
        m_actions.value(kind)->setEnabled(signedIn && !selected.isEmpty() && fits);
    }
    m_remove->setEnabled(signedIn && !selected.isEmpty());
    m_move->setEnabled(signedIn && movableSelection());
    m_add->setEnabled(signedIn);
    QString summary;
    if (!signedIn)
        summary = tr("Sign in to act on stations.");
    else if (selected.isEmpty())
        summary = tr("No station selected. Click a station or press Space on it.");
    else if (selected.size() == 1)
        summary = tr("%1 selected.").arg(selected.first()->entry().name);
    else
        summary = tr("%1 stations selected.").arg(selected.size());
    m_selection->setTextFormat(Qt::PlainText); // it may hold a station's name, never markup
    m_selection->setText(summary);
    m_selection->setAccessibleName(summary);
}

void RoomView::askAction(ActionKind kind)
{
    const QList<StationTile*> selected = m_grid->selectedTiles();
    if (m_proctor.isEmpty() || selected.isEmpty())
        return;
    QStringList names;
    QList<QByteArray> pins;
    for (const StationTile* tile : selected) {
        if (!room::RoomAction::fits(kind, tile->entry().shownPhase()))
            return; // changed since the button was enabled; the next refresh disables it
        names << tile->entry().name;
        pins << tile->pin();
    }
    auto* dialog = new RoomActionDialog(kind, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The stations named in the dialog are the ones the action goes to, whatever changes meanwhile.
    connect(dialog, &QDialog::accepted, this, [this, dialog, pins] { Q_EMIT actionRequested(dialog->action(), pins); });
    dialog->open();
}

const StationTile* RoomView::movableSelection() const
{
    const QList<StationTile*> selected = m_grid->selectedTiles();
    if (selected.size() != 1)
        return nullptr;
    const room::StationEntry& entry = selected.first()->entry();
    const bool moduleUnderWay =
        entry.status && entry.status->sessionId > 0 && room::moduleUnderWay(entry.status->phase);
    return entry.shownPhase() == room::StationPhase::Offline && moduleUnderWay ? selected.first() : nullptr;
}

void RoomView::askMove()
{
    const StationTile* dead = movableSelection();
    if (m_proctor.isEmpty() || !dead)
        return;
    QList<MoveSittingDialog::Spare> spares;
    for (const room::StationEntry& entry : m_model.stations())
        if (entry.shownPhase() == room::StationPhase::Ready)
            spares.append({entry.pin, entry.name});
    const room::StationStatus& status = *dead->entry().status;
    auto* dialog = new MoveSittingDialog(dead->entry().name,
                                         tr("%1 (%2)").arg(status.candidateName, status.candidateId), spares, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, pin = dead->pin()] { Q_EMIT moveRequested(pin, dialog->sparePin(), dialog->reason()); });
    dialog->open();
}

void RoomView::askRemove(const QList<QByteArray>& pins)
{
    if (m_proctor.isEmpty() || pins.isEmpty())
        return;
    QStringList names;
    for (const QByteArray& pin : pins)
        if (const StationTile* tile = m_grid->tile(pin))
            names << tile->entry().name;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Remove station"),
        tr("Remove %1 from this room? It must be paired again to come back.").arg(names.join(QStringLiteral(", "))),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeConfirm"));
    box->setTextFormat(Qt::PlainText); // a station's name is never markup
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeConfirmButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("removeCancelButton"));
    box->setDefaultButton(cancel); // a stray Enter removes nothing
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, pins](QAbstractButton* clicked) {
        if (clicked == remove)
            for (const QByteArray& pin : pins)
                Q_EMIT removeRequested(pin);
    });
    box->open();
}

void RoomView::alertRaised(const room::RoomAlert& alert)
{
    m_alerts->add(alert);
    m_banner->showAlert(alert);
    QApplication::beep();
}

void RoomView::fixTabOrder()
{
    // As the screen reads: the room's buttons, the stations in their order, the actions, the alerts.
    QList<QWidget*> chain{m_add, m_sign};
    for (StationTile* tile : m_grid->tiles())
        chain << tile;
    for (ActionKind kind : Kinds)
        chain << m_actions.value(kind);
    chain << m_remove << m_alerts;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void RoomView::fitSidebar()
{
    // As wide as its widest button, with room kept for the scroll bar the buttons get at large text on
    // a small screen (a bar that appeared inside would cut the buttons' words).
    const int bar = m_actionScroll->verticalScrollBar()->sizeHint().width();
    m_sidebar->setFixedWidth(m_actionScroll->widget()->sizeHint().width() + bar + 4);
}

void RoomView::keyPressEvent(QKeyEvent* event)
{
    // Ctrl+A and Escape reach here from the buttons and anything else that does not use them itself: the
    // selection is the screen's, not only the grid's.
    if (event->matches(QKeySequence::SelectAll)) {
        m_grid->selectAll();
    } else if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        m_grid->clearSelection();
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void RoomView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QMetaObject::invokeMethod(this, &RoomView::fitSidebar, Qt::QueuedConnection);
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        // Once every button has its new font and style sheet.
        QMetaObject::invokeMethod(this, &RoomView::fitSidebar, Qt::QueuedConnection);
    }
}

void RoomView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Alerts are said through the window's announcer (what Orca hears under Qt 6.4); a console window
    // that has none gets one.
    if (!Announcer::of(this))
        (new Announcer(window()))->show();
}

} // namespace exam::ui
