#pragma once
// The subcommands of exam-bank. Each takes its own arguments (without the program and command name)
// and returns the process exit status.

#include <QStringList>

namespace exambank {

// Exit statuses, documented in `exam-bank --help` and itembanks/FORMAT.md.
enum Exit {
    Ok = 0,
    BankRefused = 1,     // a bank failed a check (verify, inspect)
    SourceProblems = 2,  // the authoring source has problems (build)
    Usage = 64,          // wrong arguments
    InputUnreadable = 66, // a key file or input is missing, unreadable or of the wrong kind
    OutputFailed = 73,   // the output could not be written
    InternalFailure = 70,
};

int keygen(const QStringList& arguments);
int build(const QStringList& arguments);
int inspect(const QStringList& arguments);
int verify(const QStringList& arguments);
int review(const QStringList& arguments);
int importQti(const QStringList& arguments);

} // namespace exambank
