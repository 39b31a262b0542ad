#pragma once
// examctl's command groups, each in a file of its own; main() adds them to the tool in the order its
// usage lists them.

#include "tool.h"

namespace examctl {

void addStationCommands(exam::cli::Tool& tool);        // station init, show, trust (stationcommands.cpp)
void addIntakeSettingCommands(exam::cli::Tool& tool);  // station set-intake (deliverycommands.cpp)
void addStationSettingCommands(exam::cli::Tool& tool); // station set-panel-chord (stationcommands.cpp)
void addBankCommands(exam::cli::Tool& tool);           // bank … (bankcommands.cpp)
void addProctorCommands(exam::cli::Tool& tool);        // proctor … (proctorcommands.cpp)
void addOutboxCommands(exam::cli::Tool& tool);         // outbox … (deliverycommands.cpp)
void addResultCommands(exam::cli::Tool& tool);         // results … (resultcommands.cpp)
void addAuditCommands(exam::cli::Tool& tool);          // audit verify (stationcommands.cpp)
void addCheckCommand(exam::cli::Tool& tool);           // check (checkcommand.cpp)
void addRoomCommands(exam::cli::Tool& tool);           // room join, leave, show (roomcommands.cpp)
void addReplicaCommands(exam::cli::Tool& tool);        // replica export, import (replicacommands.cpp)

} // namespace examctl
