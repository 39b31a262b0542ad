// Figures of core: opening a bank, saving an answer, scoring and signing records.

#include "bench.h"
#include "benchstation.h"
#include "session/replicajournal.h"
#include "syntheticbank.h"

#include "crypto/ed25519.h"
#include "results/resultrecorder.h"
#include "results/scoring.h"
#include "session/form.h"
#include "json/canonicaljson.h"

#include <openssl/evp.h>
#include <sqlite3.h>

namespace exam::bench {

namespace {

// The baseline of a bank opening: what OpenSSL alone needs for the same bytes, an Ed25519
// verification of the signed part and an AES-256-GCM decryption of a ciphertext of the same length.
struct RawOpenSsl
{
    EVP_PKEY* publisher = nullptr;
    QByteArray key = QByteArray(32, '\x42');
    QByteArray nonce = QByteArray(12, '\x24');
    QByteArray ciphertext;
    QByteArray tag = QByteArray(16, '\0');
    QByteArray associatedData;

    RawOpenSsl(const QByteArray& publicKey, qsizetype plaintextSize, QByteArrayView ad)
        : associatedData(ad.toByteArray())
    {
        publisher = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()), 32);
        const QByteArray plaintext(plaintextSize, 'p');
        ciphertext.resize(plaintextSize);
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        int length = 0;
        EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce));
        EVP_EncryptUpdate(ctx, nullptr, &length, bytes(associatedData), int(associatedData.size()));
        EVP_EncryptUpdate(ctx, writable(ciphertext), &length, bytes(plaintext), int(plaintext.size()));
        EVP_EncryptFinal_ex(ctx, writable(ciphertext) + length, &length);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, writable(tag));
        EVP_CIPHER_CTX_free(ctx);
    }
    ~RawOpenSsl() { EVP_PKEY_free(publisher); }

    static const unsigned char* bytes(const QByteArray& b)
    {
        return reinterpret_cast<const unsigned char*>(b.constData());
    }
    static unsigned char* writable(QByteArray& b) { return reinterpret_cast<unsigned char*>(b.data()); }

    bool run(QByteArrayView signedBytes, QByteArrayView signature)
    {
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        EVP_DigestVerifyInit(md, nullptr, nullptr, nullptr, publisher);
        const bool verified =
            EVP_DigestVerify(md, reinterpret_cast<const unsigned char*>(signature.data()), 64,
                             reinterpret_cast<const unsigned char*>(signedBytes.data()), size_t(signedBytes.size()))
            == 1;
        EVP_MD_CTX_free(md);
        QByteArray plaintext(ciphertext.size(), '\0');
        EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
        int length = 0;
        EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, bytes(key), bytes(nonce));
        EVP_DecryptUpdate(ctx, nullptr, &length, bytes(associatedData), int(associatedData.size()));
        EVP_DecryptUpdate(ctx, writable(plaintext), &length, bytes(ciphertext), int(ciphertext.size()));
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, tag.data());
        const bool opened = EVP_DecryptFinal_ex(ctx, writable(plaintext) + length, &length) == 1;
        EVP_CIPHER_CTX_free(ctx);
        return verified && opened;
    }
};

} // namespace

Figure bankOpen(const Settings& settings, int poolFactor)
{
    const SyntheticBank bank = SyntheticBank::make(poolFactor);
    const auto trusted = bank.trusted();
    const banks::BankKeys keys = bank.keys();
    auto parts = banks::BankReader::split(bank.file);
    if (!parts)
        qFatal("bench: the synthetic bank does not split");
    RawOpenSsl raw(bank.publisher.publicKey, parts->ciphertext.size() - 16, parts->associatedData);
    const int rounds = settings.quick ? 3 : 25;
    QList<double> ours, baseline;
    for (int i = 0; i < rounds; ++i) {
        ours.append(milliseconds([&] {
            if (!banks::BankReader::open(bank.file, trusted, keys))
                qFatal("bench: the synthetic bank does not open");
        }));
        baseline.append(milliseconds([&] {
            if (!raw.run(parts->signedBytes, parts->signature))
                qFatal("bench: raw OpenSSL failed");
        }));
    }
    Figure figure{QStringLiteral("open a %1-item bank with %2 images").arg(101 * poolFactor).arg(40 * poolFactor),
                  QStringLiteral("ms"),
                  median(ours),
                  median(baseline),
                  QStringLiteral("≤ 1.5×"),
                  false,
                  QStringLiteral("%1 MB; median of %2; baseline Ed25519 verify + AES-256-GCM decrypt, OpenSSL directly")
                      .arg(double(bank.file.size()) / 1e6, 0, 'f', 1)
                      .arg(rounds)};
    figure.met = figure.ratio() <= 1.5;
    return figure;
}

