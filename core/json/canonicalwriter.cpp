#include "canonicalwriter.h"

#include "canonicaljson.h"
#include "jsonstring.h"

#include <algorithm>
#include <charconv>

namespace exam {

void CanonicalWriter::setError(const QString& what)
{
    if (!m_error)
        m_error = what;
}

void CanonicalWriter::beforeValue()
{
    if (m_levels.isEmpty()) {
        if (m_done)
            setError(tr("a second value at the top"));
        return;
    }
    Level& level = m_levels.last();
    if (level.object) {
        if (!level.keyPending)
            setError(tr("a value without a key in an object"));
        level.keyPending = false;
        return;
    }
    if (!level.empty)
        m_out.push_back(',');
    level.empty = false;
}

CanonicalWriter& CanonicalWriter::beginObject()
{
    beforeValue();
    m_out.push_back('{');
    Level level;
    level.object = true;
    m_levels.append(level);
    return *this;
}

CanonicalWriter& CanonicalWriter::endObject()
{
    if (m_levels.isEmpty() || !m_levels.last().object || m_levels.last().keyPending)
        setError(tr("an object closed where none is open, or after a key without its value"));
    else
        m_levels.removeLast();
    m_out.push_back('}');
    m_done = m_levels.isEmpty();
    return *this;
}

CanonicalWriter& CanonicalWriter::beginArray()
{
    beforeValue();
    m_out.push_back('[');
    m_levels.append(Level());
    return *this;
}

CanonicalWriter& CanonicalWriter::endArray()
{
    if (m_levels.isEmpty() || m_levels.last().object)
        setError(tr("an array closed where none is open"));
    else
        m_levels.removeLast();
    m_out.push_back(']');
    m_done = m_levels.isEmpty();
    return *this;
}

CanonicalWriter& CanonicalWriter::key(QStringView name)
{
    if (m_levels.isEmpty() || !m_levels.last().object || m_levels.last().keyPending) {
        setError(tr("a key outside an object"));
        return *this;
    }
    Level& level = m_levels.last();
    const QStringView lastKey(level.lastKey.constData(), level.lastKey.size());
    // UTF-16 code units in order, as QString compares them (inline: keys are a record's most calls).
    if (!level.empty
        && !std::lexicographical_compare(lastKey.utf16(), lastKey.utf16() + lastKey.size(), name.utf16(),
                                         name.utf16() + name.size()))
        setError(tr("the key “%1” after “%2”: keys must come in canonical order").arg(name, lastKey));
    if (!name.isValidUtf16())
        setError(tr("a key with broken characters"));
    if (!level.empty)
        m_out.push_back(',');
    level.empty = false;
    level.keyPending = true;
    level.lastKey.clear();
    level.lastKey.append(reinterpret_cast<const char16_t*>(name.utf16()), name.size());
    json::appendString(m_out, name);
    m_out.push_back(':');
    return *this;
}

CanonicalWriter& CanonicalWriter::value(QStringView text)
{
    beforeValue();
    if (!text.isValidUtf16())
        setError(tr("text with broken characters"));
    json::appendString(m_out, text);
    m_done = m_levels.isEmpty();
    return *this;
}

CanonicalWriter& CanonicalWriter::value(qint64 number)
{
    beforeValue();
    // Beyond 2^53 an integer is not exact as the double JSON numbers are: written as that double.
    constexpr qint64 Exact = qint64(1) << 53;
    if (number > -Exact && number < Exact) {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, number);
        m_out.append(digits, size_t(written.ptr - digits));
    } else {
        m_out.append(CanonicalJson::formatNumber(double(number)).toStdString());
    }
    m_done = m_levels.isEmpty();
    return *this;
}

CanonicalWriter& CanonicalWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
    m_done = m_levels.isEmpty();
    return *this;
}

CanonicalWriter& CanonicalWriter::null()
{
    beforeValue();
    m_out.append("null");
    m_done = m_levels.isEmpty();
    return *this;
}

Result<QByteArray> CanonicalWriter::finish()
{
    if (!m_error && (!m_levels.isEmpty() || !m_done))
        setError(tr("the value is not complete"));
    if (m_error)
        return fail(ErrorCode::InvalidArgument, tr("Canonical JSON not written: %1.").arg(*m_error));
    return QByteArray(m_out.data(), qsizetype(m_out.size()));
}

} // namespace exam
