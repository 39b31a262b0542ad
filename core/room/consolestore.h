#pragma once

#include "error.h"
#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <span>

namespace exam::session {
class AuditLog;
}

namespace exam::room {

// The room console's database (console.sqlite): its paired stations with the next action number for
// each, its settings, and its own proctor accounts and audit chain (the tables session::ProctorAccounts
// and session::AuditLog use, as a station has them).
std::span<const storage::Migration> consoleMigrations();

struct PairedStation
{
    QByteArray pin;
    QString name;
    QDateTime pairedAt;
};

// The console's stations and settings; every change goes into the console's audit log.
class ConsoleStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::room::ConsoleStore)
public:
    static constexpr int DefaultBreakLimitMinutes = 15;

    ConsoleStore(storage::Database& database, session::AuditLog& audit);

    Result<QList<PairedStation>> stations();
    Result<void> addStation(const QByteArray& pin, const QString& name, const QString& actor);
    Result<void> removeStation(const QByteArray& pin, const QString& actor);
    // The sequence number for the next action to this station, taken (and kept) before it is sent:
    // never the same twice, even after a crash, so the station can refuse anything it has seen.
    Result<qint64> takeSequence(const QByteArray& pin);
    // An action sent, in the console's audit log: who asked what of which station.
    Result<void> logAction(const QString& actor, const QString& stationName, const QString& what);

    // A sitting that went on at a spare station (issue 26).
    struct Move
    {
        QByteArray stationPin; // the station it left
        qint64 sessionId = 0;  // its session there
        QByteArray sparePin;
        QString spareName;
        QString proctor; // login
    };
    Result<void> recordMove(const Move& move, const QString& stationName);
    Result<std::optional<Move>> moveOf(const QByteArray& stationPin, qint64 sessionId);
    // The spare refused the sitting (or it never left): the sitting may move again.
    Result<void> forgetMove(const Move& move, const QString& why);

    Result<QString> roomName();
    Result<void> setRoomName(const QString& name, const QString& actor);
    Result<int> breakLimitMinutes();
    Result<void> setBreakLimitMinutes(int minutes, const QString& actor);

private:
    Result<std::optional<QString>> setting(const QString& key);
    Result<void> setSetting(const QString& key, const QString& value, const QString& actor);

    storage::Database& m_database;
    session::AuditLog& m_audit;
};

} // namespace exam::room
