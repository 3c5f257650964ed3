#include "fleetscope.h"

#include "callscope.h"
#include "ecsclient.h"
#include "types/region.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs {

struct FleetScope::Member
{
    FleetMember info;
    QPointer<EcsClient> client;
    InstanceInventory *inventory = nullptr;
    std::unique_ptr<InstanceInventory> owned;
    bool allRegions = false;
    bool regionsKnown = false;
    bool listing = false;
    ApiError error; ///< the member's own failure (no client, no region list)
    std::unique_ptr<CallScope> listCall;
    QList<QMetaObject::Connection> connections;
};

FleetScope::FleetScope(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ecs::FleetChange>();
}

FleetScope::~FleetScope()
{
    for (const auto &member : m_members)
        for (const QMetaObject::Connection &c : std::as_const(member->connections))
            disconnect(c);
}

FleetScope::Member *FleetScope::find(const QString &profileId) const
{
    for (const auto &member : m_members)
        if (member->info.profileId == profileId)
            return member.get();
    return nullptr;
}

InstanceInventory *FleetScope::addMember(
    const FleetMember &member, EcsClient *client, InstanceInventory *inventory)
{
    removeMember(member.profileId);
    auto m = std::make_unique<Member>();
    m->info = member;
    m->client = client;
    if (!inventory) {
        m->owned = std::make_unique<InstanceInventory>(client);
        inventory = m->owned.get();
    }
    m->inventory = inventory;
    m->listCall = std::make_unique<CallScope>(this);
    connectInventory(*m);
    m_members.push_back(std::move(m));
    Q_EMIT statusChanged(member.profileId, {});
    return inventory;
}

void FleetScope::addFailedMember(const FleetMember &member, const ApiError &error)
{
    removeMember(member.profileId);
    auto m = std::make_unique<Member>();
    m->info = member;
    m->error = error;
    m_members.push_back(std::move(m));
    Q_EMIT statusChanged(member.profileId, {});
    Q_EMIT loadFailed(member.profileId, {}, error);
}

void FleetScope::updateMember(const FleetMember &member)
{
    if (Member *m = find(member.profileId)) {
        m->info = member;
        Q_EMIT statusChanged(member.profileId, {});
    }
}

void FleetScope::connectInventory(Member &member)
{
    const QString id = member.info.profileId;
    InstanceInventory *inventory = member.inventory;
    member.connections << connect(inventory, &InstanceInventory::changed, this,
        [this, id](const InventoryChange &change) { forward(id, change); })
                       << connect(inventory, &InstanceInventory::regionStatusChanged, this,
                              [this, id](
                                  const QString &region) { Q_EMIT statusChanged(id, region); })
                       << connect(inventory, &InstanceInventory::loadFailed, this,
                              [this, id](const QString &region, const ApiError &error) {
                                  Q_EMIT loadFailed(id, region, error);
                              })
                       << connect(inventory, &InstanceInventory::settled, this,
                              &FleetScope::checkSettled);
}

void FleetScope::removeMember(const QString &profileId)
{
    const auto it = std::find_if(m_members.begin(), m_members.end(),
        [&](const auto &m) { return m->info.profileId == profileId; });
    if (it == m_members.end())
        return;
    std::unique_ptr<Member> gone = std::move(*it);
    m_members.erase(it);
    for (const QMetaObject::Connection &c : std::as_const(gone->connections))
        disconnect(c);
    gone->listCall.reset(); // its region list is never read
    if (gone->inventory) {
        if (!gone->owned)
            gone->inventory->cancel(); // a borrowed inventory stays its owner's, idle
        dropRows(*gone);
    }
    Q_EMIT statusChanged(profileId, {});
    checkSettled();
}

void FleetScope::dropRows(Member &member)
{
    // Every region's rows in one change, as when regions leave an inventory's scope.
    FleetChange change;
    change.profileId = member.info.profileId;
    const QStringList regions = member.inventory->scope();
    if (regions.size() == 1)
        change.change.regionId = regions.first();
    for (const QString &region : regions)
        for (const Instance &i : member.inventory->instances(region))
            change.change.removed << i.instanceId;
    if (!change.change.removed.isEmpty())
        Q_EMIT changed(change);
}

QStringList FleetScope::memberIds() const
{
    QStringList out;
    for (const auto &member : m_members)
        out << member->info.profileId;
    return out;
}

bool FleetScope::contains(const QString &profileId) const
{
    return find(profileId) != nullptr;
}

FleetMember FleetScope::member(const QString &profileId) const
{
    const Member *m = find(profileId);
    return m ? m->info : FleetMember {};
}

EcsClient *FleetScope::client(const QString &profileId) const
{
    const Member *m = find(profileId);
    return m ? m->client.data() : nullptr;
}

