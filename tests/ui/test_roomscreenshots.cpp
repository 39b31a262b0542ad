// The room console's screen with a busy room of thirty stations: who needs the proctor at the top,
// nothing clipped at 100 and 200 % text; with EXAM_ROOM_SHOTS set, screenshots for people to look at.
#include "roomviewfixture.h"

using namespace exam;
using namespace exam::ui;
using namespace exam::test::roomview;
using room::ActionKind;
using room::StationPhase;
using namespace std::chrono_literals;

namespace {

// A busy room of thirty: two stations gone silent, a full disk, a crash, three waiting to start, two
// breaks (one too long), a pause, ten running (one in its last five minutes, one untimed), and the
// rest before or after their modules; accommodations and action outcomes on some.
void fillThirty(Room& room)
{
    using P = StationPhase;
    const P phases[30] = {P::Running,       P::Running,       P::Running,        P::Running,   P::Running,
                          P::Running,       P::Running,       P::Running,        P::Running,   P::Running,
                          P::AwaitingStart, P::AwaitingStart, P::AwaitingStart,  P::OnBreak,   P::OnBreak,
                          P::Paused,        P::Interrupted,   P::StorageProblem, P::Submitted, P::Submitted,
                          P::ReportShown,   P::IdentityCheck, P::IdentityCheck,  P::Practice,  P::Practice,
                          P::Ready,         P::Ready,         P::Ready,          P::Running,   P::Running};
    const int minutesLeft[30] = {42, 25, 3,  55, 18, 0, 31, 12, 47, 9, 60, 90, 60, 28, 35,
                                 22, 14, 33, 0,  0,  0, 0,  0,  0,  0, 0,  0,  0,  38, 20};
    // One long name, to wrap.
    const QStringList names =
        QStringLiteral("Ana Pérez,Bilal Haddad,Chen Wei,Dara O'Neill,Emeka Obi,Fatima Zahra,"
                       "Gustav Berg,Hana Sato,Ivan Petrov,Jade Martin,Kofi Mensah,Lena Vogel,"
                       "Marta Silva,Maximiliana Fernández-Oyarzábal de la Concepción,"
                       "Omar Farouk,Priya Nair,Quinn Walsh,Rosa Díaz,Sam Taylor,Tomás Ruiz,"
                       "Uma Iyer,Victor Hugo,Wen Li,Xena Cole,Yusuf Kaya,,,,Zoe Adams,Aiko Tanaka")
            .split(u',');
    // The last two go silent: heard first, then not again.
    for (int i = 28; i < 30; ++i) {
        room::StationStatus s = status(QStringLiteral("Station %1").arg(i + 1, 2, 10, QLatin1Char('0')), phases[i],
                                       minutesLeft[i] * 60'000 + 17'000);
        s.candidateName = names[i];
        room.add(i + 1, s);
    }
    room.clock.advance(8s);
    for (int i = 0; i < 28; ++i) {
        room::StationStatus s = status(QStringLiteral("Station %1").arg(i + 1, 2, 10, QLatin1Char('0')), phases[i],
                                       minutesLeft[i] * 60'000 + (i * 7919 % 60'000));
        if (phases[i] != StationPhase::Ready)
            s.candidateName = names[i];
        s.moduleNumber = 1 + i % 3;
        s.moduleCount = i % 4 == 0 ? 1 : 3;
        s.module = i % 2 ? QStringLiteral("CPT-ELE Electrical systems") : QStringLiteral("CPT-SAF Safety");
        s.answered = (i * 13) % 41;
        s.flagged = i % 5;
        s.timed = i != 5;
        if (i == 13 || i == 14) {
            s.currentBreakMs = i == 13 ? 4 * 60'000 + 12'000 : 18 * 60'000 + 40'000;
            s.accommodations.breaks = true;
        }
        if (i == 0 || i == 13)
            s.accommodations.timeFactorPercent = 150;
        if (i == 2) {
            s.accommodations.screenReader = true;
            s.accommodations.textSizePercent = 200;
            s.accommodations.colourScheme = QStringLiteral("yellow-on-black");
        }
        if (i == 7) {
            s.accommodations.readAloud = true;
            s.accommodations.note = QStringLiteral("reader present");
            s.accommodations.language = QStringLiteral("es");
        }
        if (i == 16)
            s.recoveredFromCrash = true;
        if (i == 17)
            s.storageProblem = QStringLiteral("The disk is full: 12 MB free.");
        room.add(i + 1, s);
    }
    room.model.tick();
    const auto act = [&](int number, const QString& action, std::optional<bool> applied, const QString& why = {}) {
        room.model.actionSent(
            pinOf(number),
            {action, QStringLiteral("dortiz"), room::ActionOutcome::State::Sent, {}, room.clock.utcNow()});
        if (applied)
            room.model.actionAnswered(pinOf(number), *applied, why);
    };
    act(16, QStringLiteral("Pause"), true);
    act(4, QStringLiteral("Extend time"), std::nullopt);
    act(8, QStringLiteral("Extend time"), false, QStringLiteral("the module had already ended"));
}

