#pragma once

#include "error.h"

#include <QByteArray>
#include <QJsonValue>

namespace exam {

// JSON Canonicalization Scheme (RFC 8785): the exact bytes that get signed. Object members sorted by
// their UTF-16 code units, no whitespace, numbers as ECMAScript prints IEEE doubles, strings escaped
// minimally and emitted as UTF-8.
//
// Records we sign hold integers well inside ±2^53 and short strings; anything else a JSON value can
// hold is serialised the RFC's way too. Non-finite numbers and strings with lone surrogates cannot be
// canonicalised and are refused.
class CanonicalJson
{
    Q_DECLARE_TR_FUNCTIONS(exam::CanonicalJson)
public:
    static Result<QByteArray> serialize(const QJsonValue& value);
    // Parse JSON text (an object or array at the top) and return its canonical form.
    static Result<QByteArray> canonicalize(QByteArrayView json);
    // ECMAScript Number.prototype.toString for a finite double (RFC 8785 section 3.2.2.3).
    static QByteArray formatNumber(double value);
    // A string as RFC 8785 writes it, quotes included (the caller checked it is valid UTF-16).
    static void appendString(QByteArray& out, QStringView text);
};

} // namespace exam
