#pragma once

#include "banks/bankreader.h"
#include "error.h"

namespace exam {

class StationPaths;

// The keys a station opens item banks with: the publishers it trusts and its centre's X25519 key.
// On disk in the data folder: center-key.key (owner-only) and center-key.pub — the public half goes
// to the publishers, who make a key slot for it — and trusted-publishers/<name>.pub, one Ed25519
// public key per publisher, named after it.
struct StationBankKeys
{
    QList<banks::PublisherKey> trusted;
    banks::BankKeys keys;
};

class StationBankKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(exam::StationBankKeyStore)
public:
    explicit StationBankKeyStore(const StationPaths& paths);

    QString centerKeyBase() const;
    QString trustedFolder() const;

    // Makes the centre key pair; refuses when one exists (replacing it would lock out every bank
    // already issued to this centre).
    Result<void> createCenterKey() const;
    // Adds a publisher's public key (PEM, Ed25519) under `name`; refuses a name already used.
    Result<void> trustPublisher(const QString& name, const QString& publicKeyFile) const;
    // The keys, or NotFound when the station has no centre key yet.
    Result<StationBankKeys> load() const;

private:
    QString m_dataFolder;
};

} // namespace exam
