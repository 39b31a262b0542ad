#include "scoring.h"

#include <QHash>

namespace exam::results {

Score Scoring::score(const banks::BankContent& content, const session::Form& form,
                     const QList<std::optional<int>>& responses)
{
    QHash<QString, const banks::Item*> items;
    for (const banks::Item& item : content.items)
        items.insert(item.id, &item);

    Score score;
    score.passPercent = content.module.passPercent;
    QHash<QString, DomainScore> domains;
    for (const banks::Domain& domain : content.module.domains)
        domains.insert(domain.id, DomainScore{domain.id, domain.title, 0, 0, false, false});

    for (qsizetype position = 0; position < form.items.size(); ++position) {
        const banks::Item* item = items.value(form.items[position].itemId);
        if (!item || !item->scored())
            continue; // pilot items never count
        const std::optional<int> displayed = responses.value(position);
        const QList<int>& order = form.items[position].optionOrder;
        const bool correct =
            displayed && *displayed >= 0 && *displayed < order.size() && order[*displayed] == item->body.reveal().key;
        DomainScore& domain = domains[item->domain];
        ++domain.total;
        ++score.total;
        if (correct) {
            ++domain.correct;
            ++score.correct;
        }
    }
    for (const banks::Domain& blueprint : content.module.domains)
        score.domains.append(domains.value(blueprint.id));
    judge(score);
    return score;
}

void Scoring::judge(Score& score)
{
    score.passed = score.total > 0 && score.correct * 100 >= score.passPercent * score.total;
    for (DomainScore& domain : score.domains) {
        domain.folded = domain.total < MinItemsPerReportedDomain;
        domain.needsImprovement = !domain.folded && domain.correct * 100 < score.passPercent * domain.total;
    }
}

} // namespace exam::results
