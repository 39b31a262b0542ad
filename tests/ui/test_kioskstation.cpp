// The whole demo station as exam-kiosk runs it (offscreen): real demo bank files, the demo proctor,
// a fresh data folder. A proctor signs in on the PIN pad, sets up a sitting, starts it; the candidate
// takes the module to the end; the proctor ends the sitting.
#include "../delivery/intakeundertest.h"
#include "appearance.h"
#include "candidateflow.h"
#include "delivery/deliverysettings.h"
#include "delivery/resultbundle.h"
#include "demostation.h"
#include "demostationfixture.h"
#include "itemscreen.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "language.h"
#include "messagescreen.h"
#include "proctorpanel.h"
#include "proctorsigninscreen.h"
#include "readaloud.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/sittings.h"
#include "sittingsetupscreen.h"
#include "station/panelchord.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"
#include "textsize.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace exam;
using namespace exam::ui;
using exam::test::DemoStation;

namespace {

// A demo station set to deliver to `intake` on `port` (which may not be listening yet).
std::function<void(storage::Database&)> deliveringTo(const test::TestCa& ca, const test::IntakeUnderTest& intake,
                                                     quint16 port)
{
    return [&ca, &intake, port](storage::Database& database) {
        delivery::DeliverySettings settings;
        settings.intakeUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        settings.caCertificates = ca.certificatePem();
        settings.receiptKey = intake.receiptKeys.publicKey;
        REQUIRE(delivery::DeliverySettingsStore::save(database, settings));
    };
}

// The intake registers the station's signing key, as a registry does.
void acceptStation(test::IntakeUnderTest& intake, const DemoStation& station)
{
    auto stationKey = results::StationKey::loadOrCreate(station.paths);
    REQUIRE(stationKey);
    intake.accept(stationKey->publicKey());
}

} // namespace

