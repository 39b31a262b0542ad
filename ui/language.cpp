#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace exam::ui {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    QTranslator kiosk;
    QTranslator qt;  // Qt's own texts (the standard buttons and context menus)
    QLocale english; // the locale dates and numbers had before Spanish: the station's
};

Installed& installed()
{
    static Installed* translators = new Installed; // lives as long as the application
    return *translators;
}

void removeAll(Installed& state)
{
    QCoreApplication::removeTranslator(&state.kiosk);
    QCoreApplication::removeTranslator(&state.qt);
    if (state.code != QStringLiteral("en"))
        QLocale::setDefault(state.english);
    state.code = QStringLiteral("en");
}

} // namespace

bool Language::apply(const QString& languageCode)
{
    Installed& state = installed();
    if (languageCode == state.code)
        return true;
    if (languageCode == QStringLiteral("en")) {
        removeAll(state);
        return true;
    }
    if (languageCode != QStringLiteral("es")
        || !state.kiosk.load(QStringLiteral(":/i18n/exam_%1.qm").arg(languageCode))) {
        removeAll(state);
        return false;
    }
    // Qt's own first, so the kiosk's (installed last, searched first) wins where both translate.
    if (state.qt.load(QStringLiteral("qtbase_") + languageCode, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&state.qt);
    QCoreApplication::installTranslator(&state.kiosk);
    // Dates and numbers in the words' language too ("lunes, 2 de marzo de 2026"); Latin American
    // Spanish, as the translation is.
    if (state.code == QStringLiteral("en"))
        state.english = QLocale();
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::LatinAmerica));
    state.code = languageCode;
    return true;
}

QString Language::current()
{
    return installed().code;
}

} // namespace exam::ui
