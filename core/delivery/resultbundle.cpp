#include "resultbundle.h"

#include "crypto/aes256gcm.h"
#include "crypto/kdf.h"
#include "crypto/keyid.h"
#include "crypto/random.h"
#include "crypto/x25519.h"
#include "json/canonicaljson.h"
#include "json/strictobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace exam::delivery {

namespace {

constexpr QByteArrayView Magic = "EXAMRSB1";
constexpr QByteArrayView Info = "exam-results-bundle/1";
constexpr qsizetype LengthSize = 4;
constexpr qsizetype MaxHeaderBytes = 4096;

Result<crypto::SecretBytes> bundleKey(QByteArrayView ownPrivate, QByteArrayView peerPublic,
                                      QByteArrayView ephemeralPublic, QByteArrayView registryPublic)
{
    auto shared = crypto::X25519::derive(ownPrivate, peerPublic);
    if (!shared)
        return std::unexpected(shared.error());
    const QByteArray salt = ephemeralPublic.toByteArray() + registryPublic.toByteArray();
    return crypto::Kdf::hkdfSha256(shared->view(), salt, Info, crypto::Aes256Gcm::KeySize);
}

} // namespace

Result<QByteArray> ResultBundle::seal(const QList<SignedRecord>& records, QByteArrayView registryPublicKey,
                                      const BundleInfo& info)
{
    if (records.size() > MaxRecords)
        return fail(ErrorCode::LimitExceeded, tr("A bundle holds at most %1 records.").arg(MaxRecords));
    auto ephemeral = crypto::X25519::generate();
    if (!ephemeral)
        return std::unexpected(ephemeral.error());
    auto key = bundleKey(ephemeral->privateKey.view(), registryPublicKey, ephemeral->publicKey, registryPublicKey);
    if (!key)
        return std::unexpected(key.error());
    auto nonce = crypto::Random::bytes(crypto::Aes256Gcm::NonceSize);
    if (!nonce)
        return std::unexpected(nonce.error());

    const QJsonObject headerObject{
        {QStringLiteral("format"), QString::fromLatin1(Info)},
        {QStringLiteral("recipientKeyId"), crypto::keyIdOf(registryPublicKey)},
        {QStringLiteral("ephemeralPublicKey"), QString::fromLatin1(ephemeral->publicKey.toBase64())},
        {QStringLiteral("nonce"), QString::fromLatin1(nonce->toBase64())},
        {QStringLiteral("stationKeyId"), info.stationKeyId},
        {QStringLiteral("createdAt"), info.createdAt},
        {QStringLiteral("count"), int(records.size())},
    };
    auto header = CanonicalJson::serialize(headerObject);
    if (!header)
        return std::unexpected(header.error());
    QByteArray prefix = Magic.toByteArray();
    prefix.resize(Magic.size() + LengthSize);
    qToBigEndian(quint32(header->size()), prefix.data() + Magic.size());
    prefix += *header;

    QJsonArray list;
    for (const SignedRecord& record : records)
        list.append(QJsonObject{{QStringLiteral("record"), QString::fromLatin1(record.record.toBase64())},
                                {QStringLiteral("signature"), QString::fromLatin1(record.signature.toBase64())}});
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("records"), list}}).toJson(QJsonDocument::Compact);
    auto sealed = crypto::Aes256Gcm::seal(key->view(), *nonce, payload, prefix);
    if (!sealed)
        return std::unexpected(sealed.error());
    if (prefix.size() + sealed->size() > MaxBundleBytes)
        return fail(
            ErrorCode::LimitExceeded,
            tr("The bundle would be larger than %1 MiB; export fewer records at a time.").arg(MaxBundleBytes >> 20));
    return prefix + *sealed;
}

