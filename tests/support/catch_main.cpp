// The one Catch2 runner of the suite, compiled once per flavour: with EXAM_TEST_GUI it creates a
// QApplication on the offscreen platform, otherwise a QCoreApplication. The platform must be chosen
// before the application object exists, and also when CTest's discovery runs the binary at build time
// without any environment of ours; hence here, in code, and only when the caller did not choose one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef EXAM_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

int main(int argc, char* argv[])
{
#ifdef EXAM_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // A runtime folder of this run's own (owner-only, as Qt wants it), gone when the run ends: nothing
    // is left behind in /tmp.
    std::optional<QTemporaryDir> runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtime.emplace(QDir::tempPath() + QStringLiteral("/exam-tests-runtime-XXXXXX"));
        if (runtime->isValid())
            qputenv("XDG_RUNTIME_DIR", runtime->path().toLocal8Bit());
    }
    // Tests must never touch a real station's data folder.
    QStandardPaths::setTestModeEnabled(true);
#ifdef EXAM_TEST_GUI
    // As exam-kiosk does (ui::Appearance::beforeApplication): fonts and palettes reach child widgets
    // although the kiosk runs with a style sheet.
    QCoreApplication::setAttribute(Qt::AA_UseStyleSheetPropagationInWidgetStyles);
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
