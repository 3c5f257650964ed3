#pragma once

#include "apierror.h"
#include "inventory/instanceinventory.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>

namespace ecs {

class CallScope;
class EcsClient;

/// One profile (account) of a fleet: how it is named and coloured on screen.
struct FleetMember
{
    /// The key of its rows; empty for the window's own profile (its rows keep the bare instance
    /// ids), else the profile's name. An instance id is unique per account, not across accounts.
    QString profileId;
    QString name; ///< what people read
    QString colour; ///< #rrggbb, or empty
};

/// One member's InventoryChange: its added and changed instances carry the member's profileId.
struct FleetChange
{
    QString profileId;
    InventoryChange change;
};

/// The instances of several profiles at once. Each member keeps its own client and its own
/// InstanceInventory (latest wins, polling, retries stay per profile); the fleet forwards their
/// changes tagged with the profile, so a model keys rows by profile + instance id. A member whose
/// client could not be made (its secret unreadable) is listed as failed, with why, and never
/// blocks the others. Qt Core only.
class FleetScope : public QObject
{
    Q_OBJECT

public:
    explicit FleetScope(QObject *parent = nullptr);
    ~FleetScope() override;

    /// Adds (or replaces) a member on `client`. `inventory` is the member's own (not owned, e.g.
    /// a pane's), or null: the fleet makes one on `client` and owns it. Returns the inventory.
    InstanceInventory *addMember(
        const FleetMember &member, EcsClient *client, InstanceInventory *inventory = nullptr);
    /// A profile that cannot be opened: listed, with no rows and `error` as why.
    void addFailedMember(const FleetMember &member, const ApiError &error);
    /// A member's name or colour changed (its rows stay).
    void updateMember(const FleetMember &member);
    /// The member's rows go (one change per region, `removed`), with whatever it had in flight.
    void removeMember(const QString &profileId);
    QStringList memberIds() const;
    bool contains(const QString &profileId) const;
    FleetMember member(const QString &profileId) const;
    EcsClient *client(const QString &profileId) const;
    InstanceInventory *inventory(const QString &profileId) const;
    /// Why a member has no rows at all (it could not be opened, or its regions not listed).
    ApiError memberError(const QString &profileId) const;

    /// The member's regions. New ones load at the next refresh().
    void setRegions(const QString &profileId, const QStringList &regionIds);
    /// Every region of the member's account, asked with DescribeRegions at the next refresh().
    void setAllRegions(const QString &profileId);
    /// Loads every member again; what is shown stays until fresh data lands.
    void refresh();
    /// Loads one member (one whose credentials just resolved): the other members' rows, calls
    /// and load states are left alone.
    void refreshMember(const QString &profileId);
    void cancel();
    /// An operation changed these instances of a member: they are fetched again now.
    void watch(const QString &profileId, const QString &regionId, const QStringList &instanceIds);

    /// A member's regions being listed, or any inventory loading, polling or refetching.
    bool isLoading() const;
    /// A member's regions being listed or any region's pages loading.
    bool isLoadingRegions() const;
    bool anyRegionIn(RegionStatus::Load load) const;
    qsizetype instanceCount() const;

    struct Failure
    {
        QString profileId;
        QString regionId; ///< empty: the member itself failed (no client, no region list)
        ApiError error;
    };
    /// Every failure across members (members in order, regions sorted), and the longest retry
    /// pause among them (0: none retried).
    QList<Failure> failures(int *retryInMs = nullptr) const;

    /// "profile/instance", or the bare id for the window's own profile.
    static QString keyOf(const QString &profileId, const QString &instanceId)
    {
        return profileId.isEmpty() ? instanceId : profileId + u'/' + instanceId;
    }

Q_SIGNALS:
    void changed(const ecs::FleetChange &change);
    /// A member's or one of its regions' status changed (regionId empty: the member's).
    void statusChanged(const QString &profileId, const QString &regionId);
    void loadFailed(const QString &profileId, const QString &regionId, const ecs::ApiError &error);
    /// No member is loading any more: a round ended across the whole fleet.
    void settled();

private:
    struct Member;

    Member *find(const QString &profileId) const;
    void connectInventory(Member &member);
    void listRegions(Member &member);
    void forward(const QString &profileId, const InventoryChange &change);
    void checkSettled();
    /// Every row of `member` leaves, as changes with `removed`.
    void dropRows(Member &member);

    std::vector<std::unique_ptr<Member>> m_members;
};

} // namespace ecs

Q_DECLARE_METATYPE(ecs::FleetChange)
