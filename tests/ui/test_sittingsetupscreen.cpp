// The proctor's set-up screen on its own, on a real station database: finding a candidate the
// station knows by id.
#include "../session/sessionfixture.h"
#include "sittingsetupscreen.h"
#include "uitestsupport.h"

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
    CHECK(screen.candidateNote().startsWith(QStringLiteral("Known at this station: Casey Candidate (sittings here: 2, the last on")));
    CHECK(screen.findChild<QLabel*>(QStringLiteral("setupKnownCandidate"))->accessibleName() == screen.candidateNote());

    // A name typed that is not the one on file: said, not silently kept or replaced.
    enter(screen, QStringLiteral("setupCandidateName"), QStringLiteral("Casey Kandidate"));
    CHECK(nameOf(screen) == QStringLiteral("Casey Kandidate"));
    CHECK(screen.candidateNote().contains(QStringLiteral("The name entered is different")));

    screen.reset();
    CHECK(screen.candidateNote().isEmpty());
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-9999"));
    CHECK(nameOf(screen).isEmpty());
    CHECK(screen.candidateNote() == QStringLiteral("New candidate at this station: enter the name as on the photo ID."));

    // The database fails: the proctor is told and can go on by hand.
    station.database->failAfter(0);
    enter(screen, QStringLiteral("setupCandidateId"), QStringLiteral("C-1001"));
    station.database->failAfter(-1);
    CHECK(screen.candidateNote().startsWith(QStringLiteral("This station could not look the candidate up")));
    CHECK(nameOf(screen).isEmpty());
}
