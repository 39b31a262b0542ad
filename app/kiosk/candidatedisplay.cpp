#include "candidatedisplay.h"

#include "appearance.h"
#include "candidateflow.h"
#include "colourscheme.h"
#include "itemscreen.h"
#include "language.h"
#include "readaloud.h"

namespace exam::kiosk {

CandidateDisplay::CandidateDisplay(session::Sittings sittings, ui::CandidateFlow& flow, QObject* parent)
    : QObject(parent), m_sittings(std::move(sittings)), m_flow(flow)
{
    // The candidate's own changes during a sitting are kept with it (a restart shows them again).
    connect(&ui::Appearance::instance(), &ui::Appearance::changed, this, &CandidateDisplay::keep);
}

session::Sittings::Display CandidateDisplay::fromAccommodations(const session::Accommodations& accommodations)
{
    return {accommodations.colourScheme, accommodations.textSizePercent};
}

session::Sittings::Display CandidateDisplay::current() const
{
    const ui::Appearance& appearance = ui::Appearance::instance();
    ui::ItemScreen* items = m_flow.itemScreen();
    return {ui::ColourScheme::key(appearance.scheme()), appearance.textPercent(), items->lineReaderShown(),
            items->readAloud()->rateStep()};
}

void CandidateDisplay::show(const session::Sittings::Display& display)
{
    ui::ColourScheme::Id scheme = ui::ColourScheme::Id::Standard;
    ui::ColourScheme::fromKey(display.colourScheme, &scheme);
    ui::Appearance::instance().apply(scheme, display.textSizePercent);
    ui::ItemScreen* items = m_flow.itemScreen();
    items->newCandidate();
    items->setLineReaderShown(display.lineReader);
    items->readAloud()->setRateStep(display.readingRate);
}

bool CandidateDisplay::showFor(const session::SessionOpening& opening)
{
    if (m_sitting == opening.place.sittingId)
        return false;
    // What the candidate chose during the sitting comes before the set-up's (a restart after a crash
    // must not undo it).
    m_sitting.reset(); // not the candidate's choice: not kept as one
    show(opening.candidateDisplay.value_or(fromAccommodations(opening.accommodations)));
    m_sitting = opening.place.sittingId;
    m_readAloud = opening.accommodations.readAloud;
    m_language = opening.accommodations.language;
    // (connected here, not at start-up: the candidate's screens are made when first needed)
    connect(m_flow.itemScreen(), &ui::ItemScreen::lineReaderToggled, this, &CandidateDisplay::keep,
            Qt::UniqueConnection);
    connect(m_flow.itemScreen()->readAloud(), &ui::ReadAloud::rateChanged, this, &CandidateDisplay::keep,
            Qt::UniqueConnection);
    return true;
}

void CandidateDisplay::applyLanguage(const QString& moduleLanguage)
{
    const QString language = m_language.isEmpty() ? moduleLanguage.section(u'-', 0, 0).toLower() : m_language;
    if (!ui::Language::apply(language))
        ui::Language::apply(QStringLiteral("en"));
}

void CandidateDisplay::reset()
{
    m_sitting.reset();
    m_readAloud = false;
    m_language.clear();
    ui::Appearance::instance().reset();
    ui::Language::apply(QStringLiteral("en"));
}

void CandidateDisplay::keep()
{
    if (!m_sitting)
        return;
    if (auto kept = m_sittings.setCandidateDisplay(*m_sitting, current()); !kept)
        // Not worth stopping the candidate for: the display shows as chosen, only a restart would lose it.
        qWarning("the candidate's display could not be kept for a restart: %s", qPrintable(kept.error().message));
}

} // namespace exam::kiosk
