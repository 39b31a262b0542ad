#include "releasecode.h"

#include "crypto/random.h"
#include "crypto/sha256.h"

namespace exam::banks {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford's base32

int valueOf(QChar c)
{
    c = c.toUpper();
    if (c == u'O')
        c = u'0';
    else if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(Alphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

QChar ReleaseCode::checkCharacter(QByteArrayView body)
{
    // Five bits of a hash: any single typing mistake, and most others, change it (31 in 32).
    const QByteArray digest = crypto::Sha256::hash(body);
    return QLatin1Char(Alphabet[static_cast<unsigned char>(digest[0]) >> 3]);
}

Result<ReleaseCode> ReleaseCode::generate()
{
    auto random = crypto::Random::bytes(Length - 1);
    if (!random)
        return std::unexpected(random.error());
    QByteArray body;
    for (char byte : *random)
        body += Alphabet[static_cast<unsigned char>(byte) & 31];
    crypto::wipe(*random);
    const QChar check = checkCharacter(body);
    return ReleaseCode(body + check.toLatin1());
}

Result<ReleaseCode> ReleaseCode::parse(QStringView typed)
{
    QByteArray canonical;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return fail(ErrorCode::ParseError,
                        tr("A release code has only the letters and digits on the code sheet; “%1” is not one of "
                           "them. Check the code and type it again.")
                            .arg(c));
        canonical += Alphabet[value];
        if (canonical.size() > 4 * Length)
            break;
    }
    if (canonical.size() != Length)
        return fail(ErrorCode::ParseError, tr("The release code has %1 letters and digits; it should have %2. Check "
                                              "the code and type it again.")
                                               .arg(canonical.size())
                                               .arg(Length));
    if (checkCharacter(QByteArrayView(canonical).first(Length - 1)) != QLatin1Char(canonical.back()))
        return fail(ErrorCode::ParseError,
                    tr("The release code has a typing mistake (its check character does not match). Check the code "
                       "and type it again."));
    return ReleaseCode(canonical);
}

Sensitive<QString> ReleaseCode::formatted() const
{
    QString out;
    const QByteArray& code = m_canonical.reveal();
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += u'-';
        out += QLatin1Char(code[i]);
    }
    return Sensitive<QString>(out);
}

} // namespace exam::banks
