#include "qtipackage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <zip.h>

#include <algorithm>
#include <memory>
#include <sys/stat.h>

namespace exam::qti {

namespace {

constexpr qint64 ZipBombFloor = 1024 * 1024; // smaller entries may compress well without harm

struct ZipSourceDeleter
{
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ZipDeleter
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileDeleter
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

QStringList QtiPackage::paths() const
{
    QStringList all = m_files.keys();
    std::sort(all.begin(), all.end());
    return all;
}

Result<QString> QtiPackage::checkedPath(const QString& name)
{
    const auto refuse = [&name](const QString& why) {
        return fail(ErrorCode::ParseError, tr("The package holds \"%1\": %2 The package is refused; ask its "
                                              "author for one made by a content packaging tool.")
                                               .arg(name, why));
    };
    if (name.isEmpty() || name.contains(QChar(0)))
        return refuse(tr("an empty name or a NUL character."));
    if (name.contains(u'\\'))
        return refuse(tr("a backslash in a path (paths in packages use \"/\")."));
    if (name.startsWith(u'/') || (name.size() >= 2 && name.at(1) == u':'))
        return refuse(tr("an absolute path, which would write outside the package."));
    const QStringList parts = name.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i] == u"..")
            return refuse(tr("a \"..\" in a path, which would reach outside the package."));
        if ((parts[i].isEmpty() && i + 1 < parts.size()) || parts[i] == u".")
            return refuse(tr("an empty or \".\" part in a path."));
    }
    return name;
}

Result<void> QtiPackage::add(const QString& path, QByteArray bytes)
{
    if (m_files.size() >= MaxFiles)
        return fail(
            ErrorCode::LimitExceeded,
            tr("The package holds more than %1 files; it is refused (split it into smaller packages).").arg(MaxFiles));
    if (bytes.size() > MaxFileBytes)
        return fail(
            ErrorCode::LimitExceeded,
            tr("%1 in the package is larger than %2 MiB; it is refused.").arg(path).arg(MaxFileBytes / (1024 * 1024)));
    m_totalBytes += bytes.size();
    if (m_totalBytes > MaxTotalBytes)
        return fail(ErrorCode::LimitExceeded,
                    tr("The package holds more than %1 MiB; it is refused.").arg(MaxTotalBytes / (1024 * 1024)));
    if (m_files.contains(path))
        return fail(ErrorCode::ParseError, tr("The package holds %1 twice; it is refused.").arg(path));
    m_files.insert(path, std::move(bytes));
    return {};
}

