// The kiosk in Spanish (A8): every message translated in ui/translations/exam_es.ts, every candidate
// screen in Spanish once the language is applied (also screens built before), with room for every word
// at 200 % text, and English again afterwards.
#include "flowstation.h"
#include "language.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace exam;
using namespace exam::ui;
using test::FlowStation;

namespace {

const QString TsFile = QStringLiteral(EXAM_SOURCE_DIR "/ui/translations/exam_es.ts");

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = TsMessage{context, {}, {}, false};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            message.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            // Plural forms come as <numerusform> children; a plain message has its text directly.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    message.translations.append(xml.readElementText());
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

// The placeholders a message fills in, sorted: %1 %2 … and %n.
QStringList placeholders(const QString& text)
{
    QStringList found;
    for (const QRegularExpressionMatch& match : QRegularExpression(QStringLiteral("%(\\d+|n)")).globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// Each English source that says something in words (not "%1 (%2)"), as a pattern matching it with any
// arguments filled in: a label showing "Item 3 of 10" still shows "Item %1 of %2" untranslated.
QList<QRegularExpression> englishPatterns()
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QList<QRegularExpression> patterns;
    for (const TsMessage& message : readTs(TsFile)) {
        QString words = message.source;
        words.remove(QRegularExpression(QStringLiteral("%(\\d+|n)")));
        if (!word.match(words).hasMatch() || message.translations.contains(message.source))
            continue;
        QString pattern = QRegularExpression::escape(message.source);
        pattern.replace(QRegularExpression(QStringLiteral("%(\\d+|n)")), QStringLiteral(".+"));
        patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption));
    }
    return patterns;
}

// The texts a candidate sees on a screen: its visible labels and buttons.
QStringList visibleTexts(QWidget* screen)
{
    QStringList texts;
    for (QLabel* label : screen->findChildren<QLabel*>())
        if (label->isVisibleTo(screen) && !label->text().isEmpty())
            texts.append(label->text());
    for (QAbstractButton* button : screen->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(screen) && !button->text().isEmpty())
            texts.append(button->text());
    return texts;
}

// The visible texts on `screen` that are still English: an English source, with or without its
// arguments, or a date in English.
QStringList englishTexts(QWidget* screen)
{
    static const QList<QRegularExpression> english = englishPatterns();
    static const QRegularExpression englishDate(
        QStringLiteral("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                       "June|July|August|September|October|November|December)\\b"));
    REQUIRE(english.size() > 300);
    QStringList found;
    for (const QString& text : visibleTexts(screen)) {
        if (englishDate.match(text).hasMatch())
            found.append(text);
        for (const QRegularExpression& pattern : english)
            if (pattern.match(text).hasMatch())
                found.append(text + QStringLiteral(" (the English \"") + pattern.pattern() + QStringLiteral("\")"));
    }
    return found;
}

void checkNoEnglishLeft(QWidget* screen, const QString& where)
{
    CHECK(visibleTexts(screen).size() >= 2);
    const QStringList english = englishTexts(screen);
    INFO(where.toStdString() << ": " << english.join(QStringLiteral(" | ")).toStdString());
    CHECK(english.isEmpty());
}

QString textOf(QWidget* screen, const QString& name)
{
    if (auto* label = screen->findChild<QLabel*>(name))
        return label->text();
    auto* button = screen->findChild<QAbstractButton*>(name);
    INFO(name.toStdString());
    REQUIRE(button);
    return button->text();
}

// The kiosk in Spanish for the life of the object, English again after it, even when a REQUIRE ends
// the test early.
class SpanishFor
{
public:
    SpanishFor()
    {
        REQUIRE(Language::apply(QStringLiteral("es")));
        test::settle(); // the LanguageChange events reach the screens
    }
    ~SpanishFor()
    {
        Language::apply(QStringLiteral("en"));
        test::settle();
    }
    SpanishFor(const SpanishFor&) = delete;
    SpanishFor& operator=(const SpanishFor&) = delete;
};

} // namespace

TEST_CASE("Spanish: every message of exam_es.ts is translated, none empty or unfinished, with the source's "
          "placeholders",
          "[ui][spanish]")
{
    const QList<TsMessage> messages = readTs(TsFile);
    CHECK(messages.size() > 600);
    for (const TsMessage& message : messages) {
        INFO(message.context.toStdString() << ": " << message.source.toStdString());
        CHECK_FALSE(message.unfinished);
        REQUIRE_FALSE(message.translations.isEmpty());
        for (const QString& translation : message.translations) {
            CHECK_FALSE(translation.trimmed().isEmpty());
            QStringList expected = placeholders(message.source);
            QStringList given = placeholders(translation);
            // A plural form may leave %n out ("one more problem"); every other placeholder stays.
            expected.removeAll(QStringLiteral("%n"));
            given.removeAll(QStringLiteral("%n"));
            CHECK(given == expected);
        }
    }
}

