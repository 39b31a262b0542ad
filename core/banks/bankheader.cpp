#include "bankheader.h"

#include "bankformat.h"
#include "json/canonicaljson.h"
#include "json/strictobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace exam::banks {

namespace {

const QString CenterType = QStringLiteral("center");
const QString ReleaseCodeType = QStringLiteral("release-code");

bool isKeyId(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(text).hasMatch();
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonObject slotToJson(const KeySlot& slot)
{
    QJsonObject json{{QStringLiteral("nonce"), b64(slot.nonce)}, {QStringLiteral("wrappedKey"), b64(slot.wrappedKey)}};
    if (slot.type == KeySlot::Type::Center) {
        json.insert(QStringLiteral("type"), CenterType);
        json.insert(QStringLiteral("centerKeyId"), slot.centerKeyId);
        json.insert(QStringLiteral("ephemeralKey"), b64(slot.ephemeralPublicKey));
    } else {
        json.insert(QStringLiteral("type"), ReleaseCodeType);
        json.insert(QStringLiteral("salt"), b64(slot.salt));
        json.insert(QStringLiteral("scryptN"), double(slot.scrypt.n));
        json.insert(QStringLiteral("scryptR"), double(slot.scrypt.r));
        json.insert(QStringLiteral("scryptP"), double(slot.scrypt.p));
    }
    return json;
}

KeySlot slotFromJson(StrictObject& json)
{
    KeySlot slot;
    const QString type = json.choice(QStringLiteral("type"), {CenterType, ReleaseCodeType});
    slot.nonce = json.base64(QStringLiteral("nonce"), format::NonceSize, format::NonceSize);
    slot.wrappedKey = json.base64(QStringLiteral("wrappedKey"), format::ContentKeySize + format::TagSize,
                                  format::ContentKeySize + format::TagSize);
    if (type == CenterType) {
        slot.type = KeySlot::Type::Center;
        slot.centerKeyId = json.string(QStringLiteral("centerKeyId"), 16);
        if (json.ok() && !isKeyId(slot.centerKeyId))
            json.reject(QStringLiteral("centerKeyId"), BankHeader::tr("must be 16 lowercase hex digits."));
        slot.ephemeralPublicKey = json.base64(QStringLiteral("ephemeralKey"), 32, 32);
    } else if (type == ReleaseCodeType) {
        slot.type = KeySlot::Type::ReleaseCode;
        slot.salt = json.base64(QStringLiteral("salt"), 16, 64);
        // Read with wide bounds, then held to the KDF's caps below, so a hostile header is refused
        // before any derivation starts.
        slot.scrypt.n = quint64(json.integer(QStringLiteral("scryptN"), 2, qint64(1) << 40));
        slot.scrypt.r = quint32(json.integer(QStringLiteral("scryptR"), 1, 1 << 20));
        slot.scrypt.p = quint32(json.integer(QStringLiteral("scryptP"), 1, 1 << 20));
    }
    json.rejectUnknownFields();
    return slot;
}

} // namespace

QString unlockPolicyName(UnlockPolicy policy)
{
    return policy == UnlockPolicy::Any ? QStringLiteral("any") : QStringLiteral("all");
}

QByteArray BankHeader::toCanonicalJson() const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : keySlots)
        slotArray.append(slotToJson(slot));
    QJsonObject json{
        {QStringLiteral("bankId"), bankId},
        {QStringLiteral("bankVersion"), bankVersion},
        {QStringLiteral("moduleCode"), moduleCode},
        {QStringLiteral("title"), title},
        {QStringLiteral("language"), language},
        {QStringLiteral("itemCount"), itemCount},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("publisherName"), publisherName},
        {QStringLiteral("publisherKeyId"), publisherKeyId},
        {QStringLiteral("payloadNonce"), b64(payloadNonce)},
        {QStringLiteral("unlock"), unlockPolicyName(unlock)},
        {QStringLiteral("keySlots"), slotArray},
    };
    if (rules)
        json.insert(QStringLiteral("rules"), rules->toJson());
    return CanonicalJson::serialize(json).value_or(QByteArray());
}

