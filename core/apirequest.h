#pragma once

#include "paramencoding.h"
#include "signer.h"

#include <QStringList>

namespace ecs {

inline constexpr char kEcsApiVersion[] = "2014-05-26";
inline constexpr char kVpcApiVersion[] = "2016-04-28";

/// One ECS (or VPC) OpenAPI call: the action, its version and its parameters by wire name.
/// Lists are flattened here, in the encoding the operation wants, and nowhere else.
class ApiRequest
{
public:
    enum class Product { Ecs, Vpc };

    explicit ApiRequest(QString action, Product product = Product::Ecs);

    const QString &action() const { return m_action; }
    Product product() const { return m_product; }
    QString version() const;
    /// The RegionId parameter, which also picks the endpoint.
    QString regionId() const { return m_params.value(QStringLiteral("RegionId")); }
    /// The region whose endpoint serves an operation that takes no RegionId (StartInstance,
    /// RebootInstance…): it picks the endpoint and is not sent.
    ApiRequest &setEndpointRegion(const QString &regionId)
    {
        m_endpointRegion = regionId;
        return *this;
    }
    QString endpointRegion() const { return regionId().isEmpty() ? m_endpointRegion : regionId(); }

    ApiRequest &set(const QString &name, const QString &value);
    ApiRequest &set(const QString &name, const char *value)
    {
        return set(name, QString::fromUtf8(value));
    }
    ApiRequest &set(const QString &name, qint64 value);
    ApiRequest &set(const QString &name, int value) { return set(name, qint64(value)); }
    ApiRequest &set(const QString &name, bool value);
    /// Sets only when value is not empty: optional filters read naturally at the call site.
    ApiRequest &setIfNotEmpty(const QString &name, const QString &value);
    ApiRequest &setRegion(const QString &regionId)
    {
        return set(QStringLiteral("RegionId"), regionId);
    }

    /// `Name.1=a&Name.2=b`, the repeat-list encoding (InstanceId.N, SecurityGroupIds.N).
    ApiRequest &setRepeatList(const QString &name, const QStringList &values);
    /// `Name=["a","b"]`, the JSON-array encoding (DescribeInstances' InstanceIds).
    ApiRequest &setJsonList(const QString &name, const QStringList &values);
    /// `Name=a,b`, the comma-list encoding (DescribeInstanceAutoRenewAttribute's InstanceId).
    ApiRequest &setCommaList(const QString &name, const QStringList &values);
    /// `Name.1.Field=…`: lists of structures (DataDisk.N.Size, Filter.N.Key, Tag.N.Key).
    ApiRequest &setStructList(const QString &name, const QList<ParamMap> &items);
    ApiRequest &setTags(const QList<std::pair<QString, QString>> &tags);
    ApiRequest &remove(const QString &name);

    const ParamMap &params() const { return m_params; }
    QString param(const QString &name) const { return m_params.value(name); }

    /// A client token makes a mutating call safe to repeat; the same token must go with every
    /// attempt, so it is fixed here, before the first.
    ApiRequest &setClientToken(const QString &token)
    {
        return set(QStringLiteral("ClientToken"), token);
    }
    QString clientToken() const { return param(QStringLiteral("ClientToken")); }
    static QString newClientToken();

    /// Describe*/List* calls change nothing and may be repeated freely.
    bool isReadOnly() const;
    /// Safe to send again after an unknown outcome: read-only, or carrying a client token.
    bool isRetrySafe() const { return isReadOnly() || !clientToken().isEmpty(); }

private:
    QString m_action;
    Product m_product;
    ParamMap m_params;
    QString m_endpointRegion;
};

} // namespace ecs
