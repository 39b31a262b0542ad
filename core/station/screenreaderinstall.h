#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace exam {

// What a station needs to start a screen reader for a candidate (the "screen reader" accommodation,
// A5): Orca, speech-dispatcher, and an output module of speech-dispatcher with real voices (Debian's
// eSpeak NG module speaks English and Spanish). Read from the file system; nothing is started.
class ScreenReaderInstall
{
    Q_DECLARE_TR_FUNCTIONS(exam::ScreenReaderInstall)
public:
    // Empty when Orca can speak on this station; else what is missing and the packages that bring it,
    // in words for a proctor or an admin.
    static QString missing();
    // The speech-dispatcher output modules with voices found (e.g. "espeak-ng"); the test-only "dummy"
    // module is not one.
    static QStringList voiceModules();
};

} // namespace exam
