#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ecs::sim {

struct InstanceTypeSpec
{
    QString id;
    QString family;
    int cpu = 0;
    double memoryGiB = 0;
    int gpuAmount = 0;
    QString gpuSpec;
    QString architecture; ///< "X86" or "ARM"
    double onDemandUsdPerHour; ///< in cn-hangzhou; other regions scale it
    QJsonObject wire; ///< the DescribeInstanceTypes record, as served
};

struct ImageSpec
{
    QString id;
    QString name;
    QString osType; ///< "linux" / "windows"
    QString architecture; ///< "x86_64" / "arm64"
    QString ownerAlias; ///< "system", "marketplace", ...
    int sizeGiB = 20;
    QJsonObject wire; ///< the DescribeImages record, as served
};

/// The instance types and public images every region offers, from resources/sim (:/sim).
class SimCatalog
{
public:
    static SimCatalog builtIn(QString *error = nullptr);
    static SimCatalog fromJson(
        const QByteArray &instanceTypes, const QByteArray &images, QString *error);

    const QList<InstanceTypeSpec> &instanceTypes() const { return m_types; }
    const InstanceTypeSpec *instanceType(const QString &id) const;
    const QList<ImageSpec> &images() const { return m_images; }
    const ImageSpec *image(const QString &id) const;

    /// Pay-as-you-go price per hour of one instance of `type` in `regionId`, in USD, rounded
    /// to 4 decimals as the service quotes it.
    double onDemandPrice(const QString &regionId, const InstanceTypeSpec &type) const;
    static double regionPriceFactor(const QString &regionId);

private:
    QList<InstanceTypeSpec> m_types;
    QHash<QString, qsizetype> m_typeIndex;
    QList<ImageSpec> m_images;
    QHash<QString, qsizetype> m_imageIndex;
};

} // namespace ecs::sim
