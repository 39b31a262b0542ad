#include "sessionstate.h"

#include <array>
#include <utility>

namespace exam::session {

namespace {

const std::array<std::pair<SessionState, const char*>, 8> Names{{
    {SessionState::Created, "created"},
    {SessionState::AwaitingProctor, "awaiting-proctor"},
    {SessionState::InProgress, "in-progress"},
    {SessionState::Paused, "paused"},
    {SessionState::OnBreak, "on-break"},
    {SessionState::Submitted, "submitted"},
    {SessionState::TimedOut, "timed-out"},
    {SessionState::Voided, "voided"},
}};

} // namespace

QString stateName(SessionState state)
{
    for (const auto& [value, name] : Names)
        if (value == state)
            return QString::fromLatin1(name);
    return {};
}

bool stateFromName(const QString& name, SessionState* state)
{
    for (const auto& [value, text] : Names)
        if (name == QLatin1String(text)) {
            *state = value;
            return true;
        }
    return false;
}

bool isFinished(SessionState state)
{
    return state == SessionState::Submitted || state == SessionState::TimedOut || state == SessionState::Voided;
}

} // namespace exam::session

namespace exam::session {

QStringList Accommodations::colourSchemes()
{
    return {QStringLiteral("standard"), QStringLiteral("black-on-white"), QStringLiteral("white-on-black"),
            QStringLiteral("yellow-on-black")};
}

bool Accommodations::any() const
{
    return *this != Accommodations{};
}

} // namespace exam::session
