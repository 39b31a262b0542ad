#include "speech.h"

#ifdef EXAM_HAS_SPEECH
#include <QTextToSpeech>
#endif

namespace exam::ui {

namespace {

// What a station without a usable engine says, and does.
class NoSpeech : public Speech
{
public:
    NoSpeech(QString reason, QObject* parent) : Speech(parent), m_reason(std::move(reason)) { }

    bool available() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    void say(const QString&) override { Q_EMIT failed(m_reason); }
    void stop() override { }
    void setRate(double rate) override { m_rate = rate; }
    double rate() const override { return m_rate; }

private:
    QString m_reason;
    double m_rate = 0;
};

#ifdef EXAM_HAS_SPEECH
class QtSpeech : public Speech
{
public:
    QtSpeech(const QString& engine, QObject* parent) : Speech(parent), m_tts(new QTextToSpeech(engine, this))
    {
        connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Speaking)
                m_speaking = true;
            else if (state == QTextToSpeech::Ready && m_speaking) {
                m_speaking = false;
                // The engine works in its own thread: a Ready can belong to a text stopped before the
                // one asked for now. Each stop swallows one.
                if (m_pendingStops > 0)
                    --m_pendingStops;
                else
                    Q_EMIT finished();
            }
        });
        connect(m_tts, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString& why) {
            qWarning("read-aloud: the speech engine failed: %s", qPrintable(why)); // never the text spoken
            m_speaking = false;
            Q_EMIT failed(Speech::tr("Read-aloud stopped: the speech engine reported a problem (%1). Ask your proctor.")
                              .arg(why));
        });
    }

    bool available() const override { return m_tts->state() != QTextToSpeech::Error; }
    QString unavailableReason() const override
    {
        return available() ? QString()
                           : Speech::tr("Read-aloud is not available: the speech engine could not start (%1). Ask your "
                                        "proctor.")
                                 .arg(m_tts->errorString());
    }
    void say(const QString& text) override
    {
        if (!available()) {
            Q_EMIT failed(unavailableReason());
            return;
        }
        m_tts->say(text);
    }
    void stop() override
    {
        if (m_speaking)
            ++m_pendingStops;
        m_tts->stop();
    }
    void setRate(double rate) override { m_tts->setRate(std::clamp(rate, -1.0, 1.0)); }
    double rate() const override { return m_tts->rate(); }

private:
    QTextToSpeech* m_tts;
    bool m_speaking = false;
    int m_pendingStops = 0; // stopped texts whose Ready has not come back yet
};
#endif

} // namespace

std::unique_ptr<Speech> Speech::system(QObject* parent)
{
#ifdef EXAM_HAS_SPEECH
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.contains(QStringLiteral("flite")))
        return std::make_unique<QtSpeech>(QStringLiteral("flite"), parent);
    if (!engines.isEmpty())
        return std::make_unique<QtSpeech>(engines.first(), parent);
    return std::make_unique<NoSpeech>(tr("Read-aloud is not available: no speech engine is installed on this station. "
                                         "Ask your proctor."),
                                      parent);
#else
    return std::make_unique<NoSpeech>(tr("Read-aloud is not available: this kiosk was built without speech. Ask your "
                                         "proctor."),
                                      parent);
#endif
}

} // namespace exam::ui
