#include "bankcontent.h"

#include "bankformat.h"
#include "banktext.h"
#include "richtext.h"
#include "json/strictobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace exam::banks {

using detail::tr;

namespace {

QJsonObject optionToJson(const ItemOption& option)
{
    if (!option.image.isEmpty())
        return {{QStringLiteral("image"), option.image}, {QStringLiteral("alt"), option.alt}};
    return {{QStringLiteral("text"), option.text}};
}

QJsonObject itemToJson(const Item& item)
{
    const ItemBody& body = item.body.reveal();
    QJsonArray options;
    for (const ItemOption& option : body.options)
        options.append(optionToJson(option));
    QJsonObject json{{QStringLiteral("id"), item.id},
                     {QStringLiteral("domain"), item.domain},
                     {QStringLiteral("status"), itemStatusName(item.status)},
                     {QStringLiteral("stem"), body.stem},
                     {QStringLiteral("options"), options},
                     {QStringLiteral("key"), body.key}};
    if (!item.activity.isEmpty())
        json.insert(QStringLiteral("activity"), item.activity);
    if (!item.variantGroup.isEmpty())
        json.insert(QStringLiteral("variant"), item.variantGroup);
    if (!item.enemies.isEmpty())
        json.insert(QStringLiteral("enemies"), QJsonArray::fromStringList(item.enemies));
    if (!item.source.isEmpty())
        json.insert(QStringLiteral("source"), item.source);
    if (item.pictureMeasured)
        json.insert(QStringLiteral("pictureMeasured"), true);
    if (!body.readAloud.isEmpty())
        json.insert(QStringLiteral("readAloud"), body.readAloud);
    if (!body.fixedPositions.isEmpty()) {
        QJsonArray fixed;
        for (int position : body.fixedPositions)
            fixed.append(position);
        json.insert(QStringLiteral("fixed"), fixed);
    }
    return json;
}

QJsonObject moduleToJson(const ModuleSettings& module)
{
    QJsonArray domains;
    for (const Domain& domain : module.domains) {
        QJsonObject json{{QStringLiteral("id"), domain.id},
                         {QStringLiteral("title"), domain.title},
                         {QStringLiteral("count"), domain.count}};
        if (!domain.activities.isEmpty()) {
            QJsonArray quotas;
            for (const ActivityQuota& quota : domain.activities)
                quotas.append(
                    QJsonObject{{QStringLiteral("activity"), quota.activity}, {QStringLiteral("count"), quota.count}});
            json.insert(QStringLiteral("activities"), quotas);
        }
        domains.append(json);
    }
    QJsonObject json{{QStringLiteral("code"), module.code},
                     {QStringLiteral("title"), module.title},
                     {QStringLiteral("program"), module.program},
                     {QStringLiteral("language"), module.language},
                     {QStringLiteral("timeLimitMinutes"), module.timeLimitMinutes},
                     {QStringLiteral("passPercent"), module.passPercent},
                     {QStringLiteral("formLength"), module.formLength},
                     {QStringLiteral("pilotCount"), module.pilotCount},
                     {QStringLiteral("calculatorAllowed"), module.calculatorAllowed},
                     {QStringLiteral("domains"), domains}};
    if (!module.activities.isEmpty()) {
        QJsonArray activities;
        for (const Activity& activity : module.activities)
            activities.append(
                QJsonObject{{QStringLiteral("id"), activity.id}, {QStringLiteral("title"), activity.title}});
        json.insert(QStringLiteral("activities"), activities);
    }
    return json;
}

} // namespace

