#include "instancerecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

QString tr(const char *text)
{
    return InstanceRecord::tr(text);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString scalarText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    return value.toVariant().toString();
}

/// The keys shown in the named groups: the "Other fields" group leaves them out.
const QSet<QString> &shownKeys()
{
    static const QSet<QString> keys { u"InstanceId"_s, u"InstanceName"_s, u"Status"_s,
        u"RegionId"_s, u"ZoneId"_s, u"CreationTime"_s, u"Description"_s, u"HostName"_s,
        u"InstanceType"_s, u"InstanceTypeFamily"_s, u"Cpu"_s, u"Memory"_s, u"GPUAmount"_s,
        u"GPUSpec"_s, u"ImageId"_s, u"OSName"_s, u"OSNameEn"_s, u"OSType"_s, u"PublicIpAddress"_s,
        u"EipAddress"_s, u"VpcAttributes"_s, u"SecurityGroupIds"_s, u"InternetMaxBandwidthOut"_s,
        u"InternetChargeType"_s, u"InstanceNetworkType"_s, u"InstanceChargeType"_s,
        u"SpotStrategy"_s, u"SpotPriceLimit"_s, u"ExpiredTime"_s, u"AutoReleaseTime"_s,
        u"OperationLocks"_s, u"Tags"_s, u"KeyPairName"_s };
    return keys;
}

/// Every scalar leaf under `value`, named "Parent › Child", arrays of scalars joined.
void flatten(const QString &label, const QJsonValue &value, QList<std::pair<QString, QString>> &out)
{
    constexpr qsizetype kMaxFields = 200; // a hostile record stays a readable panel
    if (out.size() >= kMaxFields)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name = InstanceRecord::readableFieldName(it.key());
            flatten(label.isEmpty() ? name : label + u" › "_s + name, it.value(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList scalars;
        for (const QJsonValue &element : array) {
            if (element.isObject() || element.isArray())
                flatten(label, element, out);
            else
                scalars << scalarText(element);
        }
        if (!scalars.isEmpty() || array.isEmpty())
            out.append({ label, scalars.isEmpty() ? tr("none") : scalars.join(u", "_s) });
    } else if (!value.isNull() && !value.isUndefined()) {
        out.append({ label, scalarText(value) });
    }
}

struct Groups
{
    void begin(const QString &title) { groups.append({ title, {} }); }
    /// Empty values are left out: a blank row says nothing.
    void field(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            groups.last().fields.append({ name, value });
    }
    void end()
    {
        if (!groups.isEmpty() && groups.last().fields.isEmpty())
            groups.removeLast();
    }
    QList<RecordGroup> groups;
};

} // namespace

QString InstanceRecord::readableFieldName(const QString &key)
{
    // Split at lower→upper and at the end of an acronym ("GPUAmount" → "GPU amount").
    QString out;
    for (qsizetype n = 0; n < key.size(); ++n) {
        const QChar c = key.at(n);
        const bool boundary = n > 0 && c.isUpper()
            && (key.at(n - 1).isLower()
                || (n + 1 < key.size() && key.at(n + 1).isLower() && key.at(n - 1).isUpper()));
        if (boundary)
            out += u' ';
        out += c;
    }
    // Lower-case every word but acronyms; the first word keeps its capital.
    QStringList words = out.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype n = 0; n < words.size(); ++n) {
        QString &word = words[n];
        const bool acronym = word.size() > 1 && word == word.toUpper();
        if (!acronym && n > 0)
            word = word.toLower();
    }
    return words.join(u' ');
}