TEST_CASE("Spanish: the checks on exam_es.ts catch an unfinished message and a lost placeholder", "[ui][spanish]")
{
    CHECK(placeholders(QStringLiteral("Pregunta %1 de %2")) == QStringList{QStringLiteral("%1"), QStringLiteral("%2")});
    CHECK(placeholders(QStringLiteral("Pregunta de %2")) != placeholders(QStringLiteral("Item %1 of %2")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.ts"));
    QFile bad(path);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"(<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es"><context><name>x</name>
<message><source>Next</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n more</source><translation><numerusform>%n más</numerusform><numerusform>%n más</numerusform></translation></message>
</context></TS>)");
    bad.close();
    const QList<TsMessage> messages = readTs(path);
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].unfinished);
    CHECK(messages[0].translations == QStringList{QString()});
    CHECK_FALSE(messages[1].unfinished);
    CHECK(messages[1].translations.size() == 2);
}

TEST_CASE("Spanish: the language is applied and removed, and a language without a translation is refused",
          "[ui][spanish]")
{
    CHECK(Language::current() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("exam::ui::ItemScreen", "Next") == QStringLiteral("Next"));
    {
        const SpanishFor spanish;
        CHECK(Language::current() == QStringLiteral("es"));
        CHECK(QCoreApplication::translate("exam::ui::ItemScreen", "Next") == QStringLiteral("Siguiente"));
    }
    CHECK(Language::current() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("exam::ui::ItemScreen", "Next") == QStringLiteral("Next"));
    CHECK_FALSE(Language::apply(QStringLiteral("fr")));
    CHECK(Language::current() == QStringLiteral("en"));
}

