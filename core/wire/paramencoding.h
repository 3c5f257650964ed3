#pragma once

#include "signer.h"

#include <QDateTime>
#include <QStringList>

#include <utility>

namespace ecs {

/// The timestamp format both signature versions use: yyyy-MM-ddTHH:mm:ssZ in UTC.
QString apiTimestamp(const QDateTime &utc);

/// The list encodings of the ECS OpenAPI, written into `params`. Which one a parameter takes is
/// the operation's choice; the client (ApiRequest) and the simulator's tests use these so that
/// both spell a list the same way.
namespace ParamEncoding {
/// `Name.1=a&Name.2=b`, the repeat-list encoding (InstanceId.N, SecurityGroupIds.N).
void repeatList(ParamMap &params, const QString &name, const QStringList &values);
/// `Name=["a","b"]`, the JSON-array encoding (DescribeInstances' InstanceIds).
QString jsonList(const QStringList &values);
/// `Name=a,b`, the comma-list encoding (DescribeInstanceAutoRenewAttribute's InstanceId).
QString commaList(const QStringList &values);
/// `Name.1.Field=…`: lists of structures (DataDisk.N.Size, Filter.N.Key, Tag.N.Key).
void structList(ParamMap &params, const QString &name, const QList<ParamMap> &items);
/// `Tag.N.Key` / `Tag.N.Value`.
void tags(ParamMap &params, const QList<std::pair<QString, QString>> &tags);
} // namespace ParamEncoding

} // namespace ecs
