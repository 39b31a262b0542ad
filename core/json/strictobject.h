#pragma once

#include "error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace exam {

// Reads the fields of a JSON object from an outside file with no leniency: a missing field, a wrong
// type, a value out of range or a field nobody asked for is an error that names the field's path
// ("slots[2].nonce"). The first problem is kept; later reads return defaults, so a parser can read
// everything and check error() once at the end.
class StrictObject
{
    Q_DECLARE_TR_FUNCTIONS(exam::StrictObject)
public:
    StrictObject(QJsonObject object, QString path);

    // Text: control characters other than tab and line breaks, and bidirectional-override characters
    // (which can make text display as something else), are refused.
    QString string(const QString& key, qsizetype maxLength, bool allowEmpty = false);
    // One line of text: like string(), and no tabs or line breaks either (names, codes, titles).
    QString line(const QString& key, qsizetype maxLength);
    // Whether text holds a character string() refuses (or, for a line, also a tab or line break).
    static bool hasForbiddenCharacter(QStringView text, bool singleLine);
    std::optional<QString> optionalString(const QString& key, qsizetype maxLength);
    qint64 integer(const QString& key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    bool boolean(const QString& key);
    std::optional<bool> optionalBoolean(const QString& key);
    // Base64 text whose decoded length lies in [minBytes, maxBytes].
    QByteArray base64(const QString& key, qsizetype minBytes, qsizetype maxBytes);
    QJsonArray array(const QString& key, qsizetype minCount, qsizetype maxCount);
    std::optional<QJsonArray> optionalArray(const QString& key, qsizetype maxCount);
    StrictObject object(const QString& key);
    // A string that must be one of `allowed`.
    QString choice(const QString& key, const QStringList& allowed);

    // A child path for an element of an array read from this object.
    QString childPath(const QString& key, qsizetype index) const;
    // The element of an array as an object, reporting a non-object as an error.
    StrictObject element(const QJsonArray& array, const QString& key, qsizetype index);

    // Record a problem found by the caller (a value that is well-formed but not allowed).
    void reject(const QString& key, const QString& reason);
    // Complains about fields that were never read. Call after reading every field.
    void rejectUnknownFields();

    bool ok() const { return !m_error.has_value(); }
    std::optional<Error> error() const { return m_error; }
    // Forward a child's first problem to this object.
    void absorb(const StrictObject& child);

private:
    QJsonValue take(const QString& key, bool required);
    QString fieldPath(const QString& key) const;
    void setError(ErrorCode code, const QString& message);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};

} // namespace exam
