// A station upgraded with years of history: the migrations after schema 14 fill what item pools and
// the programme rules read (exposure counts, the items each candidate had met, the rules column)
// from the rows an older kiosk wrote, not only on an empty database.
#include "banks/bankcatalogue.h"
#include "session/sittings.h"
#include "stationfixture.h"

#include <QDir>

using namespace exam;

namespace {

// The station's database as a kiosk with schema 14 left it.
std::unique_ptr<storage::Database> openAtVersion14(const QString& path)
{
    const std::span<const storage::Migration> all = stationMigrations();
    REQUIRE(all.size() >= 14);
    REQUIRE(all[13].version == 14);
    auto opened = storage::Database::open(path, all.first(14));
    REQUIRE(opened);
    return std::move(*opened);
}

void run(storage::Database& database, const QString& sql)
{
    auto done = database.exec(sql);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
}

// A form of `items` for a session of `candidate`'s sitting, as schema 14 stored it.
void form(storage::Database& database, int session, const QString& candidate, const QString& bank,
          const QStringList& items, const QString& state = QStringLiteral("submitted"))
{
    run(database, QStringLiteral("INSERT OR IGNORE INTO candidates (id, name) VALUES ('%1', 'Casey')").arg(candidate));
    run(database, QStringLiteral("INSERT INTO sittings (id, candidate_id, created_at) VALUES (%1, '%2', "
                                 "'2025-0%1-01T08:00:00Z')")
                      .arg(session)
                      .arg(candidate));
    run(database, QStringLiteral("INSERT INTO sessions (id, sitting_id, position, bank_id, bank_sha256, state, seed, "
                                 "time_factor_pct, limit_ms, created_at, module_code) VALUES (%1, %1, 0, '%2', "
                                 "x'00', '%3', x'01', 100, 5400000, '2025-0%1-01T08:00:00Z', 'CPT-SAF')")
                      .arg(session)
                      .arg(bank, state));
    for (int position = 0; position < items.size(); ++position)
        run(database, QStringLiteral("INSERT INTO session_items (session_id, position, item_id, option_order) "
                                     "VALUES (%1, %2, '%3', '0,1,2,3')")
                          .arg(session)
                          .arg(position)
                          .arg(items[position]));
}

qint64 scalar(storage::Database& database, const QString& sql)
{
    auto query = database.prepare(sql);
    REQUIRE(query);
    auto row = query->step();
    REQUIRE(row);
    REQUIRE(*row);
    return query->int64(0);
}

} // namespace

TEST_CASE("Station upgrade from schema 14: exposures counted and items met marked from the forms already there",
          "[session][pools][migration]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("station.sqlite"));
    const QString bank = QStringLiteral("demo.cpt-safety.en");
    {
        auto old = openAtVersion14(path);
        // Casey failed in January and retook in February, after a sitting voided before it started; Robin
        // sat once. Another bank shares no counts.
        form(*old, 1, QStringLiteral("C-1"), bank, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        form(*old, 5, QStringLiteral("C-1"), bank, {QStringLiteral("D")}, QStringLiteral("voided"));
        form(*old, 6, QStringLiteral("C-1"), bank, {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
        form(*old, 3, QStringLiteral("C-2"), bank, {QStringLiteral("A"), QStringLiteral("E")});
        form(*old, 4, QStringLiteral("C-2"), QStringLiteral("demo.cla.en"), {QStringLiteral("L-1")});
        run(*old,
            QStringLiteral("INSERT INTO installed_banks (bank_id, version, sha256, file_name, module_code, title, "
                           "language, item_count, publisher_key_id, needs_release_code, installed_at) VALUES "
                           "('%1', 1, zeroblob(32), 'safety.exambank', 'CPT-SAF', 'Safety', 'en', 88, "
                           "'0123456789abcdef', 0, '2025-01-01T08:00:00Z')")
                .arg(bank));
        CHECK(scalar(*old, QStringLiteral("PRAGMA user_version")) == 14);
    }
    test::TestClock clock;
    auto upgraded = storage::Database::open(path, stationMigrations());
    REQUIRE(upgraded);
    storage::Database& database = **upgraded;
    CHECK(scalar(database, QStringLiteral("PRAGMA user_version")) == stationMigrations().back().version);

    // Exposure counts: the forms each item was on, per bank.
    const auto forms = [&database](const QString& bankId, const QString& item) {
        return scalar(database, QStringLiteral("SELECT coalesce(max(forms), 0) FROM item_exposures WHERE bank_id = "
                                               "'%1' AND item_id = '%2'")
                                    .arg(bankId, item));
    };
    CHECK(forms(bank, QStringLiteral("A")) == 2);
    CHECK(forms(bank, QStringLiteral("B")) == 2);
    CHECK(forms(bank, QStringLiteral("D")) == 2); // set up twice (exposure is counted at set-up)
    CHECK(forms(bank, QStringLiteral("L-1")) == 0);
    CHECK(forms(QStringLiteral("demo.cla.en"), QStringLiteral("L-1")) == 1);

    // What each candidate had met before each form: the retake's B and C, not D; nothing on first forms,
    // nothing across candidates.
    const auto seenBefore = [&database](int session, const QString& item) {
        return scalar(database,
                      QStringLiteral("SELECT seen_before FROM session_items WHERE session_id = %1 AND item_id = '%2'")
                          .arg(session)
                          .arg(item));
    };
    CHECK(seenBefore(6, QStringLiteral("B")) == 1);
    CHECK(seenBefore(6, QStringLiteral("C")) == 1);
    CHECK(seenBefore(6, QStringLiteral("D")) == 0); // only on the form voided unstarted
    CHECK(seenBefore(1, QStringLiteral("A")) == 0);
    CHECK(seenBefore(3, QStringLiteral("A")) == 0);

    // What set-up reads for the next retake, through the code that reads it.
    session::AuditLog audit(database, clock);
    session::Sittings sittings(database, audit, clock);
    auto seen = sittings.seenItems(QStringLiteral("C-1"));
    REQUIRE(seen);
    CHECK(*seen == QSet<QString>{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    auto exposures = sittings.exposures(bank);
    REQUIRE(exposures);
    CHECK(exposures->value(QStringLiteral("C")) == 2);
    CHECK(exposures->value(QStringLiteral("E")) == 1);

    // The installed banks of an older kiosk carry no rules: the standard table applies.
    CHECK(scalar(database, QStringLiteral("SELECT count(*) FROM installed_banks WHERE rules IS NULL")) == 1);
    auto rules = banks::BankCatalogue::installedRules(database, QDate(2026, 3, 2));
    REQUIRE(rules);
    CHECK(rules->retake(QStringLiteral("CPT-SAF")) == banks::RetakeRule{15, 3, 60});
}
