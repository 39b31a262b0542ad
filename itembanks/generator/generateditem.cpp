#include "generateditem.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace exam::itemgen {

std::optional<GeneratedItem> makeItem(Dice& dice, const QString& id, const QString& domain, const QString& stem,
                                      const QString& answer, QStringList distractors, const QString& check)
{
    distractors.removeAll(answer);
    distractors.removeDuplicates();
    if (distractors.size() < 3)
        return std::nullopt;
    QStringList options = distractors.mid(0, 3);
    const auto longer = [&answer](const QString& option) { return option.size() > answer.size(); };
    if (std::none_of(options.cbegin(), options.cend(), longer)) {
        const auto found = std::find_if(distractors.cbegin() + 3, distractors.cend(), longer);
        if (found != distractors.cend())
            options[2] = *found;
    }
    const int key = dice.between(0, 3);
    options.insert(key, answer);
    banks::ItemBody body;
    body.stem = stem;
    for (const QString& option : options)
        body.options.append(banks::ItemOption{option, QString(), QString()});
    body.key = key;
    banks::Item item;
    item.id = id;
    item.domain = domain;
    item.body = Sensitive<banks::ItemBody>(std::move(body));
    GeneratedItem generated;
    generated.item = std::move(item);
    generated.check = check;
    return generated;
}

void attachStemImage(GeneratedItem& generated, const QString& file, const QString& alt, const QByteArray& svgDocument)
{
    banks::ItemBody body = generated.item.body.reveal();
    body.stem += QStringLiteral("\n\n![%1](%2)").arg(alt, file);
    generated.item.body = Sensitive<banks::ItemBody>(std::move(body));
    generated.media.append(banks::MediaFile{file, QStringLiteral("image/svg+xml"), Sensitive<QByteArray>(svgDocument)});
}

QString number(double value, int maxDecimals, Grouping grouping)
{
    QString text = grouping == Grouping::Thousands ? QLocale(QLocale::English).toString(value, 'f', maxDecimals)
                                                   : QString::number(value, 'f', maxDecimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString inchFraction(int sixteenths)
{
    const int whole = sixteenths / 16;
    int numerator = sixteenths % 16;
    int denominator = 16;
    const int divisor = std::gcd(numerator, denominator);
    if (numerator > 0) {
        numerator /= divisor;
        denominator /= divisor;
    }
    if (numerator == 0)
        return QStringLiteral("%1 in").arg(whole);
    if (whole == 0)
        return QStringLiteral("%1/%2 in").arg(numerator).arg(denominator);
    return QStringLiteral("%1 %2/%3 in").arg(whole).arg(numerator).arg(denominator);
}

QString decimal(qint64 scaled, int decimals)
{
    const bool negative = scaled < 0;
    QString digits = QString::number(negative ? -scaled : scaled);
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits = QString(decimals + 1 - digits.size(), u'0') + digits;
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? u'-' + digits : digits;
}

QString thousands(qint64 value)
{
    return QLocale(QLocale::English).toString(value);
}

QString thousandthsInch(int thousandths)
{
    return decimal(thousandths, 3) + QStringLiteral(" in");
}

QString hundredthsMm(int hundredths)
{
    return decimal(hundredths, 2) + QStringLiteral(" mm");
}

QString joinNumbers(const QList<int>& values, const QString& separator)
{
    QStringList parts;
    for (int value : values)
        parts.append(QString::number(value));
    return parts.join(separator);
}

QString counted(int count, const QString& singular, const QString& plural)
{
    return QStringLiteral("%1 %2").arg(count).arg(count == 1 ? singular : plural);
}

} // namespace exam::itemgen
