#include "tagplans.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

bool startsWithUrl(const QString &text)
{
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

QMap<QString, QList<Instance>> byRegion(const QList<Instance> &instances)
{
    QMap<QString, QList<Instance>> out;
    for (const Instance &i : instances)
        out[i.regionId].append(i);
    return out;
}

QStringList idsOf(const QList<Instance> &instances)
{
    QStringList ids;
    for (const Instance &i : instances)
        ids << i.instanceId;
    return ids;
}

template<typename T> QList<QList<T>> chunks(const QList<T> &items, int size)
{
    QList<QList<T>> out;
    for (qsizetype first = 0; first < items.size(); first += size)
        out << items.mid(first, size);
    return out;
}

/// One step per region, its requests `requestsFor(region, ids of ≤ 50)` for each chunk of ids.
template<typename RequestsFor>
ActionPlan perRegion(
    const QString &title, const QList<Instance> &selection, int maxIds, RequestsFor requestsFor)
{
    ActionPlan plan { title, {} };
    const auto regions = byRegion(selection);
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        const QStringList ids = idsOf(*it);
        QList<ApiRequest> requests;
        for (const QStringList &batch : chunks(ids, maxIds))
            requests << requestsFor(it.key(), batch);
        plan.regions << RegionPlan { it.key(), ids, { PlanStep { title, requests, {} } } };
    }
    return plan;
}

} // namespace

namespace ops {

ApiRequest TagResources::request(
    const QString &regionId, const QStringList &instanceIds, const TagPairs &tags)
{
    ApiRequest r(u"TagResources"_s);
    r.setRegion(regionId)
        .set(u"ResourceType"_s, u"instance"_s)
        .setRepeatList(u"ResourceId"_s, instanceIds)
        .setTags(tags);
    return r;
}

ApiRequest UntagResources::request(
    const QString &regionId, const QStringList &instanceIds, const QStringList &keys, bool all)
{
    ApiRequest r(u"UntagResources"_s);
    r.setRegion(regionId)
        .set(u"ResourceType"_s, u"instance"_s)
        .setRepeatList(u"ResourceId"_s, instanceIds)
        .setRepeatList(u"TagKey"_s, keys);
    if (all)
        r.set(u"All"_s, true);
    return r;
}

ApiRequest ModifyInstanceAttribute::request(const QString &regionId, const QString &instanceId,
    const QString &instanceName, const QString &description)
{
    ApiRequest r(u"ModifyInstanceAttribute"_s);
    r.set(u"InstanceId"_s, instanceId).setEndpointRegion(regionId);
    if (!instanceName.isNull())
        r.set(u"InstanceName"_s, instanceName);
    if (!description.isNull())
        r.set(u"Description"_s, description);
    return r;
}

} // namespace ops

QString TagRules::keyProblem(const QString &key)
{
    if (key.trimmed().isEmpty())
        return tr("A tag needs a key.");
    if (key.size() > kMaxKeyLength)
        return tr("A tag key has at most %1 characters.").arg(kMaxKeyLength);
    if (key.startsWith(u"aliyun"_s, Qt::CaseInsensitive) || key.startsWith(u"acs:"_s)
        || startsWithUrl(key))
        return tr("A tag key may not start with \"aliyun\", \"acs:\", \"http://\" or "
                  "\"https://\".");
    return {};
}

QString TagRules::valueProblem(const QString &value)
{
    if (value.size() > kMaxValueLength)
        return tr("A tag value has at most %1 characters.").arg(kMaxValueLength);
    if (startsWithUrl(value))
        return tr("A tag value may not start with \"http://\" or \"https://\".");
    return {};
}

QString TagRules::nameProblem(const QString &name)
{
    static const QRegularExpression rule(
        u"^[A-Za-z\\x{4e00}-\\x{9fa5}][A-Za-z0-9\\x{4e00}-\\x{9fa5}._:-]*$"_s);
    if (name.size() < 2 || name.size() > 128)
        return tr("A name has 2 to 128 characters.");
    if (startsWithUrl(name) || !rule.match(name).hasMatch())
        return tr("A name starts with a letter and holds letters, digits and . _ - : only.");
    return {};
}

