#pragma once
// A station with a started session of the sample bank, for screens driven by the real engine.

#include "../session/sessionfixture.h"

namespace exam::test {

struct UiSession : SessionFixture
{
    std::unique_ptr<session::SessionEngine> engine;

    // With `withItem`, sessions are set up until one's form holds that item (forms are drawn at random).
    explicit UiSession(const QString& withItem = {})
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            engine = SessionFixture::engine(newSession());
            bool found = withItem.isEmpty();
            for (int p = 0; p < engine->itemCount(); ++p)
                found = found || engine->formItem(p).itemId == withItem;
            if (found)
                break;
            REQUIRE(engine->voidSession(proctor(), QStringLiteral("test: another form")));
        }
        REQUIRE(engine->start(proctor()));
    }
};

} // namespace exam::test