Result<OpenedBundle> ResultBundle::open(QByteArrayView bundle, QByteArrayView registryPrivateKey)
{
    const auto damaged = [](const QString& why) {
        return fail(ErrorCode::ParseError,
                    tr("This is not a complete results bundle (%1). Nothing was imported; export the bundle again "
                       "at the station.")
                        .arg(why));
    };
    if (bundle.size() > MaxBundleBytes)
        return fail(ErrorCode::LimitExceeded,
                    tr("The file is larger than any results bundle (%1 MiB).").arg(MaxBundleBytes >> 20));
    if (!bundle.startsWith(Magic))
        return fail(
            ErrorCode::ParseError,
            tr("This file is not a results bundle (it does not start with %1).").arg(QString::fromLatin1(Magic)));
    if (bundle.size() < Magic.size() + LengthSize)
        return damaged(tr("it ends inside its header"));
    const quint32 headerSize = qFromBigEndian<quint32>(bundle.data() + Magic.size());
    if (headerSize > MaxHeaderBytes || bundle.size() < Magic.size() + LengthSize + qsizetype(headerSize))
        return damaged(tr("it ends inside its header"));
    const QByteArrayView header = bundle.sliced(Magic.size() + LengthSize, headerSize);
    const QByteArrayView prefix = bundle.first(Magic.size() + LengthSize + headerSize);
    const QByteArrayView ciphertext = bundle.sliced(prefix.size());

    QJsonParseError parseError;
    const QJsonDocument headerDocument = QJsonDocument::fromJson(header.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerDocument.isObject())
        return damaged(tr("its header is not JSON"));
    StrictObject fields(headerDocument.object(), QStringLiteral("header"));
    if (fields.choice(QStringLiteral("format"), {QString::fromLatin1(Info)}).isEmpty())
        return fail(ErrorCode::UnsupportedVersion, tr("The bundle is in a format this build does not read."));
    const QString recipientKeyId = fields.line(QStringLiteral("recipientKeyId"), 16);
    const QByteArray ephemeralPublic =
        fields.base64(QStringLiteral("ephemeralPublicKey"), crypto::X25519::KeySize, crypto::X25519::KeySize);
    const QByteArray nonce =
        fields.base64(QStringLiteral("nonce"), crypto::Aes256Gcm::NonceSize, crypto::Aes256Gcm::NonceSize);
    OpenedBundle opened;
    opened.info.stationKeyId =
        fields.string(QStringLiteral("stationKeyId"), 16, true); // for people; records name their own
    opened.info.createdAt = fields.string(QStringLiteral("createdAt"), 40, true);
    opened.info.count = int(fields.integer(QStringLiteral("count"), 0, MaxRecords));
    fields.rejectUnknownFields();
    if (!fields.ok())
        return damaged(fields.error()->message);

    auto registryPublic = crypto::X25519::publicKeyOf(registryPrivateKey);
    if (!registryPublic)
        return std::unexpected(registryPublic.error());
    if (recipientKeyId != crypto::keyIdOf(*registryPublic))
        return fail(ErrorCode::KeyNotIssued,
                    tr("This bundle was encrypted for the registry key %1, not for this intake's key %2. Check the "
                       "bundle key the station was set up with (`examctl station show`).")
                        .arg(recipientKeyId, crypto::keyIdOf(*registryPublic)));
    auto key = bundleKey(registryPrivateKey, ephemeralPublic, ephemeralPublic, *registryPublic);
    if (!key)
        return std::unexpected(key.error());
    auto payload = crypto::Aes256Gcm::open(key->view(), nonce, ciphertext, prefix);
    if (!payload)
        return damaged(tr("it was cut short or altered: its authentication tag does not verify"));

    const QJsonDocument payloadDocument = QJsonDocument::fromJson(payload->view().toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !payloadDocument.isObject())
        return damaged(tr("its records are not JSON"));
    StrictObject content(payloadDocument.object(), QStringLiteral("bundle"));
    const QJsonArray list = content.array(QStringLiteral("records"), 0, MaxRecords);
    for (qsizetype i = 0; i < list.size() && content.ok(); ++i) {
        StrictObject entry = content.element(list, QStringLiteral("records"), i);
        SignedRecord record;
        record.record = entry.base64(QStringLiteral("record"), 2, SignedRecords::MaxRecordBytes);
        record.signature = entry.base64(QStringLiteral("signature"), 64, 64);
        entry.rejectUnknownFields();
        content.absorb(entry);
        opened.records.append(record);
    }
    content.rejectUnknownFields();
    if (!content.ok())
        return damaged(content.error()->message);
    if (opened.records.size() != opened.info.count)
        return damaged(
            tr("it holds %1 records where its header says %2").arg(opened.records.size()).arg(opened.info.count));
    return opened;
}

} // namespace exam::delivery