TEST_CASE("Spanish: every candidate screen, built in English, shows Spanish once the language is applied, and "
          "English again after",
          "[ui][spanish]")
{
    FlowStation station({1280, 720}, {}, test::withBreaks());
    {
        const SpanishFor spanish;
        struct Expected
        {
            QString name;
            QString text;
        };
        const auto check = [&](const QString& where, const QList<Expected>& expected) {
            test::settle();
            for (const Expected& e : expected) {
                INFO(where.toStdString() << " / " << e.name.toStdString());
                CHECK(textOf(station.screen(), e.name) == e.text);
            }
            checkNoEnglishLeft(station.screen(), where);
        };
        check(QStringLiteral("welcome"), {{QStringLiteral("welcomeTitle"), QStringLiteral("Le damos la bienvenida")},
                                          {QStringLiteral("welcomeYes"), QStringLiteral("Sí, soy yo")},
                                          {QStringLiteral("welcomeNo"), QStringLiteral("No, llamar al supervisor")},
                                          {QStringLiteral("welcomeIdentity"),
                                           QStringLiteral("Usted es Casey Candidate, ID de candidato C-1001.")}});
        station.click(QStringLiteral("welcomeYes"));
        check(QStringLiteral("practice"), {{QStringLiteral("practiceReady"), QStringLiteral("Ya puedo comenzar")},
                                           {QStringLiteral("practiceFlag"), QStringLiteral("Marcar para revisar")}});
        station.click(QStringLiteral("practiceReady"));
        CHECK(station.heading() == QStringLiteral("Todo está listo"));
        check(QStringLiteral("ready"),
              {{QStringLiteral("messageAction"), QStringLiteral("Supervisor: comenzar el módulo")}});
        REQUIRE(station.engine->start(station.proctor()));
        test::settle();
        check(QStringLiteral("item"),
              {{QStringLiteral("itemProgress"), QStringLiteral("Pregunta 1 de %1").arg(station.engine->itemCount())},
               {QStringLiteral("itemPrevious"), QStringLiteral("Anterior")},
               {QStringLiteral("itemNext"), QStringLiteral("Siguiente")},
               {QStringLiteral("itemFlag"), QStringLiteral("Marcar para revisar")},
               {QStringLiteral("timeToggle"), QStringLiteral("Ocultar el tiempo")}});
        station.press(Qt::Key_B);
        station.press(Qt::Key_F);
        check(QStringLiteral("item-flagged"), {{QStringLiteral("itemFlag"), QStringLiteral("Marcada para revisar ✓")},
                                               {QStringLiteral("itemClear"), QStringLiteral("Borrar respuesta")},
                                               {QStringLiteral("itemBreak"), QStringLiteral("Descanso")}});
        station.click(QStringLiteral("itemBreak"));
        check(QStringLiteral("break"), {{QStringLiteral("breakHeading"), QStringLiteral("Usted está en un descanso")},
                                        {QStringLiteral("breakBack"), QStringLiteral("Volver al examen")}});
        station.click(QStringLiteral("breakBack"));
        station.press(Qt::Key_R);
        check(QStringLiteral("review"), {{QStringLiteral("reviewTitle"), QStringLiteral("Revise sus respuestas")},
                                         {QStringLiteral("reviewSubmit"), QStringLiteral("Entregar el módulo…")},
                                         {QStringLiteral("reviewBack"), QStringLiteral("Volver a la pregunta 1")}});
        station.click(QStringLiteral("reviewSubmit"));
        check(QStringLiteral("submit"), {{QStringLiteral("submitTitle"), QStringLiteral("¿Entregar el módulo?")},
                                         {QStringLiteral("submitNow"), QStringLiteral("Entregar ahora")},
                                         {QStringLiteral("submitBack"), QStringLiteral("Volver")}});
        station.click(QStringLiteral("submitNow"));
        const QStringList report = visibleTexts(station.screen());
        CHECK(report.contains(QStringLiteral("Informe de resultados")));
        CHECK((report.contains(QStringLiteral("APROBADO")) || report.contains(QStringLiteral("NO APROBADO"))));
        check(QStringLiteral("report"), {{QStringLiteral("reportDone"), QStringLiteral("Listo")}});
    }
    // English again, on the screen shown and on the others; the check above finds it.
    test::settle();
    CHECK(textOf(station.screen(), QStringLiteral("reportDone")) == QStringLiteral("Done"));
    CHECK(englishTexts(station.screen()).size() >= 3);
    CHECK(visibleTexts(station.screen()).contains(QStringLiteral("Score report")));
    auto* welcome = station.window.findChild<QWidget*>(QStringLiteral("welcomeScreen"));
    REQUIRE(welcome);
    CHECK(textOf(welcome, QStringLiteral("welcomeYes")) == QStringLiteral("Yes, this is me"));
    CHECK(textOf(welcome, QStringLiteral("welcomeIdentity"))
          == QStringLiteral("You are Casey Candidate, candidate ID C-1001."));
}

TEST_CASE("Spanish: at 200 % on 1280×720 every candidate screen gives each Spanish word the room it needs, with "
          "screenshots",
          "[ui][spanish][screenshots]")
{
    FlowStation station({1280, 720}, {}, test::withBreaks());
    const SpanishFor spanish;
    const auto check = [&](const QString& name, int percent) {
        test::settle();
        CHECK(station.window.size() == QSize(1280, 720));
        test::checkTextFits(station.screen(), name);
        test::keepScreenshot(station.window, QStringLiteral("es-%1-%2").arg(name).arg(percent));
    };
    {
        const test::AppearanceFor large(200);
        check(QStringLiteral("welcome"), 200);
        station.click(QStringLiteral("welcomeYes"));
        check(QStringLiteral("practice"), 200);
        station.click(QStringLiteral("practiceReady"));
        check(QStringLiteral("ready"), 200);
        REQUIRE(station.engine->start(station.proctor()));
        check(QStringLiteral("item"), 200);
        station.click(QStringLiteral("itemBreak"));
        check(QStringLiteral("break"), 200);
        station.click(QStringLiteral("breakBack"));
        station.click(QStringLiteral("itemDisplay"));
        check(QStringLiteral("item-display"), 200);
        station.click(QStringLiteral("itemDisplay"));
        station.press(Qt::Key_R);
        check(QStringLiteral("review"), 200);
        station.click(QStringLiteral("reviewSubmit"));
        check(QStringLiteral("submit"), 200);
        station.click(QStringLiteral("submitBack"));
        station.click(QStringLiteral("reviewBack"));
    }
    check(QStringLiteral("item"), 100);
    station.press(Qt::Key_R);
    station.click(QStringLiteral("reviewSubmit"));
    station.click(QStringLiteral("submitNow"));
    const test::AppearanceFor large(200);
    check(QStringLiteral("report"), 200);
}
