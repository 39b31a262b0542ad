#include "bankcontents.h"

namespace exam::kiosk {

Result<const banks::BankContent*> BankContents::content(const QString& bankId)
{
    if (auto found = m_contents.find(bankId); found != m_contents.end())
        return &found->second;
    if (!m_keys)
        return fail(ErrorCode::KeyRequired,
                    tr("This station has no centre key yet, so it cannot open %1.").arg(bankId));
    auto opened = m_catalogue.open(bankId, m_keys->trusted, m_keys->keys);
    if (!opened)
        return fail(ErrorCode::IoError, opened.error().describe(bankId));
    return &m_contents.emplace(bankId, std::move(opened->content)).first->second;
}

} // namespace exam::kiosk
