#pragma once

#include <QString>

namespace exam::ui {

// The kiosk's interface language (A8): English, the language the sources are written in, or Spanish
// from the translations built into examui. Installing a translator sends every widget a LanguageChange,
// on which each screen sets its texts again, so a change reaches screens built long before it. One
// language for the whole application, like Appearance's colours and text size.
class Language
{
public:
    // "en" removes the kiosk's translators; "es" installs the kiosk's Spanish and Qt's own where the
    // station has it (qt6-translations-l10n). False, and English, for a language without a translation.
    static bool apply(const QString& languageCode);
    static QString current();
};

} // namespace exam::ui
