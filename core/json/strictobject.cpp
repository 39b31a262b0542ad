#include "strictobject.h"

#include "crypto/base64.h"

#include <cmath>

namespace exam {

StrictObject::StrictObject(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path)) { }

QString StrictObject::fieldPath(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString StrictObject::childPath(const QString& key, qsizetype index) const
{
    return fieldPath(key) + u'[' + QString::number(index) + u']';
}

void StrictObject::setError(ErrorCode code, const QString& message)
{
    if (!m_error)
        m_error = Error{code, message};
}

void StrictObject::reject(const QString& key, const QString& reason)
{
    setError(ErrorCode::ParseError, tr("The field “%1” %2").arg(fieldPath(key), reason));
}

void StrictObject::absorb(const StrictObject& child)
{
    if (child.m_error)
        setError(child.m_error->code, child.m_error->message);
}

QJsonValue StrictObject::take(const QString& key, bool required)
{
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() && required)
        setError(ErrorCode::ParseError, tr("The field “%1” is missing.").arg(fieldPath(key)));
    return value;
}

QString StrictObject::string(const QString& key, qsizetype maxLength, bool allowEmpty)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        reject(key, tr("must be text."));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        setError(ErrorCode::LimitExceeded,
                 tr("The field “%1” is longer than %2 characters.").arg(fieldPath(key)).arg(maxLength));
        return {};
    }
    if (text.isEmpty() && !allowEmpty)
        reject(key, tr("is empty."));
    if (hasForbiddenCharacter(text, false))
        reject(key, tr("contains a control character or a text-direction override."));
    return text;
}

QString StrictObject::line(const QString& key, qsizetype maxLength)
{
    const QString text = string(key, maxLength);
    if (ok() && hasForbiddenCharacter(text, true))
        reject(key, tr("must be one line of text."));
    return text;
}

bool StrictObject::hasForbiddenCharacter(QStringView text, bool singleLine)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue; // printable ASCII, nearly all of any text (and all of base64): no table look-up
        const bool lineBreakOrTab = u == u'\n' || u == u'\r' || u == u'\t';
        if (lineBreakOrTab ? singleLine : c.category() == QChar::Other_Control)
            return true;
        if (u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

std::optional<QString> StrictObject::optionalString(const QString& key, qsizetype maxLength)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return string(key, maxLength);
}

qint64 StrictObject::integer(const QString& key, qint64 min, qint64 max)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return min;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number) || number < double(min) || number > double(max)) {
        reject(key, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
        return min;
    }
    return static_cast<qint64>(number);
}

std::optional<qint64> StrictObject::optionalInteger(const QString& key, qint64 min, qint64 max)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return integer(key, min, max);
}

bool StrictObject::boolean(const QString& key)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        reject(key, tr("must be true or false."));
    return value.toBool();
}

std::optional<bool> StrictObject::optionalBoolean(const QString& key)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return boolean(key);
}

QByteArray StrictObject::base64(const QString& key, qsizetype minBytes, qsizetype maxBytes)
{
    // Not string(): the decoder takes nothing but the base64 alphabet, so the character checks for
    // text would only cost time (megabytes of pictures in a bank).
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        reject(key, tr("must be text."));
        return {};
    }
    const QString text = value.toString();
    if (text.size() > (maxBytes + 2) / 3 * 4) {
        setError(ErrorCode::LimitExceeded,
                 tr("The field “%1” is longer than %2 characters.").arg(fieldPath(key)).arg((maxBytes + 2) / 3 * 4));
        return {};
    }
    if (text.isEmpty() && minBytes > 0) {
        reject(key, tr("is empty."));
        return {};
    }
    const std::optional<QByteArray> decoded = crypto::Base64::decodeCanonical(text.toLatin1());
    if (!decoded) {
        reject(key, tr("is not valid base64."));
        return {};
    }
    if (decoded->size() < minBytes || decoded->size() > maxBytes) {
        reject(key, minBytes == maxBytes ? tr("must hold %1 bytes.").arg(minBytes)
                                         : tr("must hold %1 to %2 bytes.").arg(minBytes).arg(maxBytes));
        return {};
    }
    return *decoded;
}

QJsonArray StrictObject::array(const QString& key, qsizetype minCount, qsizetype maxCount)
{
    const QJsonValue value = take(key, true);
    if (value.isUndefined())
        return {};
    if (!value.isArray()) {
        reject(key, tr("must be a list."));
        return {};
    }
    const QJsonArray list = value.toArray();
    if (list.size() > maxCount) {
        setError(ErrorCode::LimitExceeded, tr("The list “%1” has %2 entries; at most %3 are allowed.")
                                               .arg(fieldPath(key))
                                               .arg(list.size())
                                               .arg(maxCount));
        return {};
    }
    if (list.size() < minCount) {
        reject(key, tr("needs at least %1 entries.").arg(minCount));
        return {};
    }
    return list;
}

std::optional<QJsonArray> StrictObject::optionalArray(const QString& key, qsizetype maxCount)
{
    if (!m_object.contains(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    return array(key, 0, maxCount);
}

StrictObject StrictObject::object(const QString& key)
{
    const QJsonValue value = take(key, true);
    if (!value.isUndefined() && !value.isObject())
        reject(key, tr("must be an object."));
    return StrictObject(value.toObject(), fieldPath(key));
}

StrictObject StrictObject::element(const QJsonArray& array, const QString& key, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        setError(ErrorCode::ParseError, tr("The entry “%1” must be an object.").arg(childPath(key, index)));
    return StrictObject(value.toObject(), childPath(key, index));
}

QString StrictObject::choice(const QString& key, const QStringList& allowed)
{
    const QString value = string(key, 64);
    if (ok() && !allowed.contains(value))
        reject(key, tr("must be one of: %1.").arg(allowed.join(QStringLiteral(", "))));
    return value;
}

void StrictObject::rejectUnknownFields()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            setError(ErrorCode::ParseError, tr("The field “%1” is not part of the format.").arg(fieldPath(it.key())));
            return;
        }
    }
}

} // namespace exam
