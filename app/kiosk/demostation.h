#pragma once
// The embedded demo set-up: on a demo station the kiosk installs the demo banks the build made
// (build/demo-banks), trusting the demo publisher key and holding the demo center key that lie beside
// them. Demo keys are public; a real station never trusts them (see itembanks/demo/keys/README.md).

#include "banks/bankcatalogue.h"
#include "session/proctoraccounts.h"
#include "station/stationbankkeys.h"

namespace exam::kiosk {

// Installs every *.exambank of `demoBanksFolder` that is not installed intact yet (installing again is
// harmless). Returns the problems met, one line each, for the screen and the log; empty when all
// went well. `stampFile` remembers the size and time of every demo bank and installed copy: while
// none changed, a start checks nothing again (hashing them all took a tenth of the start-up).
QStringList installDemoBanks(banks::BankCatalogue& catalogue, const StationBankKeys& keys,
                             const QString& demoBanksFolder, const QString& stampFile);

// The demo publisher and demo centre keys that lie beside the demo banks.
Result<StationBankKeys> loadDemoKeys(const QString& demoBanksFolder);

// The demo proctor (login "demo", PIN 246810, documented in the README as demo only), made on a demo
// station that has no proctor yet.
inline constexpr char DemoProctorLogin[] = "demo";
inline constexpr char DemoProctorPin[] = "246810";
Result<void> ensureDemoProctor(session::ProctorAccounts& accounts);

} // namespace exam::kiosk