QList<RecordGroup> InstanceRecord::describe(const Instance &i)
{
    const QJsonObject raw = i.raw();
    const QJsonObject vpc = raw.value(u"VpcAttributes"_s).toObject();
    const auto joined = [](const QJsonValue &value) {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            parts << scalarText(element);
        return parts.join(u", "_s);
    };
    Groups g;
    g.begin(tr("Overview"));
    g.field(tr("Name"), i.instanceName);
    g.field(tr("Instance ID"), i.instanceId);
    g.field(tr("Status"), i.statusText());
    g.field(tr("Locked because"), i.lockReasons.join(u", "_s));
    g.field(tr("Region"), i.regionId);
    g.field(tr("Zone"), i.zoneId);
    g.field(tr("Created"), when(i.creationTime));
    g.field(tr("Host name"), raw.value(u"HostName"_s).toString());
    g.field(tr("Description"), raw.value(u"Description"_s).toString());
    g.end();
    g.begin(tr("Configuration"));
    g.field(tr("Instance type"), i.instanceType);
    g.field(tr("vCPUs"), i.cpu > 0 ? QLocale().toString(i.cpu) : QString());
    g.field(tr("Memory"),
        i.memoryMiB > 0 ? tr("%1 GiB").arg(QLocale().toString(i.memoryMiB / 1024.0)) : QString());
    g.field(tr("GPUs"),
        i.gpuAmount > 0 ? u"%1 × %2"_s.arg(i.gpuAmount).arg(raw.value(u"GPUSpec"_s).toString())
                        : QString());
    g.field(tr("Image"), raw.value(u"ImageId"_s).toString());
    g.field(tr("Operating system"),
        raw.value(u"OSNameEn"_s).toString().isEmpty() ? raw.value(u"OSName"_s).toString()
                                                      : raw.value(u"OSNameEn"_s).toString());
    g.field(tr("Key pair"), raw.value(u"KeyPairName"_s).toString());
    g.end();
    g.begin(tr("Network"));
    g.field(tr("Public IP"), i.publicIps.join(u", "_s));
    g.field(tr("Private IP"), i.privateIps.join(u", "_s));
    g.field(tr("VPC"), vpc.value(u"VpcId"_s).toString());
    g.field(tr("vSwitch"), vpc.value(u"VSwitchId"_s).toString());
    g.field(tr("Security groups"),
        joined(raw.value(u"SecurityGroupIds"_s).toObject().value(u"SecurityGroupId"_s)));
    const int bandwidth = raw.value(u"InternetMaxBandwidthOut"_s).toInt();
    g.field(tr("Outbound bandwidth"), bandwidth > 0 ? tr("%1 Mbit/s").arg(bandwidth) : QString());
    g.field(tr("Internet billing"),
        raw.value(u"InternetChargeType"_s).toString() == u"PayByTraffic" ? tr("By traffic")
            : raw.value(u"InternetChargeType"_s).toString() == u"PayByBandwidth"
            ? tr("By bandwidth")
            : raw.value(u"InternetChargeType"_s).toString());
    g.end();
    g.begin(tr("Billing"));
    g.field(tr("Billing method"),
        i.chargeType == ChargeType::PrePaid ? tr("Subscription") : tr("Pay-as-you-go"));
    g.field(tr("Preemptible"),
        i.spotStrategy == SpotStrategy::SpotWithPriceLimit
            ? tr("Yes, up to %1 per hour").arg(QLocale().toString(i.spotPriceLimit))
            : i.spotStrategy == SpotStrategy::SpotAsPriceGo ? tr("Yes, at the market price")
                                                            : QString());
    g.field(tr("Expires"), when(i.expiredTime));
    g.field(tr("Auto-release"), when(i.autoReleaseTime));
    g.end();
    g.begin(tr("Tags"));
    for (const auto &[key, value] : i.tags)
        g.field(key, value.isEmpty() ? tr("(no value)") : value);
    g.end();
    // Whatever else the service sent, under readable names: no field is lost on the way.
    QList<std::pair<QString, QString>> other;
    for (auto it = raw.begin(); it != raw.end(); ++it)
        if (!shownKeys().contains(it.key()))
            flatten(InstanceRecord::readableFieldName(it.key()), it.value(), other);
    g.begin(tr("Other fields"));
    for (const auto &[name, value] : std::as_const(other))
        g.field(name, value);
    g.end();
    return g.groups;
}

} // namespace ecs
