#include "runinstanceslookups.h"

#include "jsonreader.h"

using namespace Qt::StringLiterals;

namespace ecs::lookups {

QCoro::Task<Result<QList<VSwitch>>> vSwitchesOfZone(
    CallScope &scope, EcsClient *client, QString regionId, QString zoneId)
{
    using Answer = Result<QList<VSwitch>>;
    const QPointer<EcsClient> alive(client);
    QList<VSwitch> out;
    qint64 seen = 0;
    for (int page = 1; page <= kMaxVSwitchPages; ++page) {
        const Result<QJsonObject> body = co_await scope.askRaw(
            alive.data(), ops::DescribeVSwitches::request(regionId, zoneId, page));
        if (body.cancelled() || !body.ok())
            co_return Answer(body.error()); // the scope may be gone: touch nothing else
        const auto items = ops::DescribeVSwitches::parse(body.value());
        if (!items.ok())
            co_return Answer(items.error());
        for (const VSwitch &v : items.value())
            if (v.zoneId.isEmpty() || v.zoneId == zoneId) // another zone's cannot hold these
                out.append(v);
        seen += items->size();
        JsonReader json;
        const qint64 total = json.integer(body.value(), "TotalCount"_L1, -1);
        if (items->size() < ops::DescribeVSwitches::kPageSize || (total >= 0 && seen >= total))
            break;
    }
    co_return Answer(out);
}

QCoro::Task<Result<QList<SecurityGroup>>> securityGroupsOfVpc(
    CallScope &scope, EcsClient *client, QString regionId, QString vpcId)
{
    using Answer = Result<QList<SecurityGroup>>;
    const QPointer<EcsClient> alive(client);
    QList<SecurityGroup> out;
    QString token;
    for (int page = 0; page < kMaxSecurityGroupPages; ++page) {
        const Result<QJsonObject> body = co_await scope.askRaw(
            alive.data(), ops::DescribeSecurityGroups::request(regionId, vpcId, token));
        if (body.cancelled() || !body.ok())
            co_return Answer(body.error());
        const auto items = ops::DescribeSecurityGroups::parse(body.value());
        if (!items.ok())
            co_return Answer(items.error());
        for (const SecurityGroup &g : items.value())
            if (g.vpcId.isEmpty() || g.vpcId == vpcId)
                out.append(g);
        const QString next = body->value("NextToken"_L1).toString();
        if (items->isEmpty() || next.isEmpty() || next == token)
            break;
        token = next;
    }
    co_return Answer(out);
}

} // namespace ecs::lookups
