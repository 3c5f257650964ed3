#pragma once

#include "instance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ecs {

struct RecordField
{
    QString name;
    QString value;
    bool operator==(const RecordField &) const = default;
};

struct RecordGroup
{
    QString title;
    QList<RecordField> fields;
};

/// One instance as a person reads it: in plain words and grouped (Overview, Configuration,
/// Network, Billing, Tags, then every other field the service sent, each under a readable name),
/// never a raw JSON tree. Empty values and empty groups are left out.
class InstanceRecord
{
    Q_DECLARE_TR_FUNCTIONS(ecs::InstanceRecord)

public:
    static QList<RecordGroup> describe(const Instance &instance);
    /// "InternetMaxBandwidthOut" → "Internet max bandwidth out": an API key for people.
    static QString readableFieldName(const QString &key);
};

} // namespace ecs