TEST_CASE("Demo station: the demo banks are checked again only when one changed, a damaged installed copy "
          "is installed again, and a demo bank the build made anew replaces the old one",
          "[ui][station]")
{
    DemoStation station;
    QFile stamp(station.stampFile());
    REQUIRE(stamp.exists());
    auto keys = kiosk::loadDemoKeys(QStringLiteral(EXAM_DEMO_BANKS_DIR));
    REQUIRE(keys);
    const auto offerAgain = [&] {
        return kiosk::installDemoBanks(*station.catalogue, *keys, QStringLiteral(EXAM_DEMO_BANKS_DIR),
                                       station.stampFile());
    };
    // Nothing changed: nothing is checked, so the stamp is not even written again.
    const QDateTime longAgo = QDateTime::currentDateTimeUtc().addDays(-3);
    REQUIRE(stamp.open(QIODevice::ReadWrite));
    REQUIRE(stamp.setFileTime(longAgo, QFileDevice::FileModificationTime));
    stamp.close();
    CHECK(offerAgain().isEmpty());
    CHECK(QFileInfo(station.stampFile()).lastModified().toSecsSinceEpoch() == longAgo.toSecsSinceEpoch());

    // An installed copy damaged on disk: the next start notices and installs it again, intact.
    auto installed = station.catalogue->installed();
    REQUIRE(installed);
    REQUIRE_FALSE(installed->isEmpty());
    const banks::InstalledBank damaged = installed->first();
    {
        QFile copy(QDir(station.catalogue->banksFolder()).filePath(damaged.fileName));
        REQUIRE(copy.open(QIODevice::ReadWrite));
        REQUIRE(copy.seek(copy.size() / 2));
        REQUIRE(copy.write("XXXX") == 4);
    }
    CHECK_FALSE(station.catalogue->holdsIntact(damaged.sha256));
    CHECK(offerAgain().isEmpty());
    CHECK(station.catalogue->holdsIntact(damaged.sha256));
    CHECK(QFileInfo(station.stampFile()).lastModified().toSecsSinceEpoch() > longAgo.toSecsSinceEpoch());

    // The build makes a demo bank anew (same version, new file): it replaces the installed one.
    QTemporaryDir rebuilt;
    const QDir built(QStringLiteral(EXAM_DEMO_BANKS_DIR));
    for (const QString& name : built.entryList(QDir::Files))
        REQUIRE(QFile::copy(built.filePath(name), rebuilt.filePath(name)));
    REQUIRE(QFile::remove(rebuilt.filePath(QStringLiteral("cla.exambank"))));
    const QString keyFolder = test::sourcePath(QStringLiteral("itembanks/demo/keys"));
    QProcess build;
    build.start(QCoreApplication::applicationDirPath() + QStringLiteral("/exam-bank"),
                {QStringLiteral("build"), test::sourcePath(QStringLiteral("itembanks/demo/cla")), QStringLiteral("-o"),
                 rebuilt.filePath(QStringLiteral("cla.exambank")), QStringLiteral("--publisher-key"),
                 keyFolder + QStringLiteral("/demo-publisher.key"), QStringLiteral("--publisher-name"),
                 QStringLiteral("Demo publisher (not for real exams)"), QStringLiteral("--center"),
                 keyFolder + QStringLiteral("/demo-center.pub")});
    REQUIRE(build.waitForFinished(60'000));
    REQUIRE(build.exitCode() == 0);
    auto before = station.catalogue->find(QStringLiteral("demo.cla.en"));
    REQUIRE(before);
    REQUIRE(before->has_value());
    CHECK(kiosk::installDemoBanks(*station.catalogue, *keys, rebuilt.path(), station.stampFile()).isEmpty());
    auto after = station.catalogue->find(QStringLiteral("demo.cla.en"));
    REQUIRE(after);
    REQUIRE(after->has_value());
    CHECK((*after)->sha256 != (*before)->sha256);
    CHECK((*after)->version == (*before)->version);
}

TEST_CASE("Demo station: a proctor sets up CLA, the candidate takes it, the proctor ends the sitting", "[ui][station]")
{
    DemoStation station;
    auto* ready = qobject_cast<MessageScreen*>(station.screen());
    REQUIRE(ready);
    CHECK(ready->heading() == QStringLiteral("This station is ready"));
    station.click(QStringLiteral("messageAction"));

    // A wrong PIN says so and lets the proctor try again.
    station.signIn(QStringLiteral("111111"));
    auto* signIn = qobject_cast<ProctorSignInScreen*>(station.screen());
    REQUIRE(signIn);
    CHECK_FALSE(signIn->problem().isEmpty());
    CHECK(station.find<QLineEdit>(QStringLiteral("signInPin"))->text().isEmpty());
    station.signIn();

    auto* setup = qobject_cast<SittingSetupScreen*>(station.screen());
    REQUIRE(setup);
    test::keepScreenshot(station.window, QStringLiteral("station-setup-1024x768"));
    station.find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(QStringLiteral("C-7001"));
    station.find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(QStringLiteral("Jordan Demo"));
    // Without the photo ID check the sitting is not set up.
    const QList<QCheckBox*> cla = station.modules(QStringLiteral("CLA "));
    REQUIRE(cla.size() == 1);
    cla.first()->setChecked(true);
    station.click(QStringLiteral("setupStart"));
    CHECK(setup->problem().contains(QStringLiteral("photo ID")));
    station.find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
    CHECK(setup->rules() == QStringLiteral("CLA: may be taken today."));
    station.click(QStringLiteral("setupStart"));

    REQUIRE(qobject_cast<WelcomeScreen*>(station.screen()));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeIdentity"))->text()
          == QStringLiteral("You are Jordan Demo, candidate ID C-7001."));
    // The keyboard is on the welcome screen's answer at once: Space says "yes, this is me".
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("welcomeYes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    test::settle();
    station.click(QStringLiteral("practiceReady"));
    station.click(QStringLiteral("messageAction")); // "Proctor: start the module"
    station.signIn();
    auto* items = qobject_cast<ItemScreen*>(station.screen());
    REQUIRE(items);
    test::keepScreenshot(station.window, QStringLiteral("station-item-1024x768"));
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("itemStem")); // read first, then Tab to A

    // The candidate answers everything with A and submits.
    const int count = station.scalar(QStringLiteral("SELECT count(*) FROM session_items"));
    for (int p = 0; p < count; ++p) {
        QTest::keyClick(items, Qt::Key_A);
        QTest::keyClick(items, Qt::Key_N);
    }
    test::settle();
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE choice IS NOT NULL")) == count);
    station.click(QStringLiteral("reviewSubmit"));
    station.click(QStringLiteral("submitNow"));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM results")) == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) == 1);
    test::keepScreenshot(station.window, QStringLiteral("station-report-1024x768"));
    station.click(QStringLiteral("reportDone"));
    auto* finished = qobject_cast<MessageScreen*>(station.screen());
    REQUIRE(finished);
    CHECK(finished->heading() == QStringLiteral("Please call your proctor"));
    station.click(QStringLiteral("messageAction")); // "Proctor: end the sitting"
    station.signIn();
    CHECK(qobject_cast<MessageScreen*>(station.screen())->heading() == QStringLiteral("This station is ready"));
    CHECK(station.scalar(QStringLiteral("SELECT closed FROM sittings")) == 1);
    // The end of the sitting is signed into the audit log: its last entry is covered by the station's key.
    CHECK(station.scalar(QStringLiteral("SELECT max(seq) FROM audit_checkpoints"))
          == station.scalar(QStringLiteral("SELECT max(seq) FROM audit_events")));
}

TEST_CASE("Demo station: the accommodations set up by the proctor apply from the candidate's first screen, and the "
          "next candidate starts from the standard display",
          "[ui][station][appearance]")
{
    const test::AppearanceFor standard(100);
    DemoStation station;
    station.click(QStringLiteral("messageAction"));
    station.signIn();
    REQUIRE(qobject_cast<SittingSetupScreen*>(station.screen()));
    station.find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(QStringLiteral("C-7030"));
    station.find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(QStringLiteral("Val Vision"));
    station.find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
    station.modules(QStringLiteral("CLA ")).first()->setChecked(true);
    auto* time = station.find<QComboBox>(QStringLiteral("setupTime"));
    time->setCurrentIndex(time->findData(150));
    station.find<QCheckBox>(QStringLiteral("setupReadAloud"))->setChecked(true);
    station.find<QCheckBox>(QStringLiteral("setupBreaks"))->setChecked(true);
    auto* size = station.find<QComboBox>(QStringLiteral("setupTextSize"));
    size->setCurrentIndex(size->findData(200));
    auto* colours = station.find<QComboBox>(QStringLiteral("setupColours"));
    colours->setCurrentIndex(colours->findData(QStringLiteral("yellow-on-black")));
    CHECK(colours->currentText() == QStringLiteral("Yellow on black"));
    station.find<QLineEdit>(QStringLiteral("setupNote"))->setText(QStringLiteral("  Reader   present "));
    // The set-up screen itself stays as it was until the candidate's turn.
    CHECK(Appearance::instance().scheme() == ColourScheme::Id::Standard);
    station.screen()->findChild<QScrollArea*>()->ensureWidgetVisible(
        station.find<QWidget>(QStringLiteral("setupNote")));
    test::keepScreenshot(station.window, QStringLiteral("station-setup-accommodations"));
    station.click(QStringLiteral("setupStart"));

    REQUIRE(qobject_cast<WelcomeScreen*>(station.screen()));
    CHECK(Appearance::instance().scheme() == ColourScheme::Id::YellowOnBlack);
    CHECK(Appearance::instance().textPercent() == 200);
    // Every word of the screen at the new size, the buttons' too.
    CHECK(station.find<QPushButton>(QStringLiteral("welcomeYes"))->font().pointSizeF()
          == Approx(2 * TextSize::BasePointSize));
    // ... and on every screen of the kiosk, the proctor's too.
    CHECK(test::checkFontsFollowTextSize(&station.window) > 300);
    CHECK(station.find<QLabel>(QStringLiteral("welcomeTime"))->text().contains(QStringLiteral("×1.5")));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeTime"))->text().contains(QStringLiteral("Breaks allowed")));
    test::keepScreenshot(station.window, QStringLiteral("station-welcome-accommodations"));
    session::AuditLog audit(*station.database, station.clock);
    auto stored = session::Sittings(*station.database, audit, station.clock)
                      .accommodations(station.scalar(QStringLiteral("SELECT id FROM sittings")));
    REQUIRE(stored);
    CHECK(stored->timeFactorPercent == 150);
    CHECK(stored->readAloud);
    CHECK(stored->breaks);
    CHECK(stored->note == QStringLiteral("Reader present"));

    // The candidate takes a break; the proctor ends it from the panel (with a reason, in the log).
    station.startModule();
    station.click(QStringLiteral("itemBreak"));
    CHECK(station.screen()->objectName() == QStringLiteral("breakScreen"));
    station.openPanel();
    CHECK(station.find<QLabel>(QStringLiteral("panelStatus"))->text().contains(QStringLiteral("on a break")));
    CHECK_FALSE(station.find<QPushButton>(QStringLiteral("panelPause"))->isEnabled());
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("candidate back"));
    station.click(QStringLiteral("panelResume"));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.break-ended' AND "
                                        "actor = 'proctor:demo' AND detail LIKE '%candidate back'"))
          == 1);
    station.click(QStringLiteral("panelBack"));
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));

    // The candidate makes the text smaller; the module ends voided; the next candidate starts standard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(Appearance::instance().textPercent() == 175);
    station.openPanel();
    station.voidModule(QStringLiteral("Fire alarm"));
    station.click(QStringLiteral("panelEndSitting"));
    station.signIn();
    CHECK(qobject_cast<MessageScreen*>(station.screen())->heading() == QStringLiteral("This station is ready"));
    CHECK(Appearance::instance().scheme() == ColourScheme::Id::Standard);
    CHECK(Appearance::instance().textPercent() == 100);
    // The voided module's record carries what was set up.
    auto record = station.database->prepare(QStringLiteral("SELECT record FROM results"));
    REQUIRE(record);
    REQUIRE(*record->step());
    const QJsonObject accommodations =
        QJsonDocument::fromJson(record->blob(0)).object().value(QStringLiteral("accommodations")).toObject();
    CHECK(accommodations.value(QStringLiteral("colourScheme")).toString() == QStringLiteral("yellow-on-black"));
    CHECK(accommodations.value(QStringLiteral("textSizePercent")).toInt() == 200);
    CHECK(accommodations.value(QStringLiteral("readAloud")).toBool());
    CHECK(accommodations.value(QStringLiteral("breaks")).toBool());
    CHECK(accommodations.value(QStringLiteral("note")).toString() == QStringLiteral("Reader present"));
}

