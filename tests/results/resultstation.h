#pragma once
// A station that records results: the session fixture with a station key and the result recorder as
// every session's finisher, plus ways to answer a form with a chosen number of right answers.

#include "../session/sessionfixture.h"
#include "results/resultrecorder.h"
#include "results/stationkey.h"

namespace exam::test {

struct Recorded
{
    QByteArray record;
    QByteArray signature;
};

struct ResultStation : SessionFixture
{
    std::optional<results::StationKey> key;
    std::unique_ptr<results::ResultRecorder> recorder;

    ResultStation()
    {
        auto loaded = results::StationKey::loadOrCreate(paths);
        REQUIRE(loaded);
        key.emplace(std::move(*loaded));
        recorder = std::make_unique<results::ResultRecorder>(*database, *audit, clock, *key, content);
    }

    std::unique_ptr<session::SessionEngine> started(qint64 sessionId)
    {
        auto engine = this->engine(sessionId);
        engine->setFinisher([this](qint64 id) { return recorder->record(id); });
        REQUIRE(engine->start(proctor()));
        return engine;
    }

    std::unique_ptr<session::SessionEngine> running() { return started(newSession()); }

    // The displayed option that is right (or, with right = false, one that is wrong) at a position.
    int option(const session::SessionEngine& engine, int position, bool right) const
    {
        const session::FormItem& formItem = engine.formItem(position);
        for (const banks::Item& item : content.items) {
            if (item.id != formItem.itemId)
                continue;
            const int displayedKey = int(formItem.optionOrder.indexOf(item.body.reveal().key));
            return right ? displayedKey : (displayedKey + 1) % int(formItem.optionOrder.size());
        }
        FAIL("item not in the bank");
        return -1;
    }

    bool scored(const session::SessionEngine& engine, int position) const
    {
        for (const banks::Item& item : content.items)
            if (item.id == engine.formItem(position).itemId)
                return item.scored();
        return false;
    }

    // Answers the first `right` scored items correctly and every other item wrongly, then submits.
    void sit(session::SessionEngine& engine, int right)
    {
        for (int p = 0; p < engine.itemCount(); ++p) {
            const bool correct = scored(engine, p) && right > 0;
            if (correct)
                --right;
            REQUIRE(engine.answer(p, option(engine, p, correct)));
        }
        REQUIRE(engine.submit());
    }

    QList<Recorded> results()
    {
        auto query = database->prepare(QStringLiteral("SELECT record, signature FROM results ORDER BY rowid"));
        REQUIRE(query);
        QList<Recorded> list;
        while (*query->step())
            list.append({query->blob(0), query->blob(1)});
        return list;
    }
};

} // namespace exam::test
