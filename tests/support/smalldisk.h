#pragma once
// A real small disk for the full-disk tests: a tmpfs of a given size mounted on a fresh folder, which
// the test fills for real (not fault injection) and frees again.

#include <QString>
#include <QTemporaryDir>

namespace exam::test {

class SmallDisk
{
public:
    // Mounting needs root (the README's commands run as root); elsewhere ready() is false and whyNot()
    // says so, for the test to report.
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool ready() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString path() const { return m_mountPoint.path(); }
    QString filePath(const QString& name) const { return m_mountPoint.filePath(name); }
    qint64 bytesAvailable() const;

    // Takes every free byte with files of its own, down to the last one the file system gives.
    void fill();
    // Gives back what fill() took.
    void release();

private:
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
    QString m_whyNot;
    int m_fillers = 0;
};

} // namespace exam::test
