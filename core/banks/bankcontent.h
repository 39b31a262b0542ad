#pragma once

#include "bankformat.h"
#include "error.h"
#include "programmerules.h"
#include "util/sensitive.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace exam {
class StrictObject;
}

namespace exam::banks {

// At least `count` of a domain's scored items on a form test this key work activity (format 3).
struct ActivityQuota
{
    QString activity;
    int count = 0;

    bool operator==(const ActivityQuota&) const = default;
};

// A content area of the blueprint, with the number of scored items a form draws from it.
struct Domain
{
    QString id;
    QString title;
    int count = 0;
    QList<ActivityQuota> activities; // optional minimums, where the certifying body sets them

    bool operator==(const Domain&) const = default;
};

// A key work activity of the programme's standard (the seeds' numbered lists), e.g. "4", "Identify
// unsafe conditions and take corrective action". Items name the one they test (format 3).
struct Activity
{
    QString id;
    QString title;

    bool operator==(const Activity&) const = default;
};

struct ModuleSettings
{
    QString code;     // e.g. CPT-SAF
    QString title;    // e.g. Safety
    QString program;  // e.g. MSSC Certified Production Technician
    QString language; // BCP 47 tag, e.g. en, es
    int timeLimitMinutes = 0;
    int passPercent = 0; // of the scored items on a form
    int formLength = 0;  // items on a form: the blueprint's scored items plus pilotCount
    int pilotCount = 0;  // unscored pilot items placed on each form
    bool calculatorAllowed = false;
    QList<Domain> domains;      // the blueprint
    QList<Activity> activities; // empty in banks before format 3

    int scoredItemsPerForm() const;
    const Activity* activity(const QString& id) const;
    bool operator==(const ModuleSettings&) const = default;
};

// An option: rich text (one line) or an image with alt text.
struct ItemOption
{
    QString text;  // markup; empty for an image option
    QString image; // media file name; empty for a text option
    QString alt;   // required for an image option

    bool operator==(const ItemOption&) const = default;
};

// What a candidate must not see before the exam, and nobody may log: kept behind Sensitive<>.
struct ItemBody
{
    QString stem;      // rich text markup
    QString readAloud; // optional text for speech instead of the stem's plain text
    QList<ItemOption> options;
    int key = -1;              // index into options
    QList<int> fixedPositions; // options that keep their place when options are shuffled

    bool operator==(const ItemBody&) const = default;
};

enum class ItemStatus {
    Live,   // scored, drawn onto forms
    Pilot,  // unscored, drawn into a form's pilot slots while its statistics are gathered
    Retired // kept for the record of earlier forms, never drawn
};

struct Item
{
    QString id;
    QString domain;
    ItemStatus status = ItemStatus::Live;
    // What assembly needs to know (format 3; empty or false in older banks). Not content: ids and a
    // reference, which may appear in records and logs.
    QString activity;             // the key work activity it tests
    QString variantGroup;         // items testing the same thing with other numbers or words: one per form
    QStringList enemies;          // ids (this bank or another module of the credential) never on one
                                  // candidate's forms with this item
    QString source;               // the standard the key rests on, e.g. "OSHA 29 CFR 1910.147"
    bool pictureMeasured = false; // reading its picture is the skill: not for read-aloud or a screen reader
    Sensitive<ItemBody> body;

    bool scored() const { return status == ItemStatus::Live; }
    bool pilot() const { return status == ItemStatus::Pilot; }
    bool drawable() const { return status != ItemStatus::Retired; }
    bool operator==(const Item&) const = default;
};

QString itemStatusName(ItemStatus status);
std::optional<ItemStatus> itemStatusFromName(const QString& name);

struct MediaFile
{
    QString name; // as referenced from markup, e.g. caliper-07.svg
    QString type; // image/svg+xml or image/png
    Sensitive<QByteArray> data;

    bool operator==(const MediaFile&) const = default;
};

// The decrypted payload of a bank.
struct BankContent
{
    QString bankId;
    int bankVersion = 0;
    ModuleSettings module;
    QList<Item> items;
    QList<MediaFile> media;
    // The programme's rules for the module (format 4): in the bank's header, not in the payload; the
    // writer puts them there and the reader copies them back.
    std::optional<ModuleRules> rules;

    const MediaFile* mediaFile(const QString& name) const;
    bool operator==(const BankContent&) const = default;
};

// The payload as bytes and back. The JSON schema is in itembanks/FORMAT.md, "Payload".
class BankPayload
{
    Q_DECLARE_TR_FUNCTIONS(exam::banks::BankPayload)
public:
    // In the current format (FORMAT.md, "Payload"): the JSON's length, compact UTF-8 JSON, the media
    // bytes. The caller owns the plaintext and wipes it after sealing.
    static QByteArray serialize(const BankContent& content);
    // Strict parse of a payload in `formatVersion` (1: JSON alone, media in base64), then validate():
    // the first problem is the error, with the number of others.
    static Result<BankContent> parse(QByteArrayView bytes, quint16 formatVersion = format::Version);
    // Version 2's framing, for tools and tests that work on the JSON part.
    static QByteArray frame(QByteArrayView json, QByteArrayView media);
};

// Reads the module settings' members (code … domains, and from format 3 the activities) from `json`; the caller reads
// its own members too and then rejects unknown ones. Shared by the payload and the authoring source's module.json.
ModuleSettings readModuleSettings(StrictObject& json, quint16 formatVersion = format::Version);

// A problem with a bank's content, tied to the item (or module setting) it is about.
struct ContentProblem
{
    QString itemId;    // empty: about the module or the media
    QString mediaName; // set when about one media file
    QString message;
};

// Every rule a bank's content must satisfy (blueprint can be met, ids unique, 3–5 distinct options,
// one key in range, images exist and have alt text, rich text well-formed, limits). Used by the
// compiler, which reports all problems at once, and by the reader, which refuses on the first.
QList<ContentProblem> validateContent(const BankContent& content);

// The rules of validateContent() that tools outside it need on their own (the QTI import chooses domain
// ids and a language, and skips an item whose stem repeats another's before the build refuses it).
bool isDomainId(const QString& id);
bool isLanguageTag(const QString& tag);
// A stem as a candidate reads it, for comparing stems: two items with the same one are refused.
QString stemIdentity(const QString& stem);

// Recognises the media types a bank may carry from their first bytes; empty when none fits.
QString sniffMediaType(QByteArrayView data);

} // namespace exam::banks