TEST_CASE("Demo station: a kiosk restarted in the middle of a module goes on where it was, after the proctor",
          "[ui][station]")
{
    const test::AppearanceFor standard(100);
    auto station = std::make_unique<DemoStation>();
    station->setUp(QStringLiteral("C-7002"), QStringLiteral("Sam Restart"), QStringLiteral("CPT-SAF Safety"));
    station->startModule();
    auto* items = qobject_cast<ItemScreen*>(station->screen());
    QTest::keyClick(items, Qt::Key_B);
    QTest::keyClick(items, Qt::Key_N);
    QTest::keyClick(items, Qt::Key_C);
    // The candidate's own display: larger text, white on black (as the display panel sets it).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Plus, Qt::ControlModifier);
    Appearance::instance().setScheme(ColourScheme::Id::WhiteOnBlack);
    REQUIRE(Appearance::instance().textPercent() == 125);
    QTest::keyClick(items, Qt::Key_L); // the line reader
    REQUIRE(items->lineReaderShown());
    items->readAloud()->slower(); // as the display panel's "Slower" does
    REQUIRE(items->readAloud()->rateStep() == -1);

    // The kiosk goes away (as in a crash: nothing is closed properly) and starts again on the same folder,
    // with the standard display a new process has.
    station->controller.reset();
    Appearance::instance().reset();
    station->controller = std::make_unique<kiosk::KioskController>(
        *station->database, station->paths, station->clock, *station->catalogue,
        kiosk::loadDemoKeys(QStringLiteral(EXAM_DEMO_BANKS_DIR)).value(), station->window);
    station->controller->start();
    test::settle();
    auto* interrupted = qobject_cast<MessageScreen*>(station->screen());
    REQUIRE(interrupted);
    CHECK(interrupted->heading() == QStringLiteral("Session interrupted: proctor required"));
    station->click(QStringLiteral("messageAction")); // "Proctor: resume"
    station->signIn();
    items = qobject_cast<ItemScreen*>(station->screen());
    REQUIRE(items);
    CHECK(items->findChild<QLabel*>(QStringLiteral("itemProgress"))->text().startsWith(QStringLiteral("Item 2 of")));
    CHECK(station->scalar(QStringLiteral("SELECT count(*) FROM responses WHERE choice IS NOT NULL")) == 2);
    // ... and in the display the candidate had chosen, not the set-up's standard one.
    CHECK(Appearance::instance().textPercent() == 125);
    CHECK(Appearance::instance().scheme() == ColourScheme::Id::WhiteOnBlack);
    CHECK(items->lineReaderShown());
    CHECK(items->readAloud()->rateStep() == -1);
}

