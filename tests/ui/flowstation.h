#pragma once
// A module shown to the candidate through the real engine, result recorder and score report, with the
// candidate's ways to act on it: for the flow tests and the accessibility tests.
#include "../results/resultstation.h"
#include "candidateflow.h"
#include "itemscreen.h"
#include "kioskwindow.h"
#include "messagescreen.h"
#include "results/scorereport.h"
#include "uitestsupport.h"
#include "welcomescreen.h"

#include <QAbstractButton>
#include <QTest>

namespace exam::test {

// The accommodations of a candidate who may take breaks (everything else standard).
inline session::Accommodations withBreaks()
{
    session::Accommodations accommodations;
    accommodations.breaks = true;
    return accommodations;
}

struct FlowStation : ResultStation
{
    std::unique_ptr<session::SessionEngine> engine;
    ui::KioskWindow window;
    ui::CandidateFlow flow{&window};

    explicit FlowStation(QSize size = {1024, 768}, const QString& nextModule = {},
                         const session::Accommodations& accommodations = {})
    {
        engine = SessionFixture::engine(newSession(accommodations));
        engine->setFinisher([this](qint64 id) { return recorder->record(id); });
        flow.setReportProvider([this](qint64 id) { return results::ScoreReports::forSession(*database, id, content); });
        show(nextModule);
        window.resize(size);
        window.show();
        settle();
    }

    // The kiosk dies without closing anything and starts again on the same station: a new engine
    // on the same session, shown by the same flow.
    void crashAndRestart(const QString& nextModule = {})
    {
        const qint64 id = engine->sessionId();
        engine.reset();
        restart();
        recorder = std::make_unique<results::ResultRecorder>(*database, *audit, clock, *key, content);
        engine = SessionFixture::engine(id);
        engine->setFinisher([this](qint64 s) { return recorder->record(s); });
        show(nextModule);
        settle();
    }

    void show(const QString& nextModule = {})
    {
        ui::WelcomeScreen::Details details{QStringLiteral("Casey Candidate"),
                                           QStringLiteral("C-1001"),
                                           content.module.title,
                                           content.module.code,
                                           engine->itemCount(),
                                           content.module.timeLimitMinutes,
                                           engine->timeFactorPercent(),
                                           1,
                                           nextModule.isEmpty() ? 1 : 2,
                                           engine->breaksAllowed()};
        flow.showModule({engine.get(), &content, details, nextModule});
    }

    QWidget* screen() const { return flow.currentScreen(); }

    // From the welcome screen to the first item: the candidate confirms and is ready, the proctor
    // starts the clock.
    ui::ItemScreen* startItems()
    {
        click(QStringLiteral("welcomeYes"));
        click(QStringLiteral("practiceReady"));
        REQUIRE(engine->start(proctor()));
        settle();
        auto* items = qobject_cast<ui::ItemScreen*>(screen());
        REQUIRE(items);
        return items;
    }
    QString heading() { return flow.messageScreen()->heading(); }

    // Presses a key on whatever has the keyboard, as a candidate would.
    void press(Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : screen();
        QTest::keyClick(target, key);
        settle();
    }

    // Tabs until the button with this name has the focus, then presses Space on it.
    void pressButton(const QString& name)
    {
        for (int i = 0; i < 40 && (!QApplication::focusWidget() || QApplication::focusWidget()->objectName() != name);
             ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : screen(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget());
        REQUIRE(QApplication::focusWidget()->objectName() == name);
        press(Qt::Key_Space);
    }

    void click(const QString& name)
    {
        auto* button = screen()->findChild<QAbstractButton*>(name);
        REQUIRE(button);
        QTest::mouseClick(button, Qt::LeftButton);
        settle();
    }
};

} // namespace exam::test
