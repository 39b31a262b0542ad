#pragma once

#include "error.h"

#include <QString>

namespace exam {

// The station's log file: every qDebug/qInfo/qWarning/qCritical line of the process, with time,
// level and category, appended to one file in the data folder (rotated at 5 MiB, one old copy kept).
// What may be logged is governed by the types (see sensitive.h), not by this sink.
class LogSink
{
    Q_DECLARE_TR_FUNCTIONS(exam::LogSink)
public:
    static Result<void> install(const QString& filePath);
    static void uninstall();
    static constexpr qint64 RotateAtBytes = 5 * 1024 * 1024;
};

} // namespace exam
