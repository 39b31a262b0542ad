#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace exam {

// A folder only its owner may enter: created when missing (with its parents) and restricted to 0700.
// The station's and the intake's folders hold private keys, results and audit logs.
class OwnerFolder
{
    Q_DECLARE_TR_FUNCTIONS(exam::OwnerFolder)
public:
    static Result<void> ensure(const QString& folder);
};

} // namespace exam
