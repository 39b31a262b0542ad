// Figures of the kiosk as a candidate meets it: the next item on screen, the start of the program,
// the memory a whole sitting takes. Start and memory are measured on child processes, each against
// an empty Qt Widgets window started the same way.

#include "bench.h"
#include "benchstation.h"
#include "syntheticbank.h"

#include "itemscreen.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QWidget>

#include <cstdio>

namespace exam::bench {

namespace {

// The process's peak resident memory (VmHWM), in MB.
double peakResidentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Runs a child to its end; its standard output, or a fatal error.
QByteArray runChild(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
                    double* elapsedMs = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qFatal("bench: %s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
               process.readAllStandardError().constData());
    if (elapsedMs)
        *elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return process.readAllStandardOutput();
}

double reportedPeak(const QByteArray& output)
{
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("peak-mb "))
            return line.mid(8).toDouble();
    qFatal("bench: a child did not report its memory");
    return 0;
}

} // namespace

int runEmptyWindowChild()
{
    QWidget window;
    window.resize(1280, 720);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab();
    std::printf("peak-mb %.1f\n", peakResidentMb());
    return 0;
}

int runSittingChild(const QString& folder)
{
    QByteArray file;
    QList<banks::PublisherKey> trusted;
    banks::BankKeys keys;
    if (!SyntheticBank::load(folder, file, trusted, keys))
        qFatal("bench child: no bank in %s", qPrintable(folder));
    auto opened = banks::BankReader::open(file, trusted, keys);
    if (!opened)
        qFatal("bench child: the bank does not open");
    file.clear();
    BenchStation station(folder);
    auto engine = station.startedSession(opened->content);
    QWidget window;
    window.resize(1280, 720);
    auto* screen = new ui::ItemScreen(&window);
    screen->resize(window.size());
    screen->setSession(engine.get(), &opened->content);
    window.show();
    for (int p = 0; p < engine->itemCount(); ++p) {
        screen->choose(p % 4);
        (void)window.grab();
        screen->next();
    }
    if (!engine->submit())
        qFatal("bench child: the sitting does not submit");
    std::printf("peak-mb %.1f\n", peakResidentMb());
    return 0;
}

Figure nextItem(const Settings& settings)
{
    const SyntheticBank bank = SyntheticBank::make();
    BenchStation station;
    auto engine = station.startedSession(bank.content);
    QWidget window;
    window.resize(1280, 720);
    auto* screen = new ui::ItemScreen(&window);
    screen->resize(window.size());
    screen->setSession(engine.get(), &bank.content);
    window.show();
    QCoreApplication::processEvents();
    const int laps = settings.quick ? 1 : 6;
    QList<double> samples;
    for (int lap = 0; lap < laps; ++lap) {
        const bool forward = lap % 2 == 0;
        for (int step = 0; step + 1 < engine->itemCount(); ++step)
            samples.append(milliseconds([&] {
                forward ? screen->next() : screen->previous();
                (void)window.grab(); // layout and a full render of the window
            }));
    }
    Figure figure{QStringLiteral("next item shown, p99"),
                  QStringLiteral("ms"),
                  quantile(samples, 0.99),
                  0,
                  QStringLiteral("< 16 ms"),
                  false,
                  QStringLiteral("%1 moves through 101 items (40 with a picture), 1280×720 offscreen; median %2 ms")
                      .arg(samples.size())
                      .arg(median(samples), 0, 'f', 2)};
    figure.met = figure.ours < 16.0;
    return figure;
}

Figure coldStart(const Settings& settings)
{
    QTemporaryDir dir;
    QProcessEnvironment kioskEnvironment = childEnvironment();
    kioskEnvironment.insert(QStringLiteral("EXAM_KIOSK_EXIT_AFTER_FIRST_SCREEN"), QStringLiteral("1"));
    kioskEnvironment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
    const QString kiosk = settings.binaryDir + QStringLiteral("/exam-kiosk");
    const QStringList kioskArguments{QStringLiteral("--demo"), QStringLiteral("--windowed"),
                                     QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("station"))};
    // The first start installs the demo banks: not timed, but it must reach the station's ready screen
    // (a start that stops at a problem screen would only look fast).
    const QByteArray first = runChild(kiosk, kioskArguments, kioskEnvironment);
    if (!first.contains("first-screen: This station is ready"))
        qFatal("bench: the demo kiosk did not start to its ready screen: %s", first.constData());
    const int rounds = settings.quick ? 2 : 7;
    QList<double> ours, baseline;
    for (int i = 0; i < rounds; ++i) {
        double elapsed = 0;
        if (!runChild(kiosk, kioskArguments, kioskEnvironment, &elapsed)
                 .contains("first-screen: This station is ready"))
            qFatal("bench: the demo kiosk did not start to its ready screen");
        ours.append(elapsed);
        runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-empty-window")}, childEnvironment(),
                 &elapsed);
        baseline.append(elapsed);
    }
    Figure figure{QStringLiteral("cold start to the first screen"),
                  QStringLiteral("ms"),
                  median(ours),
                  median(baseline),
                  QStringLiteral("≤ 1.5×"),
                  false,
                  QStringLiteral("median of %1 starts of the demo station (offscreen), process start to first screen "
                                 "drawn and exit")
                      .arg(rounds)};
    figure.met = figure.ratio() <= 1.5;
    return figure;
}

Figure peakMemory(const Settings&)
{
    QTemporaryDir dir;
    SyntheticBank::make().save(dir.path());
    const double ours = reportedPeak(runChild(QCoreApplication::applicationFilePath(),
                                              {QStringLiteral("--child-sitting"), dir.path()}, childEnvironment()));
    const double baseline = reportedPeak(runChild(QCoreApplication::applicationFilePath(),
                                                  {QStringLiteral("--child-empty-window")}, childEnvironment()));
    Figure figure{QStringLiteral("peak memory through a 101-item sitting"),
                  QStringLiteral("MB"),
                  ours,
                  baseline,
                  QStringLiteral("≤ +60 MB"),
                  ours - baseline <= 60.0,
                  QStringLiteral("VmHWM; bank opened, every item shown and answered, submitted; +%1 MB")
                      .arg(ours - baseline, 0, 'f', 1)};
    return figure;
}

} // namespace exam::bench
