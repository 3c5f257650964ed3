// Tags and names: TagResources, UntagResources, ListTagResources (ResourceType=instance) and
// ModifyInstanceAttribute, with the service's limits (50 resources and 20 tags per call, 20 tags
// per resource) and error codes.
#include "simops.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

using namespace ops;

constexpr int kMaxResources = 50;
constexpr int kMaxTagsPerCall = 20;
constexpr int kMaxTagsPerResource = 20;
constexpr int kMaxTagLength = 128;
constexpr int kListPageSize = 50;

bool startsWithUrl(const QString &text)
{
    return text.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

SimError tagKeyMalformed()
{
    return { 400, u"InvalidTagKey.Malformed"_s, u"The specified Tag.n.Key is not valid."_s };
}

SimError tagValueMalformed()
{
    return { 400, u"InvalidTagValue.Malformed"_s, u"The specified Tag.n.Value is not valid."_s };
}

bool validKey(const QString &key)
{
    return !key.isEmpty() && key.size() <= kMaxTagLength
        && !key.startsWith(u"aliyun"_s, Qt::CaseInsensitive) && !key.startsWith(u"acs:"_s)
        && !startsWithUrl(key);
}

/// The region asked for, and its instances that ResourceType (instance only) and ResourceId.N
/// (1–50) name; or an error.
SimError resourcesOf(
    SimContext &c, bool required, const SimRegion **region, QList<SimInstance *> *out)
{
    *region = requireRegion(c);
    if (!c.params.ok())
        return c.params.error();
    const QString type = c.params.string(u"ResourceType"_s);
    if (c.params.ok() && type.isEmpty())
        c.params.fail(errors::missingParameter(u"ResourceType"_s));
    const QStringList ids = c.params.repeatList(u"ResourceId"_s, kMaxResources + 1);
    if (!c.params.ok())
        return c.params.error();
    if (type != u"instance")
        return { 400, u"InvalidResourceType.NotFound"_s,
            u"The ResourceType provided does not exist in our records."_s };
    if (ids.isEmpty() && required)
        return errors::missingParameter(u"ResourceId.1"_s);
    if (ids.size() > kMaxResources)
        return { 400, u"InvalidResourceId.Malformed"_s,
            u"The specified ResourceIds are beyond the permitted range."_s };
    for (const QString &id : ids) {
        SimInstance *instance = c.world.instance(id);
        if (!instance || instance->regionId != (*region)->regionId)
            return { 404, u"InvalidResourceId.NotFound"_s,
                u"The specified ResourceIds are not found in our records."_s };
        if (!out->contains(instance))
            out->append(instance);
    }
    return {};
}

Outcome tagResources(SimContext &c)
{
    const SimRegion *region = nullptr;
    QList<SimInstance *> instances;
    if (SimError e = resourcesOf(c, true, &region, &instances); e.isError())
        return fail(e);
    const TagList tags = c.params.tags(kMaxTagsPerCall + 1);
    if (!c.params.ok())
        return fail(c.params.error());
    if (tags.isEmpty())
        return fail(errors::missingParameter(u"Tag.1.Key"_s));
    if (tags.size() > kMaxTagsPerCall)
        return fail(
            { 400, u"InvalidTagCount"_s, u"The specified tags are beyond the permitted range."_s });
    QStringList keys;
    for (const auto &[key, value] : tags) {
        if (!validKey(key))
            return fail(tagKeyMalformed());
        if (value.size() > kMaxTagLength || startsWithUrl(value))
            return fail(tagValueMalformed());
        if (keys.contains(key))
            return fail({ 400, u"Duplicate.TagKey"_s, u"The Tag.N.Key contain duplicate key."_s });
        keys << key;
    }
    // All or nothing: no resource may end up with more than 20 tags.
    for (const SimInstance *instance : instances) {
        int count = int(instance->tags.size());
        for (const QString &key : keys)
            if (std::none_of(instance->tags.cbegin(), instance->tags.cend(),
                    [&key](const auto &tag) { return tag.first == key; }))
                ++count;
        if (count > kMaxTagsPerResource)
            return fail({ 400, u"OperationDenied.QuotaExceed"_s,
                u"The quota of tags on resource is beyond permitted range."_s });
    }
    for (SimInstance *instance : instances) {
        for (const auto &tag : tags) {
            // Not a structured binding: clang 14 (the fuzz build) cannot capture one.
            const QString &key = tag.first;
            auto it = std::find_if(instance->tags.begin(), instance->tags.end(),
                [&key](const auto &held) { return held.first == key; });
            if (it != instance->tags.end())
                it->second = tag.second; // an existing key takes the new value
            else
                instance->tags.append({ key, tag.second });
        }
        Q_EMIT c.world.instanceChanged(instance->instanceId);
    }
    return ok();
}

Outcome untagResources(SimContext &c)
{
    const SimRegion *region = nullptr;
    QList<SimInstance *> instances;
    if (SimError e = resourcesOf(c, true, &region, &instances); e.isError())
        return fail(e);
    const bool all = c.params.boolean(u"All"_s, false);
    const QStringList keys = c.params.repeatList(u"TagKey"_s, kMaxTagsPerCall + 1);
    if (!c.params.ok())
        return fail(c.params.error());
    if (keys.size() > kMaxTagsPerCall)
        return fail(
            { 400, u"InvalidTagCount"_s, u"The specified tags are beyond the permitted range."_s });
    if (keys.isEmpty() && !all)
        return fail(errors::missingParameter(u"TagKey.1"_s));
    for (const QString &key : keys)
        if (key.isEmpty() || key.size() > kMaxTagLength)
            return fail(tagKeyMalformed());
    for (SimInstance *instance : instances) {
        const qsizetype before = instance->tags.size();
        // With All and no keys, every tag goes; with keys, only those (All is ignored then).
        instance->tags.removeIf(
            [&](const auto &tag) { return keys.isEmpty() ? all : keys.contains(tag.first); });
        if (instance->tags.size() != before)
            Q_EMIT c.world.instanceChanged(instance->instanceId);
    }
    return ok();
}

Outcome listTagResources(SimContext &c)
{
    const SimRegion *region = nullptr;
    QList<SimInstance *> named;
    if (SimError e = resourcesOf(c, false, &region, &named); e.isError())
        return fail(e);
    const TagList wanted = c.params.tags(kMaxTagsPerCall + 1);
    const QList<ParamMap> filters = c.params.structList(u"TagFilter"_s, 11);
    if (!c.params.ok())
        return fail(c.params.error());
    if (wanted.size() > kMaxTagsPerCall)
        return fail(
            { 400, u"InvalidTagCount"_s, u"The specified tags are beyond the permitted range."_s });
    if (filters.size() > 10)
        return fail(errors::invalidParameter(u"TagFilter"_s, u"more than 10 filters"_s));
    if (!wanted.isEmpty() && !filters.isEmpty())
        return fail(errors::invalidParameter(u"TagFilter"_s, u"given with Tag"_s));

    const auto hasTag = [](const SimInstance &i, const QString &key, const QStringList &values) {
        return std::any_of(i.tags.cbegin(), i.tags.cend(), [&](const auto &tag) {
            return tag.first == key && (values.isEmpty() || values.contains(tag.second));
        });
    };
    // A resource matches when it carries every Tag.N (a key alone: any value) and every
    // TagFilter.N (one of its values, or none given: the key).
    QJsonArray pairs;
    for (const SimInstance *instance : c.world.instances(region->regionId)) {
        if (!named.isEmpty()
            && std::none_of(named.cbegin(), named.cend(),
                [instance](const SimInstance *n) { return n == instance; }))
            continue;
        bool match = true;
        for (const auto &[key, value] : wanted)
            match = match
                && hasTag(*instance, key, value.isEmpty() ? QStringList() : QStringList { value });
        for (const ParamMap &filter : filters) {
            QStringList values;
            for (int n = 1; filter.contains(u"TagValues.%1"_s.arg(n)) && n <= 20; ++n)
                values << filter.value(u"TagValues.%1"_s.arg(n));
            match = match && hasTag(*instance, filter.value(u"TagKey"_s), values);
        }
        if (!match)
            continue;
        for (const auto &[key, value] : instance->tags)
            pairs.append(QJsonObject { { u"ResourceId"_s, instance->instanceId },
                { u"ResourceType"_s, u"instance"_s }, { u"TagKey"_s, key },
                { u"TagValue"_s, value } });
    }
    // Pages of 50 tag pairs; the request has no MaxResults.
    const TokenPage page = tokenPageOf(c.params, pairs.size(), kListPageSize, kListPageSize);
    if (!c.params.ok())
        return fail(c.params.error());
    QJsonArray items;
    for (qsizetype i = page.first; i < page.last; ++i)
        items.append(pairs.at(i));
    return ok({ { u"TagResources"_s, wrap(u"TagResource"_s, items) },
        { u"NextToken"_s, page.nextToken } });
}

// ModifyInstanceAttribute's rules, as the service documents them.
bool validInstanceName(const QString &name)
{
    static const QRegularExpression rule(
        u"^[A-Za-z\\x{4e00}-\\x{9fa5}][A-Za-z0-9\\x{4e00}-\\x{9fa5}._:-]{1,127}$"_s);
    return !startsWithUrl(name) && rule.match(name).hasMatch();
}

bool validHostName(const QString &name, bool windows)
{
    if (windows) { // NetBIOS: 2–15, no dots, not only digits
        static const QRegularExpression rule(u"^[A-Za-z0-9-]{2,15}$"_s);
        static const QRegularExpression digits(u"^[0-9]+$"_s);
        return rule.match(name).hasMatch() && !digits.match(name).hasMatch();
    }
    static const QRegularExpression rule(u"^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$"_s);
    return name.size() >= 2 && name.size() <= 64 && rule.match(name).hasMatch();
}

bool validPassword(const QString &password)
{
    if (password.size() < 8 || password.size() > 30)
        return false;
    static const QString specials = u"()`~!@#$%^&*-_+=|{}[]:;'<>,.?/"_s;
    int classes = 0;
    classes
        += std::any_of(password.cbegin(), password.cend(), [](QChar ch) { return ch.isLower(); });
    classes
        += std::any_of(password.cbegin(), password.cend(), [](QChar ch) { return ch.isUpper(); });
    classes
        += std::any_of(password.cbegin(), password.cend(), [](QChar ch) { return ch.isDigit(); });
    classes += std::any_of(
        password.cbegin(), password.cend(), [&](QChar ch) { return specials.contains(ch); });
    const bool allowed = std::all_of(password.cbegin(), password.cend(), [&](QChar ch) {
        return ch.isLetterOrNumber() && ch.unicode() < 128 ? true : specials.contains(ch);
    });
    return allowed && classes >= 3;
}

Outcome modifyInstanceAttribute(SimContext &c)
{
    SimInstance *instance = requireInstance(c);
    const bool hasName = c.params.has(u"InstanceName"_s);
    const bool hasDescription = c.params.has(u"Description"_s);
    const bool hasHostName = c.params.has(u"HostName"_s);
    const bool hasPassword = c.params.has(u"Password"_s);
    const bool hasProtection = c.params.has(u"DeletionProtection"_s);
    const QString name = c.params.string(u"InstanceName"_s);
    const QString description = c.params.string(u"Description"_s);
    const QString hostName = c.params.string(u"HostName"_s);
    const QString password = c.params.string(u"Password"_s);
    const bool protection = c.params.boolean(u"DeletionProtection"_s, false);
    if (!c.params.ok())
        return fail(c.params.error());
    if (hasName && !validInstanceName(name))
        return fail({ 400, u"InvalidInstanceName.Malformed"_s,
            u"The specified parameter InstanceName is not valid."_s });
    if (hasDescription && (description.size() > 256 || startsWithUrl(description)))
        return fail({ 400, u"InvalidDescription.Malformed"_s,
            u"The specified description is wrongly formed."_s });
    if (hasHostName && !validHostName(hostName, instance->osType == u"windows"))
        return fail({ 400, u"InvalidHostName.Malformed"_s,
            u"The specified parameter HostName is not valid."_s });
    if (hasPassword && !validPassword(password))
        return fail({ 400, u"InvalidPassword.Malformed"_s,
            u"The specified parameter Password is not valid."_s });
    if (instance->lockReasons.contains(u"security"_s))
        return fail(errors::instanceLocked(u"security"_s));
    if (hasName)
        instance->instanceName = name;
    if (hasDescription)
        instance->description = description;
    if (hasHostName)
        instance->hostName = hostName; // takes effect at the next restart on the real service
    if (hasProtection)
        instance->deletionProtection = protection;
    // The password is not kept: nothing the simulator answers reveals it.
    if (hasName || hasDescription || hasHostName || hasProtection)
        Q_EMIT c.world.instanceChanged(instance->instanceId);
    return ok();
}

} // namespace

void addTagOperations(SimService &service)
{
    service.add(kEcsVersion, u"TagResources"_s, tagResources);
    service.add(kEcsVersion, u"UntagResources"_s, untagResources);
    service.add(kEcsVersion, u"ListTagResources"_s, listTagResources);
    service.add(kEcsVersion, u"ModifyInstanceAttribute"_s, modifyInstanceAttribute);
}

} // namespace ecs::sim
