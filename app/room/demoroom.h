#pragma once
// `exam-room --demo`: a room on one machine to try the console with — three demo kiosks in windows of
// their own (each a demo station with the demo banks and the demo proctor), joined to this console
// without the pairing code (both ends are this machine), and the demo proctor on the console.

#include "error.h"

#include <QList>
#include <QObject>
#include <QString>

class QProcess;

namespace exam::roomconsole {

class RoomConsole;

class DemoRoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int Stations = 3;
    // The demo proctor, as on the demo kiosk (README: demo only).
    static constexpr char ProctorLogin[] = "demo";
    static constexpr char ProctorPin[] = "246810";

    DemoRoom(RoomConsole& console, QString folder, QString kioskProgram, QObject* parent = nullptr);
    ~DemoRoom() override;

    // The demo proctor on the console, the stations joined to it (it must listen already), and the
    // kiosks started.
    Result<void> start();

private:
    Result<void> joinStation(int number);

    RoomConsole& m_console;
    QString m_folder;
    QString m_kioskProgram;
    QList<QProcess*> m_kiosks;
};

} // namespace exam::roomconsole
