// Fuzz target for the QTI import's parsers of outside input: a package's zip file (libzip behind
// QtiPackage's limits) and the import of what it holds, the safe XML reader, and the item converter
// over whatever XML gets through,
// with a package that holds a PNG and an SVG for its pictures. Built with libFuzzer's runtime
// (exam-fuzz-qtiitem) and as a replay program that CTest runs over the committed corpus.
#include "qtiimport.h"
#include "qtiitem.h"
#include "qtipackage.h"
#include "qtixml.h"

#include <QHash>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace exam::qti;
    static const QHash<QString, QByteArray> pictures = {
        {QStringLiteral("images/a.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0')},
        {QStringLiteral("images/b.svg"), QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")},
    };
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (input.startsWith("PK")) {
        if (auto package = QtiPackage::fromZip(input)) {
            // The whole import but the writing: manifest, resources, items, domains, the draft module.
            const ImportOptions options{
                QStringLiteral("fuzz.zip"), QString(), QString(), {}, QStringLiteral("general")};
            (void)QtiImport::read(*package, {}, options);
            for (const QString& path : package->paths())
                (void)QtiXml::parse(package->file(path), path);
        }
    }
    if (auto document = QtiXml::parse(input, QStringLiteral("items/item.xml"))) {
        const ItemOutcome outcome = QtiItemConverter::convert(
            *document, QStringLiteral("items/item.xml"), [](const QString& path) { return path.section(u'/', -1); },
            [](const QString& path) { return pictures.value(path); });
        (void)outcome;
    }
    (void)QtiPackage::resolve(QStringLiteral("items"), QString::fromUtf8(input.left(512)));
    return 0;
}
