#include "stationfixture.h"

#include "crypto/sha256.h"

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

TEST_CASE("Audit log: a link is SHA-256 of the previous hash and the entry's canonical JSON, as logs already "
          "written were chained",
          "[session][audit]")
{
    test::StationFixture station;
    const auto transaction = station.database->begin();
    REQUIRE(transaction);
    const QString detail = QStringLiteral("question 7 \"quoted\" \\ é € 😀\nnew line");
    REQUIRE(station.audit->append(QStringLiteral("proctor:ana"), QStringLiteral("item.answered"),
                                  QStringLiteral("session:S-1"), detail));
    auto entries = station.audit->entries();
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const AuditLog::Entry& entry = entries->first();
    CHECK(entry.detail == detail);
    // The definition every existing log was chained with: the entry as canonical JSON (RFC 8785: keys
    // in order, these escapes, UTF-8), spelled out here rather than made by the code under test.
    const QByteArray json = R"({"actor":"proctor:ana","at":")" + entry.at.toUTC().toString(Qt::ISODateWithMs).toLatin1()
                            + R"(","detail":"question 7 \"quoted\" \\ )" + "\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"
                            + R"(\nnew line","kind":"item.answered","seq":1,"subject":"session:S-1"})";
    crypto::Sha256 hash;
    hash.addData(QByteArray(32, '\0'));
    hash.addData(json);
    const QByteArray expected = hash.result();
    CHECK(AuditLog::linkHash(QByteArray(32, '\0'), entry) == expected);
    auto head = station.audit->head();
    REQUIRE(head);
    CHECK(*head == expected);
}
