#include "compiler/banksource.h"
#include "session/form.h"
#include "testsupport.h"

#include <QSet>

using namespace exam;
using namespace exam::session;

namespace {

banks::BankContent sample()
{
    auto source = bankcompiler::BankSource::read(test::dataPath(QStringLiteral("banks/sample")));
    REQUIRE(source.problems.isEmpty());
    return source.content;
}

QByteArray seed(char fill)
{
    return QByteArray(FormAssembler::SeedSize, fill);
}

} // namespace

TEST_CASE("Forms follow the blueprint: domain quotas, pilot items, every option once", "[session][form]")
{
    const banks::BankContent content = sample();
    for (char fill : {'a', 'b', 'c', 'd', 'e'}) {
        auto form = FormAssembler::assemble(content, seed(fill));
        REQUIRE(form);
        REQUIRE(form->items.size() == content.module.formLength);
        QMap<QString, int> perDomain;
        int pilots = 0;
        QSet<QString> ids;
        for (const FormItem& formItem : form->items) {
            const auto item = std::find_if(content.items.cbegin(), content.items.cend(),
                                           [&](const banks::Item& i) { return i.id == formItem.itemId; });
            REQUIRE(item != content.items.cend());
            ids.insert(formItem.itemId);
            item->scored() ? ++perDomain[item->domain] : ++pilots;
            QList<int> sorted = formItem.optionOrder;
            std::sort(sorted.begin(), sorted.end());
            QList<int> expected(item->body.reveal().options.size());
            std::iota(expected.begin(), expected.end(), 0);
            CHECK(sorted == expected);
            for (int fixed : item->body.reveal().fixedPositions)
                CHECK(formItem.optionOrder[fixed] == fixed); // "None of them" stays in D
        }
        CHECK(ids.size() == form->items.size());
        CHECK(pilots == content.module.pilotCount);
        for (const banks::Domain& domain : content.module.domains)
            CHECK(perDomain.value(domain.id) == domain.count);
    }
}

TEST_CASE("Forms are reproducible from their seed and differ between seeds", "[session][form]")
{
    const banks::BankContent content = sample();
    auto first = FormAssembler::assemble(content, seed('x'));
    auto again = FormAssembler::assemble(content, seed('x'));
    REQUIRE(first);
    REQUIRE(again);
    CHECK(*first == *again);
    QSet<QString> orders;
    QSet<int> pilotPositions;
    for (int i = 0; i < 40; ++i) {
        auto form = FormAssembler::assemble(content, QByteArray(FormAssembler::SeedSize, char(i)));
        REQUIRE(form);
        QStringList ids;
        for (int p = 0; p < form->items.size(); ++p) {
            ids.append(form->items[p].itemId);
            if (form->items[p].itemId.startsWith(QStringLiteral("PIL")))
                pilotPositions.insert(p);
        }
        orders.insert(ids.join(u','));
    }
    CHECK(orders.size() >= 35);        // item order and selection vary with the seed
    CHECK(pilotPositions.size() >= 6); // pilot items land anywhere, not at the end
}

TEST_CASE("Forms: a bad seed or a bank that cannot fill the blueprint is refused", "[session][form]")
{
    banks::BankContent content = sample();
    CHECK(FormAssembler::assemble(content, QByteArray(5, 'x')).error().code == ErrorCode::InvalidArgument);
    content.module.domains[0].count = 50;
    auto form = FormAssembler::assemble(content, seed('a'));
    REQUIRE_FALSE(form);
    CHECK(form.error().message.contains(QStringLiteral("Measurement")));
    auto fresh = FormAssembler::newSeed();
    REQUIRE(fresh);
    CHECK(fresh->size() == FormAssembler::SeedSize);
}
