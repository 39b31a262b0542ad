#include "crypto/kdf.h"
#include "session/pinpepper.h"
#include "session/proctoraccounts.h"
#include "stationfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>
#include <vector>

using namespace exam;
using namespace exam::session;

namespace {

Sensitive<QString> secret(const char* text)
{
    return Sensitive<QString>(QString::fromLatin1(text));
}

} // namespace

TEST_CASE("Proctor accounts: the first account, then only signed-in proctors add more", "[session][proctor]")
{
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice Ames"), secret("482913"), nullptr));
    auto second = accounts.create(QStringLiteral("bob"), QStringLiteral("Bob"), secret("739104"), nullptr);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::NotAllowed);
    auto alice = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(alice);
    CHECK(alice->login() == QStringLiteral("alice"));
    REQUIRE(
        accounts.create(QStringLiteral("bob"), QStringLiteral("Bob Best"), secret("correct horse battery"), &*alice));
    CHECK(accounts.signIn(QStringLiteral("bob"), secret("correct horse battery")));
    auto twin = accounts.create(QStringLiteral("bob"), QStringLiteral("Another Bob"), secret("111222333"), &*alice);
    REQUIRE_FALSE(twin);
    CHECK(twin.error().code == ErrorCode::Conflict);
}

TEST_CASE("Proctor accounts: weak secrets and bad names are refused with the rule", "[session][proctor]")
{
    CHECK(ProctorAccounts::secretProblem(QStringLiteral("12345")).contains(QStringLiteral("6 digits")));
    CHECK(ProctorAccounts::secretProblem(QStringLiteral("123456")).isEmpty());
    CHECK(ProctorAccounts::secretProblem(QStringLiteral("short")).contains(QStringLiteral("10 characters")));
    CHECK(ProctorAccounts::secretProblem(QStringLiteral("a longer passphrase")).isEmpty());
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    CHECK(accounts.create(QStringLiteral("Alice!"), QStringLiteral("A"), secret("482913"), nullptr).error().code
          == ErrorCode::InvalidArgument);
    CHECK(accounts.create(QStringLiteral("alice"), QStringLiteral("A"), secret("1234"), nullptr).error().code
          == ErrorCode::InvalidArgument);
}

TEST_CASE("Proctor accounts: wrong PINs lock the account, growing, and a restart does not reset it",
          "[session][proctor]")
{
    test::StationFixture station;
    auto accounts =
        std::make_unique<ProctorAccounts>(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts->create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));

    for (int attempt = 1; attempt <= 4; ++attempt) {
        auto result = accounts->signIn(QStringLiteral("alice"), secret("000000"));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::AuthenticationFailed);
    }
    auto fifth = accounts->signIn(QStringLiteral("alice"), secret("000000"));
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().code == ErrorCode::LockedOut);
    CHECK(fifth.error().message.contains(QStringLiteral("30 seconds")));

    // The right PIN does not help while locked, not even after a restart.
    accounts.reset();
    station.reopen();
    accounts = std::make_unique<ProctorAccounts>(*station.database, station.clock, *station.audit, test::fastScrypt());
    station.clock.advance(std::chrono::seconds(29));
    auto stillLocked = accounts->signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE_FALSE(stillLocked);
    CHECK(stillLocked.error().code == ErrorCode::LockedOut);
    CHECK(stillLocked.error().message.contains(QStringLiteral("1 seconds")));

    // Each further failure doubles the lock-out, up to 15 minutes.
    station.clock.advance(std::chrono::seconds(1));
    qint64 expected = 60'000;
    for (int failures = 6; failures <= 12; ++failures) {
        auto result = accounts->signIn(QStringLiteral("alice"), secret("000000"));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::LockedOut);
        CHECK(ProctorAccounts::lockoutMs(failures) == std::min<qint64>(expected, 15 * 60'000));
        station.clock.advance(std::chrono::milliseconds(ProctorAccounts::lockoutMs(failures)));
        expected *= 2;
    }
    CHECK(ProctorAccounts::lockoutMs(40) == 15 * 60'000);

    // Once the lock-out has passed, the right PIN works and clears the count.
    REQUIRE(accounts->signIn(QStringLiteral("alice"), secret("482913")));
    CHECK(station.scalar(QStringLiteral("SELECT failed_attempts FROM proctors WHERE login = 'alice'")) == 0);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.locked-out'")) == 8);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.signin-failed'"))
          == 4);
    CHECK_FALSE(station.audit->firstBrokenLink()->has_value());
}

