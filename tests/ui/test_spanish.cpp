// The kiosk in Spanish (A8): every message translated in ui/translations/exam_es.ts, and the language
// applied and removed.
#include "language.h"
#include "uitestsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace exam;
using namespace exam::ui;

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
