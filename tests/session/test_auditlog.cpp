#include "stationfixture.h"

using namespace exam;
using namespace exam::session;

namespace {

void appendSome(test::StationFixture& station, int count)
{
    for (int i = 0; i < count; ++i) {
        auto transaction = station.database->begin();
        REQUIRE(transaction);
        REQUIRE(station.audit->append(QStringLiteral("station"), QStringLiteral("test.event"),
                                      QStringLiteral("session:%1").arg(i), QStringLiteral("entry %1").arg(i)));
        REQUIRE(transaction->commit());
        station.clock.advance(std::chrono::seconds(1));
    }
}

} // namespace

TEST_CASE("Audit log: entries chain and verify", "[session][audit]")
{
    test::StationFixture station;
    auto emptyHead = station.audit->head();
    REQUIRE(emptyHead);
    CHECK(*emptyHead == QByteArray(32, '\0'));
    appendSome(station, 5);
    CHECK_FALSE(station.audit->firstBrokenLink()->has_value());
    auto head = station.audit->head();
    REQUIRE(head);
    CHECK(*head != *emptyHead);
    auto entries = station.audit->entries();
    REQUIRE(entries);
    REQUIRE(entries->size() == 5);
    CHECK(entries->at(2).subject == QStringLiteral("session:2"));
    CHECK(entries->at(4).at == entries->at(0).at.addSecs(4));

    SECTION("an edited entry breaks its own link")
    {
        REQUIRE(station.database->exec(
            QStringLiteral("UPDATE audit_events SET detail = 'nothing happened' WHERE seq = 3")));
        CHECK(station.audit->firstBrokenLink()->value_or(0) == 3);
    }
    SECTION("a removed entry breaks the next link")
    {
        REQUIRE(station.database->exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2")));
        CHECK(station.audit->firstBrokenLink()->value_or(0) == 3);
    }
    SECTION("a rewritten hash breaks the link after it")
    {
        REQUIRE(station.database->exec(QStringLiteral("UPDATE audit_events SET hash = zeroblob(32) WHERE seq = 4")));
        CHECK(station.audit->firstBrokenLink()->value_or(0) == 4);
    }
    SECTION("an entry is part of the caller's transaction")
    {
        {
            auto transaction = station.database->begin();
            REQUIRE(transaction);
            REQUIRE(
                station.audit->append(QStringLiteral("station"), QStringLiteral("rolled.back"), QString(), QString()));
        } // not committed
        CHECK(station.audit->entries()->size() == 5);
        CHECK(*station.audit->head() == *head);
    }
}
