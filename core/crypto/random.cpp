#include "random.h"

#include <openssl/err.h>
#include <openssl/rand.h>

namespace exam::crypto {

namespace {
constexpr qsizetype MaxRandomRequest = 1 << 20;

bool fill(unsigned char* out, qsizetype count)
{
    if (count == 0)
        return true;
    if (RAND_bytes(out, static_cast<int>(count)) == 1)
        return true;
    ERR_clear_error();
    return false;
}
} // namespace

Result<QByteArray> Random::bytes(qsizetype count)
{
    if (count < 0 || count > MaxRandomRequest)
        return fail(ErrorCode::InvalidArgument,
                    tr("A random value of %1 bytes was requested; that is not possible.").arg(count));
    QByteArray out(count, '\0');
    if (!fill(reinterpret_cast<unsigned char*>(out.data()), count))
        return fail(ErrorCode::RandomUnavailable,
                    tr("The system's random number generator is not available. Nothing was created; "
                       "restart the computer and try again."));
    return out;
}

Result<SecretBytes> Random::secret(qsizetype count)
{
    if (count < 0 || count > MaxRandomRequest)
        return fail(ErrorCode::InvalidArgument,
                    tr("A random value of %1 bytes was requested; that is not possible.").arg(count));
    SecretBytes out(count);
    if (!fill(out.writableData(), count))
        return fail(ErrorCode::RandomUnavailable,
                    tr("The system's random number generator is not available. Nothing was created; "
                       "restart the computer and try again."));
    return out;
}

} // namespace exam::crypto
