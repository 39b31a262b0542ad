#include "stationsettings.h"

#include "storage/database.h"

#include <QUuid>

namespace exam {

QString StationSettings::keyName(StationSetting setting)
{
    switch (setting) {
    case StationSetting::SiteCode: return QStringLiteral("site.code");
    case StationSetting::StationId: return QStringLiteral("station.id");
    case StationSetting::PanelChord: return QStringLiteral("kiosk.panel-chord");
    case StationSetting::IntakeUrl: return QStringLiteral("delivery.intake-url");
    case StationSetting::CaCertificates: return QStringLiteral("delivery.ca-certificates");
    case StationSetting::SpkiPin: return QStringLiteral("delivery.spki-pin");
    case StationSetting::ReceiptKey: return QStringLiteral("delivery.receipt-key");
    case StationSetting::BundleKey: return QStringLiteral("delivery.bundle-key");
    }
    Q_UNREACHABLE();
}

Result<std::optional<QString>> StationSettings::value(StationSetting setting)
{
    auto query = m_database.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!query)
        return std::unexpected(query.error());
    query->bind(1, keyName(setting));
    auto row = query->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<QString>(query->text(0)) : std::nullopt;
}

Result<void> StationSettings::write(StationSetting setting, const QString& text)
{
    auto upsert = m_database.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!upsert)
        return std::unexpected(upsert.error());
    upsert->bind(1, keyName(setting)).bind(2, text);
    return upsert->run();
}

Result<void> StationSettings::setValue(StationSetting setting, const QString& text)
{
    return write(setting, text);
}

Result<void> StationSettings::setValues(const QList<std::pair<StationSetting, QString>>& values)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const auto& [setting, text] : values)
        if (auto written = write(setting, text); !written)
            return written;
    return transaction->commit();
}

Result<QString> StationSettings::siteCode()
{
    auto site = value(StationSetting::SiteCode);
    if (!site)
        return std::unexpected(site.error());
    return site->value_or(QString());
}

Result<bool> StationSettings::initialised()
{
    auto site = siteCode();
    if (!site)
        return std::unexpected(site.error());
    return !site->isEmpty();
}

Result<void> StationSettings::initialise(const QString& siteCode)
{
    auto transaction = m_database.begin();
    if (!transaction)
        return std::unexpected(transaction.error());
    auto current = this->siteCode();
    if (!current)
        return std::unexpected(current.error());
    if (!current->isEmpty())
        return fail(ErrorCode::Conflict, tr("This station is already set up (site %1).").arg(*current));
    if (auto id = stationId(); !id)
        return std::unexpected(id.error());
    if (auto written = write(StationSetting::SiteCode, siteCode); !written)
        return written;
    return transaction->commit();
}

Result<QString> StationSettings::stationId()
{
    auto id = value(StationSetting::StationId);
    if (!id)
        return std::unexpected(id.error());
    if (*id && !(*id)->isEmpty())
        return **id;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto written = write(StationSetting::StationId, made); !written)
        return std::unexpected(written.error());
    return made;
}

} // namespace exam
