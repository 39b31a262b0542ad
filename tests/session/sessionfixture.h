#pragma once
// A station with a proctor and the sample bank, ready to set up sittings.

#include "compiler/banksource.h"
#include "session/proctoraccounts.h"
#include "session/sessionengine.h"
#include "session/sittings.h"
#include "stationfixture.h"

namespace exam::test {

struct SessionFixture : StationFixture
{
    banks::BankContent content;
    std::unique_ptr<session::ProctorAccounts> accounts;

    explicit SessionFixture(const QString& folder = {}) : StationFixture(folder)
    {
        bankcompiler::SourceResult source = bankcompiler::BankSource::read(dataPath(QStringLiteral("banks/sample")));
        REQUIRE(source.problems.isEmpty());
        content = source.content;
        makeAccounts();
        REQUIRE(accounts->create(QStringLiteral("alice"), QStringLiteral("Alice"),
                                 Sensitive<QString>(QStringLiteral("482913")), nullptr));
    }

    void makeAccounts()
    {
        accounts = std::make_unique<session::ProctorAccounts>(*database, clock, *audit, fastScrypt());
    }

    session::ProctorAuthorization proctor()
    {
        auto signedIn = accounts->signIn(QStringLiteral("alice"), Sensitive<QString>(QStringLiteral("482913")));
        REQUIRE(signedIn);
        return *signedIn;
    }

    // A sitting with one module of the sample bank; returns its session id.
    qint64 newSession(session::Accommodations accommodations = {}, int modules = 1)
    {
        session::Sittings sittings(*database, *audit, clock);
        QList<session::ModuleChoice> choices;
        for (int i = 0; i < modules; ++i)
            choices.append({content.bankId, QByteArray(32, 'h'), &content});
        auto sitting = sittings.create(proctor(), QStringLiteral("C-1001"), QStringLiteral("Casey Candidate"), choices,
                                       accommodations);
        REQUIRE(sitting);
        auto ids = sittings.sessions(*sitting);
        REQUIRE(ids);
        REQUIRE(ids->size() == modules);
        return ids->first();
    }

    std::unique_ptr<session::SessionEngine> engine(qint64 sessionId)
    {
        auto opened = session::SessionEngine::open(*database, *audit, clock, sessionId);
        REQUIRE(opened);
        return std::move(*opened);
    }

    // Restart: everything in memory is gone, the database is opened again.
    void restart()
    {
        accounts.reset();
        reopen();
        makeAccounts();
    }
};

} // namespace exam::test
