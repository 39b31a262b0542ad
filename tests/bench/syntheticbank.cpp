#include "syntheticbank.h"

#include "compiler/bankwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>

namespace exam::bench {

namespace {

QByteArray noisePng(int seed)
{
    QImage image(200, 200, QImage::Format_RGB32);
    QRandomGenerator random(quint32(seed + 1));
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<quint32*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

QByteArray read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SyntheticBank SyntheticBank::make(int poolFactor)
{
    SyntheticBank bank;
    bank.publisher = std::move(*crypto::Ed25519::generate());
    bank.center = std::move(*crypto::X25519::generate());
    banks::BankContent& content = bank.content;
    content.bankId = QStringLiteral("bench.synthetic.en");
    content.bankVersion = 1;
    content.module = {QStringLiteral("BENCH-101"),
                      QStringLiteral("Benchmark module"),
                      QStringLiteral("Benchmarks"),
                      QStringLiteral("en"),
                      120,
                      75,
                      101,
                      5,
                      false,
                      {{QStringLiteral("d1"), QStringLiteral("Domain one"), 24},
                       {QStringLiteral("d2"), QStringLiteral("Domain two"), 24},
                       {QStringLiteral("d3"), QStringLiteral("Domain three"), 24},
                       {QStringLiteral("d4"), QStringLiteral("Domain four"), 24}}};
    for (int i = 0; i < 101 * poolFactor; ++i) {
        banks::ItemBody body;
        body.stem = QStringLiteral("Item %1 of the benchmark bank: which of these values is the **right** one for a "
                                   "measurement taken with a calibrated instrument at 20 °C?")
                        .arg(i + 1);
        if (i < 40 * poolFactor) {
            const QString name = QStringLiteral("picture-%1.png").arg(i, 2, 10, QLatin1Char('0'));
            body.stem += QStringLiteral("\n\n![A picture of noise, number %1](%2)").arg(i + 1).arg(name);
            content.media.append({name, QStringLiteral("image/png"), Sensitive<QByteArray>(noisePng(i))});
        }
        for (int o = 0; o < 4; ++o)
            body.options.append({QStringLiteral("Value %1.%2 mm").arg(i).arg(o), {}, {}});
        body.key = i % 4;
        banks::Item item;
        item.id = QStringLiteral("BEN-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.domain = QStringLiteral("d%1").arg(i % 4 + 1);
        item.status = i < 96 * poolFactor ? banks::ItemStatus::Live : banks::ItemStatus::Pilot;
        item.body = Sensitive<banks::ItemBody>(body);
        content.items.append(item);
    }
    bankcompiler::BankRecipients recipients;
    recipients.centerPublicKeys = {bank.center.publicKey};
    auto file = bankcompiler::BankWriter::write(
        content, recipients,
        {QStringLiteral("Bench publisher"), crypto::SecretBytes::copyOf(bank.publisher.privateKey.view())},
        QDateTime::currentDateTimeUtc());
    if (file)
        bank.file = *file;
    else
        qFatal("the synthetic bank cannot be built: %s", qPrintable(file.error().message));
    return bank;
}

QList<banks::PublisherKey> SyntheticBank::trusted() const
{
    return {banks::PublisherKey{QStringLiteral("Bench publisher"), publisher.publicKey}};
}

banks::BankKeys SyntheticBank::keys() const
{
    return banks::BankKeys{crypto::SecretBytes::copyOf(center.privateKey.view()), std::nullopt};
}

void SyntheticBank::save(const QString& folder) const
{
    write(QDir(folder).filePath(QStringLiteral("bank.exambank")), file);
    write(QDir(folder).filePath(QStringLiteral("publisher.pub")), publisher.publicKey);
    write(QDir(folder).filePath(QStringLiteral("center.key")), center.privateKey.view().toByteArray());
}

bool SyntheticBank::load(const QString& folder, QByteArray& file, QList<banks::PublisherKey>& trusted,
                         banks::BankKeys& keys)
{
    file = read(QDir(folder).filePath(QStringLiteral("bank.exambank")));
    const QByteArray publisherKey = read(QDir(folder).filePath(QStringLiteral("publisher.pub")));
    const QByteArray centerKey = read(QDir(folder).filePath(QStringLiteral("center.key")));
    trusted = {banks::PublisherKey{QStringLiteral("Bench publisher"), publisherKey}};
    keys = banks::BankKeys{crypto::SecretBytes::copyOf(centerKey), std::nullopt};
    return !file.isEmpty() && publisherKey.size() == 32 && centerKey.size() == 32;
}

} // namespace exam::bench
