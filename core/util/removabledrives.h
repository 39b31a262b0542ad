#pragma once

#include <QStringList>

namespace exam {

// The writable removable drives mounted on this machine (USB sticks, SD cards), as their mount
// folders: on Linux, what the desktop or udisks mounts below /media and /run/media.
class RemovableDrives
{
public:
    static QStringList writable();
};

} // namespace exam
