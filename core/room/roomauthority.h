#pragma once

#include "roomlink.h"
#include "session/proctoraccounts.h"

namespace exam::room {

// The authority behind an action from the room console: the proctor signed in there (with the
// console's own accounts, scrypt and lock-out as at a station), carried over the link the station
// pinned when it joined. Only RoomLink makes a ReceivedAction (fresh, its number claimed), so only a
// paired console's action becomes one of these.
class RoomAuthority
{
public:
    static session::ProctorAuthorization forAction(const ReceivedAction& action, const QDateTime& receivedAt)
    {
        session::ProctorAuthorization proctor(0, action.frame().proctor, receivedAt);
        proctor.m_atConsole = true;
        return proctor;
    }
};

} // namespace exam::room