TEST_CASE("Proctor accounts: unknown names, disabled accounts and reset PINs", "[session][proctor]")
{
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));
    auto alice = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(alice);
    REQUIRE(accounts.create(QStringLiteral("bob"), QStringLiteral("Bob"), secret("739104"), &*alice));

    auto unknown = accounts.signIn(QStringLiteral("mallory"), secret("482913"));
    auto wrong = accounts.signIn(QStringLiteral("bob"), secret("000000"));
    REQUIRE_FALSE(unknown);
    REQUIRE_FALSE(wrong);
    CHECK(unknown.error().message == wrong.error().message); // no hint which names exist

    REQUIRE(accounts.setDisabled(QStringLiteral("bob"), true, *alice));
    auto disabled = accounts.signIn(QStringLiteral("bob"), secret("739104"));
    REQUIRE_FALSE(disabled);
    CHECK(disabled.error().code == ErrorCode::AccountDisabled);
    REQUIRE(accounts.setDisabled(QStringLiteral("bob"), false, *alice));
    REQUIRE(accounts.resetSecret(QStringLiteral("bob"), secret("a new passphrase"), *alice));
    CHECK_FALSE(accounts.signIn(QStringLiteral("bob"), secret("739104")));
    CHECK(accounts.signIn(QStringLiteral("bob"), secret("a new passphrase")));
    CHECK(accounts.resetSecret(QStringLiteral("nobody"), secret("a new passphrase"), *alice).error().code
          == ErrorCode::NotFound);
}

TEST_CASE("Proctor accounts: PINs are stored only as slow hashes", "[session][proctor]")
{
    test::StationFixture station;
    {
        ProctorAccounts accounts(*station.database, station.clock, *station.audit); // the station's real cost
        REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("90817263"), nullptr));
        CHECK(accounts.signIn(QStringLiteral("alice"), secret("90817263")));
        CHECK(station.scalar(QStringLiteral("SELECT scrypt_n FROM proctors")) >= (1 << 16));
    }
    station.database.reset();
    for (QDirIterator it(station.paths.dataFolder(), QDir::Files); it.hasNext();) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        INFO(file.fileName().toStdString());
        CHECK_FALSE(bytes.contains("90817263"));
    }
}

TEST_CASE("Proctor accounts: nobody disables themselves or the last proctor who can sign in", "[session][proctor]")
{
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));
    auto alice = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(alice);
    auto self = accounts.setDisabled(QStringLiteral("alice"), true, *alice);
    REQUIRE_FALSE(self);
    CHECK(self.error().code == ErrorCode::NotAllowed);

    REQUIRE(accounts.create(QStringLiteral("bob"), QStringLiteral("Bob"), secret("739104"), &*alice));
    auto bob = accounts.signIn(QStringLiteral("bob"), secret("739104"));
    REQUIRE(bob);
    REQUIRE(accounts.setDisabled(QStringLiteral("alice"), true, *bob)); // bob is still active
    // Bob is now the only one who can sign in: no one may take that away (alice, re-enabled by bob,
    // could disable bob again afterwards).
    REQUIRE(accounts.setDisabled(QStringLiteral("alice"), false, *bob));
    auto aliceAgain = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(aliceAgain);
    REQUIRE(accounts.setDisabled(QStringLiteral("bob"), true, *aliceAgain));
    auto last = accounts.setDisabled(QStringLiteral("alice"), true, *aliceAgain);
    REQUIRE_FALSE(last); // herself, and the last active one
    CHECK(last.error().code == ErrorCode::NotAllowed);
    auto accountsNow = accounts.list();
    REQUIRE(accountsNow);
    CHECK(std::count_if(accountsNow->cbegin(), accountsNow->cend(), [](const ProctorSummary& p) { return !p.disabled; })
          == 1);
}