TEST_CASE("Demo station: two modules in one sitting, with a break between them", "[ui][station]")
{
    DemoStation station;
    station.click(QStringLiteral("messageAction"));
    station.signIn();
    station.find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(QStringLiteral("C-7003"));
    station.find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(QStringLiteral("Pat Twomodules"));
    station.find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
    for (const QString& code : {QStringLiteral("MT1-S1 "), QStringLiteral("MT1-S2 ")}) {
        REQUIRE(station.modules(code).size() == 1);
        station.modules(code).first()->setChecked(true);
    }
    station.click(QStringLiteral("setupStart"));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeModule"))
              ->text()
              .startsWith(QStringLiteral("Module 1 of 2 today:")));

    for (int module = 1; module <= 2; ++module) {
        station.click(QStringLiteral("welcomeYes"));
        station.click(QStringLiteral("practiceReady"));
        station.click(QStringLiteral("messageAction"));
        station.signIn();
        REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
        QTest::keyClick(station.screen(), Qt::Key_R); // straight to the review, nothing answered
        test::settle();
        station.click(QStringLiteral("reviewSubmit"));
        station.click(QStringLiteral("submitNow"));
        station.click(QStringLiteral("reportDone"));
        auto* after = qobject_cast<MessageScreen*>(station.screen());
        REQUIRE(after);
        if (module == 1) {
            CHECK(after->heading() == QStringLiteral("Time for a break"));
            CHECK(after->explanation().contains(QStringLiteral("MT1-S2")));
            station.click(QStringLiteral("messageAction")); // "Proctor: go on to the next module"
            station.signIn();
            REQUIRE(qobject_cast<WelcomeScreen*>(station.screen()));
            CHECK(station.find<QLabel>(QStringLiteral("welcomeModule"))
                      ->text()
                      .startsWith(QStringLiteral("Module 2 of 2 today:")));
        } else {
            CHECK(after->heading() == QStringLiteral("Please call your proctor"));
        }
    }
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM results")) == 2);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM module_attempts WHERE passed = 0")) == 2);
}

TEST_CASE("Demo station: the sign-in a candidate can reach never shows the last proctor's login, and a locked-out "
          "proctor is told the way in",
          "[ui][station]")
{
    DemoStation station;
    station.setUp(QStringLiteral("C-7016"), QStringLiteral("Lou Login"), QStringLiteral("CLA "));
    station.startModule(); // the proctor signed in twice already (set-up, start)
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    CHECK(station.find<QLineEdit>(QStringLiteral("signInLogin"))->text().isEmpty());
    station.signIn(); // into the panel
    auto* panel = qobject_cast<ProctorPanel*>(station.screen());
    REQUIRE(panel);
    // Inside the panel, the PIN asked again keeps the proctor's login.
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("test"));
    station.click(QStringLiteral("panelVoid"));
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    CHECK(station.find<QLineEdit>(QStringLiteral("signInLogin"))->text()
          == QString::fromLatin1(kiosk::DemoProctorLogin));
    station.click(QStringLiteral("signInCancel"));
    station.click(QStringLiteral("panelBack"));
    // Five wrong PINs lock the account: the sign-in says how to get in meanwhile.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    auto* signIn = qobject_cast<ProctorSignInScreen*>(station.screen());
    REQUIRE(signIn);
    for (int attempt = 0; attempt < 6; ++attempt)
        station.signIn(QStringLiteral("000000"));
    CHECK(signIn->problem().contains(QStringLiteral("another proctor can sign in")));
    CHECK(signIn->problem().contains(QStringLiteral("examctl proctor reset-pin")));
}