// A retake's form from a pool twice the form (the candidate's first form seen, every item's exposure
// counted), against a first form from a bank that holds one form.
Figure formAssembly(const Settings& settings)
{
    const SyntheticBank oneForm = SyntheticBank::make(1);
    const SyntheticBank pool = SyntheticBank::make(2);
    session::FormConstraints retake;
    const auto first = session::FormAssembler::assemble(pool.content, QByteArray(32, 'f'));
    if (!first)
        qFatal("bench: no first form");
    for (const session::FormItem& item : first->items)
        retake.seenItems.insert(item.itemId);
    for (int i = 0; i < pool.content.items.size(); ++i)
        retake.exposures.insert(pool.content.items[i].id, i % 7);
    const int rounds = settings.quick ? 20 : 400;
    QList<double> ours, baseline;
    for (int i = 0; i < rounds; ++i) {
        const QByteArray seed(32, char(i));
        ours.append(milliseconds([&] {
            if (!session::FormAssembler::assemble(pool.content, seed, retake))
                qFatal("bench: the retake form cannot be assembled");
        }));
        baseline.append(milliseconds([&] {
            if (!session::FormAssembler::assemble(oneForm.content, seed))
                qFatal("bench: the form cannot be assembled");
        }));
    }
    Figure figure{
        QStringLiteral("retake form from a pool twice the form"),
        QStringLiteral("ms"),
        median(ours),
        median(baseline),
        QStringLiteral("≤ 3×"),
        false,
        QStringLiteral("median of %1; baseline a first form from a bank of one form (101 items): the pool is twice "
                       "as deep, so about twice the draws")
            .arg(rounds)};
    figure.met = figure.ratio() <= 3.0;
    return figure;
}

