// Every generated item's key, recomputed from the facts in its `# check:` line by code that shares
// nothing with the generator, and every drawing measured to show those facts.
#include "compiler/itemtext.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <numeric>

using namespace exam;

namespace {

struct Generated
{
    QString check;
    banks::Item item;
};

QMap<QString, QString> params(const QString& check)
{
    QMap<QString, QString> map;
    const QStringList words = check.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words.mid(1))
        map.insert(word.section(u'=', 0, 0), word.section(u'=', 1));
    map.insert(QStringLiteral("template"), words.first());
    return map;
}

QList<int> ints(const QString& list)
{
    QList<int> values;
    for (const QString& part : list.split(u','))
        values.append(part.toInt());
    return values;
}

QList<double> doubles(const QString& list)
{
    QList<double> values;
    for (const QString& part : list.split(u','))
        values.append(part.toDouble());
    return values;
}

// "2 5/16 in" -> 2.3125; also demands lowest terms.
double mixedInches(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(?:(\d+) )?(?:(\d+)/(\d+) )?in$)"));
    const auto match = pattern.match(text);
    REQUIRE(match.hasMatch());
    double value = match.captured(1).toDouble();
    if (!match.captured(2).isEmpty()) {
        const int n = match.captured(2).toInt(), d = match.captured(3).toInt();
        CHECK(std::gcd(n, d) == 1);
        CHECK(n < d);
        value += double(n) / d;
    }
    return value;
}

double leadingNumber(const QString& text)
{
    QString digits = text.section(u' ', 0, 0);
    digits.remove(u',').remove(u'%');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    REQUIRE(ok);
    return value;
}

