#include "ownerfolder.h"

#include "diskspace.h"

#include <QDir>
#include <QFile>

namespace exam {

Result<void> OwnerFolder::ensure(const QString& folder)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(folder)) {
        if (DiskSpace::isFull(folder))
            return fail(ErrorCode::StorageFull, DiskSpace::fullMessage(folder));
        return fail(
            ErrorCode::IoError,
            tr("The folder %1 cannot be created. Check the path and that this user may write there.").arg(folder));
    }
    if (!QFile::setPermissions(folder, ownerOnly))
        return fail(ErrorCode::IoError, tr("The permissions of %1 cannot be restricted to its owner.").arg(folder));
    return {};
}

} // namespace exam