void keepShot(QWidget& widget, const QString& folder, const QString& name)
{
    REQUIRE(QDir().mkpath(folder));
    CHECK(widget.grab().save(QDir(folder).filePath(name)));
}

} // namespace

TEST_CASE("Room view: a busy room of thirty, who needs the proctor at the top, nothing clipped at 100 and 200 % "
          "text (EXAM_ROOM_SHOTS: screenshots)",
          "[ui][room]")
{
    const QString folder = qEnvironmentVariable("EXAM_ROOM_SHOTS");
    const struct
    {
        QSize size;
        int percent;
        ColourScheme::Id scheme;
    } looks[] = {
        {{1366, 768}, 100, ColourScheme::Id::Standard},       {{1920, 1080}, 100, ColourScheme::Id::Standard},
        {{1366, 768}, 200, ColourScheme::Id::Standard},       {{1366, 768}, 100, ColourScheme::Id::YellowOnBlack},
        {{1920, 1080}, 100, ColourScheme::Id::YellowOnBlack}, {{1366, 768}, 200, ColourScheme::Id::YellowOnBlack},
        {{1366, 768}, 100, ColourScheme::Id::BlackOnWhite},
    };
    for (const auto& look : looks) {
        const QString name = QStringLiteral("room-%1x%2-%3-%4")
                                 .arg(look.size.width())
                                 .arg(look.size.height())
                                 .arg(ColourScheme::key(look.scheme))
                                 .arg(look.percent);
        INFO(name.toStdString());
        test::AppearanceFor appearance(look.percent, look.scheme);
        Room room;
        fillThirty(room);
        RoomView view(room.model, QStringLiteral("Test centre North, hall B"));
        view.setProctor(QStringLiteral("Dana Ortiz"));
        // One alert while the console is open: loud at the top.
        room::StationStatus left = *room.model.station(pinOf(5))->status;
        ++left.leaveRefusals;
        room.model.statusReceived(pinOf(5), left);
        CHECK(view.banner()->isLoud());
        view.resize(look.size);
        view.show();
        QApplication::setActiveWindow(&view);
        test::settle();
        const QList<StationTile*> tiles = view.grid()->tiles();
        REQUIRE(tiles.size() == 30);
        // Everything that needs the proctor comes before everything that does not.
        int needing = 0;
        while (needing < tiles.size() && tiles[needing]->needsProctor())
            ++needing;
        CHECK(needing == 8); // two offline, the disk, the crash, the refused action, three waiting to start
        for (int i = needing; i < tiles.size(); ++i)
            CHECK_FALSE(tiles[i]->needsProctor());
        // Nothing clipped (every label as tall as its wrapped text, every button as large as its words),
        // nothing past the right edge, nothing scrolls sideways: at every size and scheme.
        test::checkTextFits(&view, name);
        for (StationTile* tile : tiles) {
            INFO(tile->entry().name.toStdString());
            CHECK(tile->height() >= tile->heightForWidth(tile->width()));
            for (QLabel* label : tile->findChildren<QLabel*>())
                if (label->isVisibleTo(tile))
                    CHECK(label->geometry().bottom() <= tile->rect().bottom());
        }
        CHECK_FALSE(view.stationScroll()->horizontalScrollBar()->isVisible());
        CHECK(view.grid()->width() <= view.stationScroll()->viewport()->width());
        CHECK(view.grid()->tile(pinOf(3))->accessibleDescription().contains(
            QStringLiteral("screen reader · text 200 % · Yellow on black")));
        // The first row is in view without scrolling; at 200 % on the small screen, at least the top of
        // the first tile: whether it needs the proctor, the station and its state.
        QWidget* viewport = view.stationScroll()->viewport();
        for (StationTile* tile : tiles.mid(0, look.percent == 100 ? 4 : 1)) {
            const QWidget* last = look.percent == 100 ? static_cast<QWidget*>(tile)
                                                      : tile->findChild<QLabel*>(QStringLiteral("tileState"));
            const QRect shown(tile->mapTo(viewport, QPoint()), last->mapTo(viewport, last->rect().bottomRight()));
            CHECK(viewport->rect().contains(shown));
        }
        tiles[10]->setSelected(true);
        tiles[11]->setSelected(true);
        tiles[1]->setFocus();
        test::settle();
        if (folder.isEmpty())
            continue;
        keepShot(view, folder, name + QStringLiteral(".png"));
        if (look.size.width() == 1366) {
            view.actionButton(ActionKind::Void)->click();
            test::settle();
            auto* dialog = view.findChild<RoomActionDialog*>();
            REQUIRE(dialog);
            keepShot(*dialog, folder, name + QStringLiteral("-void-dialog.png"));
            dialog->reject();
            PairingRequestDialog* pairing =
                PairingRequestDialog::ask(&view, QStringLiteral("North 31"), QStringLiteral("482913"));
            test::settle();
            keepShot(*pairing, folder, name + QStringLiteral("-pairing-dialog.png"));
            pairing->reject();
        }
    }
}
