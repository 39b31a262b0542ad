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

QRegularExpressionMatch stemImageMatch(const banks::ItemBody& body)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\(([^)]+)\))"));
    return image.match(body.stem);
}

QString stemImage(const banks::ItemBody& body)
{
    const auto match = stemImageMatch(body);
    REQUIRE(match.hasMatch());
    return match.captured(2);
}

QString stemAlt(const banks::ItemBody& body)
{
    const auto match = stemImageMatch(body);
    return match.hasMatch() ? match.captured(1) : QString();
}

// "$1,234.50" -> 1234.5
double dollars(const QString& text)
{
    REQUIRE(text.startsWith(u'$'));
    QString digits = text.mid(1);
    digits.remove(u',');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    REQUIRE(ok);
    return value;
}

// "4.5 × 10⁻⁴ in" -> {4.5, -4}
std::pair<double, int> scientific(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d\\.\\d) × 10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+) in$"));
    const auto match = pattern.match(text);
    REQUIRE(match.hasMatch());
    int exponent = 0;
    for (const QChar c : match.captured(3))
        exponent = exponent * 10 + int(QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹").indexOf(c));
    return {match.captured(1).toDouble(), match.captured(2).isEmpty() ? exponent : -exponent};
}

// The numbers an option states ("0.437 in" -> 0.437; "Micrometer, reads to 0.01 mm" -> 0.01).
double lastNumber(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"((\d+(?:\.\d+)?))"));
    double value = -1;
    for (auto it = number.globalMatch(text); it.hasNext();)
        value = it.next().captured(1).toDouble();
    REQUIRE(value >= 0);
    return value;
}

