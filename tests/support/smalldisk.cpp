#include "smalldisk.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace exam::test {

SmallDisk::SmallDisk(qint64 bytes)
{
    if (!m_mountPoint.isValid()) {
        m_whyNot = QStringLiteral("no temporary folder for the mount point: %1").arg(m_mountPoint.errorString());
        return;
    }
    const QByteArray options = QByteArrayLiteral("size=") + QByteArray::number(bytes) + QByteArrayLiteral(",mode=0700");
    if (::mount("tmpfs", QFile::encodeName(path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC,
                options.constData())
        != 0) {
        m_whyNot = QStringLiteral("a small disk (tmpfs) cannot be mounted here (%1): this test needs root, as the "
                                  "README's test command runs")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) // lazily: a database a test still holds open goes with it
        ::umount2(QFile::encodeName(path()).constData(), MNT_DETACH);
}

qint64 SmallDisk::bytesAvailable() const
{
    struct statvfs stats
    {
    };
    if (::statvfs(QFile::encodeName(path()).constData(), &stats) != 0)
        return -1;
    return qint64(stats.f_bavail) * qint64(stats.f_frsize);
}

void SmallDisk::fill()
{
    // Big writes first, then smaller ones into what is left, down to single bytes: the disk is full
    // when even one byte is refused.
    const QByteArray name = QFile::encodeName(filePath(QStringLiteral("filler-%1").arg(++m_fillers)));
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return; // already too full for a new file: full enough
    static const QByteArray chunk(1 << 20, 'f');
    for (qsizetype size = chunk.size(); size >= 1; size /= 16)
        while (::write(fd, chunk.constData(), size_t(size)) == ssize_t(size)) { }
    ::fsync(fd);
    ::close(fd);
}

void SmallDisk::release()
{
    for (int i = 1; i <= m_fillers; ++i)
        QFile::remove(filePath(QStringLiteral("filler-%1").arg(i)));
    m_fillers = 0;
}

} // namespace exam::test
