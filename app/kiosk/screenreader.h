#pragma once

#include "error.h"

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace exam::kiosk {

// Orca, started for one candidate's sitting (the "screen reader" accommodation, A5) and stopped when
// the sitting ends: a dedicated station's kiosk session has no desktop to start one from. Orca gets
// settings of its own in a folder thrown away afterwards (speech on, a voice in the module's language,
// Insert and Caps Lock both as the Orca key, so desktop and laptop users find theirs), and the kiosk's
// accessibility is on from its start (main.cpp), since Qt 6.4 does not notice a screen reader that
// starts later. Speech goes through speech-dispatcher, which Orca starts itself.
class ScreenReader : public QObject
{
    Q_OBJECT
public:
    explicit ScreenReader(QObject* parent = nullptr);
    ~ScreenReader() override; // stops Orca

    // Starts Orca speaking `language` ("en", "es"), unless it runs already in that language.
    Result<void> start(const QString& language);
    void stop();
    bool running() const;

    // Orca's debug log, which is the transcript of everything it says, written to `path`. For the demo
    // station's tests only (main.cpp allows it with --demo alone): it holds the items' text in clear.
    void setTranscript(const QString& path) { m_transcript = path; }

Q_SIGNALS:
    // Orca ended without being asked to (crashed, or was killed): what to tell the proctor.
    void stoppedUnexpectedly(const QString& message);

private:
    Result<void> writeSettings(const QString& folder, const QString& language) const;

    std::unique_ptr<QProcess> m_orca;
    std::unique_ptr<QTemporaryDir> m_settings;
    QString m_language;
    QString m_transcript;
    bool m_stopping = false;
};

} // namespace exam::kiosk
