#pragma once

#include "error.h"
#include "util/sensitive.h"

#include <QByteArray>
#include <QString>

namespace exam::banks {

// The code a certifying body hands out on exam day to open a bank: 20 characters of Crockford's
// base32 in groups of four (XXXX-XXXX-XXXX-XXXX-XXXX), 19 random (95 bits) and one check character,
// so a typing mistake is told apart from a code that belongs to another bank. Typing is forgiving:
// case, spaces and dashes do not matter, and O/I/L are read as 0/1/1.
class ReleaseCode
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::ReleaseCode)
public:
    static constexpr int Length = 20;

    static Result<ReleaseCode> generate();
    // A code as a person typed it. Wrong length, a character outside the alphabet or a failed check
    // character are ParseErrors whose message says which.
    static Result<ReleaseCode> parse(QStringView typed);

    // XXXX-XXXX-XXXX-XXXX-XXXX, for showing to the person who will hand it out.
    Sensitive<QString> formatted() const;
    // The 20 canonical characters as bytes: the scrypt password.
    const Sensitive<QByteArray>& canonical() const { return m_canonical; }

private:
    explicit ReleaseCode(QByteArray canonical) : m_canonical(std::move(canonical)) { }
    static QChar checkCharacter(QByteArrayView body);

    Sensitive<QByteArray> m_canonical;
};

} // namespace exam::banks
