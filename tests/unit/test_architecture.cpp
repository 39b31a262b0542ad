// The layer rules of DESIGN.md, checked on the sources: core and itembanks include no Widgets header,
// ui includes neither SQLite nor OpenSSL.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Include
{
    QString file;
    int line;
    QString header;
};

QList<Include> includesUnder(const QString& folder)
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    QList<Include> found;
    QDirIterator it(exam::test::sourcePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.hpp"),
                                                     QStringLiteral("*.cpp"), QStringLiteral("*.cc")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const auto match = include.match(QString::fromUtf8(file.readLine()));
            if (match.hasMatch())
                found.append({file.fileName(), line, match.captured(1)});
        }
    }
    return found;
}

// Every header QtWidgets installs, by bare name ("QLabel", "qlabel.h") and with its module prefix.
QSet<QString> widgetsHeaders()
{
    QSet<QString> names{QStringLiteral("QtWidgets")};
    for (const QString& dir : QStringLiteral(EXAM_QTWIDGETS_INCLUDE_DIR).split(QLatin1Char(';'))) {
        QDir widgets(dir);
        if (!widgets.dirName().endsWith(QLatin1String("QtWidgets")))
            continue;
        for (const QString& entry : widgets.entryList(QDir::Files)) {
            names.insert(entry);
            names.insert(QStringLiteral("QtWidgets/") + entry);
        }
    }
    return names;
}

} // namespace

TEST_CASE("core and itembanks include no QtWidgets header", "[architecture]")
{
    const QSet<QString> forbidden = widgetsHeaders();
    REQUIRE(forbidden.contains(QStringLiteral("QPushButton"))); // the list really was found
    REQUIRE(forbidden.size() > 100);
    const QList<Include> includes = includesUnder(QStringLiteral("core")) + includesUnder(QStringLiteral("itembanks"));
    REQUIRE(includes.size() > 20);
    for (const Include& include : includes) {
        INFO(include.file.toStdString() << ":" << include.line << " includes " << include.header.toStdString());
        CHECK_FALSE(forbidden.contains(include.header));
        CHECK_FALSE(include.header.startsWith(QLatin1String("QtGui")));
    }
}

TEST_CASE("ui touches neither SQLite nor OpenSSL", "[architecture]")
{
    const QList<Include> includes = includesUnder(QStringLiteral("ui"));
    REQUIRE_FALSE(includes.isEmpty());
    for (const Include& include : includes) {
        INFO(include.file.toStdString() << ":" << include.line << " includes " << include.header.toStdString());
        CHECK_FALSE(include.header.startsWith(QLatin1String("openssl/")));
        CHECK_FALSE(include.header.startsWith(QLatin1String("sqlite")));
        CHECK_FALSE(include.header.startsWith(QLatin1String("storage/")));
        CHECK_FALSE(include.header.startsWith(QLatin1String("crypto/")));
        CHECK_FALSE(include.header.contains(QLatin1String("QSql")));
    }
}
