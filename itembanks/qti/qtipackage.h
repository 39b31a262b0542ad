#pragma once

#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace exam::qti {

// The files of an IMS content package, from a zip file or a folder, read with limits: a package is
// outside input. Refused when opened, with a message that says what and why: a path that leaves the
// package (absolute, "..", a backslash, a drive letter), a symbolic link, more files or bytes than the
// limits, and (zip) an entry whose declared size does not match what it holds or that expands more than
// MaxExpansion times (a zip bomb). Files are read whole into memory: packages are small.
class QtiPackage
{
    Q_DECLARE_TR_FUNCTIONS(exam::qti::QtiPackage)
public:
    static constexpr int MaxFiles = 5000;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 256 * 1024 * 1024;
    static constexpr qint64 MaxExpansion = 200; // uncompressed ÷ compressed, for entries over 1 MiB

    // A zip file (by its content, whatever its name) or a folder.
    static Result<QtiPackage> open(const QString& path);
    static Result<QtiPackage> fromZip(const QByteArray& zip);

    // Package paths use "/" and never start with one; lookups are exact.
    bool contains(const QString& path) const { return m_files.contains(path); }
    QByteArray file(const QString& path) const { return m_files.value(path); }
    QStringList paths() const;

    // `href` as written in the package (percent-encoded, relative to `base`, the folder of the file that
    // refers to it), as a package path; an error when it leaves the package or is a URL.
    static Result<QString> resolve(const QString& base, const QString& href);

private:
    static Result<QtiPackage> fromFolder(const QString& folder);
    static Result<QString> checkedPath(const QString& name);
    Result<void> add(const QString& path, QByteArray bytes);

    QHash<QString, QByteArray> m_files;
    qint64 m_totalBytes = 0;
};

} // namespace exam::qti