TEST_CASE("Demo station: while the proctor signs in, nothing the candidate saved changes and the module stays open",
          "[ui][station]")
{
    DemoStation station;
    station.setUp(QStringLiteral("C-7004"), QStringLiteral("Kim Keys"), QStringLiteral("CLA "));
    station.startModule();
    QTest::keyClick(station.screen(), Qt::Key_B);
    CHECK(station.scalar(QStringLiteral("SELECT choice FROM responses WHERE position = 0")) == 1);

    // The proctor's chord: the sign-in screen, which the engine's routine saves do not take away.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    for (int second = 0; second < 6; ++second) {
        station.clock.advance(std::chrono::seconds(1));
        QTest::qWait(1100); // the flow's own one-second tick runs, as in the kiosk
    }
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    // Typing the login and PIN goes into the fields, never to the items.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("demo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2468"));
    CHECK(station.scalar(QStringLiteral("SELECT choice FROM responses WHERE position = 0")) == 1);
    CHECK(station.scalar(QStringLiteral("SELECT changes FROM responses WHERE position = 0")) == 0);

    // Cancelled: back on the item, the module still running, not "interrupted".
    station.click(QStringLiteral("signInCancel"));
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    CHECK(station.scalar(
              QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.resumed-after-interruption'"))
          == 0);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'in-progress'")) == 1);
    // Nobody signed in: the six seconds on the sign-in are the candidate's, as if it had not been opened
    // (a candidate can open it with the chord; it must not stop their clock).
    station.clock.advance(std::chrono::seconds(2));
    QTest::keyClick(station.screen(), Qt::Key_C);
    const qint64 afterCancel = station.scalar(QStringLiteral("SELECT elapsed_ms FROM sessions"));
    CHECK(afterCancel >= 8'000);
    // A proctor who signs in and works in the panel: that time is not charged.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    station.clock.advance(std::chrono::seconds(20)); // a proctor's slow sign-in
    station.signIn();
    REQUIRE(qobject_cast<ProctorPanel*>(station.screen()));
    station.clock.advance(std::chrono::seconds(15));
    station.click(QStringLiteral("panelBack"));
    REQUIRE(qobject_cast<ItemScreen*>(station.screen()));
    station.clock.advance(std::chrono::seconds(1));
    QTest::keyClick(station.screen(), Qt::Key_D);
    CHECK(station.scalar(QStringLiteral("SELECT elapsed_ms FROM sessions")) < afterCancel + 3'000);
}

TEST_CASE("Demo station: at 200 % text the station, sign-in and set-up screens fit 1024×768", "[ui][station]")
{
    {
        DemoStation station;
        // After the station started: its ready screen puts the standard display back for each proctor.
        const test::AppearanceFor large(200);
        const auto fits = [&](const QString& name) {
            test::settle();
            INFO(name.toStdString() << ": window " << station.window.width() << "x" << station.window.height());
            CHECK(station.window.size() == QSize(1024, 768));
            test::checkTextFits(station.screen(), name);
            test::keepScreenshot(station.window, QStringLiteral("station200-") + name + QStringLiteral("-1024x768"));
        };
        fits(QStringLiteral("ready"));
        station.click(QStringLiteral("messageAction"));
        fits(QStringLiteral("signin"));
        station.signIn();
        fits(QStringLiteral("setup"));
        station.screen()->findChild<QScrollArea*>()->ensureWidgetVisible(
            station.find<QWidget>(QStringLiteral("setupNote")));
        fits(QStringLiteral("setup-accommodations"));
        station.find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(QStringLiteral("C-7020"));
        station.find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(QStringLiteral("Lou Large"));
        station.find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
        station.modules(QStringLiteral("CLA ")).first()->setChecked(true);
        // The sitting's own text size applies from the candidate's first screen: 200 % here too.
        auto* size = station.find<QComboBox>(QStringLiteral("setupTextSize"));
        size->setCurrentIndex(size->findData(200));
        station.click(QStringLiteral("setupStart"));
        REQUIRE(Appearance::instance().textPercent() == 200);
        station.openPanel();
        fits(QStringLiteral("panel"));
        // Every button of the panel, the results ones at the bottom included, can be scrolled into view
        // whole, at no less than its minimum size.
        auto* scroll = station.screen()->findChild<QScrollArea*>();
        REQUIRE(scroll);
        for (QPushButton* button : station.screen()->findChildren<QPushButton*>()) {
            INFO(button->objectName().toStdString());
            scroll->ensureWidgetVisible(button, 0, 0);
            test::settle();
            const QRect inViewport(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
            CHECK(scroll->viewport()->rect().contains(inViewport));
            CHECK(button->width() >= button->minimumSizeHint().width());
        }
    }
}

TEST_CASE("Demo station: the proctor panel pauses, resumes, extends and voids, each logged with a reason",
          "[ui][station]")
{
    DemoStation station;
    station.setUp(QStringLiteral("C-7005"), QStringLiteral("Lee Panel"), QStringLiteral("CLT "));
    // CLT needs CLA first: the set-up says so, and goes ahead only with a reason.
    auto* setup = qobject_cast<SittingSetupScreen*>(station.screen());
    REQUIRE(setup);
    CHECK(setup->rules().contains(QStringLiteral("CLA")));
    station.find<QLineEdit>(QStringLiteral("setupOverrideReason"))
        ->setText(QStringLiteral("CLA passed at another centre, certificate seen"));
    station.click(QStringLiteral("setupStart"));
    station.startModule();

    const auto openPanel = [&] {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        test::settle();
        station.signIn();
        REQUIRE(qobject_cast<ProctorPanel*>(station.screen()));
    };
    openPanel();
    test::keepScreenshot(station.window, QStringLiteral("station-panel-1024x768"));
    auto* panel = qobject_cast<ProctorPanel*>(station.screen());
    CHECK(station.find<QLabel>(QStringLiteral("panelStatus"))->text().contains(QStringLiteral("Lee Panel (C-7005)")));
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("fire drill"));
    station.click(QStringLiteral("panelPause"));
    CHECK(panel->outcome() == QStringLiteral("The module is paused."));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'session.paused' AND detail = "
                                        "'fire drill' AND actor = 'proctor:demo'"))
          == 1);
    CHECK_FALSE(station.find<QPushButton>(QStringLiteral("panelEndSitting"))->isEnabled()); // a module is under way
    station.click(QStringLiteral("panelResume"));
    CHECK(panel->outcome().contains(QStringLiteral("reason"))); // resuming needs a reason too
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'paused'")) == 1);
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("drill over"));
    station.click(QStringLiteral("panelResume"));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'in-progress'")) == 1);
    station.find<QSpinBox>(QStringLiteral("panelMinutes"))->setValue(15);
    station.click(QStringLiteral("panelExtend"));
    CHECK(station.scalar(QStringLiteral("SELECT extensions_ms FROM sessions")) == 15 * 60'000);

    // Voiding needs a reason.
    station.click(QStringLiteral("panelVoid"));
    CHECK(panel->outcome().contains(QStringLiteral("reason")));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'voided'")) == 0);
    station.find<QLineEdit>(QStringLiteral("panelReason"))->setText(QStringLiteral("candidate unwell"));
    station.click(QStringLiteral("panelVoid"));
    // Not undone later: the PIN is asked for again first.
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen()));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'voided'")) == 0);
    station.signIn();
    REQUIRE(qobject_cast<ProctorPanel*>(station.screen()));
    CHECK(station.scalar(QStringLiteral(
              "SELECT count(*) FROM sessions WHERE state = 'voided' AND end_reason = 'candidate unwell'"))
          == 1);
    CHECK(station.find<QPushButton>(QStringLiteral("panelEndSitting"))->isEnabled()); // nothing under way now
    station.click(QStringLiteral("panelBack"));
    auto* after = qobject_cast<MessageScreen*>(station.screen());
    REQUIRE(after);
    CHECK(after->heading() == QStringLiteral("This module was ended by the proctor"));
    // The record carries the override reason.
    CHECK(station.scalar(
              QStringLiteral("SELECT count(*) FROM results WHERE CAST(record AS TEXT) LIKE '%another centre%'"))
          == 1);
}

