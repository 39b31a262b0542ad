// "Continue on another station" on the room console (issue 26): offered only for the one selected
// station that stopped answering in the middle of a module; the dialog lists the stations that show
// Ready and goes out only with a spare and a reason.
#include "movesittingdialog.h"
#include "roomviewfixture.h"

#include <QListWidget>

using namespace exam;
using namespace exam::test::roomview;

namespace {

room::StationStatus running(const QString& station, qint64 sessionId)
{
    room::StationStatus s = status(station, StationPhase::Running);
    s.sessionId = sessionId;
    return s;
}

MoveSittingDialog* openMove(RoomView& view)
{
    view.moveButton()->click();
    test::settle();
    auto* dialog = view.findChild<MoveSittingDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("Room view: a sitting moves only from a station that stopped answering, to a station that shows Ready, "
          "with a reason",
          "[ui][room]")
{
    test::AppearanceFor look(100);
    Room room;
    room.add(1, status(QStringLiteral("Station 01"), StationPhase::Ready));
    room.add(2, running(QStringLiteral("Station 02"), 41));
    room.add(3, running(QStringLiteral("Station 03"), 7));
    room.add(9, status(QStringLiteral("Station 09"), StationPhase::Ready));
    RoomView view(room.model, QStringLiteral("Hall B"));
    view.show();
    QByteArray movedFrom, movedTo;
    QString movedWhy;
    int moves = 0;
    QObject::connect(&view, &RoomView::moveRequested, &view,
                     [&](const QByteArray& from, const QByteArray& to, const QString& why) {
                         ++moves;
                         movedFrom = from;
                         movedTo = to;
                         movedWhy = why;
                     });
    test::settle();

    // Not while it answers, nor without a proctor, nor for several stations at once.
    select(view, {2});
    CHECK_FALSE(view.moveButton()->isEnabled());
    room.model.disconnected(pinOf(2), QStringLiteral("power cut"));
    room.model.disconnected(pinOf(3), QStringLiteral("power cut"));
    view.refresh();
    select(view, {2});
    CHECK_FALSE(view.moveButton()->isEnabled()); // nobody signed in
    view.setProctor(QStringLiteral("María"));
    CHECK(view.moveButton()->isEnabled());
    select(view, {2, 3});
    CHECK_FALSE(view.moveButton()->isEnabled());
    select(view, {1}); // ready: no sitting to move
    CHECK_FALSE(view.moveButton()->isEnabled());

    select(view, {2});
    MoveSittingDialog* dialog = openMove(view);
    QStringList spares;
    for (int row = 0; row < dialog->spareList()->count(); ++row)
        spares << dialog->spareList()->item(row)->text();
    spares.sort();
    CHECK(spares == QStringList{QStringLiteral("Station 01"), QStringLiteral("Station 09")});
    CHECK_FALSE(dialog->confirmButton()->isEnabled());
    CHECK(dialog->problem().startsWith(QStringLiteral("Give a reason"))); // the list has the keyboard: one is current
    const auto nine = dialog->spareList()->findItems(QStringLiteral("Station 09"), Qt::MatchExactly);
    REQUIRE(nine.size() == 1);
    dialog->spareList()->setCurrentItem(nine.first());
    CHECK_FALSE(dialog->confirmButton()->isEnabled()); // the reason is still missing
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("Station 02 lost power"));
    REQUIRE(dialog->confirmButton()->isEnabled());
    dialog->confirmButton()->click();
    test::settle();
    CHECK(moves == 1);
    CHECK(movedFrom == pinOf(2));
    CHECK(movedTo == pinOf(9));
    CHECK(movedWhy == QStringLiteral("Station 02 lost power"));

    // With no station ready, the dialog says what to do and cannot confirm.
    room.model.disconnected(pinOf(1));
    room.model.disconnected(pinOf(9));
    view.refresh();
    select(view, {3});
    MoveSittingDialog* none = openMove(view);
    CHECK(none->spareList()->count() == 0);
    CHECK_FALSE(none->confirmButton()->isEnabled());
    CHECK(none->problem().startsWith(QStringLiteral("No station shows Ready.")));
    none->reject();
    CHECK(moves == 1);
}

TEST_CASE("Move dialog: everything readable at 100 and 200 % text in each colour scheme, within 1024 × 768",
          "[ui][room]")
{
    const QList<MoveSittingDialog::Spare> spares{{pinOf(1), QStringLiteral("Station 01")},
                                                 {pinOf(9), QStringLiteral("Station 09 (back row, by the window)")}};
    for (const int percent : {100, 200}) {
        for (const ColourScheme::Id scheme : {ColourScheme::Id::Standard, ColourScheme::Id::YellowOnBlack}) {
            INFO(percent << " % " << int(scheme));
            test::AppearanceFor look(percent, scheme);
            MoveSittingDialog dialog(QStringLiteral("Station 02"),
                                     QStringLiteral("Maximiliana Fernández-Oyarzábal (C-4471)"), spares);
            dialog.show();
            CHECK(dialog.sizeHint().width() <= 1024);
            CHECK(dialog.sizeHint().height() <= 700); // and a window's title bar
            dialog.resize(dialog.sizeHint());
            test::settle();
            CHECK(test::checkFontsFollowTextSize(&dialog) > 5);
            for (QLabel* label : dialog.findChildren<QLabel*>())
                if (label->isVisible() && label->wordWrap())
                    CHECK(label->height() >= label->heightForWidth(label->width()));
            test::keepScreenshot(dialog, QStringLiteral("room-move-%1-%2").arg(percent).arg(int(scheme)));
        }
    }
}
