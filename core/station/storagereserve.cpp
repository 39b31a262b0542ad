#include "storagereserve.h"

#include "util/diskspace.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace exam {

StorageReserve::StorageReserve(QString path, qint64 bytes) : m_path(std::move(path)), m_bytes(bytes) { }

bool StorageReserve::held() const
{
    return QFileInfo(m_path).size() == m_bytes;
}

Result<void> StorageReserve::ensure()
{
    if (held())
        return {};
    const qint64 available = DiskSpace::bytesAvailable(m_path);
    if (available < 0)
        return fail(ErrorCode::IoError, tr("How much room the disk that holds %1 has cannot be told.").arg(m_path));
    if (available < 3 * m_bytes)
        return fail(ErrorCode::NotAllowed,
                    tr("The disk that holds %1 has too little room to keep %2 MiB for the proctor.")
                        .arg(m_path)
                        .arg(m_bytes >> 20));
    return allocate(m_bytes);
}

Result<void> StorageReserve::takeBack()
{
    if (held())
        return {};
    const qint64 pageAligned = std::max<qint64>(0, DiskSpace::bytesAvailable(m_path)) & ~qint64(4095);
    return allocate(std::min(m_bytes, pageAligned));
}

Result<void> StorageReserve::allocate(qint64 bytes)
{
    if (bytes <= 0)
        return fail(ErrorCode::StorageFull, tr("No room is left to keep for the proctor at %1.").arg(m_path));
    // Blocks really allocated (a sparse file or one made by truncate would give nothing back).
    const QByteArray name = QFile::encodeName(m_path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::IoError, tr("The file %1 cannot be made: %2").arg(m_path, qt_error_string(errno)));
    const int allocated = ::posix_fallocate(fd, 0, off_t(bytes));
    const bool synced = allocated == 0 && ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) {
        QFile::remove(m_path);
        return fail(ErrorCode::IoError, tr("The room for the proctor (%1) cannot be kept: %2")
                                            .arg(m_path, qt_error_string(allocated != 0 ? allocated : errno)));
    }
    return {};
}

bool StorageReserve::release()
{
    return QFileInfo::exists(m_path) && QFile::remove(m_path);
}

} // namespace exam
