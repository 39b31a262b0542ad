#pragma once
// Helpers shared by the tests: fixture paths, hex, JSON fixtures, a controllable clock.

#include "util/clock.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <chrono>

namespace exam::test {

// Runs the event loop until `done()` holds or `milliseconds` pass; whether it holds. For tests with
// real sockets and processes, where something happens "soon", not at a known step.
template<typename Done>
bool waitUntil(Done done, int milliseconds = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(EXAM_TEST_DATA_DIR "/") + relative;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(EXAM_SOURCE_DIR "/") + relative;
}

inline QByteArray hex(const QString& text)
{
    return QByteArray::fromHex(text.toLatin1());
}

QJsonDocument loadJson(const QString& relativePath);

// One of the project's programs (build/bin/`program`) run to its end, as its users run it.
struct ToolRun
{
    int status = -1;
    QString out;
    QString err;
};
ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {});

// Whether `openssl pkeyutl -verify` (not our code) accepts the Ed25519 `signature` of `message` by the
// key in `publicKeyPem`.
bool opensslVerifies(const QByteArray& publicKeyPem, const QByteArray& message, const QByteArray& signature);

// A Clock whose time moves only when the test says so. Wall time and monotonic time are separate, so
// a test can jump the wall clock and prove that durations do not follow.
class TestClock final : public Clock
{
public:
    std::chrono::milliseconds monotonic() const override { return m_monotonic; }
    QDateTime utcNow() const override { return m_wall; }

    void advance(std::chrono::milliseconds by)
    {
        m_monotonic += by;
        m_wall = m_wall.addMSecs(by.count());
    }
    void setWallClock(const QDateTime& wall) { m_wall = wall; }

private:
    std::chrono::milliseconds m_monotonic{1'000'000};
    QDateTime m_wall = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
};

} // namespace exam::test

// Catch2 prints QString values in failure messages.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b)
    {
        return b.size() <= 128 ? b.toHex().toStdString() : std::to_string(b.size()) + " bytes";
    }
};
} // namespace Catch
