#pragma once
// The subcommands of examctl, the station administrator's command line. Each takes its own arguments
// (without the program, group and command names) and returns the process exit status.

#include "exitstatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace examctl {

// examctl's messages, all in one translation context.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("examctl", text);
}

// Exit statuses, documented in `examctl --help` and the README.
using exam::cli::Exit;
using enum exam::cli::Exit;
using exam::cli::statusFor;

int stationInit(const QStringList& arguments);
int stationShow(const QStringList& arguments);
int stationTrust(const QStringList& arguments);
int bankInstall(const QStringList& arguments);
int bankList(const QStringList& arguments);
int bankVerify(const QStringList& arguments);
int bankRemove(const QStringList& arguments);
int proctorAdd(const QStringList& arguments);
int proctorList(const QStringList& arguments);
int proctorDisable(const QStringList& arguments);
int proctorEnable(const QStringList& arguments);
int proctorResetPin(const QStringList& arguments);
int proctorRecover(const QStringList& arguments);
int stationSetIntake(const QStringList& arguments);
int stationSetPanelChord(const QStringList& arguments);
int outboxStatus(const QStringList& arguments);
int outboxUpload(const QStringList& arguments);
int outboxExport(const QStringList& arguments);
int resultsList(const QStringList& arguments);
int resultsShow(const QStringList& arguments);
int resultsExport(const QStringList& arguments);
int resultsReport(const QStringList& arguments);
int auditVerify(const QStringList& arguments);
int check(const QStringList& arguments);

} // namespace examctl