Result<BankHeader> BankHeader::fromJson(QByteArrayView bytes, quint16 formatVersion)
{
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::ParseError, tr("The header is not a JSON object (%1 at byte %2).")
                                               .arg(parseError.errorString())
                                               .arg(parseError.offset));
    StrictObject json(document.object(), QString());
    BankHeader header;
    header.bankId = json.string(QStringLiteral("bankId"), 64);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (json.ok() && !idPattern.match(header.bankId).hasMatch())
        json.reject(QStringLiteral("bankId"),
                    tr("may hold only lowercase letters, digits, dots, dashes and underscores."));
    header.bankVersion = int(json.integer(QStringLiteral("bankVersion"), 1, format::MaxBankVersion));
    header.moduleCode = json.line(QStringLiteral("moduleCode"), 32);
    static const QRegularExpression codePattern(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    if (json.ok() && !codePattern.match(header.moduleCode).hasMatch())
        json.reject(QStringLiteral("moduleCode"), tr("must be capital letters, digits and dashes."));
    header.title = json.line(QStringLiteral("title"), format::MaxNameLength);
    header.language = json.line(QStringLiteral("language"), 16);
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (json.ok() && !languagePattern.match(header.language).hasMatch())
        json.reject(QStringLiteral("language"), tr("must be a language tag such as “en” or “es-US”."));
    header.itemCount = int(json.integer(QStringLiteral("itemCount"), 1, format::MaxItems));
    const QString created = json.line(QStringLiteral("created"), 32);
    header.created = QDateTime::fromString(created, Qt::ISODate);
    if (json.ok() && (!header.created.isValid() || !created.endsWith(u'Z')))
        json.reject(QStringLiteral("created"), tr("must be a date and time such as 2026-11-22T07:00:00Z."));
    header.publisherName = json.line(QStringLiteral("publisherName"), format::MaxNameLength);
    header.publisherKeyId = json.string(QStringLiteral("publisherKeyId"), 16);
    if (json.ok() && !isKeyId(header.publisherKeyId))
        json.reject(QStringLiteral("publisherKeyId"), tr("must be 16 lowercase hex digits."));
    header.payloadNonce = json.base64(QStringLiteral("payloadNonce"), format::NonceSize, format::NonceSize);
    header.unlock =
        json.choice(QStringLiteral("unlock"), {QStringLiteral("any"), QStringLiteral("all")}) == QStringLiteral("all")
            ? UnlockPolicy::All
            : UnlockPolicy::Any;
    const QJsonArray slotArray = json.array(QStringLiteral("keySlots"), 1, format::MaxSlots);
    for (qsizetype i = 0; i < slotArray.size() && json.ok(); ++i) {
        StrictObject slotJson = json.element(slotArray, QStringLiteral("keySlots"), i);
        header.keySlots.append(slotFromJson(slotJson));
        json.absorb(slotJson);
        if (json.ok() && header.keySlots.last().type == KeySlot::Type::ReleaseCode) {
            if (auto capped = crypto::Kdf::checkScryptParams(header.keySlots.last().scrypt); !capped)
                return fail(ErrorCode::LimitExceeded,
                            tr("Key slot %1 asks for more key-derivation work than a station allows: %2")
                                .arg(i + 1)
                                .arg(capped.error().message));
        }
    }
    if (formatVersion >= format::RulesVersion && document.object().contains(QStringLiteral("rules"))) {
        StrictObject rules = json.object(QStringLiteral("rules"));
        header.rules = ModuleRules::fromJson(rules);
        json.absorb(rules);
        if (json.ok())
            if (const QString problem = header.rules->problemFor(header.moduleCode); !problem.isEmpty())
                json.reject(QStringLiteral("rules"), problem);
    }
    json.rejectUnknownFields();
    if (auto error = json.error())
        return std::unexpected(*error);

    const auto hasSlot = [&header](KeySlot::Type type) {
        return std::any_of(header.keySlots.cbegin(), header.keySlots.cend(),
                           [type](const KeySlot& slot) { return slot.type == type; });
    };
    if (header.unlock == UnlockPolicy::All && (!hasSlot(KeySlot::Type::Center) || !hasSlot(KeySlot::Type::ReleaseCode)))
        return fail(ErrorCode::ParseError, tr("The header asks for a center key and a release code together, but "
                                              "does not carry a slot for each."));
    if (hasSlot(KeySlot::Type::ReleaseCode)
        && std::count_if(header.keySlots.cbegin(), header.keySlots.cend(), [](const KeySlot& slot) {
               return slot.type == KeySlot::Type::ReleaseCode;
           }) > 1)
        return fail(ErrorCode::ParseError, tr("The header carries more than one release-code slot."));
    return header;
}

} // namespace exam::banks
