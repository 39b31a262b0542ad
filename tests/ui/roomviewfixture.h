#pragma once
// The room console's screen under test: a room model on a test clock with stations in chosen states,
// and the steps a proctor takes on the view (select, open an action's dialog). Shared by the room
// view's tests and its screenshots.
#include "alertpanel.h"
#include "announcer.h"
#include "largebutton.h"
#include "pairingrequestdialog.h"
#include "roomactiondialog.h"
#include "roomview.h"
#include "stationgrid.h"
#include "stationtile.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>

namespace exam::test::roomview {

using namespace exam::ui;
using room::ActionKind;
using room::StationPhase;
using namespace std::chrono_literals;

inline QByteArray pinOf(int number)
{
    return QByteArray(32, char(number));
}

inline room::StationStatus status(const QString& station, StationPhase phase, qint64 remainingMs = 30 * 60'000)
{
    room::StationStatus s;
    s.station = station;
    s.phase = phase;
    s.bootId = QStringLiteral("boot-") + station;
    if (phase == StationPhase::Ready)
        return s;
    s.candidateId = QStringLiteral("C-10") + station.right(2);
    s.candidateName = QStringLiteral("Candidate ") + station.right(2);
    s.module = QStringLiteral("CPT-SAF Safety");
    s.moduleNumber = 1;
    s.moduleCount = 2;
    s.items = 40;
    s.answered = 12;
    s.flagged = 3;
    s.timed = true;
    s.remainingMs = remainingMs;
    return s;
}

// A room with a test clock: stations paired and heard from as the console's server would report them.
struct Room
{
    test::TestClock clock;
    room::RoomModel model{clock};

    void add(int number, const room::StationStatus& s)
    {
        model.addStation(pinOf(number), s.station);
        model.statusReceived(pinOf(number), s);
    }
};

// Eight stations, one per phase, named so that the order by name is not the order of need.
inline void fillEight(Room& room)
{
    room.add(1, status(QStringLiteral("Station 01"), StationPhase::Ready));
    room.add(2, status(QStringLiteral("Station 02"), StationPhase::Running, (23 * 60 + 15) * 1000));
    room.add(3, status(QStringLiteral("Station 03"), StationPhase::Submitted));
    room.add(4, status(QStringLiteral("Station 04"), StationPhase::AwaitingStart));
    room.add(5, status(QStringLiteral("Station 05"), StationPhase::Paused));
    room.add(6, status(QStringLiteral("Station 06"), StationPhase::StorageProblem));
    room.add(7, status(QStringLiteral("Station 07"), StationPhase::Practice));
    room::StationStatus crashed = status(QStringLiteral("Station 08"), StationPhase::Interrupted);
    crashed.recoveredFromCrash = true;
    room.add(8, crashed);
}

inline QStringList shownNames(const RoomView& view)
{
    QStringList names;
    for (const StationTile* tile : view.grid()->tiles())
        names << tile->entry().name;
    return names;
}

inline QMap<ActionKind, bool> enabledActions(const RoomView& view)
{
    QMap<ActionKind, bool> enabled;
    for (ActionKind kind : {ActionKind::Start, ActionKind::Pause, ActionKind::Resume, ActionKind::Extend,
                            ActionKind::Void, ActionKind::EndSitting, ActionKind::Message})
        enabled[kind] = view.actionButton(kind)->isEnabled();
    return enabled;
}

inline void select(RoomView& view, std::initializer_list<int> numbers)
{
    view.grid()->clearSelection();
    for (int number : numbers)
        view.grid()->tile(pinOf(number))->setSelected(true);
}

// What RoomView emitted, kept by a lambda (no metatype registration needed).
struct Requested
{
    int count = 0;
    room::RoomAction action;
    QList<QByteArray> pins;

    void watch(RoomView& view)
    {
        QObject::connect(&view, &RoomView::actionRequested, &view,
                         [this](const room::RoomAction& a, const QList<QByteArray>& p) {
                             ++count;
                             action = a;
                             pins = p;
                         });
    }
};

inline RoomActionDialog* openDialog(RoomView& view, ActionKind kind)
{
    view.actionButton(kind)->click();
    test::settle();
    auto* dialog = view.findChild<RoomActionDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->kind() == kind);
    return dialog;
}

} // namespace exam::test::roomview
