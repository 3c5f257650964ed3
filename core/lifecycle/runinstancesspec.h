#pragma once

#include "apirequest.h"
#include "result.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the create wizard collects, the service's rules for it, and the requests it makes: the
// dry run, the price (DescribePrice) and the RunInstances call itself.
namespace ecs {

struct Price
{
    double originalPrice = 0;
    double discountPrice = 0;
    double tradePrice = 0;
    QString currency;
};

/// One thing the service would refuse, named by the request parameter it is about
/// ("InstanceName", "Tag.2.Key", "DataDisk.3.Size"), so a form can put it next to its field.
struct SpecProblem
{
    QString field;
    QString message;
    bool operator==(const SpecProblem &) const = default;
};

struct DataDiskSpec
{
    DiskCategory category = DiskCategory::CloudEssd;
    int sizeGiB = 100;
};

/// Everything the create wizard collects: one RunInstances call.
struct RunInstancesSpec
{
    Q_DECLARE_TR_FUNCTIONS(ecs::RunInstancesSpec)

public:
    // The service's limits (RunInstances).
    static constexpr int kMaxAmount = 100;
    static constexpr int kMaxDataDisks = 16;
    static constexpr int kMaxTags = 20;
    static constexpr int kMaxTagKeyLength = 128;
    static constexpr int kMaxTagValueLength = 128;
    static constexpr int kMaxBandwidthOut = 100; ///< Mbit/s
    static constexpr int kMinNameLength = 2;
    static constexpr int kMaxNameLength = 128;
    static constexpr int kMaxHostNameLength = 64;

    QString regionId;
    QString zoneId;
    QString instanceType;
    QString imageId;
    int imageSizeGiB = 0; ///< not sent: the chosen image's size, the least system disk
    QString vSwitchId;
    QString securityGroupId;
    ChargeType chargeType = ChargeType::PostPaid;
    int period = 1; ///< PrePaid
    PeriodUnit periodUnit = PeriodUnit::Month;
    bool autoRenew = false;
    SpotStrategy spotStrategy = SpotStrategy::NoSpot;
    double spotPriceLimit = 0; ///< per instance and hour; SpotWithPriceLimit only
    DiskCategory systemDiskCategory = DiskCategory::CloudEssd;
    int systemDiskSize = 40; ///< GiB
    QList<DataDiskSpec> dataDisks;
    QString instanceName;
    QString hostName;
    int amount = 1;
    int minAmount = 0; ///< 0: not sent (all or nothing)
    QList<std::pair<QString, QString>> tags;
    QDateTime autoReleaseTime; ///< invalid: none
    int internetMaxBandwidthOut = 0; ///< Mbit/s; > 0 assigns a public IP
    InternetChargeType internetChargeType = InternetChargeType::PayByTraffic;
    QString clientToken; ///< fixed once per submission

    /// The one choice a person makes (charge type and spot strategy follow from it).
    Billing billing() const;
    void setBilling(Billing billing, bool priceLimit = false);

    /// What the service would refuse, in the order of the form; empty when it would accept it.
    /// `now` is when the automatic release is measured from.
    QList<SpecProblem> validate(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// The problems whose field is one of `fields` or below one ("Tag" covers "Tag.3.Key").
    QList<SpecProblem> validate(
        const QStringList &fields, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Sizes the service accepts, in GiB.
    static std::pair<int, int> systemDiskRange(DiskCategory category);
    static std::pair<int, int> dataDiskRange(DiskCategory category);
    /// The subscription lengths the service sells in `unit`.
    static QList<int> periodsFor(PeriodUnit unit);
    /// The disk categories the wizard offers, the default first.
    static QList<DiskCategory> offeredDiskCategories();
    /// Tags as people type them: "env=prod, team=web" (a part without '=' is a key, empty value).
    static QList<std::pair<QString, QString>> parseTags(const QString &text);

    ApiRequest request() const;
    /// The same request with DryRun=true and no ClientToken (a dry run creates nothing).
    ApiRequest dryRunRequest() const;
    /// DescribePrice for what this would create: per hour, or for the subscription's period.
    ApiRequest priceRequest() const;

private:
    ApiRequest build(bool dryRun) const;
};

namespace ops {

struct RunInstances
{
    struct Response
    {
        QStringList instanceIds;
        QString orderId;
        double tradePrice = 0;
    };
    static Result<Response> parse(const QJsonObject &body);
};

struct DescribePrice
{
    using Response = Price;
    static ApiRequest request(const RunInstancesSpec &spec) { return spec.priceRequest(); }
    static Result<Price> parse(const QJsonObject &body);
};

} // namespace ops

} // namespace ecs
