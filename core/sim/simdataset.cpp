#include "simdataset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

LocalNames localNames(const QJsonValue &value)
{
    const QJsonObject names = value.toObject();
    return { names.value("zh-CN"_L1).toString(), names.value("en-US"_L1).toString(),
        names.value("ja"_L1).toString() };
}

} // namespace

QString LocalNames::forLanguage(const QString &acceptLanguage) const
{
    const QString language = acceptLanguage.toLower();
    if (language.startsWith("en"_L1) && !enUS.isEmpty())
        return enUS;
    if (language.startsWith("ja"_L1) && !ja.isEmpty())
        return ja;
    return zhCN.isEmpty() ? enUS : zhCN;
}

SimDataset SimDataset::builtIn(QString *error)
{
    QFile file(u":/sim/regions.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"the built-in dataset :/sim/regions.json is missing"_s;
        return {};
    }
    return fromJson(file.readAll(), error);
}

SimDataset SimDataset::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = u"the region dataset is not valid JSON: %1"_s.arg(parseError.errorString());
        return {};
    }
    SimDataset dataset;
    for (const QJsonValue &regionValue : document.object().value("regions"_L1).toArray()) {
        const QJsonObject object = regionValue.toObject();
        SimRegion region;
        region.regionId = object.value("RegionId"_L1).toString();
        region.regionEndpoint = object.value("RegionEndpoint"_L1).toString();
        region.status = object.value("Status"_L1).toString(u"available"_s);
        region.localName = localNames(object.value("LocalName"_L1));
        for (const QJsonValue &zoneValue : object.value("zones"_L1).toArray()) {
            const QJsonObject zone = zoneValue.toObject();
            region.zones.append({ zone.value("ZoneId"_L1).toString(),
                zone.value("ZoneType"_L1).toString(u"AvailabilityZone"_s),
                localNames(zone.value("LocalName"_L1)) });
        }
        if (region.regionId.isEmpty())
            continue;
        dataset.m_regionIndex.insert(region.regionId, dataset.m_regions.size());
        dataset.m_regions.append(region);
    }
    if (dataset.m_regions.isEmpty() && error)
        *error = u"the region dataset has no regions"_s;
    return dataset;
}

const SimRegion *SimDataset::region(const QString &regionId) const
{
    const auto it = m_regionIndex.constFind(regionId);
    return it == m_regionIndex.cend() ? nullptr : &m_regions.at(*it);
}

void SimDataset::setRegionEndpoint(const QString &regionId, const QString &endpoint)
{
    const auto it = m_regionIndex.constFind(regionId);
    if (it != m_regionIndex.cend())
        m_regions[*it].regionEndpoint = endpoint;
}

} // namespace ecs::sim
