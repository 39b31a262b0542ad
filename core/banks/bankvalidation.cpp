// The rules a bank's content must satisfy (itembanks/FORMAT.md, "Payload"): checked by the compiler,
// which reports every problem, and by the reader, which refuses on the first.
#include "bankcontent.h"

#include "bankformat.h"
#include "banktext.h"
#include "richtext.h"
#include "json/strictobject.h"

#include <QSet>

#include <functional>

namespace exam::banks {

using detail::matches;
using detail::tr;

namespace {

// Comparable form of an option for the "options are distinct" rule.
QString optionIdentity(const ItemOption& option)
{
    if (!option.image.isEmpty())
        return QStringLiteral("image:") + option.image;
    return RichText::toPlainText(option.text, RichText::Context::Option).simplified().toCaseFolded();
}

void validateModule(const ModuleSettings& module, QList<ContentProblem>& problems)
{
    const auto problem = [&problems](const QString& message) { problems.append({QString(), QString(), message}); };
    if (!matches(QStringLiteral("[A-Z0-9][A-Z0-9-]{0,31}"), module.code))
        problem(
            tr("The module code “%1” must be capital letters, digits and dashes, such as CPT-SAF.").arg(module.code));
    if (module.title.trimmed().isEmpty() || module.program.trimmed().isEmpty())
        problem(tr("The module needs a title and a program name."));
    if (!isLanguageTag(module.language))
        problem(tr("The language “%1” is not a language tag such as “en” or “es-US”.").arg(module.language));
    if (module.timeLimitMinutes < 1 || module.timeLimitMinutes > 600)
        problem(tr("The time limit must be 1 to 600 minutes, not %1.").arg(module.timeLimitMinutes));
    if (module.passPercent < 1 || module.passPercent > 100)
        problem(tr("The pass mark must be 1 to 100 percent, not %1.").arg(module.passPercent));
    if (module.domains.isEmpty() || module.domains.size() > format::MaxDomains)
        problem(tr("A module needs 1 to %1 domains.").arg(format::MaxDomains));
    QSet<QString> domainIds;
    for (const Domain& domain : module.domains) {
        if (!isDomainId(domain.id))
            problem(tr("The domain id “%1” must be lowercase letters, digits and dashes.").arg(domain.id));
        if (domainIds.contains(domain.id))
            problem(tr("The domain id “%1” is used twice.").arg(domain.id));
        domainIds.insert(domain.id);
        if (domain.title.trimmed().isEmpty())
            problem(tr("The domain “%1” has no title.").arg(domain.id));
        if (domain.count < 1)
            problem(tr("The domain “%1” must put at least one item on a form.").arg(domain.id));
        int quotaTotal = 0;
        QSet<QString> quotaActivities;
        for (const ActivityQuota& quota : domain.activities) {
            quotaTotal += quota.count;
            if (quotaActivities.contains(quota.activity))
                problem(tr("The domain “%1” gives key work activity “%2” two quotas; give it one.")
                            .arg(domain.id, quota.activity));
            quotaActivities.insert(quota.activity);
            if (!module.activity(quota.activity))
                problem(tr("The domain “%1” asks for items of key work activity “%2”, which the module does not list.")
                            .arg(domain.id, quota.activity));
        }
        if (quotaTotal > domain.count)
            problem(tr("The domain “%1” asks for %2 items by key work activity but puts only %3 on a form.")
                        .arg(domain.id)
                        .arg(quotaTotal)
                        .arg(domain.count));
    }
    QSet<QString> activityIds;
    for (const Activity& activity : module.activities) {
        if (!isDomainId(activity.id))
            problem(tr("The key work activity id “%1” must be lowercase letters, digits and dashes, such as “4”.")
                        .arg(activity.id));
        if (activityIds.contains(activity.id))
            problem(tr("The key work activity id “%1” is used twice.").arg(activity.id));
        activityIds.insert(activity.id);
        if (activity.title.trimmed().isEmpty())
            problem(tr("The key work activity “%1” has no title.").arg(activity.id));
    }
    if (module.formLength != module.scoredItemsPerForm() + module.pilotCount)
        problem(tr("The form length is %1, but the blueprint's domains add up to %2 scored items and %3 pilot items "
                   "(%4 in all).")
                    .arg(module.formLength)
                    .arg(module.scoredItemsPerForm())
                    .arg(module.pilotCount)
                    .arg(module.scoredItemsPerForm() + module.pilotCount));
}

void validateItem(const Item& item, const BankContent& content, QSet<QString>& usedMedia,
                  QList<ContentProblem>& problems)
{
    const auto problem = [&problems, &item](const QString& message) { problems.append({item.id, QString(), message}); };
    const ItemBody& body = item.body.reveal();
    // `where` names the part of the item ("The stem", "Option B") so the author finds the image.
    const auto checkImage = [&](const QString& where, const QString& file, const QString& alt) {
        usedMedia.insert(file);
        if (!content.mediaFile(file))
            problem(tr("%1: the image “%2” is not among the bank's media files.").arg(where, file));
        if (alt.trimmed().isEmpty())
            problem(tr("%1: the image “%2” has no alt text; write what a screen-reader user needs to answer.")
                        .arg(where, file));
        else if (alt.size() > RichText::MaxAltLength || StrictObject::hasForbiddenCharacter(alt, true))
            problem(tr("%1: the alt text of “%2” must be one line of at most %3 characters.")
                        .arg(where, file)
                        .arg(RichText::MaxAltLength));
    };

    if (!matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"), item.id))
        problem(tr("The item id “%1” may hold only letters, digits, dots, dashes and underscores.").arg(item.id));
    const bool knownDomain = std::any_of(content.module.domains.cbegin(), content.module.domains.cend(),
                                         [&item](const Domain& domain) { return domain.id == item.domain; });
    if (!knownDomain)
        problem(tr("The domain “%1” is not one of the module's domains.").arg(item.domain));
    if (!content.module.activities.isEmpty() && !content.module.activity(item.activity))
        problem(item.activity.isEmpty()
                    ? tr("The item names no key work activity; the module lists them, so each item needs one.")
                    : tr("The key work activity “%1” is not one of the module's.").arg(item.activity));
    if (content.module.activities.isEmpty() && !item.activity.isEmpty())
        problem(tr("The item names key work activity “%1”, but the module lists none.").arg(item.activity));
    if (!item.variantGroup.isEmpty() && !isDomainId(item.variantGroup))
        problem(tr("The variant group “%1” must be lowercase letters, digits and dashes.").arg(item.variantGroup));
    if (item.enemies.size() > format::MaxEnemies)
        problem(tr("An item has at most %1 enemies.").arg(format::MaxEnemies));
    for (const QString& enemy : item.enemies) {
        if (enemy == item.id || !matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"), enemy))
            problem(tr("The enemy “%1” is not another item's id.").arg(enemy));
    }
    if (item.enemies.size() != QSet<QString>(item.enemies.cbegin(), item.enemies.cend()).size())
        problem(tr("An enemy is listed twice."));
    if (item.source.size() > format::MaxNameLength || StrictObject::hasForbiddenCharacter(item.source, true))
        problem(tr("The source must be one line of at most %1 characters.").arg(format::MaxNameLength));

    if (auto images = RichText::validate(body.stem, RichText::Context::Stem); !images) {
        problem(tr("The stem: %1").arg(images.error().message));
        for (const RichText::Image& image : RichText::images(body.stem))
            usedMedia.insert(image.file);
    } else
        for (const RichText::Image& image : *images)
            checkImage(tr("The stem"), image.file, image.alt);
    if (body.readAloud.size() > RichText::MaxStemLength)
        problem(tr("The read-aloud text is longer than %1 characters.").arg(RichText::MaxStemLength));

    if (body.options.size() < format::MinOptions || body.options.size() > format::MaxOptions)
        problem(tr("An item needs %1 to %2 options, not %3.")
                    .arg(format::MinOptions)
                    .arg(format::MaxOptions)
                    .arg(body.options.size()));
    QSet<QString> identities;
    for (qsizetype i = 0; i < body.options.size(); ++i) {
        const ItemOption& option = body.options[i];
        const QChar letter = QLatin1Char(char('A' + i));
        if (option.image.isEmpty() == option.text.isEmpty()) {
            problem(tr("Option %1 must be either text or an image.").arg(letter));
            continue;
        }
        const QString where = tr("Option %1").arg(letter);
        if (!option.image.isEmpty()) {
            checkImage(where, option.image, option.alt);
        } else if (auto images = RichText::validate(option.text, RichText::Context::Option); !images) {
            problem(tr("Option %1: %2").arg(letter).arg(images.error().message));
        } else {
            for (const RichText::Image& image : *images)
                checkImage(where, image.file, image.alt);
        }
        const QString identity = optionIdentity(option);
        if (identities.contains(identity))
            problem(tr("Option %1 repeats an earlier option.").arg(letter));
        identities.insert(identity);
    }
    if (body.key < 0 || body.key >= body.options.size())
        problem(tr("The item has no key among its options."));
    if (item.pictureMeasured && RichText::images(body.stem).isEmpty()
        && std::none_of(body.options.cbegin(), body.options.cend(),
                        [](const ItemOption& option) { return !option.image.isEmpty(); }))
        problem(tr("The item is marked picture-measured but has no picture."));
    QSet<int> fixed;
    for (int position : body.fixedPositions) {
        if (position < 0 || position >= body.options.size() || fixed.contains(position))
            problem(tr("The fixed option positions must be distinct options of the item."));
        fixed.insert(position);
    }
}

void validateMedia(const BankContent& content, const QSet<QString>& usedMedia, QList<ContentProblem>& problems)
{
    if (content.media.size() > format::MaxMediaFiles)
        problems.append({QString(), QString(), tr("A bank holds at most %1 media files.").arg(format::MaxMediaFiles)});
    QSet<QString> names;
    for (const MediaFile& file : content.media) {
        const auto problem = [&problems, &file](const QString& message) {
            problems.append({QString(), file.name, tr("Media file “%1”: %2").arg(file.name, message)});
        };
        if (!matches(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,99}"), file.name))
            problem(tr("the name may hold only letters, digits, dots, dashes and underscores."));
        if (names.contains(file.name))
            problem(tr("the name is used twice."));
        names.insert(file.name);
        if (file.data.reveal().size() > format::MaxMediaFileSize)
            problem(tr("larger than %1 MiB.").arg(format::MaxMediaFileSize >> 20));
        if (sniffMediaType(file.data.reveal()) != file.type)
            problem(tr("the content is not a PNG or SVG image as declared."));
        if (!usedMedia.contains(file.name))
            problem(tr("no item uses it."));
    }
}

// At most one item of a variant group goes on a form, so a domain can fill as many places as it has
// groups (an item without a group is a group of its own).
int drawableGroups(const BankContent& content, const std::function<bool(const Item&)>& matches)
{
    QSet<QString> groups;
    for (const Item& item : content.items)
        if (matches(item))
            groups.insert(item.variantGroup.isEmpty() ? QStringLiteral("item:") + item.id : item.variantGroup);
    return int(groups.size());
}

void validateBlueprint(const BankContent& content, QList<ContentProblem>& problems)
{
    const auto problem = [&problems](const QString& message) { problems.append({QString(), QString(), message}); };
    for (const Domain& domain : content.module.domains) {
        const int available =
            drawableGroups(content, [&domain](const Item& item) { return item.scored() && item.domain == domain.id; });
        if (available < domain.count)
            problem(tr("The blueprint cannot be met: domain “%1” needs %2 scored items on a form, and the bank has "
                       "%3 (live items, one per variant group).")
                        .arg(domain.id)
                        .arg(domain.count)
                        .arg(available));
        for (const ActivityQuota& quota : domain.activities) {
            const int inActivity = drawableGroups(content, [&](const Item& item) {
                return item.scored() && item.domain == domain.id && item.activity == quota.activity;
            });
            if (inActivity < quota.count)
                problem(tr("The blueprint cannot be met: domain “%1” needs %2 items of key work activity “%3” on a "
                           "form, and the bank has %4 (live items, one per variant group).")
                            .arg(domain.id)
                            .arg(quota.count)
                            .arg(quota.activity)
                            .arg(inActivity));
        }
    }
    const int pilots = drawableGroups(content, [](const Item& item) { return item.pilot(); });
    if (pilots < content.module.pilotCount)
        problem(tr("The blueprint cannot be met: a form has %1 pilot items, and the bank has %2 (pilot items, one "
                   "per variant group).")
                    .arg(content.module.pilotCount)
                    .arg(pilots));
    // A form takes one item of a variant group, whatever its domain: a group that spans domains would be
    // counted for each of them above.
    QHash<QString, QString> groupDomains;
    for (const Item& item : content.items) {
        if (item.variantGroup.isEmpty() || !item.drawable())
            continue;
        const auto known = groupDomains.constFind(item.variantGroup);
        if (known == groupDomains.cend())
            groupDomains.insert(item.variantGroup, item.domain);
        else if (*known != item.domain)
            problems.append({item.id, QString(),
                             tr("The variant group “%1” is also used in domain “%2”; a group's items test one thing, "
                                "in one domain.")
                                 .arg(item.variantGroup, *known)});
    }
}
} // namespace

bool isDomainId(const QString& id)
{
    return matches(QStringLiteral("[a-z0-9][a-z0-9-]{0,39}"), id);
}

bool isLanguageTag(const QString& tag)
{
    return matches(QStringLiteral("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"), tag);
}

QString stemIdentity(const QString& stem)
{
    return RichText::toPlainText(stem).simplified().toCaseFolded();
}

QString sniffMediaType(QByteArrayView data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    const QByteArrayView start = data.first(std::min<qsizetype>(data.size(), 256)).trimmed();
    if (start.startsWith("<svg") || (start.startsWith("<?xml") && data.indexOf("<svg") >= 0))
        return QStringLiteral("image/svg+xml");
    return {};
}

QList<ContentProblem> validateContent(const BankContent& content)
{
    QList<ContentProblem> problems;
    if (!matches(QStringLiteral("[a-z0-9][a-z0-9._-]{0,63}"), content.bankId))
        problems.append({QString(), QString(),
                         tr("The bank id “%1” may hold only lowercase letters, digits, dots, dashes and "
                            "underscores.")
                             .arg(content.bankId)});
    if (content.bankVersion < 1 || content.bankVersion > format::MaxBankVersion)
        problems.append({QString(), QString(),
                         tr("The bank version must be a whole number from 1 to %1.").arg(format::MaxBankVersion)});
    validateModule(content.module, problems);
    if (content.items.isEmpty() || content.items.size() > format::MaxItems)
        problems.append({QString(), QString(),
                         tr("A bank holds 1 to %1 items, not %2.").arg(format::MaxItems).arg(content.items.size())});
    QSet<QString> ids;
    QSet<QString> stems;
    QSet<QString> usedMedia;
    for (const Item& item : content.items) {
        if (ids.contains(item.id))
            problems.append({item.id, QString(), tr("The item id is used twice.")});
        ids.insert(item.id);
        const QString stem = stemIdentity(item.body.reveal().stem);
        if (stems.contains(stem))
            problems.append({item.id, QString(), tr("The stem repeats another item's stem word for word.")});
        stems.insert(stem);
        validateItem(item, content, usedMedia, problems);
    }
    validateBlueprint(content, problems);
    validateMedia(content, usedMedia, problems);
    return problems;
}
} // namespace exam::banks