// Numbers written in a text, as they are written ("5/16", "0.437", "47"), fractions kept whole.
QStringList numberTokens(const QString& text)
{
    static const QRegularExpression token(QStringLiteral(R"((?<![\d.,/])\d+(?:[.,/]\d+)*)"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens.append(it.next().captured(0));
    return tokens;
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
    } else if (t == u"metric-rule") {
        const int mm = p[QStringLiteral("mm")].toInt();
        CHECK(key == QStringLiteral("%1 mm").arg(mm));
        CHECK(attribute(readMedia(folder, stemImage(body)), QStringLiteral("id=\"pointer\""), QStringLiteral("x1"))
              == Approx(30 + 4.0 * mm).margin(0.01));
    } else if (t == u"metric-caliper") {
        const int mm = p[QStringLiteral("mm")].toInt(), hundredths = p[QStringLiteral("hundredths")].toInt();
        CHECK(key == QString::number(mm + hundredths / 100.0, 'f', 2) + QStringLiteral(" mm"));
        const QString svg = readMedia(folder, stemImage(body));
        CHECK(attribute(svg, QStringLiteral("id=\"jaw\""), QStringLiteral("x1")) == Approx(30 + 6.0 * mm));
        const auto rotation = QRegularExpression(QStringLiteral(R"re(id="needle"[^>]*rotate\(([0-9.]+))re")).match(svg);
        REQUIRE(rotation.hasMatch());
        CHECK(rotation.captured(1).toDouble() == Approx(hundredths * 3.6).margin(0.01));
    } else if (t == u"metric-micrometer") {
        const int mm = p[QStringLiteral("mm")].toInt(), half = p[QStringLiteral("half")].toInt(),
                  thimble = p[QStringLiteral("thimble")].toInt();
        CHECK(key == QString::number(mm + 0.5 * half + thimble / 100.0, 'f', 2) + QStringLiteral(" mm"));
        CHECK(body.stem.contains(QStringLiteral("is %1 mm.").arg(mm)));
        CHECK(body.stem.contains(half ? QStringLiteral("also showing") : QStringLiteral("not showing")));
        CHECK(body.stem.contains(QStringLiteral("Line %1 on the thimble").arg(thimble)));
    } else if (t == u"nearest-sixteenth") {
        const int thousandths = p[QStringLiteral("thousandths")].toInt();
        CHECK(mixedInches(key) == Approx(std::round(thousandths / 62.5) / 16));
        CHECK(std::abs(mixedInches(key) - thousandths / 1000.0) < 1.0 / 32);
        CHECK(body.stem.contains(QString::number(thousandths / 1000.0, 'f', 3) + QStringLiteral(" in")));
    } else if (t == u"mm-to-inch") {
        const int mm = p[QStringLiteral("mm")].toInt();
        CHECK(key.endsWith(QStringLiteral(" in")));
        CHECK(leadingNumber(key) == Approx(std::round(mm / 25.4 * 100) / 100).margin(1e-9));
    } else if (t == u"limits") {
        const double nominal = p[QStringLiteral("nominal")].toDouble(),
                     tolerance = p[QStringLiteral("tolerance")].toDouble();
        const auto match =
            QRegularExpression(QStringLiteral(R"(^([0-9.]+) (in|mm) and ([0-9.]+) (in|mm)$)")).match(key);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(1).toDouble() == Approx(nominal - tolerance));
        CHECK(match.captured(3).toDouble() == Approx(nominal + tolerance));
        CHECK(body.stem.contains(QStringLiteral("%1 ± ").arg(p[QStringLiteral("nominal")])));
    } else if (t == u"unilateral") {
        const double nominal = p[QStringLiteral("nominal")].toDouble(), plus = p[QStringLiteral("plus")].toDouble(),
                     minus = p[QStringLiteral("minus")].toDouble();
        QList<int> passing;
        for (int i = 0; i < body.options.size(); ++i) {
            const double size = leadingNumber(body.options[i].text);
            if (size >= nominal - minus - 1e-9 && size <= nominal + plus + 1e-9)
                passing.append(i);
        }
        CHECK(passing == QList<int>{body.key});
    } else if (t == u"ten-to-one") {
        // The least precise tool whose resolution is a tenth of the total tolerance or finer.
        const double needed = 2 * p[QStringLiteral("tolerance")].toDouble() / 10;
        int best = -1;
        for (int i = 0; i < body.options.size(); ++i) {
            const double resolution = lastNumber(body.options[i].text);
            if (resolution <= needed + 1e-9 && (best < 0 || resolution > lastNumber(body.options[best].text)))
                best = i;
        }
        CHECK(best == body.key);
    } else if (t == u"fraction-sum") {
        CHECK(mixedInches(key) == Approx((p[QStringLiteral("a")].toInt() + p[QStringLiteral("b")].toInt()) / 16.0));
    } else if (t == u"fraction-difference") {
        CHECK(mixedInches(key) == Approx((p[QStringLiteral("a")].toInt() - p[QStringLiteral("b")].toInt()) / 16.0));
    } else if (t == u"angle") {
        REQUIRE(key.endsWith(QStringLiteral("°")));
        CHECK(key.chopped(1).toDouble()
              == Approx(p[QStringLiteral("degrees")].toInt() + p[QStringLiteral("minutes")].toInt() / 60.0));
    } else if (t == u"runout") {
        CHECK(leadingNumber(key) == Approx(p[QStringLiteral("high")].toDouble() - p[QStringLiteral("low")].toDouble()));
    } else if (t == u"feet-inches") {
        const auto match = QRegularExpression(QStringLiteral(R"(^(\d+) ft (\d+) in$)")).match(key);
        REQUIRE(match.hasMatch());
        CHECK(match.captured(2).toInt() < 12);
        CHECK(match.captured(1).toInt() * 12 + match.captured(2).toInt() == p[QStringLiteral("inches")].toInt());
    } else if (t == u"micrometres") {
        CHECK(body.stem.contains(p[QStringLiteral("um")] + QStringLiteral(" µm")));
        CHECK(key.endsWith(QStringLiteral(" mm")));
        CHECK(leadingNumber(key) == Approx(p[QStringLiteral("um")].toDouble() / 1000));
    } else if (t == u"litres") {
        CHECK(key.endsWith(QStringLiteral(" L")));
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("length")].toDouble() * p[QStringLiteral("width")].toDouble()
                        * p[QStringLiteral("height")].toDouble() / 1000));
    } else if (t == u"scale") {
        CHECK(body.stem.contains(QStringLiteral("1:") + p[QStringLiteral("ratio")]));
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("ratio")].toDouble() * p[QStringLiteral("drawn")].toDouble()));
    } else if (t == u"pitch") {
        CHECK(leadingNumber(key) == Approx(1 / p[QStringLiteral("tpi")].toDouble()));
    } else if (t == u"total-tolerance") {
        CHECK(leadingNumber(key) == Approx(p[QStringLiteral("high")].toDouble() - p[QStringLiteral("low")].toDouble()));
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
    } else if (t == u"divide-equation") {
        const int a = p[QStringLiteral("a")].toInt(), b = p[QStringLiteral("b")].toInt(),
                  c = p[QStringLiteral("c")].toInt();
        CHECK(body.stem.contains(QStringLiteral("x/%1 + %2 = %3").arg(a).arg(b).arg(c)));
        CHECK(key.toDouble() == Approx((c - b) * a));
    } else if (t == u"bracket-equation") {
        const int a = p[QStringLiteral("a")].toInt(), b = p[QStringLiteral("b")].toInt(),
                  c = p[QStringLiteral("c")].toInt();
        CHECK(body.stem.contains(QStringLiteral("%1(x + %2) = %3").arg(a).arg(b).arg(c)));
        CHECK(key.toDouble() == Approx(double(c) / a - b));
    } else if (t == u"both-sides") {
        const int a = p[QStringLiteral("a")].toInt(), b = p[QStringLiteral("b")].toInt(),
                  c = p[QStringLiteral("c")].toInt(), d = p[QStringLiteral("d")].toInt();
        CHECK(body.stem.contains(QStringLiteral("%1x + %2 = ").arg(a).arg(b)));
        CHECK(body.stem.contains(QStringLiteral(" + %1").arg(d)));
        CHECK(key.toDouble() == Approx(double(d - b) / (a - c)));
    } else if (t == u"rectangle") {
        const int area = p[QStringLiteral("area")].toInt(), width = p[QStringLiteral("width")].toInt();
        CHECK(leadingNumber(key) == Approx(double(area) / width));
    } else if (t == u"perimeter") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("perimeter")].toDouble() / 2 - p[QStringLiteral("length")].toDouble()));
    } else if (t == u"ratio") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("first")].toDouble() * p[QStringLiteral("second-parts")].toDouble()
                        / p[QStringLiteral("first-parts")].toDouble()));
    } else if (t == u"proportion") {
        CHECK(key.toDouble()
              == Approx(p[QStringLiteral("parts")].toDouble() * p[QStringLiteral("asked")].toDouble()
                        / p[QStringLiteral("minutes")].toDouble()));
    } else if (t == u"inverse") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("workers")].toDouble() * p[QStringLiteral("hours")].toDouble()
                        / p[QStringLiteral("new-workers")].toDouble()));
    } else if (t == u"percent-of") {
        CHECK(key.toDouble()
              == Approx(p[QStringLiteral("base")].toDouble() * p[QStringLiteral("percent")].toDouble() / 100));
    } else if (t == u"percent-change") {
        const double before = p[QStringLiteral("old")].toDouble(), after = p[QStringLiteral("new")].toDouble();
        CHECK(leadingNumber(key) == Approx(100 * std::abs(after - before) / before));
        CHECK(body.stem.contains(after > before ? QStringLiteral("increase") : QStringLiteral("decrease")));
    } else if (t == u"circle-area") {
        const double r = p[QStringLiteral("diameter")].toDouble() / 2;
        CHECK(leadingNumber(key) == Approx(3.1416 * r * r).margin(0.006));
    } else if (t == u"triangle") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("base")].toDouble() * p[QStringLiteral("height")].toDouble() / 2));
    } else if (t == u"cylinder") {
        const double r = p[QStringLiteral("diameter")].toDouble() / 2;
        CHECK(leadingNumber(key) == Approx(3.1416 * r * r * p[QStringLiteral("height")].toDouble()).margin(0.006));
    } else if (t == u"plate-weight") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("length")].toDouble() * p[QStringLiteral("width")].toDouble()
                        * p[QStringLiteral("thickness")].toDouble() * p[QStringLiteral("density")].toDouble())
                     .margin(0.006));
        CHECK(body.stem.contains(p[QStringLiteral("density")] + QStringLiteral(" lb per cubic inch")));
    } else if (t == u"circumference") {
        CHECK(leadingNumber(key) == Approx(3.1416 * p[QStringLiteral("diameter")].toDouble()).margin(0.006));
    } else if (t == u"run-time") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("order")].toDouble() / p[QStringLiteral("rate")].toDouble()));
    } else if (t == u"temperature") {
        CHECK(key.endsWith(QStringLiteral(" °C")));
        CHECK(leadingNumber(key) == Approx((p[QStringLiteral("fahrenheit")].toDouble() - 32) / 1.8));
    } else if (t == u"operations") {
        const int a = p[QStringLiteral("a")].toInt(), b = p[QStringLiteral("b")].toInt(),
                  c = p[QStringLiteral("c")].toInt(), d = p[QStringLiteral("d")].toInt(),
                  e = p[QStringLiteral("e")].toInt();
        CHECK(body.stem.contains(QStringLiteral("%1 + %2 × %3 − %4 ÷ %5").arg(a).arg(b).arg(c).arg(d).arg(e)));
        CHECK(key.toDouble() == Approx(a + b * c - double(d) / e));
    } else if (t == u"scientific") {
        const auto [mantissa, exponent] = scientific(key);
        CHECK(mantissa >= 1);
        CHECK(mantissa < 10);
        CHECK(mantissa * std::pow(10.0, exponent) == Approx(p[QStringLiteral("value")].toDouble()));
        CHECK(body.stem.contains(p[QStringLiteral("value")] + QStringLiteral(" in")));
    } else if (t == u"pythagoras") {
        CHECK(leadingNumber(key)
              == Approx(std::hypot(p[QStringLiteral("a")].toDouble(), p[QStringLiteral("b")].toDouble())));
    } else if (t == u"spindle") {
        CHECK(leadingNumber(key)
              == Approx(
                  std::round(3.82 * p[QStringLiteral("sfm")].toDouble() / p[QStringLiteral("diameter")].toDouble())));
    } else if (t == u"feed") {
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("rpm")].toDouble() * p[QStringLiteral("chipload")].toDouble()
                        * p[QStringLiteral("teeth")].toDouble()));
    } else if (t == u"mean" || t == u"median" || t == u"range" || t == u"mode") {
        QList<int> values = ints(p[QStringLiteral("values")]);
        CHECK(body.stem.contains(QStringList([&] {
                                     QStringList s;
                                     for (int v : values)
                                         s.append(QString::number(v));
                                     return s;
                                 }())
                                     .join(QStringLiteral(", "))));
        QMap<int, int> frequency;
        for (int v : values)
            ++frequency[v];
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        double expected = 0;
        if (t == u"mean")
            expected = std::accumulate(values.begin(), values.end(), 0.0) / n;
        else if (t == u"median")
            expected = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        else if (t == u"range")
            expected = values.last() - values.first();
        else {
            int most = 0;
            for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
                most = std::max(most, it.value());
            QList<int> modes;
            for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
                if (it.value() == most)
                    modes.append(it.key());
            REQUIRE(modes.size() == 1);
            expected = modes.first();
        }
        CHECK(leadingNumber(key) == Approx(expected));
    } else if (t == u"percent") {
        CHECK(leadingNumber(key)
              == Approx(100.0 * p[QStringLiteral("defective")].toInt() / p[QStringLiteral("total")].toInt()));
    } else if (t == u"yield") {
        CHECK(leadingNumber(key)
              == Approx(100 * p[QStringLiteral("passed")].toDouble() / p[QStringLiteral("started")].toDouble()));
    } else if (t == u"ppm") {
        CHECK(key.endsWith(QStringLiteral(" ppm")));
        CHECK(leadingNumber(key)
              == Approx(1e6 * p[QStringLiteral("defective")].toDouble() / p[QStringLiteral("total")].toDouble()));
    } else if (t == u"cp") {
        const double cp = (p[QStringLiteral("upper")].toDouble() - p[QStringLiteral("lower")].toDouble())
                          / (6 * p[QStringLiteral("sigma")].toDouble());
        CHECK(key.toDouble() == Approx(cp).margin(0.005));
    } else if (t == u"control-limit") {
        const int side = p[QStringLiteral("side")] == u"upper" ? 1 : -1;
        CHECK(body.stem.contains(p[QStringLiteral("side")] + QStringLiteral(" control limit")));
        CHECK(leadingNumber(key)
              == Approx(p[QStringLiteral("mean")].toDouble() + side * 3 * p[QStringLiteral("sigma")].toDouble()));
    } else if (t == u"sampling") {
        CHECK(key.toDouble() == Approx(p[QStringLiteral("made")].toDouble() / p[QStringLiteral("every")].toDouble()));
    } else if (t == u"scrap-cost") {
        CHECK(dollars(key)
              == Approx(p[QStringLiteral("parts")].toDouble() * p[QStringLiteral("percent")].toDouble() / 100
                        * p[QStringLiteral("cost")].toDouble()));
    } else if (t == u"weighted") {
        const double n1 = p[QStringLiteral("n1")].toDouble(), n2 = p[QStringLiteral("n2")].toDouble();
        CHECK(leadingNumber(key)
              == Approx((n1 * p[QStringLiteral("m1")].toDouble() + n2 * p[QStringLiteral("m2")].toDouble()) / (n1 + n2))
                     .margin(0.005));
    } else if (t == u"z") {
        CHECK(key.toDouble()
              == Approx((p[QStringLiteral("value")].toDouble() - p[QStringLiteral("mean")].toDouble())
                        / p[QStringLiteral("sigma")].toDouble()));
    } else if (t == u"normal") {
        // The empirical rule: 68 %, 95 % and 99.7 % within 1, 2 and 3 standard deviations.
        const double within = QList<double>{68, 95, 99.7}[p[QStringLiteral("sigmas")].toInt() - 1];
        CHECK(leadingNumber(key) == Approx(p[QStringLiteral("side")] == u"within" ? within : 100 - within));
    } else if (t == u"out-of-tolerance") {
        const double nominal = p[QStringLiteral("nominal")].toDouble(),
                     tolerance = p[QStringLiteral("tolerance")].toDouble();
        const QStringList values = p[QStringLiteral("values")].split(u',');
        int out = 0;
        for (const QString& value : values) {
            CHECK(body.stem.contains(QStringLiteral("| ") + value + QStringLiteral(" |")));
            out += std::abs(value.toDouble() - nominal) > tolerance + 1e-9;
        }
        CHECK(leadingNumber(key) == Approx(100.0 * out / values.size()));
    } else if (t == u"dpu") {
        CHECK(key.toDouble()
              == Approx(p[QStringLiteral("defects")].toDouble() / p[QStringLiteral("units")].toDouble()));
    } else if (t == u"tolerance-used") {
        CHECK(leadingNumber(key)
              == Approx(100 * p[QStringLiteral("spread")].toDouble() / p[QStringLiteral("tolerance")].toDouble()));
    } else if (t == u"least-variation") {
        const QList<double> sigmas = doubles(p[QStringLiteral("sigmas")]);
        const auto least = std::min_element(sigmas.begin(), sigmas.end()) - sigmas.begin();
        CHECK(key == QStringLiteral("Machine %1").arg(least + 1));
        for (int i = 0; i < body.options.size(); ++i)
            CHECK(body.options[i].text == QStringLiteral("Machine %1").arg(i + 1));
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
        // Not the numbers of MT1-S2's hand-written S2-ELE-01 (120 V across 30 Ω) or S2-ELE-04 (10 A at 240 V).
        CHECK_FALSE((p[QStringLiteral("volts")] == u"120" && p[QStringLiteral("ohms")] == u"30"));
        CHECK_FALSE((p[QStringLiteral("volts")] == u"240" && p[QStringLiteral("amps")] == u"10"));
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
    QMap<QString, QString> groupTemplates; // variant group -> the template all its items come from
    for (const Generated& generated : items) {
        verify(generated, dir.path());
        const banks::Item& item = generated.item;
        const banks::ItemBody& body = item.body.reveal();
        INFO(item.id.toStdString());
        stems.insert(body.stem);
        QSet<QString> options;
        QString text = body.stem;
        for (const banks::ItemOption& option : body.options) {
            options.insert(option.text + option.image);
            text += u'\n' + option.text + u'\n' + option.alt;
        }
        CHECK(options.size() == 4);
        // "1 small mark", never "1 small marks".
        static const QRegularExpression plural(
            QStringLiteral(R"((?<![\d.,/])1 (?:small )?(?:marks|sixteenths|tenths|parts|hours|minutes|seconds|)"
                           R"(segments|squares|cubes|samples|units|workers|machines|threads|defects|lines|standard )"
                           R"(deviations)\b)"));
        CHECK_FALSE(plural.match(text).hasMatch());

        // A family is one variant group: a group holds one template's items, in one domain.
        const QString family = generated.check.section(u' ', 0, 0) + u'/' + item.domain;
        if (!item.variantGroup.isEmpty()) {
            CHECK(groupTemplates.value(item.variantGroup, family) == family);
            groupTemplates.insert(item.variantGroup, family);
        }
        if (module == u"mt1-s1") {
            CHECK_FALSE(item.variantGroup.isEmpty());
            CHECK(QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}
                      .contains(item.activity));
        }

        // Where reading the picture is the skill, its alt text names the instrument or chart, never what
        // is read off it.
        const QString alt = stemAlt(body);
        if (item.pictureMeasured) {
            REQUIRE_FALSE(alt.isEmpty());
            const QString key = body.options.value(body.key).text;
            if (!key.isEmpty())
                CHECK_FALSE(alt.contains(key));
            const QStringList altNumbers = numberTokens(alt);
            for (const QString& number : numberTokens(key))
                if (number.size() > 1)
                    CHECK_FALSE(altNumbers.contains(number));
            for (const QString& value :
                 params(generated.check).value(QStringLiteral("values")).split(u',', Qt::SkipEmptyParts))
                CHECK_FALSE(altNumbers.contains(value));
            if (generated.check.startsWith(QStringLiteral("orthographic")))
                CHECK(QString(alt).remove(QStringLiteral("3 by 3")).contains(QRegularExpression(QStringLiteral("\\d")))
                      == false);
        } else if (!alt.isEmpty()) {
            // A picture that is only an illustration restates the stem's numbers.
            CHECK((generated.check.startsWith(QStringLiteral("lever"))
                   || generated.check.startsWith(QStringLiteral("gears"))));
        }
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
