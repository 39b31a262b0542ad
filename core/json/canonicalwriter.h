#pragma once

#include "error.h"

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <optional>
#include <string>

namespace exam {

// Writes RFC 8785 canonical JSON straight into bytes, for records built in code (a result record is
// written at every module's end, and by the thousand at a registry): no QJsonObject to build, nothing
// to sort. The caller writes each object's members in canonical key order (UTF-16 code units, as
// QString compares); the writer checks it, and finish() refuses any mistake, so a wrong order can never
// produce bytes that are not canonical.
class CanonicalWriter
{
    Q_DECLARE_TR_FUNCTIONS(exam::CanonicalWriter)
public:
    // `expectedSize`: room made up front, so a record is written without growing its buffer.
    explicit CanonicalWriter(qsizetype expectedSize = 1024) { m_out.reserve(size_t(expectedSize)); }

    CanonicalWriter& beginObject();
    CanonicalWriter& endObject();
    CanonicalWriter& beginArray();
    CanonicalWriter& endArray();
    CanonicalWriter& key(QStringView name);
    CanonicalWriter& value(QStringView text);
    CanonicalWriter& value(const QString& text) { return value(QStringView(text)); }
    CanonicalWriter& value(qint64 number);
    CanonicalWriter& value(int number) { return value(qint64(number)); }
    CanonicalWriter& value(bool flag);
    CanonicalWriter& null();

    template<typename T>
    CanonicalWriter& field(QStringView name, const T& v)
    {
        key(name);
        return value(v);
    }

    // The bytes, once every object and array is closed and nothing went wrong.
    Result<QByteArray> finish();

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
        bool keyPending = false;               // an object's key was written, its value not yet
        QVarLengthArray<char16_t, 32> lastKey; // kept without a heap allocation per key
    };
    void beforeValue();
    void setError(const QString& what);

    std::string m_out; // its small appends are inlined: a record is thousands of them
    QVarLengthArray<Level, 8> m_levels;
    bool m_done = false; // a whole top-level value was written
    std::optional<QString> m_error;
};

} // namespace exam