InstanceInventory *FleetScope::inventory(const QString &profileId) const
{
    const Member *m = find(profileId);
    return m ? m->inventory : nullptr;
}

ApiError FleetScope::memberError(const QString &profileId) const
{
    const Member *m = find(profileId);
    return m ? m->error : ApiError {};
}

void FleetScope::setRegions(const QString &profileId, const QStringList &regionIds)
{
    Member *m = find(profileId);
    if (!m || !m->inventory)
        return;
    m->allRegions = false;
    m->listing = false;
    m->listCall->renew();
    m->inventory->setScope(regionIds);
}

void FleetScope::setAllRegions(const QString &profileId)
{
    Member *m = find(profileId);
    if (!m || !m->inventory || m->allRegions)
        return;
    m->allRegions = true;
    m->regionsKnown = false;
}

void FleetScope::refresh()
{
    for (const auto &member : m_members)
        refreshMember(member->info.profileId);
}

void FleetScope::refreshMember(const QString &profileId)
{
    Member *member = find(profileId);
    if (!member || !member->inventory)
        return;
    if (member->allRegions && !member->regionsKnown)
        listRegions(*member);
    else
        member->inventory->refresh();
}

void FleetScope::listRegions(Member &member)
{
    member.listing = true;
    member.listCall->renew();
    const QString id = member.info.profileId;
    Q_EMIT statusChanged(id, {});
    if (!member.client)
        return;
    member.listCall->call<ops::DescribeRegions>(member.client, ops::DescribeRegions::request(),
        [this, id](const Result<QList<Region>> &regions) {
            Member *m = find(id);
            if (!m || !m->listing)
                return;
            m->listing = false;
            if (!regions.ok()) {
                m->error = regions.error();
                Q_EMIT statusChanged(id, {});
                Q_EMIT loadFailed(id, {}, m->error);
                checkSettled();
                return;
            }
            m->error = {};
            m->regionsKnown = true;
            QStringList ids;
            for (const Region &region : regions.value())
                ids << region.regionId;
            m->inventory->setScope(ids);
            Q_EMIT statusChanged(id, {});
            m->inventory->refresh();
            checkSettled(); // an account with no region at all loads nothing
        });
}

void FleetScope::cancel()
{
    for (const auto &member : m_members) {
        if (!member->inventory)
            continue;
        if (member->listing) {
            member->listing = false;
            member->listCall->renew();
            Q_EMIT statusChanged(member->info.profileId, {});
        }
        member->inventory->cancel();
    }
}

void FleetScope::watch(
    const QString &profileId, const QString &regionId, const QStringList &instanceIds)
{
    if (Member *m = find(profileId); m && m->inventory)
        m->inventory->watch(regionId, instanceIds);
}

bool FleetScope::isLoading() const
{
    return std::any_of(m_members.begin(), m_members.end(),
        [](const auto &m) { return m->listing || (m->inventory && m->inventory->isLoading()); });
}

bool FleetScope::isLoadingRegions() const
{
    return std::any_of(m_members.begin(), m_members.end(), [](const auto &m) {
        return m->listing || (m->inventory && m->inventory->isLoadingRegions());
    });
}

bool FleetScope::anyRegionIn(RegionStatus::Load load) const
{
    return std::any_of(m_members.begin(), m_members.end(), [load](const auto &m) {
        if (load == RegionStatus::Load::Loading && m->listing)
            return true;
        if (load == RegionStatus::Load::Failed && m->error.isError())
            return true;
        return m->inventory && m->inventory->anyRegionIn(load);
    });
}

qsizetype FleetScope::instanceCount() const
{
    qsizetype n = 0;
    for (const auto &member : m_members)
        if (member->inventory)
            n += member->inventory->instanceCount();
    return n;
}

QList<FleetScope::Failure> FleetScope::failures(int *retryInMs) const
{
    QList<Failure> out;
    int longest = 0;
    for (const auto &member : m_members) {
        if (member->error.isError())
            out.append({ member->info.profileId, {}, member->error });
        if (!member->inventory)
            continue;
        const InstanceInventory::Failures regions = member->inventory->failures();
        for (const auto &[region, error] : regions.regions)
            out.append({ member->info.profileId, region, error });
        longest = std::max(longest, regions.retryInMs);
    }
    if (retryInMs)
        *retryInMs = longest;
    return out;
}

void FleetScope::forward(const QString &profileId, const InventoryChange &change)
{
    FleetChange out { profileId, change };
    if (!profileId.isEmpty()) {
        // The window's own profile keeps bare rows; every other member's name its account.
        for (Instance &i : out.change.added)
            i.profileId = profileId;
        for (Instance &i : out.change.changed)
            i.profileId = profileId;
    }
    Q_EMIT changed(out);
}

void FleetScope::checkSettled()
{
    if (!isLoadingRegions())
        Q_EMIT settled();
}

} // namespace ecs