TEST_CASE("Demo station: with the intake up, a result reaches it by itself when the module ends",
          "[ui][station][delivery]")
{
    test::TestCa ca;
    test::IntakeUnderTest intake(ca);
    intake.start();
    DemoStation station(deliveringTo(ca, intake, intake.port));
    acceptStation(intake, station);
    station.setUp(QStringLiteral("C-7012"), QStringLiteral("Kim Auto"), QStringLiteral("CLA "));
    station.startModule();
    station.openPanel();
    station.voidModule(QStringLiteral("wrong candidate"));
    REQUIRE(QTest::qWaitFor([&] { return intake.records() == 1; }, 10000)); // no click anywhere
    REQUIRE(QTest::qWaitFor(
        [&] {
            return station.scalar(
                       QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'delivered' AND receipt IS NOT NULL"))
                   == 1;
        },
        5000));
}

TEST_CASE("Demo station: results go to the intake by themselves, and the panel shows the outbox and uploads on request",
          "[ui][station][delivery]")
{
    test::TestCa ca;
    test::IntakeUnderTest intake(ca);
    intake.start();
    const quint16 port = intake.port;
    intake.stop(); // down when the first result is written
    DemoStation station(deliveringTo(ca, intake, port));
    acceptStation(intake, station);

    station.setUp(QStringLiteral("C-7011"), QStringLiteral("Ari Upload"), QStringLiteral("CLA "));
    station.startModule();
    station.openPanel();
    station.voidModule(QStringLiteral("wrong module chosen"));
    // The kiosk tried at once, in the background, and says why it could not deliver.
    REQUIRE(QTest::qWaitFor([&] { return station.scalar(QStringLiteral("SELECT attempts FROM outbox")) >= 1; }, 10000));
    station.click(QStringLiteral("panelBack"));
    station.openPanel();
    auto* outbox = station.find<QLabel>(QStringLiteral("panelOutbox"));
    CHECK(outbox->text().contains(QStringLiteral("Waiting for delivery: 1. Delivered: 0.")));
    CHECK(outbox->text().contains(QStringLiteral("refused the connection")));
    test::keepScreenshot(station.window, QStringLiteral("station-panel-outbox-failing"));

    // The intake is back: the proctor does not wait for the back-off.
    intake.start(port);
    station.click(QStringLiteral("panelUpload"));
    auto* current = qobject_cast<ProctorPanel*>(station.screen());
    REQUIRE(current);
    REQUIRE(QTest::qWaitFor(
        [&] { return current->outcome().startsWith(QStringLiteral("Upload finished: 1 delivered, 0 still waiting.")); },
        10000));
    CHECK(intake.records() == 1);
    REQUIRE(
        QTest::qWaitFor([&] { return outbox->text().contains(QStringLiteral("Every result is delivered")); }, 5000));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'results.upload-requested' "
                                        "AND actor = 'proctor:demo'"))
          == 1);
    test::keepScreenshot(station.window, QStringLiteral("station-panel-outbox-delivered"));
}