TEST_CASE("Proctor accounts: recovery only when no other proctor can authorize, logged as the administrator",
          "[session][proctor]")
{
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));
    auto alice = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(alice);
    REQUIRE(accounts.create(QStringLiteral("bob"), QStringLiteral("Bob"), secret("739104"), &*alice));

    auto refused = accounts.recover(QStringLiteral("alice"), secret("111222"), QStringLiteral("ops"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotAllowed);
    CHECK(accounts.signIn(QStringLiteral("alice"), secret("482913"))); // nothing changed

    REQUIRE(accounts.setDisabled(QStringLiteral("bob"), true, *alice));
    for (int i = 0; i < 8; ++i) // alice forgets and is locked out
        (void)accounts.signIn(QStringLiteral("alice"), secret("000000"));
    CHECK(accounts.signIn(QStringLiteral("alice"), secret("482913")).error().code == ErrorCode::LockedOut);
    CHECK_FALSE(accounts.recover(QStringLiteral("alice"), secret("12"), QStringLiteral("ops"))); // weak PIN
    CHECK(accounts.recover(QStringLiteral("nobody"), secret("111222"), QStringLiteral("ops")).error().code
          == ErrorCode::NotFound);
    REQUIRE(accounts.recover(QStringLiteral("alice"), secret("111222"), QStringLiteral("ops")));
    CHECK(accounts.signIn(QStringLiteral("alice"), secret("111222")));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.recovered' AND "
                                        "actor = 'admin:ops' AND subject LIKE '%alice'"))
          == 1);
}

TEST_CASE("Proctor accounts: thirty sign-ins at once, one failure from the lock-out, get one try between them",
          "[session][proctor]")
{
    test::StationFixture station;
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(accounts.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));
    for (int attempt = 1; attempt <= 4; ++attempt)
        REQUIRE_FALSE(accounts.signIn(QStringLiteral("alice"), secret("000000")));

    // Thirty processes' worth: each its own connection, all let go at once.
    constexpr int Attempts = 30;
    std::latch ready(Attempts);
    std::atomic<int> lockedOut{0};
    std::atomic<int> otherwise{0};
    std::mutex problemsMutex;
    QStringList problems;
    const auto note = [&](const QString& problem) {
        std::lock_guard lock(problemsMutex);
        problems.append(problem);
    };
    // Opened here, one after the other (opening is not what is tested), used each in its own thread.
    std::vector<std::unique_ptr<storage::Database>> connections;
    for (int i = 0; i < Attempts; ++i) {
        auto database = storage::Database::open(station.paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        connections.push_back(std::move(*database));
    }
    std::vector<std::thread> attempts;
    for (int i = 0; i < Attempts; ++i)
        attempts.emplace_back([&, database = connections[i].get()] {
            AuditLog audit(*database, station.clock);
            ProctorAccounts own(*database, station.clock, audit, test::fastScrypt());
            ready.arrive_and_wait();
            auto result = own.signIn(QStringLiteral("alice"), secret("000000"));
            if (!result && result.error().code == ErrorCode::LockedOut) {
                ++lockedOut;
                return;
            }
            note(result ? QStringLiteral("signed in") : result.error().message);
            ++otherwise;
        });
    for (std::thread& attempt : attempts)
        attempt.join();
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    CHECK(lockedOut == Attempts);
    CHECK(otherwise == 0);
    // One attempt was counted (the fifth, which locked the account); the other 29 were refused before
    // any hashing, and each refusal is in the audit log.
    CHECK(station.scalar(QStringLiteral("SELECT failed_attempts FROM proctors WHERE login = 'alice'")) == 5);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.locked-out'")) == 1);
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.signin-refused'"))
          == Attempts - 1);
    CHECK_FALSE(station.audit->firstBrokenLink()->has_value());
}

