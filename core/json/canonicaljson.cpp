#include "canonicaljson.h"

#include "jsonstring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace exam {

namespace {

constexpr int MaxDepth = 64; // nesting beyond this is no record of ours

void appendString(QByteArray& out, QStringView text)
{
    json::appendString(out, text);
}

bool serializeInto(QByteArray& out, const QJsonValue& value, int depth)
{
    if (depth > MaxDepth)
        return false;
    switch (value.type()) {
    case QJsonValue::Null: out.append("null"); return true;
    case QJsonValue::Bool: out.append(value.toBool() ? "true" : "false"); return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            return false;
        out.append(CanonicalJson::formatNumber(d));
        return true;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        if (!s.isValidUtf16())
            return false;
        appendString(out, s);
        return true;
    }
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (!serializeInto(out, array.at(i), depth + 1))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // Members with their values in one pass (no look-up per key), then in key order: QString's
        // operator< compares UTF-16 code units, exactly the order RFC 8785 asks for.
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            members.emplace_back(it.key(), it.value());
        std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        out.append('{');
        bool first = true;
        for (const auto& [key, member] : std::as_const(members)) {
            if (!key.isValidUtf16())
                return false;
            if (!first)
                out.append(',');
            first = false;
            appendString(out, key);
            out.append(':');
            if (!serializeInto(out, member, depth + 1))
                return false;
        }
        out.append('}');
        return true;
    }
    case QJsonValue::Undefined: return false;
    }
    return false;
}

} // namespace

void CanonicalJson::appendString(QByteArray& out, QStringView text)
{
    exam::appendString(out, text);
}

QByteArray CanonicalJson::formatNumber(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also for -0
    // Integers below 2^53 (counts, times, positions: nearly every number of a record) print as their
    // digits in ECMAScript too.
    if (std::fabs(value) < 9007199254740992.0 && value == std::trunc(value))
        return QByteArray::number(qint64(value));
    QByteArray out;
    if (value < 0) {
        out.append('-');
        value = -value;
    }
    // Shortest round-trip digits from the standard library, in scientific form "d.ddde±x".
    char buffer[64];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    Q_ASSERT(ec == std::errc());
    const std::string_view text(buffer, static_cast<size_t>(end - buffer));
    const size_t ePos = text.find('e');
    std::string digits;
    for (char c : text.substr(0, ePos))
        if (c != '.')
            digits.push_back(c);
    const int exponent = std::stoi(std::string(text.substr(ePos + 1)));
    const int k = static_cast<int>(digits.size()); // number of significant digits
    const int n = exponent + 1;                    // value = 0.digits × 10^n

    if (k <= n && n <= 21) {
        out.append(digits.data(), k);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.data(), n);
        out.append('.');
        out.append(digits.data() + n, k - n);
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits.data(), k);
    } else {
        out.append(digits[0]);
        if (k > 1) {
            out.append('.');
            out.append(digits.data() + 1, k - 1);
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

Result<QByteArray> CanonicalJson::serialize(const QJsonValue& value)
{
    QByteArray out;
    if (!serializeInto(out, value, 0))
        return fail(ErrorCode::InvalidArgument,
                    tr("The data cannot be written as canonical JSON (a number that is not finite, text with "
                       "broken characters, or nesting deeper than %1 levels).")
                        .arg(MaxDepth));
    return out;
}

Result<QByteArray> CanonicalJson::canonicalize(QByteArrayView json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::ParseError,
                    tr("The JSON text is malformed at byte %1: %2.").arg(error.offset).arg(error.errorString()));
    return serialize(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

} // namespace exam
