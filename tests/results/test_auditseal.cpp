// The audit log keyed to the station: signed checkpoints and the heads in signed results show an
// edited chain whose hashes were recomputed, a chain cut at its end, and the entries no signature
// covers yet.
#include "results/auditseal.h"
#include "resultstation.h"

using namespace exam;
using namespace exam::test;

namespace {

// An attacker with write access to the database and none to the key: entries from `seq` on are
// replaced by others, each hash recomputed as the log itself would, so the chain alone checks out.
void rewriteFrom(ResultStation& station, qint64 seq)
{
    REQUIRE(station.database->exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= %1").arg(seq)));
    REQUIRE(station.audit->append(QStringLiteral("station"), QStringLiteral("nothing.happened"),
                                  QStringLiteral("station"), QString()));
}

} // namespace

TEST_CASE("Audit seal: an intact log, and how much of it the station's signatures cover", "[results][audit]")
{
    ResultStation station;
    auto engine = station.running();
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("test"))); // a signed result
    auto report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK(report->lastSealedSeq > 0); // the result's head
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock));
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock)); // the same head: once
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_checkpoints")) == 1);
    report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK(report->lastSealedSeq == report->entries);
    CHECK(report->unsealedEntries == 0);
    // Entries after the last signature are intact but said to be unsigned.
    REQUIRE(station.audit->append(QStringLiteral("station"), QStringLiteral("later"), QStringLiteral("x"), QString()));
    report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK(report->unsealedEntries == 1);
}

TEST_CASE("Audit seal: entries rewritten with their hashes recomputed are found", "[results][audit]")
{
    ResultStation station;
    auto engine = station.running();
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("test")));
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock));
    const qint64 sealed = station.scalar(QStringLiteral("SELECT max(seq) FROM audit_checkpoints"));
    rewriteFrom(station, sealed - 1);
    CHECK_FALSE(*station.audit->firstBrokenLink()); // the chain alone says nothing
    auto report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    REQUIRE_FALSE(report->problems.isEmpty());
    CHECK(report->problems.join(u' ').contains(QStringLiteral("rewritten")));
    // The station does not sign the rewritten log at its next start.
    auto signedAgain = results::AuditSeal::seal(*station.database, *station.key, station.clock);
    REQUIRE_FALSE(signedAgain);
    CHECK(signedAgain.error().message.contains(QStringLiteral("does not sign")));
}

TEST_CASE("Audit seal: the newest entries cut off are found, even with nothing after them", "[results][audit]")
{
    ResultStation station;
    auto engine = station.running();
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("test")));
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock));
    const qint64 sealed = station.scalar(QStringLiteral("SELECT max(seq) FROM audit_checkpoints"));
    REQUIRE(station.database->exec(QStringLiteral("DELETE FROM audit_events WHERE seq >= %1").arg(sealed - 2)));
    CHECK_FALSE(*station.audit->firstBrokenLink());
    auto report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    REQUIRE_FALSE(report->problems.isEmpty());
    CHECK(report->problems.join(u' ').contains(QStringLiteral("cut from its end")));
}

TEST_CASE("Audit seal: a result's head gone from the log is found without any checkpoint", "[results][audit]")
{
    ResultStation station;
    auto engine = station.running();
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("test")));
    // The newest entries (those the result was signed after) removed and the log continued anew.
    const qint64 last = station.scalar(QStringLiteral("SELECT max(seq) FROM audit_events"));
    rewriteFrom(station, last - 1);
    auto report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    REQUIRE_FALSE(report->problems.isEmpty());
    CHECK(report->problems.join(u' ').contains(QStringLiteral("no longer holds")));
}

TEST_CASE("Audit seal: a checkpoint not signed by the station's key is refused", "[results][audit]")
{
    ResultStation station;
    REQUIRE(station.audit->append(QStringLiteral("station"), QStringLiteral("k"), QStringLiteral("s"), QString()));
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock));
    REQUIRE(station.database->exec(QStringLiteral("UPDATE audit_checkpoints SET at = '2030-01-01T00:00:00.000Z'")));
    auto report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().contains(QStringLiteral("not signed by this station")));
}

TEST_CASE("Audit seal: without the station's public key the chain alone is checked, no false alarm", "[results][audit]")
{
    ResultStation station;
    auto engine = station.running();
    REQUIRE(engine->voidSession(station.proctor(), QStringLiteral("test")));
    REQUIRE(results::AuditSeal::seal(*station.database, *station.key, station.clock));
    auto report = results::AuditSeal::verify(*station.database, QByteArray());
    REQUIRE(report);
    CHECK(report->problems.isEmpty());
    CHECK_FALSE(report->signaturesChecked);
    // A result changed under this station's key is found.
    REQUIRE(station.database->exec(QStringLiteral("UPDATE results SET record = CAST(replace(CAST(record AS TEXT), "
                                                  "'\"voided\"', '\"submitted\"') AS BLOB)")));
    report = results::AuditSeal::verify(*station.database, station.key->publicKey());
    REQUIRE(report);
    CHECK(report->problems.join(u' ').contains(QStringLiteral("does not verify")));
}