QString readMedia(const QString& folder, const QString& name)
{
    QFile file(QDir(folder).filePath(QStringLiteral("media/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString stemImage(const banks::ItemBody& body)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    const auto match = image.match(body.stem);
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

double attribute(const QString& svg, const QString& elementPattern, const QString& name)
{
    const QRegularExpression element(QStringLiteral("<[^>]*%1[^>]*>").arg(elementPattern));
    const auto tag = element.match(svg);
    REQUIRE(tag.hasMatch());
    const auto value = QRegularExpression(QStringLiteral("\\b%1=\"([-0-9.]+)").arg(name)).match(tag.captured(0));
    REQUIRE(value.hasMatch());
    return value.captured(1).toDouble();
}

// Cells of an orthographic view drawing: rect class="cell" at x = 10 + 30c, y = 10 + 30(2 - level).
QSet<std::pair<int, int>> viewCells(const QString& svg)
{
    QSet<std::pair<int, int>> cells;
    const QRegularExpression rect(QStringLiteral(R"re(<rect x="([0-9.]+)" y="([0-9.]+)"[^>]*class="cell")re"));
    for (auto it = rect.globalMatch(svg); it.hasNext();) {
        const auto match = it.next();
        cells.insert({2 - (match.captured(2).toInt() - 10) / 30, (match.captured(1).toInt() - 10) / 30});
    }
    return cells;
}

QList<Generated> generate(const QString& module, const QString& folder)
{
    QProcess process;
    process.start(QStringLiteral(EXAM_BINARY_DIR "/bin/exam-itemgen"), {module, folder});
    REQUIRE(process.waitForFinished(60'000));
    REQUIRE(process.exitCode() == 0);
    QFile file(QDir(folder).filePath(QStringLiteral("items/generated.txt")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QList<Generated> items;
    for (const QString& chunk : text.split(QStringLiteral("\n---\n"))) {
        const auto check =
            QRegularExpression(QStringLiteral("^# check: (.*)$"), QRegularExpression::MultilineOption).match(chunk);
        if (!check.hasMatch())
            continue;
        QList<bankcompiler::SourceProblem> problems;
        const auto parsed = bankcompiler::ItemTextParser::parse(chunk, module, problems);
        REQUIRE(problems.isEmpty());
        REQUIRE(parsed.size() == 1);
        items.append({check.captured(1), parsed.first().item});
    }
    return items;
}

void verify(const Generated& generated, const QString& folder)
{
    const auto p = params(generated.check);
    const banks::ItemBody& body = generated.item.body.reveal();
    const QString key = body.options.value(body.key).text;
    const QString t = p.value(QStringLiteral("template"));
    INFO(generated.item.id.toStdString() << ": " << generated.check.toStdString() << " key " << key.toStdString());
    REQUIRE(body.options.size() == 4);

    if (t == u"rule") {
        const int s = p[QStringLiteral("sixteenths")].toInt();
        CHECK(mixedInches(key) == Approx(s / 16.0));
        CHECK(attribute(readMedia(folder, stemImage(body)), QStringLiteral("id=\"pointer\""), QStringLiteral("x1"))
              == Approx(30 + 60.0 * s / 16).margin(0.01));
    } else if (t == u"dial-caliper") {
        const int tenths = p[QStringLiteral("tenths")].toInt(), thou = p[QStringLiteral("thousandths")].toInt();
        CHECK(key == QString::number(tenths / 10.0 + thou / 1000.0, 'f', 3) + QStringLiteral(" in"));
        const QString svg = readMedia(folder, stemImage(body));
        CHECK(attribute(svg, QStringLiteral("id=\"jaw\""), QStringLiteral("x1")) == Approx(30 + 6.0 * tenths));
        const auto rotation = QRegularExpression(QStringLiteral(R"re(id="needle"[^>]*rotate\(([0-9.]+))re")).match(svg);
        REQUIRE(rotation.hasMatch());
        CHECK(rotation.captured(1).toDouble() == Approx(thou * 3.6).margin(0.01));
    } else if (t == u"micrometer") {
        const int quarters = p[QStringLiteral("quarters")].toInt(), thimble = p[QStringLiteral("thimble")].toInt();
        CHECK(key == QString::number(quarters * 0.025 + thimble * 0.001, 'f', 3) + QStringLiteral(" in"));
        const QString svg = readMedia(folder, stemImage(body));
        CHECK(attribute(svg, QStringLiteral("id=\"thimble-edge\""), QStringLiteral("x1"))
              == Approx(30 + 10.0 * quarters));
        const auto aligned =
            QRegularExpression(QStringLiteral(R"re(y1="100" [^>]*class="thimble-tick" data-n="(\d+)")re")).match(svg);
        REQUIRE(aligned.hasMatch());
        CHECK(aligned.captured(1).toInt() == thimble);
    } else if (t == u"fraction") {
        const int n = p[QStringLiteral("numerator")].toInt(), d = p[QStringLiteral("denominator")].toInt();
        CHECK(key.toDouble() == Approx(double(n) / d));
        CHECK(body.stem.contains(QStringLiteral("%1/%2 in").arg(n).arg(d)));
    } else if (t == u"inch-to-mm") {
        const double inches = p[QStringLiteral("inches")].toDouble();
        CHECK(key.endsWith(QStringLiteral(" mm")));
        CHECK(leadingNumber(key) == Approx(inches * 25.4));
    } else if (t == u"linear") {
        const int a = p[QStringLiteral("a")].toInt(), b = p[QStringLiteral("b")].toInt(),
                  c = p[QStringLiteral("c")].toInt();
        CHECK(key.toDouble() == Approx(double(c - b) / a));
        CHECK(body.stem.contains(QStringLiteral("= %1").arg(c)));
    } else if (t == u"rectangle") {
        const int area = p[QStringLiteral("area")].toInt(), width = p[QStringLiteral("width")].toInt();
        CHECK(leadingNumber(key) == Approx(double(area) / width));
    } else if (t == u"mean" || t == u"median" || t == u"range") {
        QList<int> values = ints(p[QStringLiteral("values")]);
        CHECK(body.stem.contains(QStringList([&] {
                                     QStringList s;
                                     for (int v : values)
                                         s.append(QString::number(v));
                                     return s;
                                 }())
                                     .join(QStringLiteral(", "))));
        std::sort(values.begin(), values.end());
        const double expected = t == u"mean"     ? std::accumulate(values.begin(), values.end(), 0.0) / values.size()
                                : t == u"median" ? values[values.size() / 2]
                                                 : values.last() - values.first();
        CHECK(key.toDouble() == Approx(expected));
    } else if (t == u"percent") {
        CHECK(leadingNumber(key)
              == Approx(100.0 * p[QStringLiteral("defective")].toInt() / p[QStringLiteral("total")].toInt()));
    } else if (t == u"lever") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("load")].toDouble() * p[QStringLiteral("load-arm")].toDouble()
                        / p[QStringLiteral("effort-arm")].toDouble()));
    } else if (t == u"gears") {
        const double rpm = p[QStringLiteral("driver-rpm")].toDouble() * p[QStringLiteral("driver-teeth")].toDouble()
                           / p[QStringLiteral("driven-teeth")].toDouble();
        CHECK(leadingNumber(key) == Approx(rpm));
        // Meshing gears turn opposite ways; an idler between them makes the last turn like the driver.
        CHECK(key.endsWith(p[QStringLiteral("idler")] == u"1" ? QStringLiteral(", clockwise")
                                                              : QStringLiteral(", counterclockwise")));
    } else if (t == u"pulley") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("load")].toDouble() / p[QStringLiteral("segments")].toDouble()));
    } else if (t == u"ohm") {
        const QString unknown = p[QStringLiteral("unknown")];
        CHECK(p[QStringLiteral("volts")].toDouble()
              == Approx(p[QStringLiteral("amps")].toDouble() * p[QStringLiteral("ohms")].toDouble()));
        const QString unit = unknown == u"volts"  ? QStringLiteral(" V")
                             : unknown == u"amps" ? QStringLiteral(" A")
                                                  : QStringLiteral(" Ω");
        CHECK(key.endsWith(unit));
        CHECK(leadingNumber(key) == Approx(p[unknown].toDouble()));
    } else if (t == u"series") {
        const QList<int> values = ints(p[QStringLiteral("ohms")]);
        CHECK(leadingNumber(key) == Approx(std::accumulate(values.begin(), values.end(), 0)));
    } else if (t == u"control-chart") {
        const QList<double> values = doubles(p[QStringLiteral("values")]);
        const double ucl = p[QStringLiteral("ucl")].toDouble(), lcl = p[QStringLiteral("lcl")].toDouble();
        QList<int> outside;
        for (int i = 0; i < values.size(); ++i)
            if (values[i] > ucl || values[i] < lcl)
                outside.append(i + 1);
        REQUIRE(outside.size() == 1);
        CHECK(key == QStringLiteral("Sample %1").arg(outside.first()));
    } else if (t == u"histogram") {
        const QStringList labels = p[QStringLiteral("labels")].split(u',');
        const QList<int> counts = ints(p[QStringLiteral("counts")]);
        if (p[QStringLiteral("ask")] == u"mode") {
            const auto most = std::max_element(counts.begin(), counts.end()) - counts.begin();
            CHECK(std::count(counts.begin(), counts.end(), counts[most]) == 1);
            CHECK(key == labels[most] + QStringLiteral(" mm"));
        } else {
            CHECK(key.toInt() == counts[labels.indexOf(p[QStringLiteral("bin")])]);
        }
        const QString svg = readMedia(folder, stemImage(body));
        for (int i = 0; i < labels.size(); ++i)
            CHECK(attribute(svg, QStringLiteral("data-bin=\"%1\"").arg(labels[i]), QStringLiteral("height"))
                  == Approx(counts[i] * 10));
    } else if (t == u"orthographic") {
        const QStringList rows = p[QStringLiteral("heights")].split(u'/');
        QSet<std::pair<int, int>> front; // (level, column): the tallest stack in each column, seen from the front
        for (int column = 0; column < 3; ++column) {
            int tallest = 0;
            for (const QString& row : rows)
                tallest = std::max(tallest, row[column].digitValue());
            for (int level = 0; level < tallest; ++level)
                front.insert({level, column});
        }
        int matching = 0;
        for (int i = 0; i < body.options.size(); ++i) {
            const bool isFront = viewCells(readMedia(folder, body.options[i].image)) == front;
            matching += isFront;
            if (isFront)
                CHECK(i == body.key);
        }
        CHECK(matching == 1);
    } else {
        FAIL("unknown template " << t.toStdString());
    }
}

} // namespace

TEST_CASE("Generated items: every key recomputes from its facts, every drawing shows them", "[banks][generated]")
{
    const QString module = GENERATE(as<QString>(), QStringLiteral("mt1-s1"), QStringLiteral("mt1-s2"),
                                    QStringLiteral("mt1-s3"), QStringLiteral("cpt-quality"));
    INFO(module.toStdString());
    QTemporaryDir dir;
    const QList<Generated> items = generate(module, dir.path());
    REQUIRE_FALSE(items.isEmpty());
    QSet<QString> stems;
    for (const Generated& generated : items) {
        verify(generated, dir.path());
        stems.insert(generated.item.body.reveal().stem);
        QSet<QString> options;
        for (const banks::ItemOption& option : generated.item.body.reveal().options)
            options.insert(option.text + option.image);
        CHECK(options.size() == 4);
    }
    CHECK(stems.size() == items.size()); // generated items are distinct

    SECTION("the generator is deterministic")
    {
        QTemporaryDir again;
        const QList<Generated> second = generate(module, again.path());
        REQUIRE(second.size() == items.size());
        for (int i = 0; i < items.size(); ++i)
            CHECK(second[i].item == items[i].item);
    }
}
