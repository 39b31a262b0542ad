#include "stationschema.h"

namespace exam {

std::span<const storage::Migration> stationMigrations()
{
    static const storage::Migration migrations[] = {
        {1, QStringLiteral(R"sql(
            CREATE TABLE settings (
                key   TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) STRICT;
        )sql")},
        // The item banks installed in the banks folder: one row per bank id, the newest version.
        {2, QStringLiteral(R"sql(
            CREATE TABLE installed_banks (
                bank_id          TEXT PRIMARY KEY NOT NULL,
                version          INTEGER NOT NULL CHECK (version >= 1),
                sha256           BLOB NOT NULL CHECK (length(sha256) = 32),
                file_name        TEXT NOT NULL UNIQUE,
                module_code      TEXT NOT NULL,
                title            TEXT NOT NULL,
                language         TEXT NOT NULL,
                item_count       INTEGER NOT NULL,
                publisher_key_id TEXT NOT NULL,
                needs_release_code INTEGER NOT NULL CHECK (needs_release_code IN (0, 1)),
                installed_at     TEXT NOT NULL
            ) STRICT;
        )sql")},
        // Proctors, the audit chain, and the sessions with their forms and responses.
        {3, QStringLiteral(R"sql(
            CREATE TABLE proctors (
                id               INTEGER PRIMARY KEY,
                login            TEXT NOT NULL UNIQUE,
                display_name     TEXT NOT NULL,
                secret_hash      BLOB NOT NULL,
                salt             BLOB NOT NULL,
                scrypt_n         INTEGER NOT NULL,
                scrypt_r         INTEGER NOT NULL,
                scrypt_p         INTEGER NOT NULL,
                failed_attempts  INTEGER NOT NULL DEFAULT 0,
                locked_until_ms  INTEGER NOT NULL DEFAULT 0,
                disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                created_at       TEXT NOT NULL
            ) STRICT;
            CREATE TABLE audit_events (
                seq        INTEGER PRIMARY KEY,
                at         TEXT NOT NULL,
                actor      TEXT NOT NULL,
                kind       TEXT NOT NULL,
                subject    TEXT NOT NULL,
                detail     TEXT NOT NULL,
                prev_hash  BLOB NOT NULL,
                hash       BLOB NOT NULL
            ) STRICT;
            CREATE TABLE candidates (
                id    TEXT PRIMARY KEY NOT NULL,
                name  TEXT NOT NULL
            ) STRICT;
            CREATE TABLE sittings (
                id            INTEGER PRIMARY KEY,
                candidate_id  TEXT NOT NULL REFERENCES candidates (id),
                created_at    TEXT NOT NULL,
                closed        INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
            ) STRICT;
            CREATE TABLE sessions (
                id                INTEGER PRIMARY KEY,
                sitting_id        INTEGER NOT NULL REFERENCES sittings (id),
                position          INTEGER NOT NULL,
                bank_id           TEXT NOT NULL,
                bank_sha256       BLOB NOT NULL,
                state             TEXT NOT NULL,
                seed              BLOB NOT NULL,
                time_factor_pct   INTEGER NOT NULL,     -- 100, 125, 150, 200; 0 = untimed
                limit_ms          INTEGER NOT NULL,
                extensions_ms     INTEGER NOT NULL DEFAULT 0,
                elapsed_ms        INTEGER NOT NULL DEFAULT 0,
                current_position  INTEGER NOT NULL DEFAULT 0,
                end_reason        TEXT NOT NULL DEFAULT '',
                created_at        TEXT NOT NULL,
                UNIQUE (sitting_id, position)
            ) STRICT;
            CREATE TABLE session_items (
                session_id    INTEGER NOT NULL REFERENCES sessions (id),
                position      INTEGER NOT NULL,
                item_id       TEXT NOT NULL,
                option_order  TEXT NOT NULL,           -- bank option indexes in display order, "2,0,1,3"
                PRIMARY KEY (session_id, position)
            ) STRICT;
            CREATE TABLE responses (
                session_id  INTEGER NOT NULL REFERENCES sessions (id),
                position    INTEGER NOT NULL,
                choice      INTEGER,                   -- displayed option index; NULL = unanswered
                flagged     INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
                changes     INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (session_id, position)
            ) STRICT;
        )sql")},
        // Signed result records and their delivery state (the transactional outbox), and when each
        // answer was given.
        {4, QStringLiteral(R"sql(
            ALTER TABLE responses ADD COLUMN answered_at_ms INTEGER;
            CREATE TABLE results (
                id          TEXT PRIMARY KEY NOT NULL,          -- UUID v4, the idempotency key
                session_id  INTEGER NOT NULL UNIQUE REFERENCES sessions (id),
                record      BLOB NOT NULL,                      -- RFC 8785 canonical JSON, as signed
                signature   BLOB NOT NULL,                      -- Ed25519 by the station key
                created_at  TEXT NOT NULL
            ) STRICT;
            CREATE TABLE outbox (
                result_id        TEXT PRIMARY KEY NOT NULL REFERENCES results (id),
                state            TEXT NOT NULL DEFAULT 'pending',
                attempts         INTEGER NOT NULL DEFAULT 0,
                last_error       TEXT NOT NULL DEFAULT '',
                next_attempt_at  TEXT NOT NULL DEFAULT '',
                delivered_at     TEXT NOT NULL DEFAULT '',
                receipt          BLOB
            ) STRICT;
        )sql")},
        // Each scored attempt at a module, for the retake rule and the credentials on the report (the
        // signed record stays the truth; this is its index), the proctor's reason when a session was
        // set up against the retake rule, and each session's module code (one open session per module).
        {5, QStringLiteral(R"sql(
            CREATE TABLE module_attempts (
                result_id     TEXT PRIMARY KEY NOT NULL REFERENCES results (id),
                candidate_id  TEXT NOT NULL REFERENCES candidates (id),
                module_code   TEXT NOT NULL,
                taken_on      TEXT NOT NULL,                  -- the station's local date, YYYY-MM-DD
                passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
                percent       INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX module_attempts_by_candidate ON module_attempts (candidate_id, module_code);
            ALTER TABLE sessions ADD COLUMN rule_override TEXT NOT NULL DEFAULT '';
            ALTER TABLE sessions ADD COLUMN module_code TEXT NOT NULL DEFAULT '';
        )sql")},
        // Delivery: the intake's receipt signature next to the receipt, and when a record left on an
        // offline bundle (exported is not delivered: the record keeps being offered to the intake).
        {6, QStringLiteral(R"sql(
            ALTER TABLE outbox ADD COLUMN receipt_signature BLOB;
            ALTER TABLE outbox ADD COLUMN exported_at TEXT NOT NULL DEFAULT '';
            CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
        )sql")},
        // Accommodations besides time (read-aloud, text size, colour scheme, the proctor's note), as JSON:
        // the kiosk applies them from the candidate's first screen, again after a restart.
        {7, QStringLiteral(R"sql(
            ALTER TABLE sittings ADD COLUMN accommodations TEXT NOT NULL DEFAULT '{}';
        )sql")},
        // The candidate's own breaks (A6): how many were taken and how long they lasted, in the record.
        {8, QStringLiteral(R"sql(
            ALTER TABLE sessions ADD COLUMN breaks_taken INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE sessions ADD COLUMN break_ms INTEGER NOT NULL DEFAULT 0;
        )sql")},
        // The options a candidate struck out with the answer eliminator (A7), so that a restart keeps
        // them: a bit for each displayed option (bit 0 = A).
        {9, QStringLiteral(R"sql(
            ALTER TABLE responses ADD COLUMN struck INTEGER NOT NULL DEFAULT 0 CHECK (struck BETWEEN 0 AND 31);
        )sql")},
        // The display the candidate chose during the sitting (colour scheme, text size), so that a restart
        // shows it again rather than the set-up's: JSON, NULL until the candidate changes something.
        {10, QStringLiteral(R"sql(
            ALTER TABLE sittings ADD COLUMN candidate_display TEXT;
        )sql")},
        // The highest version of each bank id this station ever installed, and its publisher: kept when the
        // bank is removed, so removing v2 does not let v1 back in (rollback protection for good).
        {11, QStringLiteral(R"sql(
            CREATE TABLE bank_high_water (
                bank_id           TEXT PRIMARY KEY NOT NULL,
                highest_version   INTEGER NOT NULL,
                publisher_key_id  TEXT NOT NULL
            ) STRICT;
            INSERT INTO bank_high_water (bank_id, highest_version, publisher_key_id)
                SELECT bank_id, version, publisher_key_id FROM installed_banks;
        )sql")},
        // Whether a proctor's PIN is hashed with the station's pepper (pin-pepper.key, kept outside this
        // database); those hashed before it are hashed again at their next sign-in.
        {12, QStringLiteral(R"sql(
            ALTER TABLE proctors ADD COLUMN peppered INTEGER NOT NULL DEFAULT 0 CHECK (peppered IN (0, 1));
        )sql")},
        // The audit log's head signed by the station now and then (results::AuditSeal): an edited or cut
        // chain can be recomputed, these signatures cannot.
        {13, QStringLiteral(R"sql(
            CREATE TABLE audit_checkpoints (
                seq        INTEGER PRIMARY KEY,
                hash       BLOB NOT NULL,
                at         TEXT NOT NULL,
                signature  BLOB NOT NULL
            ) STRICT;
        )sql")},
        // How long a session's clock stood still because nothing could be saved (a full disk): the
        // candidate is not charged for it, and the result says it.
        {14, QStringLiteral(R"sql(
            ALTER TABLE sessions ADD COLUMN storage_held_ms INTEGER NOT NULL DEFAULT 0;
        )sql")},
        // Item pools: whether an item was on one of the candidate's earlier forms (the result record
        // says which items were new), the forms each item has been on (counted at set-up: a count over
        // session_items would read every form the station ever made), and the index retakes read by.
        {15, QStringLiteral(R"sql(
            ALTER TABLE session_items ADD COLUMN seen_before INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE item_exposures (
                bank_id  TEXT NOT NULL,
                item_id  TEXT NOT NULL,
                forms    INTEGER NOT NULL,
                PRIMARY KEY (bank_id, item_id)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO item_exposures (bank_id, item_id, forms)
                SELECT s.bank_id, i.item_id, count(*) FROM session_items i JOIN sessions s ON s.id = i.session_id
                GROUP BY s.bank_id, i.item_id;
            CREATE INDEX sittings_by_candidate ON sittings (candidate_id);
            -- Forms set up before the upgrade: what their candidates had met on earlier forms they worked
            -- on (as Sittings::seenItems reads it: not a form set up and never started).
            UPDATE session_items AS i SET seen_before = 1 WHERE EXISTS (
                SELECT 1 FROM sessions me JOIN sittings mine ON mine.id = me.sitting_id
                JOIN sittings t ON t.candidate_id = mine.candidate_id
                JOIN sessions s ON s.sitting_id = t.id AND s.id < me.id
                    AND s.state NOT IN ('created', 'awaiting-proctor')
                    AND (s.state <> 'voided' OR s.elapsed_ms > 0 OR s.current_position > 0)
                JOIN session_items j ON j.session_id = s.id AND j.item_id = i.item_id
                WHERE me.id = i.session_id);
        )sql")},
        // The programme's rules a bank's header carries (format 4, JSON as banks::ModuleRules writes it):
        // what the station applies for retakes, prerequisites and credentials, read without the bank's key.
        {16, QStringLiteral(R"sql(
            ALTER TABLE installed_banks ADD COLUMN rules TEXT CHECK (rules IS NULL OR json_valid(rules));
        )sql")},
        // The room console the station joined (examctl room join): where it listens, the pin of its key,
        // the station's name on the console's tiles, and the sequence number of the last action the
        // console sent, so that no action is applied twice.
        {17, QStringLiteral(R"sql(
            CREATE TABLE room_console (
                id             INTEGER PRIMARY KEY CHECK (id = 1),
                host           TEXT NOT NULL,
                port           INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
                pin            BLOB NOT NULL CHECK (length(pin) = 32),
                name           TEXT NOT NULL,
                station_name   TEXT NOT NULL,
                joined_at      TEXT NOT NULL,
                last_sequence  INTEGER NOT NULL DEFAULT 0
            ) STRICT;
        )sql")},
        // The replica of every session (issue 26, session::ReplicaJournal): each committed step, chained per
        // session, written with the step itself; what a room console keeps and a spare station goes on from.
        {18, QStringLiteral(R"sql(
            CREATE TABLE replica_entries (
                session_id  INTEGER NOT NULL, -- no reference: a spare station holds the replica of a moved sitting
                seq         INTEGER NOT NULL,
                body        TEXT NOT NULL,
                prev_hash   BLOB NOT NULL,
                hash        BLOB NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) STRICT, WITHOUT ROWID;
        )sql")},
        // A session moved between stations (issue 26, session::SessionTransfer): on the spare, where it came
        // from ("station-id/session-id"); on the station it left, the spare's name. A session moved away
        // is over for this station: it records nothing for it.
        {19, QStringLiteral(R"sql(
            ALTER TABLE sessions ADD COLUMN moved_from TEXT NOT NULL DEFAULT '';
            ALTER TABLE sessions ADD COLUMN moved_to TEXT NOT NULL DEFAULT '';
        )sql")},
    };
    return migrations;
}

} // namespace exam