TEST_CASE("Demo station: the proctor panel opens with the station's own chord, and closes itself when left alone",
          "[ui][station]")
{
    DemoStation station(
        [](storage::Database& database) { REQUIRE(PanelChord::save(database, QStringLiteral("Ctrl+Alt+K"))); });
    station.controller->setPanelIdleMs(300);
    station.setUp(QStringLiteral("C-7013"), QStringLiteral("Pat Chord"), QStringLiteral("CLA "));
    station.startModule();
    auto* item = station.screen();
    // The default chord does nothing on this station.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
    test::settle();
    CHECK(station.screen() == item);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    test::settle();
    station.signIn();
    REQUIRE(qobject_cast<ProctorPanel*>(station.screen()));
    // Left alone, the panel closes and the candidate's item is back; the module is still running.
    REQUIRE(QTest::qWaitFor([&] { return station.screen() == item; }, 5000));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE state = 'in-progress'")) == 1);
    // Opening it again needs the PIN again.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    test::settle();
    CHECK(qobject_cast<ProctorSignInScreen*>(station.screen()));
}

TEST_CASE("Demo station: the proctor exports the waiting results to the one USB drive plugged in",
          "[ui][station][delivery]")
{
    test::TestCa ca;
    test::IntakeUnderTest registry(ca);
    DemoStation station([&](storage::Database& database) {
        delivery::DeliverySettings settings;
        settings.bundleKey = registry.bundleKeys.publicKey; // no network here: only the registry's bundle key
        REQUIRE(delivery::DeliverySettingsStore::save(database, settings));
    });
    QTemporaryDir stickA, stickB;
    QStringList plugged;
    station.controller->setDriveFinder([&plugged] { return plugged; });

    station.setUp(QStringLiteral("C-7014"), QStringLiteral("Sam Stick"), QStringLiteral("CLA "));
    station.startModule();
    station.openPanel();
    station.voidModule(QStringLiteral("power cut in the room"));
    auto* panel = qobject_cast<ProctorPanel*>(station.screen());
    CHECK_FALSE(station.find<QPushButton>(QStringLiteral("panelUpload"))->isEnabled()); // no intake set
    REQUIRE(station.find<QPushButton>(QStringLiteral("panelExport"))->isEnabled());

    station.click(QStringLiteral("panelExport"));
    CHECK(panel->outcome().contains(QStringLiteral("No USB drive")));
    plugged = {stickA.path(), stickB.path()};
    station.click(QStringLiteral("panelExport"));
    CHECK(panel->outcome().contains(QStringLiteral("More than one drive")));
    CHECK(QDir(stickA.path()).isEmpty());

    plugged = {stickA.path()};
    station.click(QStringLiteral("panelExport"));
    CHECK(panel->outcome().startsWith(QStringLiteral("Results written to ")));
    CHECK(panel->outcome().contains(QStringLiteral(".bundle: 1, encrypted")));
    const QStringList files = QDir(stickA.path()).entryList(QDir::Files);
    REQUIRE(files.size() == 1);
    CHECK(files.first().startsWith(QStringLiteral("exam-results-")));
    QFile bundle(QDir(stickA.path()).filePath(files.first()));
    REQUIRE(bundle.open(QIODevice::ReadOnly));
    auto opened = delivery::ResultBundle::open(bundle.readAll(), registry.bundleKeys.privateKey.view());
    REQUIRE(opened);
    CHECK(opened->records.size() == 1);
    CHECK(
        station.find<QLabel>(QStringLiteral("panelOutbox"))->text().contains(QStringLiteral("On an exported bundle")));
    CHECK(station.scalar(QStringLiteral(
              "SELECT count(*) FROM audit_events WHERE kind = 'results.exported' AND actor = 'proctor:demo'"))
          == 1);
    test::keepScreenshot(station.window, QStringLiteral("station-panel-exported"));
    // Pressed again at once (the test clock stands still): a second file, never a question about names.
    station.click(QStringLiteral("panelExport"));
    CHECK(panel->outcome().startsWith(QStringLiteral("Results written to ")));
    CHECK(QDir(stickA.path()).entryList(QDir::Files).size() == 2);
}

