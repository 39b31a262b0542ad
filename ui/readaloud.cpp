#include "readaloud.h"

#include "speech.h"

#include <QStyle>

namespace exam::ui {

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) { }

void ReadAloud::setSpeech(Speech* speech)
{
    stop();
    if (m_speech)
        disconnect(m_speech, nullptr, this, nullptr);
    m_speech = speech;
    if (!m_speech)
        return;
    m_speech->setRate(m_rateStep * 0.25);
    connect(m_speech, &Speech::finished, this, &ReadAloud::next);
    connect(m_speech, &Speech::failed, this, [this](const QString& reason) {
        stop();
        Q_EMIT problem(reason);
    });
}

void ReadAloud::read(const QList<Part>& parts)
{
    stop();
    if (!m_speech || !m_speech->available()) {
        Q_EMIT problem(m_speech ? m_speech->unavailableReason()
                                : tr("Read-aloud is not available on this station. Ask your proctor."));
        return;
    }
    m_parts = parts;
    m_current = 0;
    Q_EMIT readingChanged(true);
    speakCurrent();
}

void ReadAloud::next()
{
    if (m_current < 0)
        return; // a late "finished" from something stopped: nothing is being read
    if (m_current < m_parts.size())
        markSpeaking(m_parts[m_current].widget, false);
    ++m_current;
    speakCurrent();
}

void ReadAloud::speakCurrent()
{
    while (m_current < m_parts.size() && (!m_parts[m_current].widget || m_parts[m_current].text.trimmed().isEmpty()))
        ++m_current;
    if (m_current >= m_parts.size()) {
        m_current = -1;
        m_parts.clear();
        Q_EMIT readingChanged(false);
        return;
    }
    markSpeaking(m_parts[m_current].widget, true);
    m_speech->say(m_parts[m_current].text);
}

void ReadAloud::stop()
{
    if (m_current < 0)
        return;
    if (m_current < m_parts.size())
        markSpeaking(m_parts[m_current].widget, false);
    m_current = -1;
    m_parts.clear();
    if (m_speech)
        m_speech->stop();
    Q_EMIT readingChanged(false);
}

void ReadAloud::slower()
{
    setRateStep(m_rateStep - 1);
}

void ReadAloud::faster()
{
    setRateStep(m_rateStep + 1);
}

void ReadAloud::setRateStep(int step)
{
    m_rateStep = std::clamp(step, -2, 2);
    if (m_speech)
        m_speech->setRate(m_rateStep * 0.25);
    Q_EMIT rateChanged();
}

QString ReadAloud::rateText() const
{
    switch (m_rateStep) {
    case -2: return tr("Reading speed: slowest");
    case -1: return tr("Reading speed: slower");
    case 1: return tr("Reading speed: faster");
    case 2: return tr("Reading speed: fastest");
    default: return tr("Reading speed: normal");
    }
}

void ReadAloud::markSpeaking(QWidget* widget, bool speaking)
{
    if (!widget)
        return;
    widget->setProperty("speaking", speaking);
    // The style sheet matches on the property: polish again so it sees the change.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace exam::ui
