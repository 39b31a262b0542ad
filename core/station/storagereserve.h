#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace exam {

// Room kept on the station's disk for the proctor. When the disk fills up during a sitting, the
// candidate's answers cannot be saved, and neither could a proctor's sign-in, pause or leaving kiosk
// mode (each is counted or audited in the database). So the kiosk holds a file of real, allocated
// blocks while there is room, and gives it back when a proctor needs to act on a full disk; it is
// taken again once the disk has room for it and more.
class StorageReserve
{
    Q_DECLARE_TR_FUNCTIONS(exam::StorageReserve)
public:
    static constexpr qint64 DefaultBytes = 8 << 20; // a sign-in, a pause, leaving: kilobytes; WAL growth

    explicit StorageReserve(QString path, qint64 bytes = DefaultBytes);

    // Holds the room when it is not held yet and the disk has it three times over (the reserve must not
    // be what fills the disk). NotAllowed when there is not enough room now.
    Result<void> ensure();
    // Takes back room just given back (a sign-in that failed after all), whatever else is free: as much
    // of it as the disk still has (the sign-in wrote a little); ensure() makes it whole later.
    Result<void> takeBack();
    // Gives the room back (the file removed); false when there was none to give.
    bool release();
    bool held() const;
    qint64 bytes() const { return m_bytes; }

private:
    Result<void> allocate(qint64 bytes);

    QString m_path;
    qint64 m_bytes;
};

} // namespace exam
