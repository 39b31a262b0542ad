#pragma once
// Real stations for the room console's tests: each a demo station in a folder of its own (the demo
// banks installed, the demo proctor), optionally with a sitting set up the way the set-up screen does it
// and the candidate's "ready" pressed through the engine, and a real exam-kiosk process on it
// (offscreen) that can be started, killed with SIGKILL and started again.

#include "bankcontents.h"
#include "banks/bankcatalogue.h"
#include "demostation.h"
#include "results/resultrecorder.h"
#include "results/sittingsetup.h"
#include "results/stationkey.h"
#include "session/auditlog.h"
#include "session/pinpepper.h"
#include "session/proctoraccounts.h"
#include "session/replicajournal.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationpaths.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <memory>

namespace exam::test {

class RoomStation
{
public:
    enum class Sitting { None, Welcome, Ready };

    RoomStation(const QString& folder, const QString& name) : m_paths(folder), m_name(name) { }
    ~RoomStation() { stop(); }

    const StationPaths& paths() const { return m_paths; }
    QString name() const { return m_name; }

    // The demo station's set-up, and a sitting of one module (the demo CPT Safety bank) when asked.
    void prepare(Sitting sitting, const QString& candidateId, const QString& candidateName,
                 const session::Accommodations& accommodations = {})
    {
        REQUIRE(m_paths.ensureExists());
        auto database = storage::Database::open(m_paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        SystemClock clock;
        banks::BankCatalogue catalogue(**database, m_paths.banksFolder(), clock);
        auto keys = kiosk::loadDemoKeys(QStringLiteral(EXAM_DEMO_BANKS_DIR));
        REQUIRE(keys);
        CHECK(kiosk::installDemoBanks(catalogue, *keys, QStringLiteral(EXAM_DEMO_BANKS_DIR),
                                      QDir(m_paths.dataFolder()).filePath(QStringLiteral("demo-banks.stamp")))
                  .isEmpty());
        session::AuditLog audit(**database, clock);
        session::ProctorAccounts accounts(**database, clock, audit);
        REQUIRE(kiosk::ensureDemoProctor(accounts));
        if (sitting == Sitting::None)
            return;
        auto installed = catalogue.installed();
        REQUIRE(installed);
        const auto safety = std::find_if(installed->begin(), installed->end(), [](const banks::InstalledBank& bank) {
            return bank.moduleCode == QStringLiteral("CPT-SAF") && bank.language.startsWith(QStringLiteral("en"));
        });
        REQUIRE(safety != installed->end());
        kiosk::BankContents contents(catalogue, std::move(*keys));
        auto content = contents.content(safety->bankId);
        REQUIRE(content);
        auto proctor = accounts.signIn(QString::fromLatin1(kiosk::DemoProctorLogin),
                                       Sensitive<QString>(QString::fromLatin1(kiosk::DemoProctorPin)));
        REQUIRE(proctor);
        results::SittingSetup setup(**database, audit, clock);
        auto sittingId =
            setup.create(*proctor, candidateId, candidateName,
                         {results::ModuleRequest{{safety->bankId, safety->sha256, *content}, {}}}, accommodations);
        REQUIRE(sittingId);
        if (sitting == Sitting::Ready) {
            auto sessions = session::Sittings(**database, audit, clock).sessions(*sittingId);
            REQUIRE(sessions);
            auto engine = session::SessionEngine::open(**database, audit, clock, sessions->first());
            REQUIRE(engine);
            REQUIRE((*engine)->candidateReady()); // what the practice screen's "ready" does
        }
    }

    // Before the kiosk runs: the module started by the demo proctor and `answers` items answered (option
    // A, the first one flagged), each step in the replica as the kiosk would journal it.
    void startAndAnswer(int answers)
    {
        withEngine([answers](session::SessionEngine& engine, const session::ProctorAuthorization& proctor) {
            REQUIRE(engine.start(proctor));
            for (int position = 0; position < answers; ++position)
                REQUIRE(engine.answer(position, 0));
            REQUIRE(engine.setFlag(0, true));
        });
    }

    // The station's newest session opened as the kiosk opens it (journal, recorder as finisher) while no
    // kiosk runs here, and `work` done on it with the demo proctor's authority.
    template<typename Work>
    void withEngine(Work work)
    {
        auto database = storage::Database::open(m_paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        SystemClock clock;
        banks::BankCatalogue catalogue(**database, m_paths.banksFolder(), clock);
        auto keys = kiosk::loadDemoKeys(QStringLiteral(EXAM_DEMO_BANKS_DIR));
        REQUIRE(keys);
        kiosk::BankContents contents(catalogue, std::move(*keys));
        session::AuditLog audit(**database, clock);
        session::ProctorAccounts accounts(**database, clock, audit);
        REQUIRE(session::PinPepper::applyTo(m_paths.pinPepperFile(), accounts)); // as the kiosk and examctl do
        auto proctor = accounts.signIn(QString::fromLatin1(kiosk::DemoProctorLogin),
                                       Sensitive<QString>(QString::fromLatin1(kiosk::DemoProctorPin)));
        REQUIRE(proctor);
        auto newest = (*database)->prepare(QStringLiteral("SELECT max(id) FROM sessions"));
        REQUIRE(newest);
        REQUIRE(*newest->step());
        const qint64 sessionId = newest->int64(0);
        newest->reset();
        auto engine = session::SessionEngine::open(**database, audit, clock, sessionId);
        REQUIRE(engine);
        session::ReplicaJournal journal(**database);
        (*engine)->setJournal(&journal);
        auto content = contents.content((*engine)->bankId());
        REQUIRE(content);
        auto key = results::StationKey::loadOrCreate(m_paths);
        REQUIRE(key);
        results::ResultRecorder recorder(**database, audit, clock, *key, **content);
        (*engine)->setFinisher([&recorder](qint64 id) { return recorder.record(id); });
        work(**engine, *proctor);
    }

    void start()
    {
        m_kiosk = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_kiosk->setProcessEnvironment(environment);
        m_kiosk->setProcessChannelMode(QProcess::MergedChannels);
        m_kiosk->start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-kiosk"),
                       {QStringLiteral("--demo"), QStringLiteral("--windowed"), QStringLiteral("--data-dir"),
                        m_paths.dataFolder()});
        REQUIRE(m_kiosk->waitForStarted(30'000));
    }

    // As a power cut or a crash would: no goodbye to the console.
    void kill()
    {
        REQUIRE(m_kiosk);
        m_kiosk->kill();
        REQUIRE(m_kiosk->waitForFinished(10'000));
        m_output += QString::fromUtf8(m_kiosk->readAll());
        m_kiosk.reset();
    }

    void stop()
    {
        if (!m_kiosk)
            return;
        m_kiosk->terminate();
        if (!m_kiosk->waitForFinished(10'000)) {
            m_kiosk->kill();
            m_kiosk->waitForFinished(10'000);
        }
        m_kiosk.reset();
    }

    bool running() const { return m_kiosk && m_kiosk->state() == QProcess::Running; }
    qint64 pid() const { return m_kiosk ? m_kiosk->processId() : 0; }
    QString output()
    {
        if (m_kiosk)
            m_output += QString::fromUtf8(m_kiosk->readAll());
        return m_output;
    }

    // The replica of the station's first session, as it stands.
    QList<session::ReplicaJournal::Stored> replica() const
    {
        auto database = storage::Database::open(m_paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        auto sessionId = (*database)->prepare(QStringLiteral("SELECT min(id) FROM sessions"));
        REQUIRE(sessionId);
        REQUIRE(*sessionId->step());
        const qint64 id = sessionId->int64(0);
        sessionId->reset();
        auto entries = session::ReplicaJournal(**database).entries(id);
        REQUIRE(entries);
        return *entries;
    }

    // The station's audit log as it stands (read beside the running kiosk: WAL lets a reader in).
    QList<session::AuditLog::Entry> auditEntries() const
    {
        auto database = storage::Database::open(m_paths.databaseFile(), stationMigrations());
        REQUIRE(database);
        SystemClock clock;
        auto entries = session::AuditLog(**database, clock).entries();
        REQUIRE(entries);
        return *entries;
    }

private:
    StationPaths m_paths;
    QString m_name;
    std::unique_ptr<QProcess> m_kiosk;
    QString m_output;
};

} // namespace exam::test