ModuleSettings readModuleSettings(StrictObject& json, quint16 formatVersion)
{
    const bool pools = formatVersion >= format::PoolsVersion;
    ModuleSettings module;
    module.code = json.string(QStringLiteral("code"), 32);
    module.title = json.string(QStringLiteral("title"), format::MaxNameLength);
    module.program = json.string(QStringLiteral("program"), format::MaxNameLength);
    module.language = json.string(QStringLiteral("language"), 16);
    module.timeLimitMinutes = int(json.integer(QStringLiteral("timeLimitMinutes"), 1, 600));
    module.passPercent = int(json.integer(QStringLiteral("passPercent"), 1, 100));
    module.formLength = int(json.integer(QStringLiteral("formLength"), 1, format::MaxItems));
    module.pilotCount = int(json.integer(QStringLiteral("pilotCount"), 0, format::MaxItems));
    module.calculatorAllowed = json.boolean(QStringLiteral("calculatorAllowed"));
    const QJsonArray domains = json.array(QStringLiteral("domains"), 1, format::MaxDomains);
    for (qsizetype i = 0; i < domains.size() && json.ok(); ++i) {
        StrictObject domain = json.element(domains, QStringLiteral("domains"), i);
        Domain parsed{domain.string(QStringLiteral("id"), 40),
                      domain.string(QStringLiteral("title"), format::MaxNameLength),
                      int(domain.integer(QStringLiteral("count"), 1, format::MaxItems)),
                      {}};
        if (const auto quotas =
                pools ? domain.optionalArray(QStringLiteral("activities"), format::MaxActivities) : std::nullopt) {
            for (qsizetype q = 0; q < quotas->size() && domain.ok(); ++q) {
                StrictObject quota = domain.element(*quotas, QStringLiteral("activities"), q);
                parsed.activities.append(
                    ActivityQuota{quota.string(QStringLiteral("activity"), 40),
                                  int(quota.integer(QStringLiteral("count"), 1, format::MaxItems))});
                quota.rejectUnknownFields();
                domain.absorb(quota);
            }
        }
        domain.rejectUnknownFields();
        json.absorb(domain);
        module.domains.append(parsed);
    }
    if (const auto activities =
            pools ? json.optionalArray(QStringLiteral("activities"), format::MaxActivities) : std::nullopt) {
        for (qsizetype i = 0; i < activities->size() && json.ok(); ++i) {
            StrictObject activity = json.element(*activities, QStringLiteral("activities"), i);
            module.activities.append(Activity{activity.string(QStringLiteral("id"), 40),
                                              activity.string(QStringLiteral("title"), format::MaxNameLength)});
            activity.rejectUnknownFields();
            json.absorb(activity);
        }
    }
    return module;
}

