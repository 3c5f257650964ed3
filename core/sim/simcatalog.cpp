#include "simcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

QJsonArray arrayIn(const QByteArray &json, QLatin1StringView key, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error && error->isEmpty())
            *error = u"the %1 dataset is not valid JSON: %2"_s.arg(key, parseError.errorString());
        return {};
    }
    return document.object().value(key).toArray();
}

QByteArray readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error && error->isEmpty())
            *error = u"the built-in dataset %1 is missing"_s.arg(path);
        return {};
    }
    return file.readAll();
}

} // namespace

SimCatalog SimCatalog::builtIn(QString *error)
{
    return fromJson(readResource(u":/sim/instance-types.json"_s, error),
        readResource(u":/sim/images.json"_s, error), error);
}

SimCatalog SimCatalog::fromJson(
    const QByteArray &instanceTypes, const QByteArray &images, QString *error)
{
    SimCatalog catalog;
    for (const QJsonValue &value : arrayIn(instanceTypes, "InstanceTypes"_L1, error)) {
        QJsonObject wire = value.toObject();
        InstanceTypeSpec spec;
        spec.id = wire.value("InstanceTypeId"_L1).toString();
        spec.family = wire.value("InstanceTypeFamily"_L1).toString();
        spec.cpu = wire.value("CpuCoreCount"_L1).toInt();
        spec.memoryGiB = wire.value("MemorySize"_L1).toDouble();
        spec.gpuAmount = wire.value("GPUAmount"_L1).toInt();
        spec.gpuSpec = wire.value("GPUSpec"_L1).toString();
        spec.architecture = wire.value("CpuArchitecture"_L1).toString(u"X86"_s);
        spec.onDemandUsdPerHour = wire.take("OnDemandPricePerHour"_L1).toDouble();
        if (spec.onDemandUsdPerHour <= 0) // a catalogue without prices still gets believable ones
            spec.onDemandUsdPerHour
                = 0.025 * spec.cpu + 0.006 * spec.memoryGiB + 0.9 * spec.gpuAmount;
        spec.wire = wire;
        if (spec.id.isEmpty() || spec.cpu <= 0 || catalog.m_typeIndex.contains(spec.id))
            continue;
        catalog.m_typeIndex.insert(spec.id, catalog.m_types.size());
        catalog.m_types.append(spec);
    }
    for (const QJsonValue &value : arrayIn(images, "Images"_L1, error)) {
        const QJsonObject wire = value.toObject();
        ImageSpec spec;
        spec.id = wire.value("ImageId"_L1).toString();
        spec.name = wire.value("ImageName"_L1).toString();
        spec.osType = wire.value("OSType"_L1).toString();
        spec.architecture = wire.value("Architecture"_L1).toString(u"x86_64"_s);
        spec.ownerAlias = wire.value("ImageOwnerAlias"_L1).toString(u"system"_s);
        spec.sizeGiB = wire.value("Size"_L1).toInt(20);
        spec.wire = wire;
        if (spec.id.isEmpty() || catalog.m_imageIndex.contains(spec.id))
            continue;
        catalog.m_imageIndex.insert(spec.id, catalog.m_images.size());
        catalog.m_images.append(spec);
    }
    if ((catalog.m_types.isEmpty() || catalog.m_images.isEmpty()) && error && error->isEmpty())
        *error = u"the instance type or image dataset is empty"_s;
    return catalog;
}

const InstanceTypeSpec *SimCatalog::instanceType(const QString &id) const
{
    const auto it = m_typeIndex.constFind(id);
    return it == m_typeIndex.cend() ? nullptr : &m_types.at(*it);
}

const ImageSpec *SimCatalog::image(const QString &id) const
{
    const auto it = m_imageIndex.constFind(id);
    return it == m_imageIndex.cend() ? nullptr : &m_images.at(*it);
}

double SimCatalog::regionPriceFactor(const QString &regionId)
{
    // Mainland regions are cheapest; overseas regions cost more, roughly as the price list does.
    if (regionId == u"cn-hongkong")
        return 1.3;
    if (regionId.startsWith(u"cn-"_s))
        return regionId == u"cn-hangzhou" || regionId == u"cn-shanghai" || regionId == u"cn-beijing"
                || regionId == u"cn-shenzhen"
            ? 1.0
            : 0.95;
    if (regionId.startsWith(u"us-"_s))
        return 1.15;
    if (regionId.startsWith(u"eu-"_s))
        return 1.3;
    if (regionId.startsWith(u"me-"_s))
        return 1.45;
    return 1.25; // ap-*
}

double SimCatalog::onDemandPrice(const QString &regionId, const InstanceTypeSpec &type) const
{
    return std::round(type.onDemandUsdPerHour * regionPriceFactor(regionId) * 10'000.0) / 10'000.0;
}

} // namespace ecs::sim
