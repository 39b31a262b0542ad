#pragma once
// A throw-away station for the benchmarks: database, audit log, a proctor, and one started session of
// a bank's content.

#include "banks/bankcontent.h"
#include "session/auditlog.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "station/stationschema.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <memory>

namespace exam::bench {

struct BenchStation
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<storage::Database> database;
    std::unique_ptr<session::AuditLog> audit;
    std::unique_ptr<session::ProctorAccounts> accounts;

    explicit BenchStation(const QString& folder = {})
    {
        const QString path = (folder.isEmpty() ? dir.path() : folder) + QStringLiteral("/station.sqlite");
        auto opened = storage::Database::open(path, stationMigrations());
        if (!opened)
            qFatal("bench station: %s", qPrintable(opened.error().message));
        database = std::move(*opened);
        audit = std::make_unique<session::AuditLog>(*database, clock);
        accounts =
            std::make_unique<session::ProctorAccounts>(*database, clock, *audit, crypto::ScryptParams{1u << 8, 8, 1});
        if (!accounts->create(QStringLiteral("bench"), QStringLiteral("Bench"),
                              Sensitive<QString>(QStringLiteral("482913")), nullptr))
            qFatal("bench station: no proctor");
    }

    session::ProctorAuthorization proctor()
    {
        return *accounts->signIn(QStringLiteral("bench"), Sensitive<QString>(QStringLiteral("482913")));
    }

    std::unique_ptr<session::SessionEngine> startedSession(const banks::BankContent& content)
    {
        session::Sittings sittings(*database, *audit, clock);
        auto sitting = sittings.create(proctor(), QStringLiteral("C-BENCH"), QStringLiteral("Bench Candidate"),
                                       {{content.bankId, QByteArray(32, 'b'), &content}}, {});
        if (!sitting)
            qFatal("bench station: %s", qPrintable(sitting.error().message));
        auto engine = session::SessionEngine::open(*database, *audit, clock, sittings.sessions(*sitting)->first());
        if (!engine || !(*engine)->start(proctor()))
            qFatal("bench station: the session does not start");
        return std::move(*engine);
    }
};

} // namespace exam::bench
