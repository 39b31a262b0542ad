#pragma once
// exam-bench: each performance figure of the product measured beside its baseline in the same run,
// and printed as a ratio (absolute times on shared machines drift; ratios much less).

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace exam::bench {

struct Figure
{
    QString name;
    QString unit; // of ours and baseline: "ms", "MB", "records/s"
    double ours = 0;
    double baseline = 0; // 0 when the goal is absolute
    QString goal;        // in words, e.g. "≤ 2×"
    bool met = false;
    QString note; // what the numbers are (p99 over 5,000 saves…)

    double ratio() const { return baseline > 0 ? ours / baseline : 0; }
};

struct Settings
{
    bool quick = false;
    QString binaryDir; // where exam-kiosk and exam-intake are
};

inline double milliseconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The q-quantile (0..1) of samples, nearest rank.
inline double quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank =
        std::clamp<qsizetype>(qsizetype(q * double(samples.size()) + 0.999999) - 1, 0, samples.size() - 1);
    return samples[rank];
}

inline double median(const QList<double>& samples)
{
    return quantile(samples, 0.5);
}

// The figures, each in its own file.
Figure bankOpen(const Settings& settings, int poolFactor);
Figure formAssembly(const Settings& settings);
QList<Figure> answerSave(const Settings& settings, bool replica = false);
Figure scoreAndSign(const Settings& settings);
Figure nextItem(const Settings& settings);
Figure coldStart(const Settings& settings);
Figure peakMemory(const Settings& settings);
Figure upload(const Settings& settings);
QList<Figure> roomConsole(const Settings& settings);
QList<Figure> replicationLag(const Settings& settings);

// Child processes the figures start (the same binary): an empty window, a whole sitting.
int runEmptyWindowChild();
int runSittingChild(const QString& folder);
int runRoomStationsChild(const QString& folder, quint16 port, const QByteArray& consolePin, int count, int seconds);

} // namespace exam::bench
