#pragma once

#include "apirequest.h"
#include "result.h"
#include "vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the create wizard collects, and the requests it makes: the dry run, the price
// (DescribePrice) and the RunInstances call itself.
namespace ecs {

struct Price
{
    double originalPrice = 0;
    double discountPrice = 0;
    double tradePrice = 0;
    QString currency;
};

/// Everything the create wizard collects: one RunInstances call.
struct RunInstancesSpec
{
    QString regionId;
    QString zoneId;
    QString instanceType;
    QString imageId;
    QString vSwitchId;
    QString securityGroupId;
    ChargeType chargeType = ChargeType::PostPaid;
    int period = 1; ///< PrePaid
    QString periodUnit = QStringLiteral("Month");
    bool autoRenew = false;
    SpotStrategy spotStrategy = SpotStrategy::NoSpot;
    double spotPriceLimit = 0;
    QString systemDiskCategory = QStringLiteral("cloud_essd");
    int systemDiskSize = 40;
    QList<std::pair<QString, int>> dataDisks; ///< category, GiB
    QString instanceName;
    int amount = 1;
    int minAmount = 0; ///< 0: not sent
    QList<std::pair<QString, QString>> tags;
    QDateTime autoReleaseTime; ///< invalid: none
    int internetMaxBandwidthOut = 0; ///< Mbit/s; > 0 assigns a public IP
    QString clientToken; ///< fixed once per submission

    ApiRequest request(bool dryRun = false) const;
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
    static ApiRequest request(const RunInstancesSpec &spec);
    static Result<Price> parse(const QJsonObject &body);
};

} // namespace ops

} // namespace ecs