Result<QtiPackage> QtiPackage::open(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fromFolder(info.absoluteFilePath());
    if (info.exists() && !info.isFile())
        return fail(ErrorCode::ParseError, tr("%1 is neither a folder nor a zip file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, tr("The package %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxTotalBytes)
        return fail(
            ErrorCode::LimitExceeded,
            tr("The package %1 is larger than %2 MiB; it is refused.").arg(path).arg(MaxTotalBytes / (1024 * 1024)));
    return fromZip(file.readAll());
}

Result<QtiPackage> QtiPackage::fromZip(const QByteArray& zip)
{
    const auto notZip = [](const QString& why) {
        return fail(ErrorCode::ParseError,
                    tr("The package is neither a folder nor a readable zip file (%1).").arg(why));
    };
    zip_error_t error;
    zip_error_init(&error);
    std::unique_ptr<zip_source_t, ZipSourceDeleter> source(
        zip_source_buffer_create(zip.constData(), zip.size(), 0, &error));
    if (!source) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return notZip(why);
    }
    std::unique_ptr<zip_t, ZipDeleter> archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        // libzip's words: "Not a zip archive", "Zip archive inconsistent", "Multi-disk zip archives not supported"…
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return notZip(why);
    }
    zip_error_fini(&error);
    zip_source_keep(source.get()); // the archive holds a reference of its own now

    QtiPackage package;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count > MaxFiles)
        return fail(
            ErrorCode::LimitExceeded,
            tr("The package holds more than %1 files; it is refused (split it into smaller packages).").arg(MaxFiles));
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
            return notZip(QString::fromUtf8(zip_strerror(archive.get())));
        const QString name = QString::fromUtf8(stat.name);
        auto path = checkedPath(name.endsWith(u'/') ? name.chopped(1) : name);
        if (!path)
            return std::unexpected(path.error());
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), static_cast<zip_uint64_t>(index), 0, &system, &attributes)
                == 0
            && system == ZIP_OPSYS_UNIX && S_ISLNK(attributes >> 16))
            return fail(ErrorCode::ParseError,
                        tr("The package holds \"%1\", a symbolic link; it is refused.").arg(name));
        if (name.endsWith(u'/'))
            continue; // a folder
        if (stat.size > static_cast<zip_uint64_t>(MaxFileBytes))
            return fail(ErrorCode::LimitExceeded, tr("%1 in the package is larger than %2 MiB; it is refused.")
                                                      .arg(*path)
                                                      .arg(MaxFileBytes / (1024 * 1024)));
        if (stat.size > static_cast<zip_uint64_t>(ZipBombFloor)
            && stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > static_cast<zip_uint64_t>(MaxExpansion))
            return fail(ErrorCode::LimitExceeded, tr("%1 in the package expands %2 times its compressed size: a zip "
                                                     "bomb, or a damaged file. The package is refused.")
                                                      .arg(*path)
                                                      .arg(stat.size / std::max<zip_uint64_t>(stat.comp_size, 1)));
        std::unique_ptr<zip_file_t, ZipFileDeleter> entry(
            zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
        if (!entry)
            return fail(ErrorCode::ParseError, tr("%1 in the package cannot be read: %2. Make the zip again without "
                                                  "encryption, with the usual compression (deflate).")
                                                   .arg(*path, QString::fromUtf8(zip_strerror(archive.get()))));
        // Never more than declared: a size that lies is found here, not by running out of memory.
        QByteArray bytes(static_cast<qsizetype>(stat.size) + 1, Qt::Uninitialized);
        const zip_int64_t read = zip_fread(entry.get(), bytes.data(), static_cast<zip_uint64_t>(bytes.size()));
        if (read != static_cast<zip_int64_t>(stat.size))
            return fail(ErrorCode::ParseError, tr("%1 in the package does not hold what its zip entry declares; the "
                                                  "package is damaged.")
                                                   .arg(*path));
        bytes.truncate(static_cast<qsizetype>(read));
        if (auto added = package.add(*path, std::move(bytes)); !added)
            return std::unexpected(added.error());
    }
    return package;
}

Result<QtiPackage> QtiPackage::fromFolder(const QString& folder)
{
    QtiPackage package;
    const QDir root(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString relative = root.relativeFilePath(info.absoluteFilePath());
        if (info.isSymLink())
            return fail(ErrorCode::ParseError,
                        tr("The package holds \"%1\", a symbolic link; it is refused (copy the files it points to "
                           "into the package).")
                            .arg(relative));
        if (info.isDir())
            continue;
        if (!info.isFile())
            return fail(ErrorCode::ParseError, tr("The package holds \"%1\", which is not a file (a pipe, socket or "
                                                  "device); it is refused.")
                                                   .arg(relative));
        auto path = checkedPath(relative);
        if (!path)
            return std::unexpected(path.error());
        if (info.size() > MaxFileBytes)
            return fail(ErrorCode::LimitExceeded, tr("%1 in the package is larger than %2 MiB; it is refused.")
                                                      .arg(*path)
                                                      .arg(MaxFileBytes / (1024 * 1024)));
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::IoError, tr("%1 in the package cannot be read: %2").arg(*path, file.errorString()));
        if (auto added = package.add(*path, file.read(MaxFileBytes + 1)); !added)
            return std::unexpected(added.error());
    }
    return package;
}

Result<QString> QtiPackage::resolve(const QString& base, const QString& href)
{
    const QUrl url(href);
    if (!url.isValid() || !url.scheme().isEmpty() || !url.host().isEmpty() || href.startsWith(u"//"))
        return fail(ErrorCode::NotAllowed, tr("\"%1\" is outside the package (an external link).").arg(href));
    const QString decoded = url.path(QUrl::FullyDecoded);
    QStringList parts = base.isEmpty() ? QStringList() : base.split(u'/');
    for (const QString& part : decoded.split(u'/')) {
        if (part.isEmpty() || part == u".")
            continue;
        if (part == u"..") {
            if (parts.isEmpty())
                return fail(ErrorCode::NotAllowed, tr("\"%1\" reaches outside the package.").arg(href));
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    if (decoded.startsWith(u'/'))
        return fail(ErrorCode::NotAllowed, tr("\"%1\" is an absolute path, outside the package.").arg(href));
    return parts.join(u'/');
}

} // namespace exam::qti