QString TagRules::descriptionProblem(const QString &description)
{
    if (description.size() > kMaxDescriptionLength)
        return tr("A description has at most %1 characters.").arg(kMaxDescriptionLength);
    if (startsWithUrl(description))
        return tr("A description may not start with \"http://\" or \"https://\".");
    return {};
}

QString TagRules::tagsProblem(const TagPairs &tags)
{
    if (tags.isEmpty())
        return tr("Add at least one tag.");
    QSet<QString> keys;
    for (const auto &[key, value] : tags) {
        if (QString p = keyProblem(key); !p.isEmpty())
            return p;
        if (QString p = valueProblem(value); !p.isEmpty())
            return p;
        if (keys.contains(key))
            return tr("The tag key %1 is given twice.").arg(key);
        keys.insert(key);
    }
    return {};
}

ActionPlan planAddTags(const QList<Instance> &selection, const TagPairs &tags)
{
    const QString title = tags.size() == 1
        ? PlanTexts::tr("Tag %1 with %2").arg(PlanTexts::describe(selection), tags.first().first)
        : PlanTexts::tr("Add %n tag(s) to %1", "", int(tags.size()))
              .arg(PlanTexts::describe(selection));
    const QList<TagPairs> tagChunks = chunks(tags, ops::TagResources::kMaxTags);
    return perRegion(title, selection, ops::TagResources::kMaxResources,
        [&tagChunks](const QString &regionId, const QStringList &ids) {
            QList<ApiRequest> out;
            for (const TagPairs &part : tagChunks)
                out << ops::TagResources::request(regionId, ids, part);
            return out;
        });
}

ActionPlan planRemoveTags(const QList<Instance> &selection, const QStringList &keys)
{
    const QString title = keys.size() == 1
        ? PlanTexts::tr("Remove the tag %1 from %2")
              .arg(keys.first(), PlanTexts::describe(selection))
        : PlanTexts::tr("Remove %n tag(s) from %1", "", int(keys.size()))
              .arg(PlanTexts::describe(selection));
    const QList<QStringList> keyChunks = chunks(keys, ops::UntagResources::kMaxKeys);
    return perRegion(title, selection, ops::UntagResources::kMaxResources,
        [&keyChunks](const QString &regionId, const QStringList &ids) {
            QList<ApiRequest> out;
            for (const QStringList &part : keyChunks)
                out << ops::UntagResources::request(regionId, ids, part);
            return out;
        });
}

ActionPlan planRename(const Instance &instance, const QString &name)
{
    const QString title
        = PlanTexts::tr("Rename %1 to %2").arg(PlanTexts::describe({ instance }), name);
    return { title,
        { RegionPlan { instance.regionId, { instance.instanceId },
            { PlanStep { title,
                { ops::ModifyInstanceAttribute::request(
                    instance.regionId, instance.instanceId, name, QString()) },
                {} } } } } };
}

ActionPlan planDescribe(const Instance &instance, const QString &description)
{
    const QString title
        = PlanTexts::tr("Change the description of %1").arg(PlanTexts::describe({ instance }));
    // An empty description is sent as such: it clears the description.
    const QString text = description.isNull() ? u""_s : description;
    return { title,
        { RegionPlan { instance.regionId, { instance.instanceId },
            { PlanStep { title,
                { ops::ModifyInstanceAttribute::request(
                    instance.regionId, instance.instanceId, QString(), text) },
                {} } } } } };
}

QStringList tagKeysOf(const QList<Instance> &selection)
{
    QSet<QString> keys;
    for (const Instance &i : selection)
        for (const auto &tag : i.tags)
            keys.insert(tag.first);
    QStringList out(keys.cbegin(), keys.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ecs
