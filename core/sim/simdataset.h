#pragma once

#include <algorithm>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ecs::sim {

/// A name in the three languages DescribeRegions/DescribeZones answer in.
struct LocalNames
{
    QString zhCN;
    QString enUS;
    QString ja;

    /// The name for an AcceptLanguage value; the service falls back to Chinese.
    QString forLanguage(const QString &acceptLanguage) const;
};

struct SimZone
{
    QString zoneId;
    QString zoneType;
    LocalNames localName;
};

struct SimRegion
{
    QString regionId;
    QString regionEndpoint;
    QString status;
    LocalNames localName;
    QList<SimZone> zones;

    bool hasZone(const QString &zoneId) const
    {
        return std::any_of(
            zones.cbegin(), zones.cend(), [&](const SimZone &z) { return z.zoneId == zoneId; });
    }
};

/// The simulator's world, loaded from resources/sim (compiled in as :/sim).
class SimDataset
{
public:
    /// Loads the built-in dataset; an error string is returned through `error` on failure.
    static SimDataset builtIn(QString *error = nullptr);
    static SimDataset fromJson(const QByteArray &json, QString *error);

    const QList<SimRegion> &regions() const { return m_regions; }
    const SimRegion *region(const QString &regionId) const;
    /// What DescribeRegions names as the region's RegionEndpoint (the server's own sockets).
    void setRegionEndpoint(const QString &regionId, const QString &endpoint);

private:
    QList<SimRegion> m_regions;
    QHash<QString, qsizetype> m_regionIndex;
};

} // namespace ecs::sim
