// The layer rules (README, "For developers"), checked on the sources: core and itembanks include no Widgets header,
// ui includes neither SQLite nor OpenSSL.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
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
    QDirIterator it(exam::test::sourcePath(folder),
                    {QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cc")},
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

namespace {

// core's folders (banks, crypto, session…) and which others each includes.
QMap<QString, QSet<QString>> coreFolderGraph()
{
    QMap<QString, QSet<QString>> graph;
    const QString root = exam::test::sourcePath(QStringLiteral("core")) + u'/';
    for (const Include& include : includesUnder(QStringLiteral("core"))) {
        const QString relative = include.file.mid(root.size());
        if (!relative.contains(u'/'))
            continue; // error.h and friends belong to every folder
        const QString from = relative.section(u'/', 0, 0);
        const QString to = include.header.section(u'/', 0, 0);
        graph[from]; // every folder is a node, also one that includes no other
        if (include.header.contains(u'/') && to != from && QFileInfo(root + to).isDir())
            graph[from].insert(to);
    }
    return graph;
}

// A path of folders that leads back to its start, or nothing.
QStringList cycleFrom(const QMap<QString, QSet<QString>>& graph, const QString& start)
{
    QList<QStringList> paths{{start}};
    QSet<QString> seen;
    while (!paths.isEmpty()) {
        const QStringList path = paths.takeFirst();
        for (const QString& next : graph.value(path.last())) {
            if (next == start)
                return path + QStringList{next};
            if (!seen.contains(next)) {
                seen.insert(next);
                paths.append(path + QStringList{next});
            }
        }
    }
    return {};
}

// Every source file under `folder` with its whole text.
QList<QPair<QString, QString>> filesUnder(const QString& folder)
{
    QList<QPair<QString, QString>> files;
    QDirIterator it(exam::test::sourcePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        files.append({file.fileName(), QString::fromUtf8(file.readAll())});
    }
    return files;
}

} // namespace

TEST_CASE("core's folders include each other without a cycle", "[architecture]")
{
    const auto graph = coreFolderGraph();
    REQUIRE(graph.contains(QStringLiteral("banks")));
    REQUIRE(graph.value(QStringLiteral("results")).contains(QStringLiteral("session"))); // the graph was read
    for (auto it = graph.cbegin(); it != graph.cend(); ++it) {
        const QStringList cycle = cycleFrom(graph, it.key());
        INFO("cycle: " << cycle.join(QStringLiteral(" -> ")).toStdString());
        CHECK(cycle.isEmpty());
    }
    // The one found by reading the code: the bank catalogue needs a folder, not the station's paths.
    CHECK_FALSE(graph.value(QStringLiteral("banks")).contains(QStringLiteral("station")));
}

TEST_CASE("A key's id is a crypto helper: nothing outside the bank format includes the format for it", "[architecture]")
{
    static const QRegularExpression declaration(QStringLiteral(R"(\bQString\s+keyIdOf\s*\()"));
    QStringList declaredIn;
    for (const QString& folder :
         {QStringLiteral("core"), QStringLiteral("itembanks"), QStringLiteral("app"), QStringLiteral("ui")})
        for (const auto& [file, text] : filesUnder(folder))
            if (declaration.match(text).hasMatch())
                declaredIn.append(file);
    REQUIRE(declaredIn.size() == 2); // its header and its source
    for (const QString& file : declaredIn)
        CHECK(file.contains(QStringLiteral("/core/crypto/keyid.")));
    // Delivery, results and the intake have no business with the bank format.
    for (const QString& folder : {QStringLiteral("core/delivery"), QStringLiteral("core/results"),
                                  QStringLiteral("core/intake"), QStringLiteral("app/intake")})
        for (const Include& include : includesUnder(folder)) {
            INFO(include.file.toStdString() << ":" << include.line);
            CHECK(include.header != QStringLiteral("banks/bankformat.h"));
        }
}

TEST_CASE("No SQL outside core: the apps and screens ask core's classes", "[architecture]")
{
    // A statement prepared or run from a string literal that starts with an SQL verb (the call may be
    // wrapped over lines).
    static const QRegularExpression sql(
        QStringLiteral(
            R"(\b(prepare|exec)\s*\(\s*QStringLiteral\s*\(\s*"\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|WITH)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    int scanned = 0;
    for (const QString& folder : {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("itembanks")})
        for (const auto& [file, text] : filesUnder(folder)) {
            ++scanned;
            const auto found = sql.match(text);
            INFO(file.toStdString() << ": " << found.captured(0).toStdString());
            CHECK_FALSE(found.hasMatch());
        }
    REQUIRE(scanned > 50);
    // …and the settings table is StationSettings' alone, in core too.
    for (const auto& [file, text] : filesUnder(QStringLiteral("core"))) {
        if (file.contains(QStringLiteral("station/stationsettings."))
            || file.contains(QStringLiteral("station/stationschema.")))
            continue;
        INFO(file.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("FROM settings")));
        CHECK_FALSE(text.contains(QStringLiteral("INTO settings")));
    }
}

TEST_CASE("The score report's library draws with QtGui alone", "[architecture]")
{
    const QSet<QString> forbidden = widgetsHeaders();
    const QList<Include> includes = includesUnder(QStringLiteral("ui/report"));
    REQUIRE(includes.size() > 5);
    for (const Include& include : includes) {
        INFO(include.file.toStdString() << ":" << include.line << " includes " << include.header.toStdString());
        CHECK_FALSE(forbidden.contains(include.header));
    }
}
