#include "diskspace.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace exam {

namespace {

QString nearestExisting(const QString& path)
{
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    return info.absoluteFilePath();
}

} // namespace

qint64 DiskSpace::bytesAvailable(const QString& path)
{
    const QStorageInfo storage(nearestExisting(path));
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

bool DiskSpace::isFull(const QString& path)
{
    const qint64 available = bytesAvailable(path);
    return available >= 0 && available < FullBelowBytes;
}

QString DiskSpace::fullMessage(const QString& path)
{
    const QString mountPoint = QStorageInfo(nearestExisting(path)).rootPath();
    return tr("The disk that holds %1 (mounted at %2) is full: %3 left. Nothing new can be saved there; what was "
              "saved before is safe. Free some space on that disk (or give the station's folder a larger one), "
              "then try again.")
        .arg(path, mountPoint, QLocale().formattedDataSize(std::max<qint64>(0, bytesAvailable(path))));
}

} // namespace exam
