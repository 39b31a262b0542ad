#pragma once

#include "banks/bankcontent.h"
#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace exam::session {

struct FormItem
{
    QString itemId;
    QList<int> optionOrder;  // bank option indexes in the order shown (A, B, C, …)
    bool seenBefore = false; // on one of the candidate's earlier forms

    bool operator==(const FormItem&) const = default;
};

// What a candidate's form must respect beyond the blueprint. Empty: a first attempt at a station that
// has delivered nothing, with no accommodation that changes the items.
struct FormConstraints
{
    // Items on the candidate's earlier forms and on this sitting's other forms, of any module: those of
    // this bank are drawn last, and none of their enemies is drawn (enemies may be in other modules of
    // the credential).
    QSet<QString> seenItems;
    // Forms each item of this bank has been on at this station: the least exposed are drawn first, so
    // no live item is on far more forms than its peers and the pilot pool rotates.
    QHash<QString, int> exposures;
    // Read-aloud or a screen reader: an item drawn whose picture is what is measured gives its place to
    // another item of the same domain and key work activity (none: the form cannot be made).
    bool withoutPictureReading = false;
    // Items other banks name as enemies of the items above: never drawn.
    QSet<QString> excludedItems = {};
};

struct Form
{
    QList<FormItem> items;
    bool operator==(const Form&) const = default;
};

// Assembles a form from a bank's blueprint: for every domain `count` live items (its key work activity
// quotas first), plus `pilotCount` pilot items, all in shuffled order, each with its options shuffled
// except those marked fixed. Never a retired item, two items of one variant group, or two enemies.
// Within those rules items new to the candidate come first, then the least exposed.
// Deterministic: the randomness is a SHA-256 counter stream over the session's stored seed, so the
// same bank, constraints and seed give the same form on any machine (the form is stored as well).
class FormAssembler
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::FormAssembler)
public:
    static constexpr qsizetype SeedSize = 32;
    static Result<QByteArray> newSeed();
    static Result<Form> assemble(const banks::BankContent& content, QByteArrayView seed,
                                 const FormConstraints& constraints = {});
};

} // namespace exam::session
