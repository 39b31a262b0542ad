#pragma once
// The banks the kiosk has opened, in memory only: each decrypted once, when a sitting first needs it.

#include "banks/bankcatalogue.h"
#include "station/stationbankkeys.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace exam::kiosk {

class BankContents
{
    Q_DECLARE_TR_FUNCTIONS(exam::kiosk::BankContents)
public:
    // `keys` is empty on a station that has no centre key yet: it lists banks but opens none.
    BankContents(banks::BankCatalogue& catalogue, std::optional<StationBankKeys> keys)
        : m_catalogue(catalogue), m_keys(std::move(keys))
    {
    }

    Result<const banks::BankContent*> content(const QString& bankId);
    bool canOpen() const { return m_keys.has_value(); }
    banks::BankCatalogue& catalogue() { return m_catalogue; }

private:
    banks::BankCatalogue& m_catalogue;
    std::optional<StationBankKeys> m_keys;
    std::map<QString, banks::BankContent> m_contents;
};

} // namespace exam::kiosk