namespace {

Item itemFromJson(StrictObject& json, quint16 formatVersion)
{
    Item item;
    ItemBody body;
    item.id = json.string(QStringLiteral("id"), 64);
    item.domain = json.string(QStringLiteral("domain"), 40);
    if (formatVersion >= format::PoolsVersion) {
        const QString status = json.string(QStringLiteral("status"), 16);
        if (const auto parsed = itemStatusFromName(status))
            item.status = *parsed;
        else if (json.ok())
            json.reject(QStringLiteral("status"), tr("must be live, pilot or retired."));
        item.activity = json.optionalString(QStringLiteral("activity"), 40).value_or(QString());
        item.variantGroup = json.optionalString(QStringLiteral("variant"), 40).value_or(QString());
        if (const auto enemies = json.optionalArray(QStringLiteral("enemies"), format::MaxEnemies)) {
            for (const QJsonValue& enemy : *enemies) {
                if (!enemy.isString()) {
                    json.reject(QStringLiteral("enemies"), tr("must list item ids."));
                    break;
                }
                item.enemies.append(enemy.toString());
            }
        }
        item.source = json.optionalString(QStringLiteral("source"), format::MaxNameLength).value_or(QString());
        item.pictureMeasured = json.optionalBoolean(QStringLiteral("pictureMeasured")).value_or(false);
    } else {
        item.status = json.boolean(QStringLiteral("scored")) ? ItemStatus::Live : ItemStatus::Pilot;
    }
    body.stem = json.string(QStringLiteral("stem"), RichText::MaxStemLength);
    body.readAloud = json.optionalString(QStringLiteral("readAloud"), RichText::MaxStemLength).value_or(QString());
    const QJsonArray options = json.array(QStringLiteral("options"), format::MinOptions, format::MaxOptions);
    for (qsizetype i = 0; i < options.size() && json.ok(); ++i) {
        StrictObject option = json.element(options, QStringLiteral("options"), i);
        ItemOption parsed;
        if (options.at(i).toObject().contains(QStringLiteral("image"))) {
            parsed.image = option.string(QStringLiteral("image"), 100);
            parsed.alt = option.string(QStringLiteral("alt"), RichText::MaxAltLength);
        } else {
            parsed.text = option.string(QStringLiteral("text"), RichText::MaxOptionLength);
        }
        option.rejectUnknownFields();
        json.absorb(option);
        body.options.append(parsed);
    }
    body.key = int(json.integer(QStringLiteral("key"), 0, format::MaxOptions - 1));
    if (const auto fixed = json.optionalArray(QStringLiteral("fixed"), format::MaxOptions)) {
        for (const QJsonValue& position : *fixed) {
            if (!position.isDouble() || position.toInt(-1) < 0 || position.toInt() >= format::MaxOptions) {
                json.reject(QStringLiteral("fixed"), tr("must list option positions from 0 to 4."));
                break;
            }
            body.fixedPositions.append(position.toInt());
        }
    }
    json.rejectUnknownFields();
    item.body = Sensitive<ItemBody>(std::move(body));
    return item;
}

} // namespace

int ModuleSettings::scoredItemsPerForm() const
{
    int total = 0;
    for (const Domain& domain : domains)
        total += domain.count;
    return total;
}

const Activity* ModuleSettings::activity(const QString& id) const
{
    for (const Activity& activity : activities)
        if (activity.id == id)
            return &activity;
    return nullptr;
}

QString itemStatusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Live: return QStringLiteral("live");
    case ItemStatus::Pilot: return QStringLiteral("pilot");
    case ItemStatus::Retired: return QStringLiteral("retired");
    }
    return {};
}

std::optional<ItemStatus> itemStatusFromName(const QString& name)
{
    for (const ItemStatus status : {ItemStatus::Live, ItemStatus::Pilot, ItemStatus::Retired})
        if (itemStatusName(status) == name)
            return status;
    return std::nullopt;
}

const MediaFile* BankContent::mediaFile(const QString& name) const
{
    for (const MediaFile& file : media) {
        if (file.name == name)
            return &file;
    }
    return nullptr;
}

QByteArray BankPayload::serialize(const BankContent& content)
{
    QJsonArray items;
    for (const Item& item : content.items)
        items.append(itemToJson(item));
    QJsonArray media;
    QByteArray mediaBytes;
    for (const MediaFile& file : content.media) {
        media.append(QJsonObject{{QStringLiteral("name"), file.name},
                                 {QStringLiteral("type"), file.type},
                                 {QStringLiteral("size"), qint64(file.data.reveal().size())}});
        mediaBytes.append(file.data.reveal());
    }
    const QJsonObject json{{QStringLiteral("bankId"), content.bankId},
                           {QStringLiteral("bankVersion"), content.bankVersion},
                           {QStringLiteral("module"), moduleToJson(content.module)},
                           {QStringLiteral("items"), items},
                           {QStringLiteral("media"), media}};
    QByteArray payload = frame(QJsonDocument(json).toJson(QJsonDocument::Compact), mediaBytes);
    mediaBytes.fill('\0'); // item pictures are content too: no clear copy left behind
    return payload;
}

QByteArray BankPayload::frame(QByteArrayView json, QByteArrayView media)
{
    QByteArray out(format::PayloadJsonLengthSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(json.size()), out.data());
    out.reserve(out.size() + json.size() + media.size());
    out.append(json);
    out.append(media);
    return out;
}

