#pragma once

#include "banks/bankcontent.h"
#include "error.h"
#include "sessionstate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace exam {
class Clock;
namespace storage {
class Database;
}
} // namespace exam

namespace exam::session {

class AuditLog;
class ProctorAuthorization;

struct ModuleChoice
{
    QString bankId;
    QByteArray bankSha256;
    const banks::BankContent* content = nullptr;
    // Set when the proctor sets the module up against a rule (the retake rule): the rule's refusal and
    // the proctor's reason. Stored with the session, audit-logged, and carried in its result record.
    QString ruleOverride = {};
};

// Who and where a session is: for the candidate's welcome screen and the kiosk's next step.
struct SessionPlace
{
    qint64 sittingId = 0;
    QString candidateId;
    QString candidateName;
    QString bankId;
    int position = 0;    // 0-based, in the sitting
    int moduleCount = 1; // sessions in the sitting
    std::optional<QString> nextBankId;
    QString movedFrom; // "station-id/session-id" when the session moved here from another station
};

struct SessionOpening;

// A candidate this station has seen before: the proctor checks the name against the photo ID.
struct KnownCandidate
{
    QString id;
    QString name;
    int sittings = 0;
    QDateTime lastSitting; // UTC; invalid when there was none
};

// A sitting: one candidate, an ordered list of modules (each a session), with breaks between them.
// Setting one up assembles every session's form from a fresh seed and stores it, in one transaction.
class Sittings
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::Sittings)
public:
    Sittings(storage::Database& database, AuditLog& audit, const Clock& clock);

    Result<qint64> create(const ProctorAuthorization& proctor, const QString& candidateId, const QString& candidateName,
                          const QList<ModuleChoice>& modules, const Accommodations& accommodations);
    Result<QList<qint64>> sessions(qint64 sittingId);
    // Every item on the candidate's forms at this station, of any module.
    Result<QSet<QString>> seenItems(const QString& candidateId);
    // For each item of a bank (any version), the number of forms at this station it has been on (kept in
    // item_exposures as forms are set up).
    Result<QHash<QString, int>> exposures(const QString& bankId);
    // The candidate with this id, when the station has one (from an earlier sitting).
    Result<std::optional<KnownCandidate>> candidate(const QString& candidateId);
    // The accommodations the sitting was set up with.
    Result<Accommodations> accommodations(qint64 sittingId);
    // From the stored JSON of sittings.accommodations and the sessions' time factor.
    static Accommodations accommodationsFrom(const QByteArray& json, int timeFactorPercent);
    // As sittings.accommodations stores them (all but the time factor, which each session keeps).
    static QByteArray accommodationsJson(const Accommodations& accommodations);

    // The display the candidate set during the sitting (a colour scheme of colourSchemes(), a text size
    // of 100–300 %, the line reader, the read-aloud speed), kept so that a kiosk started again after a
    // crash shows it as it was. Not an accommodation (the set-up's stay as they were) and not in the
    // result.
    struct Display
    {
        QString colourScheme;
        int textSizePercent = 100;
        bool lineReader = false;
        int readingRate = 0; // read-aloud speed in steps, -2 … 2
        bool valid() const;  // a scheme of the kiosk's, a size and a speed it has
        bool operator==(const Display&) const = default;
    };
    Result<void> setCandidateDisplay(qint64 sittingId, const Display& display);
    // Nothing when the candidate changed nothing (or what is stored is not a display any more).
    Result<std::optional<Display>> candidateDisplay(qint64 sittingId);
    // A stored display; nothing when it is not one any more.
    static std::optional<Display> displayFrom(const QByteArray& json);
    // The next session of the sitting that has not finished, if any (the one after a break).
    Result<std::optional<qint64>> nextSession(qint64 sittingId);
    // Ends the sitting; sessions not yet started are voided with the proctor's reason.
    Result<void> close(qint64 sittingId, const ProctorAuthorization& proctor, const QString& reason);
    Result<SessionPlace> place(qint64 sessionId);
    // The place, the accommodations and the candidate's display of a session, in one read.
    Result<SessionOpening> opening(qint64 sessionId);
    // The sitting the station is in the middle of (not closed yet), if any: a restarted kiosk goes on
    // with it.
    Result<std::optional<qint64>> openSitting();
    // A session the station was running when it stopped (crash, power cut): it needs a proctor.
    Result<std::optional<qint64>> interruptedSession();

private:
    storage::Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

// Everything the kiosk needs to open a session, read at once: where it is, the sitting's
// accommodations and the display the candidate chose during the sitting.
struct SessionOpening
{
    SessionPlace place;
    Accommodations accommodations;
    std::optional<Sittings::Display> candidateDisplay; // nothing when the candidate changed nothing
};

} // namespace exam::session
