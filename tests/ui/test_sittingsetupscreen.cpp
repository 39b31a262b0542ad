// The proctor's set-up screen on its own, on a real station database: finding a candidate the
// station knows by id.
#include "../session/sessionfixture.h"
#include "sittingsetupscreen.h"
#include "uitestsupport.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace exam;
using namespace exam::ui;

namespace {

void enter(SittingSetupScreen& screen, const QString& field, const QString& text)
{
    auto* edit = screen.findChild<QLineEdit*>(field);
    REQUIRE(edit);
    edit->setText(text);
    Q_EMIT edit->editingFinished();
    test::settle();
}

QString nameOf(SittingSetupScreen& screen)
{
    return screen.findChild<QLineEdit*>(QStringLiteral("setupCandidateName"))->text();
}

} // namespace

TEST_CASE("Set-up screen: a candidate the station knows is found by id, the name filled in, a different name "
          "pointed out, a new one and a failed look-up said so",
          "[ui][setup]")
{
    test::SessionFixture station;
    station.newSession(); // C-1001, Casey Candidate
    station.newSession();
    session::Sittings sittings(*station.database, *station.audit, station.clock);
    SittingSetupScreen screen;
    screen.setCandidateLookup([&](const QString& id) { return sittings.candidate(id); });
    screen.resize(1024, 768);
    screen.show();

    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral(" C-1001 "));
    CHECK(nameOf(screen) == QStringLiteral("Casey Candidate"));
    CHECK(screen.candidateNote().startsWith(
        QStringLiteral("Known at this station: Casey Candidate (sittings here: 2, the last on")));
    CHECK(screen.findChild<QLabel*>(QStringLiteral("setupKnownCandidate"))->accessibleName() == screen.candidateNote());

    // A name typed that is not the one on file: said, not silently kept or replaced.
    enter(screen, QStringLiteral("setupCandidateName"), QStringLiteral("Casey Kandidate"));
    CHECK(nameOf(screen) == QStringLiteral("Casey Kandidate"));
    CHECK(screen.candidateNote().contains(QStringLiteral("The name entered is different")));

    // The id corrected to one the station does not know: the name filled in for the other goes too.
    screen.reset();
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-1001"));
    REQUIRE(nameOf(screen) == QStringLiteral("Casey Candidate"));
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-1002"));
    CHECK(nameOf(screen).isEmpty());
    // ... but a name the proctor typed stays, whatever the id.
    enter(screen, QStringLiteral("setupCandidateName"), QStringLiteral("Dana New"));
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-1003"));
    CHECK(nameOf(screen) == QStringLiteral("Dana New"));

    screen.reset();
    CHECK(screen.candidateNote().isEmpty());
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-9999"));
    CHECK(nameOf(screen).isEmpty());
    CHECK(screen.candidateNote()
          == QStringLiteral("New candidate at this station: enter the name as on the photo ID."));

    // The database fails: the proctor is told and can go on by hand.
    station.database->failAfter(0);
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-1001"));
    station.database->failAfter(-1);
    CHECK(screen.candidateNote().startsWith(QStringLiteral("This station could not look the candidate up")));
    CHECK(nameOf(screen).isEmpty());
}

TEST_CASE("Set-up screen: a module title with an ampersand is shown, measured and named as it is, with no shortcut",
          "[ui][setup]")
{
    QAccessible::setActive(true);
    SittingSetupScreen screen;
    screen.setModules({{QStringLiteral("bank.hs1"), QStringLiteral("HS1"), QStringLiteral("Health & Safety at Work"),
                        QStringLiteral("en"), 80}});
    screen.resize(1024, 768);
    screen.show();
    test::settle();
    QCheckBox* box = nullptr;
    for (QCheckBox* candidate : screen.findChildren<QCheckBox*>(QStringLiteral("setupModule")))
        box = candidate;
    REQUIRE(box);
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(box);
    REQUIRE(accessible);
    CHECK(accessible->text(QAccessible::Name) == QStringLiteral("HS1 Health & Safety at Work (en)"));
    CHECK(box->shortcut().isEmpty());
    // At its preferred width the title is on one line, as at any greater width ("&" measured as shown).
    CHECK(box->heightForWidth(box->sizeHint().width()) == box->heightForWidth(10 * box->sizeHint().width()));
    CHECK(box->sizeHint().width()
          > box->fontMetrics().horizontalAdvance(QStringLiteral("HS1 Health & Safety at Work (en)")));
    test::checkTextFits(&screen, QStringLiteral("set-up with an ampersand"));
}

TEST_CASE("Set-up screen: the screen-reader accommodation is offered where Orca can start, and greyed out saying "
          "what to install where it cannot",
          "[ui][setup]")
{
    SittingSetupScreen screen;
    auto* box = screen.findChild<QCheckBox*>(QStringLiteral("setupScreenReader"));
    REQUIRE(box);
    CHECK(box->isEnabled());
    CHECK(box->accessibleDescription().contains(QStringLiteral("Orca")));
    box->setChecked(true);
    const QString missing = QStringLiteral("The screen reader cannot be started on this station: install orca.");
    screen.setScreenReaderMissing(missing);
    CHECK_FALSE(box->isEnabled());
    CHECK_FALSE(box->isChecked());
    CHECK(box->accessibleDescription() == missing);
    bool hintShown = false;
    for (const QLabel* label : screen.findChildren<QLabel*>())
        hintShown = hintShown || label->text() == missing;
    CHECK(hintShown);
    screen.setScreenReaderMissing({});
    CHECK(box->isEnabled());
}