QList<Figure> answerSave(const Settings& settings, bool replica)
{
    const SyntheticBank bank = SyntheticBank::make();
    BenchStation station;
    auto engine = station.startedSession(bank.content);
    // With the session's replica (issue 26): every step also in the replica journal.
    session::ReplicaJournal journal(*station.database);
    if (replica)
        engine->setJournal(&journal);
    const int saves = settings.quick ? 300 : 5000;

    // The baseline: one row committed by SQLite itself, same journal and sync, same folder. The two
    // take turns, save by save, so a busy moment of the disk falls on both alike: a p99 is made of
    // such moments.
    sqlite3* db = nullptr;
    const QByteArray path = (station.dir.path() + QStringLiteral("/raw.sqlite")).toUtf8();
    sqlite3_open(path.constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO t (k, v) VALUES (?, ?)", -1, &insert, nullptr);
    QList<double> ours;
    QList<double> baseline;
    for (int i = 0; i < saves; ++i) {
        const int position = i % engine->itemCount();
        const int option = (i / engine->itemCount()) % 4;
        ours.append(milliseconds([&] {
            if (!engine->answer(position, option))
                qFatal("bench: an answer was not saved");
        }));
        baseline.append(milliseconds([&] {
            sqlite3_bind_int(insert, 1, i % 101);
            sqlite3_bind_int(insert, 2, i);
            if (sqlite3_step(insert) != SQLITE_DONE)
                qFatal("bench: raw SQLite insert failed");
            sqlite3_reset(insert);
        }));
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);

    const QString note = QStringLiteral("%1 confirmed saves%2; baseline one-row commit, WAL + synchronous FULL")
                             .arg(saves)
                             .arg(replica ? QStringLiteral(", with the replica journal") : QString());
    if (replica) {
        // Issue 26's goal for a save that also goes into the replica.
        Figure withReplica{QStringLiteral("confirmed answer save with the replica, p99"),
                           QStringLiteral("ms"),
                           quantile(ours, 0.99),
                           quantile(baseline, 0.99),
                           QStringLiteral("≤ 1.5×"),
                           false,
                           note};
        withReplica.met = withReplica.ratio() <= 1.5;
        return {withReplica};
    }
    Figure p50{QStringLiteral("confirmed answer save, p50"),
               QStringLiteral("ms"),
               quantile(ours, 0.5),
               quantile(baseline, 0.5),
               QStringLiteral("(p99 is the goal)"),
               true,
               note};
    Figure p99{QStringLiteral("confirmed answer save, p99"),
               QStringLiteral("ms"),
               quantile(ours, 0.99),
               quantile(baseline, 0.99),
               QStringLiteral("≤ 1.25×"),
               false,
               note};
    p99.met = p99.ratio() <= 1.25;
    return {p50, p99};
}

Figure scoreAndSign(const Settings& settings)
{
    const SyntheticBank bank = SyntheticBank::make();
    const auto form = *session::FormAssembler::assemble(bank.content, QByteArray(32, 's'));
    const auto key = *crypto::Ed25519::generate();
    QList<std::optional<int>> responses;
    for (qsizetype i = 0; i < form.items.size(); ++i)
        responses.append(i % 5 == 0 ? std::nullopt : std::optional<int>(int(i % 4)));
    const int records = settings.quick ? 500 : 10000;

    // One signed record: score it, compose it exactly as the recorder does, sign it.
    results::RecordContent content;
    content.form = form;
    for (const std::optional<int>& response : responses)
        content.responses.append({response, false, 1, 40'000});
    content.stationId = QStringLiteral("bench-station");
    content.stationKeyId = QStringLiteral("0011223344556677");
    content.site = QStringLiteral("TC-BENCH");
    content.candidateId = QStringLiteral("C-BENCH");
    content.moduleCode = bank.content.module.code;
    content.moduleTitle = bank.content.module.title;
    content.moduleLanguage = bank.content.module.language;
    content.bankId = bank.content.bankId;
    content.bankVersion = bank.content.bankVersion;
    content.bankSha256 = QByteArray(32, 'h');
    content.outcomeState = QStringLiteral("submitted");
    content.proctors = {QStringLiteral("bench")};
    content.auditHead = QByteArray(32, 'a');
    content.endedAt = QStringLiteral("2026-11-27T12:00:00.000Z");
    const auto signedRecord = [&](int n) {
        content.score = results::Scoring::score(bank.content, form, responses);
        content.resultId = QStringLiteral("bench-%1").arg(n);
        const QByteArray bytes = *results::ResultRecorder::compose(content);
        return std::pair(bytes, *crypto::Ed25519::sign(key.privateKey.view(), bytes));
    };
    const QByteArray sample = signedRecord(0).first;
    QList<QByteArray> messages;
    for (int n = 0; n < records; ++n)
        messages.append(sample);

    const double ours = milliseconds([&] {
        for (int n = 0; n < records; ++n)
            (void)signedRecord(n);
    });
    const double baseline = milliseconds([&] {
        for (const QByteArray& message : messages)
            (void)crypto::Ed25519::sign(key.privateKey.view(), message);
    });
    Figure figure{QStringLiteral("score and sign records"),
                  QStringLiteral("ms"),
                  ours,
                  baseline,
                  QStringLiteral("≤ 1.5×"),
                  false,
                  QStringLiteral("%1 records of 101 items (%2 KB each); baseline Ed25519 signing alone")
                      .arg(records)
                      .arg(sample.size() / 1024)};
    figure.met = figure.ratio() <= 1.5;
    return figure;
}

} // namespace exam::bench
