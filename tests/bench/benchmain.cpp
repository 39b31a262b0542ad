// exam-bench: the product's performance goals, each measured beside its baseline in the same run.
//   exam-bench [--quick] [--json] [--only WORD]
// --quick runs small sizes (CTest runs it so the benchmark keeps building and running); the README's
// Performance section holds the latest full run.

#include "appearance.h"
#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace exam::bench;

namespace {

QString number(double value)
{
    return value >= 100  ? QString::number(value, 'f', 0)
           : value >= 10 ? QString::number(value, 'f', 1)
                         : QString::number(value, 'f', 2);
}

void printTable(const QList<Figure>& figures)
{
    std::printf("%-48s %12s %12s %8s %10s %s\n", "figure", "ours", "baseline", "ratio", "goal", "met");
    for (const Figure& f : figures) {
        const QString ours = number(f.ours) + u' ' + f.unit;
        const QString baseline = f.baseline > 0 ? number(f.baseline) + u' ' + f.unit : QStringLiteral("—");
        const QString ratio = f.baseline > 0 ? number(f.ratio()) + u'×' : QStringLiteral("—");
        std::printf("%-48s %12s %12s %8s %10s %s\n", qPrintable(f.name), qPrintable(ours), qPrintable(baseline),
                    qPrintable(ratio), qPrintable(f.goal), f.met ? "yes" : "NO");
    }
    std::printf("\n");
    for (const Figure& f : figures)
        std::printf("%s: %s\n", qPrintable(f.name), qPrintable(f.note));
    std::printf("\nMachine: %s, %d logical CPUs, Qt %s\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), qVersion());
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A runtime folder of the run's own for it and the kiosks it starts, gone at the end (Qt would
    // otherwise leave /tmp/runtime-USER behind).
    std::optional<QTemporaryDir> runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtime.emplace(QDir::tempPath() + QStringLiteral("/exam-bench-runtime-XXXXXX"));
        if (runtime->isValid())
            qputenv("XDG_RUNTIME_DIR", runtime->path().toLocal8Bit());
    }
    exam::ui::Appearance::beforeApplication(); // as exam-kiosk does
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("exam.*.info=false\nexam.delivery.warning=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The exam kiosk's performance figures, each beside its baseline."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Small sizes: a smoke run."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Only figures whose name holds this word."),
                                  QStringLiteral("word"));
    const QCommandLineOption emptyWindow(QStringLiteral("child-empty-window"), QStringLiteral("(internal)"));
    const QCommandLineOption sitting(QStringLiteral("child-sitting"), QStringLiteral("(internal)"),
                                     QStringLiteral("folder"));
    // The room figure's child: simulated stations (figures_room.cpp).
    const QCommandLineOption roomStations(QStringLiteral("room-stations"), QStringLiteral("(internal)"),
                                          QStringLiteral("folder"));
    const QCommandLineOption roomPort(QStringLiteral("room-port"), QStringLiteral("(internal)"),
                                      QStringLiteral("port"));
    const QCommandLineOption roomPin(QStringLiteral("room-console-pin"), QStringLiteral("(internal)"),
                                     QStringLiteral("hex"));
    const QCommandLineOption roomCount(QStringLiteral("room-count"), QStringLiteral("(internal)"), QStringLiteral("n"));
    const QCommandLineOption roomSeconds(QStringLiteral("room-seconds"), QStringLiteral("(internal)"),
                                         QStringLiteral("s"));
    parser.addOptions(
        {quick, json, only, emptyWindow, sitting, roomStations, roomPort, roomPin, roomCount, roomSeconds});
    // Not process(): it exits on --help or a bad option, before the runtime folder is removed.
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        return 64;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(emptyWindow))
        return runEmptyWindowChild();
    if (parser.isSet(sitting))
        return runSittingChild(parser.value(sitting));
    if (parser.isSet(roomStations))
        return runRoomStationsChild(parser.value(roomStations), quint16(parser.value(roomPort).toUInt()),
                                    QByteArray::fromHex(parser.value(roomPin).toLatin1()),
                                    parser.value(roomCount).toInt(), parser.value(roomSeconds).toInt());

    const Settings settings{parser.isSet(quick), QCoreApplication::applicationDirPath()};
    const QString filter = parser.value(only);
    QList<Figure> figures;
    const auto measure = [&](const QString& name, const std::function<QList<Figure>()>& work) {
        if (!filter.isEmpty() && !name.contains(filter, Qt::CaseInsensitive))
            return;
        std::fprintf(stderr, "measuring %s…\n", qPrintable(name));
        figures += work();
    };
    measure(QStringLiteral("bank open"), [&] {
        return QList<Figure>{bankOpen(settings, 1), bankOpen(settings, 2), formAssembly(settings)};
    });
    measure(QStringLiteral("answer save"), [&] { return answerSave(settings) + answerSave(settings, true); });
    measure(QStringLiteral("next item"), [&] { return QList<Figure>{nextItem(settings)}; });
    measure(QStringLiteral("cold start"), [&] { return QList<Figure>{coldStart(settings)}; });
    measure(QStringLiteral("peak memory"), [&] { return QList<Figure>{peakMemory(settings)}; });
    measure(QStringLiteral("upload"), [&] { return QList<Figure>{upload(settings)}; });
    measure(QStringLiteral("score and sign"), [&] { return QList<Figure>{scoreAndSign(settings)}; });
    measure(QStringLiteral("room"), [&] { return roomConsole(settings); });
    measure(QStringLiteral("replication"), [&] { return replicationLag(settings); });

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Figure& f : figures)
            list.append(QJsonObject{{QStringLiteral("figure"), f.name},
                                    {QStringLiteral("unit"), f.unit},
                                    {QStringLiteral("ours"), f.ours},
                                    {QStringLiteral("baseline"), f.baseline},
                                    {QStringLiteral("ratio"), f.ratio()},
                                    {QStringLiteral("goal"), f.goal},
                                    {QStringLiteral("met"), f.met},
                                    {QStringLiteral("note"), f.note}});
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("quick"), settings.quick},
                                                      {QStringLiteral("figures"), list}})
                                .toJson()
                                .constData());
    } else {
        printTable(figures);
    }
    // Missed goals are reported, never a failure: a benchmark measures, the tests judge behaviour.
    return figures.isEmpty() ? 1 : 0;
}
