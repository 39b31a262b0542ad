#pragma once
// What every exam-intake command shares: the --data-dir option, the intake it names opened for the
// command (database, store, and the service that signs receipts for those that need it), and
// exam-intake's messages.

#include "command.h"
#include "intake/intakestore.h"
#include "intakehome.h"
#include "intakeservice.h"
#include "tool.h"

#include "storage/database.h"
#include "util/clock.h"

#include <memory>

namespace intake {

using namespace exam::cli; // Ok, Refused, Usage… and statusFor

// exam-intake's messages, all in one translation context.
inline QString tr(const char* text)
{
    return QCoreApplication::translate("exam-intake", text);
}

// The intake's database and rules, opened for one command.
struct Intake
{
    exam::SystemClock clock;
    std::unique_ptr<exam::storage::Database> database;
    std::unique_ptr<exam::intake::IntakeStore> store;
    std::unique_ptr<exam::intake::IntakeService> service; // with Opening::WithService
};

class IntakeCommand : public exam::cli::Command
{
public:
    enum class Opening {
        Store,       // the intake's database and store
        WithService, // and the service, with the receipt key (serve, import)
        Nothing,     // init makes the intake first
    };

    IntakeCommand(const QString& name, const QString& synopsis, const QString& summary, const QString& description,
                  Opening opening = Opening::Store);

protected:
    exam::intake::IntakeHome home() const;
    Intake& intake() { return m_intake; }
    // The intake's settings (intake.json), or the status after saying why they cannot be read.
    std::optional<int> loadConfig(exam::intake::IntakeConfig& config) const;
    std::optional<int> openIntake(bool withService);
    std::optional<int> open() override;

private:
    QCommandLineOption m_dataDir;
    Opening m_opening;
    Intake m_intake;
};

void addSetupCommands(exam::cli::Tool& tool);   // init, show, serve (setupcommands.cpp)
void addStationCommands(exam::cli::Tool& tool); // station add, list, revoke (recordcommands.cpp)
void addImportCommand(exam::cli::Tool& tool);   // import (recordcommands.cpp)

} // namespace intake
