#pragma once
// The commands of exam-intake. Each takes its own arguments and returns the process exit status.

#include "exitstatus.h"
#include "intakehome.h"

#include <QCoreApplication>
#include <QStringList>

namespace intake {

inline QString tr(const char* text)
{
    return QCoreApplication::translate("exam-intake", text);
}

using exam::cli::Exit;
using enum exam::cli::Exit;
using exam::cli::statusFor;

int init(const QStringList& arguments);
int show(const QStringList& arguments);
int serve(const QStringList& arguments);
int stationAdd(const QStringList& arguments);
int stationList(const QStringList& arguments);
int stationRevoke(const QStringList& arguments);
int importBundle(const QStringList& arguments);

} // namespace intake
