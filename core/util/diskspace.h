#pragma once

#include <QCoreApplication>
#include <QString>

namespace exam {

// Whether the disk holding a file is full. A full disk shows itself in many disguises (SQLite's "disk
// I/O error" when its journal cannot grow, a lock file whose PID cannot be written, a folder that
// cannot be made): where one of those happens on a full disk, this says so instead.
class DiskSpace
{
    Q_DECLARE_TR_FUNCTIONS(exam::DiskSpace)
public:
    // Under a mebibyte left for this user: too little for a database's next pages and journal.
    static constexpr qint64 FullBelowBytes = 1 << 20;

    // `path` need not exist yet: its nearest existing folder is asked.
    static bool isFull(const QString& path);
    static qint64 bytesAvailable(const QString& path);
    // What to tell the user: which disk, that it is full, that saved work is safe, what to do.
    static QString fullMessage(const QString& path);
};

} // namespace exam
