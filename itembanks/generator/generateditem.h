#pragma once

#include "banks/bankcontent.h"

#include <QList>
#include <QString>

#include <optional>
#include <random>

namespace exam::itemgen {

// One item made from a template, with the facts its key was computed from. `check` is written into
// the item file as a comment (`# check: template key=value …`) so that a separate checker can
// recompute the key from those facts without using the generator's code.
//
// A template is one family of parallel items (its own variant group, so a form carries at most one of
// them). A template that asks several different things names the one an item asks in `subSkill`: the
// item's group is then the family's group and that name ("ohms-law" + "amps" = "ohms-law-amps").
struct GeneratedItem
{
    banks::Item item;
    QString check;
    QList<banks::MediaFile> media;
    QString subSkill;
    bool fixedOrder = false; // the options are in a meaningful order: exam-itemgen leaves the key where it is
};

// A small deterministic random source: the same seed gives the same items on every platform
// (std::uniform_int_distribution is implementation-defined, so it is not used).
class Dice
{
public:
    explicit Dice(quint32 seed) : m_engine(seed) { }
    int between(int low, int high) { return low + int(m_engine() % quint32(high - low + 1)); }
    template<typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, between(0, int(i)));
    }

private:
    std::mt19937 m_engine;
};

// Builds an item from a stem, the correct answer and distractors (most telling first; more than three
// may be offered). The answer lands at a position the dice choose (exam-itemgen spreads the keys of a
// module evenly over A–D afterwards). Test-wise candidates pick the longest option, so when none of the
// first three distractors is longer than the answer, a longer one offered further down takes the third
// place. Empty when fewer than three distractors differ from the answer and from each other: the
// template then draws other numbers.
std::optional<GeneratedItem> makeItem(Dice& dice, const QString& id, const QString& domain, const QString& stem,
                                      const QString& answer, QStringList distractors, const QString& check);

// Adds a drawing to the end of an item's stem, with its alt text, and to the item's media.
void attachStemImage(GeneratedItem& generated, const QString& file, const QString& alt, const QByteArray& svgDocument);

// How number() writes the digits before the point: plain, or with US thousands separators for a
// quantity that runs into the thousands.
enum class Grouping { Plain, Thousands };

// Formats a number without trailing zeros ("0.4375", "63.5", "12"; grouped: "1,570.8").
QString number(double value, int maxDecimals = 4, Grouping grouping = Grouping::Plain);

// n/d in lowest terms as a mixed number of inches ("2 5/16 in", "7/8 in", "3 in").
QString inchFraction(int sixteenths);

// An integer number of 10^-decimals units written exactly: decimal(437, 3) = "0.437", decimal(-25, 2) =
// "-0.25", decimal(1250, 2) = "12.50" (trailing zeros kept: they give the precision).
QString decimal(qint64 scaled, int decimals);

// 1234 as "1,234" (US thousands separators).
QString thousands(qint64 value);

// Thousandths of an inch as "0.437 in"; hundredths of a millimetre as "37.46 mm".
QString thousandthsInch(int thousandths);
QString hundredthsMm(int hundredths);

// A sample's values as "12, 7, 30" for a stem, or with the separator "," for a check line.
QString joinNumbers(const QList<int>& values, const QString& separator = QStringLiteral(", "));

// "1 small mark", "3 small marks": the count and the word, singular for one.
QString counted(int count, const QString& singular, const QString& plural);

} // namespace exam::itemgen
