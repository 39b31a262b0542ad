#pragma once

#include "banks/bankcontent.h"
#include "error.h"

#include <QByteArray>
#include <QList>

namespace exam::session {

struct FormItem
{
    QString itemId;
    QList<int> optionOrder; // bank option indexes in the order shown (A, B, C, …)

    bool operator==(const FormItem&) const = default;
};

struct Form
{
    QList<FormItem> items;
    bool operator==(const Form&) const = default;
};

// Assembles a form from a bank's blueprint: for every domain `count` scored items, plus `pilotCount`
// pilot items, all in shuffled order, each with its options shuffled except those marked fixed.
// Deterministic: the randomness is a SHA-256 counter stream over the session's stored seed, so the
// same bank and seed give the same form on any machine (a resumed session shows exactly this form).
class FormAssembler
{
    Q_DECLARE_TR_FUNCTIONS(exam::session::FormAssembler)
public:
    static constexpr qsizetype SeedSize = 32;
    static Result<QByteArray> newSeed();
    static Result<Form> assemble(const banks::BankContent& content, QByteArrayView seed);
};

} // namespace exam::session
