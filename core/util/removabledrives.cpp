#include "removabledrives.h"

#include <QStorageInfo>

namespace exam {

QStringList RemovableDrives::writable()
{
    QStringList drives;
    for (const QStorageInfo& volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (!volume.isValid() || !volume.isReady() || volume.isReadOnly())
            continue;
        if (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/")))
            drives.append(root);
    }
    return drives;
}

} // namespace exam