TEST_CASE("Demo station: when the audit log cannot record it, a proctor still leaves kiosk mode and an export says "
          "it went unrecorded",
          "[ui][station][delivery]")
{
    test::TestCa ca;
    test::IntakeUnderTest registry(ca);
    DemoStation station([&](storage::Database& database) {
        delivery::DeliverySettings settings;
        settings.bundleKey = registry.bundleKeys.publicKey;
        REQUIRE(delivery::DeliverySettingsStore::save(database, settings));
    });
    QTemporaryDir stick;
    station.controller->setDriveFinder([&stick] { return QStringList{stick.path()}; });
    station.setUp(QStringLiteral("C-7015"), QStringLiteral("Ari Audit"), QStringLiteral("CLA "));
    station.startModule();
    ProctorPanel* panel = station.openPanel();
    station.voidModule(QStringLiteral("test of a failing audit log"));
    // From here on the audit log refuses these two entries, as a damaged log would.
    REQUIRE(station.database->exec(QStringLiteral(
        "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_events WHEN NEW.kind IN ('results.exported', 'kiosk.left') "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    station.click(QStringLiteral("panelExport"));
    CHECK(panel->outcome().startsWith(QStringLiteral("Results written to ")));
    CHECK(panel->outcome().contains(QStringLiteral("The audit log could not record the export")));
    CHECK(QDir(stick.path()).entryList(QDir::Files).size() == 1);
    QSignalSpy left(station.controller.get(), &kiosk::KioskController::leaveAuthorized);
    station.click(QStringLiteral("panelLeave"));
    REQUIRE(qobject_cast<ProctorSignInScreen*>(station.screen())); // the PIN again first
    station.signIn();
    CHECK(left.count() == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'kiosk.left'")) == 0);
}

TEST_CASE("Demo station: a sitting on the Spanish bank shows Spanish when it follows the module and English when the "
          "proctor chose English, and the station is English again after each",
          "[ui][station][spanish]")
{
    DemoStation station;
    // The proctor sets up the Spanish CPT-SAF module with the language chosen on the set-up screen.
    const auto setUpSpanishBank = [&](const QString& candidateId, const QString& language) {
        station.click(QStringLiteral("messageAction"));
        station.signIn();
        REQUIRE(qobject_cast<SittingSetupScreen*>(station.screen()));
        station.find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(candidateId);
        station.find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(QStringLiteral("Sol Serrano"));
        station.find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
        const QList<QCheckBox*> spanish = station.modules(QStringLiteral("CPT-SAF Seguridad"));
        REQUIRE(spanish.size() == 1);
        spanish.first()->setChecked(true);
        auto* languages = station.find<QComboBox>(QStringLiteral("setupLanguage"));
        REQUIRE(languages->findData(language) >= 0);
        languages->setCurrentIndex(languages->findData(language));
        station.click(QStringLiteral("setupStart"));
        REQUIRE(qobject_cast<WelcomeScreen*>(station.screen()));
    };
    // The candidate says it is not them; the proctor ends the sitting.
    const auto endSitting = [&](const QString& action) {
        station.click(QStringLiteral("welcomeNo"));
        CHECK(station.find<QPushButton>(QStringLiteral("messageAction"))->text() == action);
        station.click(QStringLiteral("messageAction"));
        station.signIn();
        REQUIRE(qobject_cast<MessageScreen*>(station.screen()));
        CHECK(qobject_cast<MessageScreen*>(station.screen())->heading() == QStringLiteral("This station is ready"));
        CHECK(Language::current() == QStringLiteral("en"));
    };

    setUpSpanishBank(QStringLiteral("C-8001"), QString()); // follow the module's language
    CHECK(Language::current() == QStringLiteral("es"));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeTitle"))->text() == QStringLiteral("Le damos la bienvenida"));
    CHECK(station.find<QPushButton>(QStringLiteral("welcomeYes"))->text() == QStringLiteral("Sí, soy yo"));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeModule"))->text()
          == QStringLiteral("Módulo: Seguridad (CPT-SAF)."));
    test::keepScreenshot(station.window, QStringLiteral("station-welcome-es"));
    endSitting(QStringLiteral("Supervisor: terminar el turno"));
    CHECK(station.find<QPushButton>(QStringLiteral("messageAction"))->text()
          == QStringLiteral("Proctor: set up a sitting"));

    setUpSpanishBank(QStringLiteral("C-8002"), QStringLiteral("en"));
    CHECK(Language::current() == QStringLiteral("en"));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeTitle"))->text() == QStringLiteral("Welcome"));
    CHECK(station.find<QPushButton>(QStringLiteral("welcomeYes"))->text() == QStringLiteral("Yes, this is me"));
    CHECK(station.find<QLabel>(QStringLiteral("welcomeModule"))->text()
          == QStringLiteral("Module: Seguridad (CPT-SAF)."));
    endSitting(QStringLiteral("Proctor: end the sitting"));

    // What the proctor chose is stored with each sitting.
    session::AuditLog audit(*station.database, station.clock);
    session::Sittings sittings(*station.database, audit, station.clock);
    auto first = sittings.accommodations(station.scalar(QStringLiteral("SELECT min(id) FROM sittings")));
    auto second = sittings.accommodations(station.scalar(QStringLiteral("SELECT max(id) FROM sittings")));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->language.isEmpty());
    CHECK(second->language == QStringLiteral("en"));
}