TEST_CASE("Proctor accounts: PINs are hashed with the station's pepper, kept out of the database", "[session][proctor]")
{
    test::StationFixture station;
    const QString pepperFile = station.paths.dataFolder() + QStringLiteral("/pin-pepper.key");
    {
        // An account from before the pepper: its PIN still works, and is hashed again with the pepper.
        ProctorAccounts before(*station.database, station.clock, *station.audit, test::fastScrypt());
        REQUIRE(before.create(QStringLiteral("alice"), QStringLiteral("Alice"), secret("482913"), nullptr));
    }
    REQUIRE(station.scalar(QStringLiteral("SELECT peppered FROM proctors")) == 0);
    ProctorAccounts accounts(*station.database, station.clock, *station.audit, test::fastScrypt());
    REQUIRE(PinPepper::applyTo(pepperFile, accounts));
    CHECK(QFileInfo(pepperFile).size() == PinPepper::Size);
    CHECK((QFile::permissions(pepperFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    REQUIRE(accounts.signIn(QStringLiteral("alice"), secret("482913")));
    CHECK(station.scalar(QStringLiteral("SELECT peppered FROM proctors")) == 1);
    REQUIRE(accounts.signIn(QStringLiteral("alice"), secret("482913"))); // the same PIN, the new way
    auto alice = accounts.signIn(QStringLiteral("alice"), secret("482913"));
    REQUIRE(alice);
    REQUIRE(accounts.create(QStringLiteral("bob"), QStringLiteral("Bob"), secret("739104"), &*alice));
    CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM proctors WHERE peppered = 1")) == 2);

    // The database without the pepper is not enough: the stored hash is not scrypt(PIN, salt).
    {
        auto row = station.database->prepare(
            QStringLiteral("SELECT secret_hash, salt, scrypt_n, scrypt_r, scrypt_p FROM proctors WHERE login = 'bob'"));
        REQUIRE(row);
        REQUIRE(*row->step());
        auto plain = crypto::Kdf::scrypt(QByteArray("739104"), row->blob(1),
                                         {quint64(row->int64(2)), quint32(row->int64(3)), quint32(row->int64(4))},
                                         row->blob(0).size());
        REQUIRE(plain);
        CHECK(plain->view() != QByteArrayView(row->blob(0)));
    }

    // The same pepper next time; a missing one is not silently made anew, a damaged one is refused.
    {
        ProctorAccounts again(*station.database, station.clock, *station.audit, test::fastScrypt());
        REQUIRE(PinPepper::applyTo(pepperFile, again));
        CHECK(again.signIn(QStringLiteral("bob"), secret("739104")));
    }
    QFile::rename(pepperFile, pepperFile + QStringLiteral(".moved"));
    {
        ProctorAccounts lost(*station.database, station.clock, *station.audit, test::fastScrypt());
        auto missing = PinPepper::applyTo(pepperFile, lost);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().message.contains(QStringLiteral("examctl proctor recover")));
        CHECK_FALSE(QFile::exists(pepperFile));
        auto refused = lost.signIn(QStringLiteral("bob"), secret("739104"));
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("pin-pepper.key")));
    }
    {
        // The administrator's way out: the lost pepper replaced, every PIN forgotten, one proctor recovered
        // (allowed: nobody else can sign in now), the others told they need a new PIN.
        ProctorAccounts lost(*station.database, station.clock, *station.audit, test::fastScrypt());
        REQUIRE(PinPepper::replaceLost(pepperFile, lost, QStringLiteral("root")));
        CHECK(QFileInfo(pepperFile).size() == PinPepper::Size);
        auto list = lost.list();
        REQUIRE(list);
        CHECK(std::none_of(list->cbegin(), list->cend(), [](const ProctorSummary& p) { return p.hasPin; }));
        auto noPin = lost.signIn(QStringLiteral("alice"), secret("482913"));
        REQUIRE_FALSE(noPin);
        CHECK(noPin.error().message.contains(QStringLiteral("no PIN")));
        CHECK(station.scalar(QStringLiteral("SELECT failed_attempts FROM proctors WHERE login = 'alice'")) == 0);
        REQUIRE(lost.recover(QStringLiteral("bob"), secret("552211"), QStringLiteral("root")));
        CHECK(lost.signIn(QStringLiteral("bob"), secret("552211")));
        CHECK(station.scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE kind = 'proctor.pins-forgotten'"))
              == 1);
        // With bob able to sign in again, recovering alice is his to do (reset-pin), not the administrator's.
        CHECK_FALSE(lost.recover(QStringLiteral("alice"), secret("998877"), QStringLiteral("root")));
        QFile::remove(pepperFile + QStringLiteral(".moved"));
    }
    QFile damaged(pepperFile);
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("short");
    damaged.close();
    ProctorAccounts broken(*station.database, station.clock, *station.audit, test::fastScrypt());
    auto refused = PinPepper::applyTo(pepperFile, broken);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("damaged")));
}
