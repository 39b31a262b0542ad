#pragma once

#include <QObject>

#include <memory>

namespace exam::ui {

// Text to speech for read-aloud (A3), behind an interface: the station's engine in the kiosk, a
// recording stand-in in tests (Qt 6.4 cannot synthesize to a buffer, so a test cannot listen).
// One text at a time; finished() when it has been spoken, failed() with words for the candidate
// when it cannot be.
class Speech : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Where there is no engine, why, in words for the candidate ("ask your proctor").
    virtual bool available() const = 0;
    virtual QString unavailableReason() const = 0;
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;
    // -1.0 (slowest) to 1.0 (fastest), 0 normal.
    virtual void setRate(double rate) = 0;
    virtual double rate() const = 0;

    // The station's speech engine: flite if installed (asked for by name: the engines' order changes
    // between runs), else any other, else one that says why there is none.
    static std::unique_ptr<Speech> system(QObject* parent = nullptr);

Q_SIGNALS:
    void finished();
    void failed(const QString& reason);
};

} // namespace exam::ui
