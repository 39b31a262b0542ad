#pragma once
// The whole demo station as exam-kiosk runs it (offscreen): real demo bank files, the demo proctor,
// a data folder of its own (a throw-away one, or one the test gives, e.g. on a small disk), and the
// steps a proctor and a candidate take on it.

#include "banks/bankcatalogue.h"
#include "demostation.h"
#include "itemscreen.h"
#include "kioskcontroller.h"
#include "kioskwindow.h"
#include "proctorpanel.h"
#include "proctorsigninscreen.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace exam::test {

struct DemoStation
{
    QTemporaryDir dir;
    StationPaths paths;
    test::TestClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<banks::BankCatalogue> catalogue;
    ui::KioskWindow window;
    std::unique_ptr<kiosk::KioskController> controller;

    QString stampFile() const { return QDir(paths.dataFolder()).filePath(QStringLiteral("demo-banks.stamp")); }

    // `beforeStart` sees the station's database before the kiosk opens it (its settings, say).
    explicit DemoStation(const std::function<void(storage::Database&)>& beforeStart = {}, const QString& folder = {})
        : paths(folder.isEmpty() ? dir.path() + QStringLiteral("/station") : folder)
    {
        REQUIRE(paths.ensureExists());
        auto opened = storage::Database::open(paths.databaseFile(), stationMigrations());
        REQUIRE(opened);
        database = std::move(*opened);
        catalogue = std::make_unique<banks::BankCatalogue>(*database, paths.banksFolder(), clock);
        auto keys = kiosk::loadDemoKeys(QStringLiteral(EXAM_DEMO_BANKS_DIR));
        REQUIRE(keys);
        CHECK(kiosk::installDemoBanks(*catalogue, *keys, QStringLiteral(EXAM_DEMO_BANKS_DIR), stampFile()).isEmpty());
        session::AuditLog audit(*database, clock);
        session::ProctorAccounts accounts(*database, clock, audit);
        REQUIRE(kiosk::ensureDemoProctor(accounts));
        if (beforeStart)
            beforeStart(*database);
        controller =
            std::make_unique<kiosk::KioskController>(*database, paths, clock, *catalogue, std::move(*keys), window);
        window.resize(1024, 768);
        window.show();
        controller->start();
        test::settle();
    }

    QWidget* screen() const { return window.currentScreen(); }

    template<typename T>
    T* find(const QString& name) const
    {
        auto* widget = screen()->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(widget);
        return widget;
    }

    void click(const QString& name)
    {
        QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton);
        test::settle();
    }

    // The proctor signs in: login typed, PIN on the pad.
    void signIn(const QString& pin = QString::fromLatin1(kiosk::DemoProctorPin))
    {
        REQUIRE(qobject_cast<ui::ProctorSignInScreen*>(screen()));
        auto* login = find<QLineEdit>(QStringLiteral("signInLogin"));
        login->setText(QString::fromLatin1(kiosk::DemoProctorLogin));
        for (const QChar digit : pin)
            click(QStringLiteral("pinKey%1").arg(digit));
        click(QStringLiteral("signInSubmit"));
    }

    // The set-up screen's module check boxes whose text starts with `prefix` ("CLA ").
    QList<QCheckBox*> modules(const QString& prefix)
    {
        QList<QCheckBox*> found;
        for (QCheckBox* box : find<QWidget>(QStringLiteral("setupModules"))->findChildren<QCheckBox*>())
            if (box->text().startsWith(prefix))
                found.append(box);
        return found;
    }

    // From the station screen: the proctor signs in and sets up one module for a candidate; with a
    // reason, a module the rules refuse is set up anyway.
    void setUp(const QString& candidateId, const QString& name, const QString& modulePrefix,
               const QString& overrideReason = {})
    {
        click(QStringLiteral("messageAction"));
        signIn();
        find<QLineEdit>(QStringLiteral("setupCandidateId"))->setText(candidateId);
        find<QLineEdit>(QStringLiteral("setupCandidateName"))->setText(name);
        find<QCheckBox>(QStringLiteral("setupPhotoId"))->setChecked(true);
        const QList<QCheckBox*> chosen = modules(modulePrefix);
        REQUIRE_FALSE(chosen.isEmpty());
        chosen.first()->setChecked(true);
        if (!overrideReason.isEmpty())
            find<QLineEdit>(QStringLiteral("setupOverrideReason"))->setText(overrideReason);
        click(QStringLiteral("setupStart"));
    }

    // From the welcome screen to the first item: the candidate confirms and is ready, the proctor starts.
    void startModule()
    {
        click(QStringLiteral("welcomeYes"));
        click(QStringLiteral("practiceReady"));
        click(QStringLiteral("messageAction"));
        signIn();
        REQUIRE(qobject_cast<ui::ItemScreen*>(screen()));
    }

    // The proctor's chord (the default one), then the PIN: the proctor panel.
    ui::ProctorPanel* openPanel()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        test::settle();
        signIn();
        auto* panel = qobject_cast<ui::ProctorPanel*>(screen());
        REQUIRE(panel);
        return panel;
    }

    // From the panel: the module voided with a reason (the PIN asked again), back on the panel.
    void voidModule(const QString& reason)
    {
        find<QLineEdit>(QStringLiteral("panelReason"))->setText(reason);
        click(QStringLiteral("panelVoid"));
        signIn();
        REQUIRE(qobject_cast<ui::ProctorPanel*>(screen()));
    }

    qint64 scalar(const QString& sql)
    {
        auto query = database->prepare(sql);
        REQUIRE(query);
        REQUIRE(*query->step());
        return query->int64(0);
    }
};

} // namespace exam::test
