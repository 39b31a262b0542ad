#include "intakecommand.h"

namespace intake {

using exam::intake::IntakeHome;

IntakeCommand::IntakeCommand(const QString& name, const QString& synopsis, const QString& summary,
                             const QString& description, Opening opening)
    : Command(name, synopsis, summary, description),
      m_dataDir(QStringLiteral("data-dir"),
                tr("The intake's data folder (default: %1).").arg(IntakeHome::defaultFolder()),
                QStringLiteral("folder")),
      m_opening(opening)
{
    addOption(m_dataDir);
}

IntakeHome IntakeCommand::home() const
{
    return IntakeHome(isSet(m_dataDir) ? value(m_dataDir) : IntakeHome::defaultFolder());
}

std::optional<int> IntakeCommand::loadConfig(exam::intake::IntakeConfig& config) const
{
    auto loaded = home().loadConfig();
    if (!loaded)
        return fail(statusFor(loaded.error().code), loaded.error().message);
    config = *loaded;
    return std::nullopt;
}

std::optional<int> IntakeCommand::open()
{
    if (m_opening == Opening::Nothing)
        return std::nullopt;
    return openIntake(m_opening == Opening::WithService);
}

std::optional<int> IntakeCommand::openIntake(bool withService)
{
    const IntakeHome home = this->home();
    if (!home.isInitialised())
        return fail(InputUnreadable, tr("There is no intake in %1. Set one up with `exam-intake init` (or name its "
                                        "folder with --data-dir).")
                                         .arg(home.folder()));
    auto opened = exam::storage::Database::open(home.databaseFile(), exam::intake::IntakeStore::migrations());
    if (!opened)
        return fail(InternalFailure, opened.error().message);
    m_intake.database = std::move(*opened);
    m_intake.store = std::make_unique<exam::intake::IntakeStore>(*m_intake.database);
    if (withService) {
        auto key = home.receiptPrivateKey();
        if (!key)
            return fail(InternalFailure, key.error().message);
        m_intake.service =
            std::make_unique<exam::intake::IntakeService>(*m_intake.store, m_intake.clock, std::move(*key));
    }
    return std::nullopt;
}

} // namespace intake