Result<BankContent> BankPayload::parse(QByteArrayView payload, quint16 formatVersion)
{
    // Version 2: the JSON's length first, the media bytes after the JSON.
    QByteArrayView bytes = payload;
    QByteArrayView mediaBytes;
    if (formatVersion >= 2) {
        if (payload.size() < format::PayloadJsonLengthSize)
            return fail(ErrorCode::ParseError, tr("The content is shorter than its own length field."));
        const quint32 jsonLength = qFromBigEndian<quint32>(payload.data());
        if (jsonLength > quint64(payload.size() - format::PayloadJsonLengthSize))
            return fail(ErrorCode::ParseError,
                        tr("The content says its text is %1 bytes long, more than there is.").arg(jsonLength));
        bytes = payload.sliced(format::PayloadJsonLengthSize, jsonLength);
        mediaBytes = payload.sliced(format::PayloadJsonLengthSize + jsonLength);
    }
    // Parsed in place: no extra copy of the decrypted bytes that could outlive the caller's wipe.
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("The content is not a JSON object (%1 at byte %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    StrictObject json(document.object(), QString());
    BankContent content;
    content.bankId = json.string(QStringLiteral("bankId"), 64);
    content.bankVersion = int(json.integer(QStringLiteral("bankVersion"), 1, format::MaxBankVersion));
    StrictObject module = json.object(QStringLiteral("module"));
    content.module = readModuleSettings(module, formatVersion);
    module.rejectUnknownFields();
    json.absorb(module);
    const QJsonArray items = json.array(QStringLiteral("items"), 1, format::MaxItems);
    for (qsizetype i = 0; i < items.size() && json.ok(); ++i) {
        StrictObject item = json.element(items, QStringLiteral("items"), i);
        content.items.append(itemFromJson(item, formatVersion));
        json.absorb(item);
    }
    const QJsonArray media = json.array(QStringLiteral("media"), 0, format::MaxMediaFiles);
    qsizetype mediaOffset = 0;
    for (qsizetype i = 0; i < media.size() && json.ok(); ++i) {
        StrictObject file = json.element(media, QStringLiteral("media"), i);
        MediaFile parsed{file.string(QStringLiteral("name"), 100), file.string(QStringLiteral("type"), 32), {}};
        if (formatVersion >= 2) {
            const qint64 size = file.integer(QStringLiteral("size"), 1, format::MaxMediaFileSize);
            if (file.ok() && size > mediaBytes.size() - mediaOffset)
                return fail(ErrorCode::ParseError,
                            tr("The picture “%1” runs past the end of the content.").arg(parsed.name));
            if (file.ok())
                parsed.data = Sensitive<QByteArray>(mediaBytes.sliced(mediaOffset, size).toByteArray()); // a copy:
            mediaOffset += size; // the payload is wiped
        } else {
            parsed.data = Sensitive<QByteArray>(file.base64(QStringLiteral("data"), 1, format::MaxMediaFileSize));
        }
        file.rejectUnknownFields();
        json.absorb(file);
        content.media.append(std::move(parsed));
    }
    json.rejectUnknownFields();
    if (auto error = json.error())
        return std::unexpected(*error);
    if (mediaOffset != mediaBytes.size())
        return fail(ErrorCode::ParseError,
                    tr("The content has %1 bytes after its last picture.").arg(mediaBytes.size() - mediaOffset));

    const QList<ContentProblem> problems = validateContent(content);
    if (!problems.isEmpty()) {
        const ContentProblem& first = problems.first();
        QString message = first.itemId.isEmpty() ? first.message : tr("Item %1: %2").arg(first.itemId, first.message);
        if (problems.size() > 1)
            message += u' ' + tr("(%n more problem(s) found.)", nullptr, int(problems.size() - 1));
        return fail(ErrorCode::ParseError, message);
    }
    return content;
}

} // namespace exam::banks
