#pragma once

#include "speech.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace exam::ui {

// Reads a screen's parts aloud one after the other (the stem, then each option) and marks the part
// being read: the widget's "speaking" property is true while it is read, which the style sheet and
// the options' own painting show. Qt 6.4 tells no word positions, so the part is the unit.
class ReadAloud : public QObject
{
    Q_OBJECT
public:
    struct Part
    {
        QPointer<QWidget> widget;
        QString text;
    };

    explicit ReadAloud(QObject* parent = nullptr);

    void setSpeech(Speech* speech);
    Speech* speech() const { return m_speech; }
    // Starts at the first part; stops whatever was being read.
    void read(const QList<Part>& parts);
    void stop();
    bool reading() const { return m_current >= 0; }

    // Speaking rate in steps: -2 (slowest) to 2 (fastest), 0 normal.
    void slower();
    void faster();
    void resetRate() { setRateStep(0); }
    void setRateStep(int step); // clamped to -2 … 2
    int rateStep() const { return m_rateStep; }

    // "Read-aloud speed: normal" and the like.
    QString rateText() const;

    static void markSpeaking(QWidget* widget, bool speaking);

Q_SIGNALS:
    void readingChanged(bool reading);
    void rateChanged();
    // Why reading stopped when it was not asked to (no engine, an engine error): for the screen to show.
    void problem(const QString& message);

private:
    void next();
    void speakCurrent(); // the first part from m_current on that has words

    QPointer<Speech> m_speech;
    QList<Part> m_parts;
    int m_current = -1;
    int m_rateStep = 0;
};

} // namespace exam::ui
