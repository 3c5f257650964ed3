// RunInstancesSpec without widgets: every rule the service sets on what the wizard collects, named
// by the parameter it is about, and the three requests it makes, parameter by parameter as the
// service spells them (lists flattened as Name.N.Sub).
#include "runinstancesspec.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

/// A spec the service accepts: every required choice made, defaults elsewhere.
RunInstancesSpec complete()
{
    RunInstancesSpec s;
    s.regionId = u"cn-hangzhou"_s;
    s.zoneId = u"cn-hangzhou-h"_s;
    s.instanceType = u"ecs.g7.large"_s;
    s.imageId = u"ubuntu_22_04_x64_20G_alibase_20240101.vhd"_s;
    s.vSwitchId = u"vsw-1"_s;
    s.securityGroupId = u"sg-1"_s;
    return s;
}

using Edit = std::function<void(RunInstancesSpec &)>;

QStringList fieldsOf(const QList<SpecProblem> &problems)
{
    QStringList out;
    for (const SpecProblem &p : problems)
        out << p.field;
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestRunInstancesSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void problemsHaveWords();
    void fieldsSelectTheirProblems();
    void billing();
    void parseTags_data();
    void parseTags();
    void requestParameters_data();
    void requestParameters();
    void dryRunHasNoToken();
    void priceParameters_data();
    void priceParameters();
};

void TestRunInstancesSpec::validation_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("fields"); ///< the problems' fields, in order; empty: accepted

    const auto row = [](const char *name, Edit edit, QStringList fields) {
        QTest::newRow(name) << edit << fields;
    };
    row("complete", [](RunInstancesSpec &) {}, {});
    row("nothing chosen", [](RunInstancesSpec &s) { s = RunInstancesSpec(); },
        { u"RegionId"_s, u"ZoneId"_s, u"InstanceType"_s, u"ImageId"_s, u"VSwitchId"_s,
            u"SecurityGroupId"_s });
    row("no vSwitch", [](RunInstancesSpec &s) { s.vSwitchId.clear(); }, { u"VSwitchId"_s });
    row("no security group", [](RunInstancesSpec &s) { s.securityGroupId.clear(); },
        { u"SecurityGroupId"_s });

    // InstanceName: 2–128, a letter or Chinese character first, then . _ - : too.
    row("name empty (optional)", [](RunInstancesSpec &s) { s.instanceName.clear(); }, {});
    row("name 1 char", [](RunInstancesSpec &s) { s.instanceName = u"a"_s; }, { u"InstanceName"_s });
    row("name 2 chars", [](RunInstancesSpec &s) { s.instanceName = u"ab"_s; }, {});
    row("name 128 chars", [](RunInstancesSpec &s) { s.instanceName = u"a"_s.repeated(128); }, {});
    row("name 129 chars", [](RunInstancesSpec &s) { s.instanceName = u"a"_s.repeated(129); },
        { u"InstanceName"_s });
    row("name all allowed", [](RunInstancesSpec &s) { s.instanceName = u"web.01_a-b:c"_s; }, {});
    row("name Chinese", [](RunInstancesSpec &s) { s.instanceName = u"网站-1"_s; }, {});
    row("name starts with digit", [](RunInstancesSpec &s) { s.instanceName = u"1web"_s; },
        { u"InstanceName"_s });
    row("name starts with hyphen", [](RunInstancesSpec &s) { s.instanceName = u"-web"_s; },
        { u"InstanceName"_s });
    row("name with space", [](RunInstancesSpec &s) { s.instanceName = u"my web"_s; },
        { u"InstanceName"_s });
    row("name with slash", [](RunInstancesSpec &s) { s.instanceName = u"web/1"_s; },
        { u"InstanceName"_s });
    row("name http", [](RunInstancesSpec &s) { s.instanceName = u"http://web"_s; },
        { u"InstanceName"_s });
    row("name numbered batch", [](RunInstancesSpec &s) { s.instanceName = u"web-[1,3]"_s; }, {});

    // HostName: 2–64, letters, digits, single dots and hyphens inside.
    row("host name ok", [](RunInstancesSpec &s) { s.hostName = u"web-01.example"_s; }, {});
    row("host name 1 char", [](RunInstancesSpec &s) { s.hostName = u"a"_s; }, { u"HostName"_s });
    row("host name 65 chars", [](RunInstancesSpec &s) { s.hostName = u"a"_s.repeated(65); },
        { u"HostName"_s });
    row("host name leading dot", [](RunInstancesSpec &s) { s.hostName = u".web"_s; },
        { u"HostName"_s });
    row("host name trailing hyphen", [](RunInstancesSpec &s) { s.hostName = u"web-"_s; },
        { u"HostName"_s });
    row("host name double dot", [](RunInstancesSpec &s) { s.hostName = u"a..b"_s; },
        { u"HostName"_s });
    row("host name underscore", [](RunInstancesSpec &s) { s.hostName = u"a_b"_s; },
        { u"HostName"_s });

    // Amount 1–100, MinAmount ≤ Amount.
    row("amount 0", [](RunInstancesSpec &s) { s.amount = 0; }, { u"Amount"_s });
    row("amount 1", [](RunInstancesSpec &s) { s.amount = 1; }, {});
    row("amount 100", [](RunInstancesSpec &s) { s.amount = 100; }, {});
    row("amount 101", [](RunInstancesSpec &s) { s.amount = 101; }, { u"Amount"_s });
    row("min amount = amount",
        [](RunInstancesSpec &s) {
            s.amount = 5;
            s.minAmount = 5;
        },
        {});
    row("min amount > amount",
        [](RunInstancesSpec &s) {
            s.amount = 5;
            s.minAmount = 6;
        },
        { u"MinAmount"_s });

    // Tags: ≤ 20; key 1–128, not aliyun…/acs:/http(s)://, once each; value ≤ 128.
    row("20 tags",
        [](RunInstancesSpec &s) {
            for (int n = 0; n < 20; ++n)
                s.tags.append({ u"k%1"_s.arg(n), u"v"_s });
        },
        {});
    row("21 tags",
        [](RunInstancesSpec &s) {
            for (int n = 0; n < 21; ++n)
                s.tags.append({ u"k%1"_s.arg(n), u"v"_s });
        },
        { u"Tag"_s });
    row("tag key empty",
        [](RunInstancesSpec &s) {
            s.tags = { { u"env"_s, u"a"_s }, { {}, u"x"_s } };
        },
        { u"Tag.2.Key"_s });
    row("tag key 128", [](RunInstancesSpec &s) { s.tags = { { u"k"_s.repeated(128), {} } }; }, {});
    row("tag key 129",
        [](RunInstancesSpec &s) {
            s.tags = { { u"k"_s.repeated(129), {} } };
        },
        { u"Tag.1.Key"_s });
    row("tag key aliyun",
        [](RunInstancesSpec &s) {
            s.tags = { { u"aliyun-x"_s, {} } };
        },
        { u"Tag.1.Key"_s });
    row("tag key Aliyun",
        [](RunInstancesSpec &s) {
            s.tags = { { u"Aliyunx"_s, {} } };
        },
        { u"Tag.1.Key"_s });
    row("tag key acs:",
        [](RunInstancesSpec &s) {
            s.tags = { { u"acs:x"_s, {} } };
        },
        { u"Tag.1.Key"_s });
    row("tag key https",
        [](RunInstancesSpec &s) {
            s.tags = { { u"https://x"_s, {} } };
        },
        { u"Tag.1.Key"_s });
    row("tag key twice",
        [](RunInstancesSpec &s) {
            s.tags = { { u"env"_s, u"a"_s }, { u"env"_s, u"b"_s } };
        },
        { u"Tag.2.Key"_s });
    row("tag value empty", [](RunInstancesSpec &s) { s.tags = { { u"env"_s, {} } }; }, {});
    row("tag value 128",
        [](RunInstancesSpec &s) {
            s.tags = { { u"env"_s, u"v"_s.repeated(128) } };
        },
        {});
    row("tag value 129",
        [](RunInstancesSpec &s) {
            s.tags = { { u"env"_s, u"v"_s.repeated(129) } };
        },
        { u"Tag.1.Value"_s });
    row("tag value http",
        [](RunInstancesSpec &s) {
            s.tags = { { u"env"_s, u"http://x"_s } };
        },
        { u"Tag.1.Value"_s });

    // Disks: the system disk per category and at least the image; ≤ 16 data disks, each per
    // category.
    row("system 20 GiB", [](RunInstancesSpec &s) { s.systemDiskSize = 20; }, {});
    row("system 19 GiB", [](RunInstancesSpec &s) { s.systemDiskSize = 19; },
        { u"SystemDisk.Size"_s });
    row("system 2048 GiB", [](RunInstancesSpec &s) { s.systemDiskSize = 2048; }, {});
    row("system 2049 GiB", [](RunInstancesSpec &s) { s.systemDiskSize = 2049; },
        { u"SystemDisk.Size"_s });
    row("system basic 501 GiB",
        [](RunInstancesSpec &s) {
            s.systemDiskCategory = DiskCategory::Cloud;
            s.systemDiskSize = 501;
        },
        { u"SystemDisk.Size"_s });
    row("system smaller than the image",
        [](RunInstancesSpec &s) {
            s.imageSizeGiB = 50;
            s.systemDiskSize = 40;
        },
        { u"SystemDisk.Size"_s });
    row("system unknown category",
        [](RunInstancesSpec &s) { s.systemDiskCategory = DiskCategory::Unknown; },
        { u"SystemDisk.Category"_s });
    row("16 data disks", [](RunInstancesSpec &s) { s.dataDisks = QList<DataDiskSpec>(16); }, {});
    row("17 data disks", [](RunInstancesSpec &s) { s.dataDisks = QList<DataDiskSpec>(17); },
        { u"DataDisk"_s });
    row("data disk ESSD 19 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { {}, { DiskCategory::CloudEssd, 19 } };
        },
        { u"DataDisk.2.Size"_s });
    row("data disk ESSD 32768 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::CloudEssd, 32768 } };
        },
        {});
    row("data disk ESSD 32769 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::CloudEssd, 32769 } };
        },
        { u"DataDisk.1.Size"_s });
    row("data disk basic 5 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::Cloud, 5 } };
        },
        {});
    row("data disk basic 2001 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::Cloud, 2001 } };
        },
        { u"DataDisk.1.Size"_s });
    row("data disk AutoPL 1 GiB",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::CloudAuto, 1 } };
        },
        {});
    row("data disk unknown category",
        [](RunInstancesSpec &s) {
            s.dataDisks = { { DiskCategory::Unknown, 100 } };
        },
        { u"DataDisk.1.Category"_s });

    // Preemptible: a limit above zero with at most three decimals, pay-as-you-go only.
    row("spot at market", [](RunInstancesSpec &s) { s.setBilling(Billing::Preemptible); }, {});
    row("spot limit 0",
        [](RunInstancesSpec &s) {
            s.setBilling(Billing::Preemptible, true);
            s.spotPriceLimit = 0;
        },
        { u"SpotPriceLimit"_s });
    row("spot limit 0.001",
        [](RunInstancesSpec &s) {
            s.setBilling(Billing::Preemptible, true);
            s.spotPriceLimit = 0.001;
        },
        {});
    row("spot limit 4 decimals",
        [](RunInstancesSpec &s) {
            s.setBilling(Billing::Preemptible, true);
            s.spotPriceLimit = 0.0015;
        },
        { u"SpotPriceLimit"_s });
    row("spot with subscription",
        [](RunInstancesSpec &s) {
            s.chargeType = ChargeType::PrePaid;
            s.spotStrategy = SpotStrategy::SpotAsPriceGo;
        },
        { u"SpotStrategy"_s });

    // Subscription periods per unit.
    const auto prepaid = [](PeriodUnit unit, int period) {
        return [unit, period](RunInstancesSpec &s) {
            s.setBilling(Billing::Subscription);
            s.periodUnit = unit;
            s.period = period;
        };
    };
    row("1 month", prepaid(PeriodUnit::Month, 1), {});
    row("9 months", prepaid(PeriodUnit::Month, 9), {});
    row("10 months", prepaid(PeriodUnit::Month, 10), { u"Period"_s });
    row("12 months", prepaid(PeriodUnit::Month, 12), {});
    row("60 months", prepaid(PeriodUnit::Month, 60), {});
    row("61 months", prepaid(PeriodUnit::Month, 61), { u"Period"_s });
    row("0 months", prepaid(PeriodUnit::Month, 0), { u"Period"_s });
    row("4 weeks", prepaid(PeriodUnit::Week, 4), {});
    row("5 weeks", prepaid(PeriodUnit::Week, 5), { u"Period"_s });
    row("5 years", prepaid(PeriodUnit::Year, 5), {});
    row("6 years", prepaid(PeriodUnit::Year, 6), { u"Period"_s });
    row("unknown unit", prepaid(PeriodUnit::Unknown, 1), { u"PeriodUnit"_s });
    row("period ignored when pay-as-you-go", [](RunInstancesSpec &s) { s.period = 99; }, {});

    // Automatic release: 30 minutes to 3 years ahead, not for subscriptions.
    row("release in 30 min", [](RunInstancesSpec &s) { s.autoReleaseTime = kNow.addSecs(30 * 60); },
        {});
    row("release in 29 min", [](RunInstancesSpec &s) { s.autoReleaseTime = kNow.addSecs(29 * 60); },
        { u"AutoReleaseTime"_s });
    row("release in 3 years", [](RunInstancesSpec &s) { s.autoReleaseTime = kNow.addYears(3); },
        {});
    row("release in 3 years and a day",
        [](RunInstancesSpec &s) { s.autoReleaseTime = kNow.addYears(3).addDays(1); },
        { u"AutoReleaseTime"_s });
    row("release of a subscription",
        [](RunInstancesSpec &s) {
            s.setBilling(Billing::Subscription);
            s.autoReleaseTime = kNow.addDays(1);
        },
        { u"AutoReleaseTime"_s });

    // Public bandwidth 0–100 Mbit/s.
    row("bandwidth 100", [](RunInstancesSpec &s) { s.internetMaxBandwidthOut = 100; }, {});
    row("bandwidth 101", [](RunInstancesSpec &s) { s.internetMaxBandwidthOut = 101; },
        { u"InternetMaxBandwidthOut"_s });
    row("bandwidth negative", [](RunInstancesSpec &s) { s.internetMaxBandwidthOut = -1; },
        { u"InternetMaxBandwidthOut"_s });
}

void TestRunInstancesSpec::validation()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, fields);
    RunInstancesSpec s = complete();
    edit(s);
    QCOMPARE(fieldsOf(s.validate(kNow)), fields);
}

void TestRunInstancesSpec::problemsHaveWords()
{
    RunInstancesSpec s;
    s.instanceName = u"1"_s;
    s.amount = 0;
    s.tags = { { u"acs:x"_s, {} } };
    const QList<SpecProblem> problems = s.validate(kNow);
    QVERIFY(problems.size() > 5);
    for (const SpecProblem &p : problems)
        QVERIFY2(p.message.size() > 8 && p.message.endsWith(u'.'), qPrintable(p.field));
    QVERIFY(fieldsOf(problems).contains(u"Tag.1.Key"_s));
}

void TestRunInstancesSpec::fieldsSelectTheirProblems()
{
    RunInstancesSpec s = complete();
    s.instanceName = u"1"_s;
    s.tags = { { u"ok"_s, {} }, { u"aliyun"_s, {} } };
    s.dataDisks = { { DiskCategory::CloudEssd, 1 } };
    QCOMPARE(fieldsOf(s.validate({ u"Tag"_s }, kNow)), QStringList { u"Tag.2.Key"_s });
    QCOMPARE(fieldsOf(s.validate({ u"InstanceName"_s, u"DataDisk"_s }, kNow)),
        (QStringList { u"DataDisk.1.Size"_s, u"InstanceName"_s }));
    QVERIFY(s.validate({ u"VSwitchId"_s, u"SecurityGroupId"_s }, kNow).isEmpty());
    // "Tag" covers Tag.N.*, not a field that merely starts with the same letters.
    s = complete();
    s.dataDisks = QList<DataDiskSpec>(17);
    QVERIFY(s.validate({ u"Data"_s }, kNow).isEmpty());
    QCOMPARE(fieldsOf(s.validate({ u"DataDisk"_s }, kNow)), QStringList { u"DataDisk"_s });
}

void TestRunInstancesSpec::billing()
{
    RunInstancesSpec s;
    QCOMPARE(s.billing(), Billing::PayAsYouGo);
    s.setBilling(Billing::Subscription);
    QCOMPARE(s.chargeType, ChargeType::PrePaid);
    QCOMPARE(s.spotStrategy, SpotStrategy::NoSpot);
    QCOMPARE(s.billing(), Billing::Subscription);
    s.setBilling(Billing::Preemptible, true);
    QCOMPARE(s.chargeType, ChargeType::PostPaid);
    QCOMPARE(s.spotStrategy, SpotStrategy::SpotWithPriceLimit);
    QCOMPARE(s.billing(), Billing::Preemptible);
    s.setBilling(Billing::Preemptible);
    QCOMPARE(s.spotStrategy, SpotStrategy::SpotAsPriceGo);
    s.setBilling(Billing::PayAsYouGo);
    QCOMPARE(s.spotStrategy, SpotStrategy::NoSpot);
    QCOMPARE(s.billing(), Billing::PayAsYouGo);
}

using Tags = QList<std::pair<QString, QString>>;

void TestRunInstancesSpec::parseTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Tags>("tags");
    QTest::newRow("empty") << QString() << Tags {};
    QTest::newRow("two") << u"env=prod, team=web"_s
                         << Tags { { u"env"_s, u"prod"_s }, { u"team"_s, u"web"_s } };
    QTest::newRow("spaces") << u"  env =  prod  ,,  "_s << Tags { { u"env"_s, u"prod"_s } };
    QTest::newRow("key only") << u"backup"_s << Tags { { u"backup"_s, {} } };
    QTest::newRow("no key") << u"=x"_s << Tags { { {}, u"x"_s } };
    QTest::newRow("= in value") << u"q=a=b"_s << Tags { { u"q"_s, u"a=b"_s } };
    QTest::newRow("unicode") << u"项目=中文"_s << Tags { { u"项目"_s, u"中文"_s } };
}

void TestRunInstancesSpec::parseTags()
{
    QFETCH(QString, text);
    QFETCH(Tags, tags);
    QCOMPARE(RunInstancesSpec::parseTags(text), tags);
}

void TestRunInstancesSpec::requestParameters_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<ParamMap>("params");

    const ParamMap base { { u"RegionId"_s, u"cn-hangzhou"_s }, { u"ZoneId"_s, u"cn-hangzhou-h"_s },
        { u"InstanceType"_s, u"ecs.g7.large"_s },
        { u"ImageId"_s, u"ubuntu_22_04_x64_20G_alibase_20240101.vhd"_s },
        { u"VSwitchId"_s, u"vsw-1"_s }, { u"SecurityGroupId"_s, u"sg-1"_s },
        { u"InstanceChargeType"_s, u"PostPaid"_s }, { u"SystemDisk.Category"_s, u"cloud_essd"_s },
        { u"SystemDisk.Size"_s, u"40"_s }, { u"Amount"_s, u"1"_s },
        { u"ClientToken"_s, u"token-1"_s } };
    const auto with = [&base](const ParamMap &more, const QStringList &without = {}) {
        ParamMap p = base;
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            p.insert(it.key(), it.value());
        for (const QString &name : without)
            p.remove(name);
        return p;
    };
    QTest::newRow("defaults") << Edit([](RunInstancesSpec &) {}) << base;
    QTest::newRow("subscription") << Edit([](RunInstancesSpec &s) {
        s.setBilling(Billing::Subscription);
        s.period = 3;
        s.autoRenew = true;
    })
                                  << with({ { u"InstanceChargeType"_s, u"PrePaid"_s },
                                         { u"Period"_s, u"3"_s }, { u"PeriodUnit"_s, u"Month"_s },
                                         { u"AutoRenew"_s, u"true"_s } });
    QTest::newRow("subscription in weeks")
        << Edit([](RunInstancesSpec &s) {
               s.setBilling(Billing::Subscription);
               s.periodUnit = PeriodUnit::Week;
               s.period = 2;
           })
        << with({ { u"InstanceChargeType"_s, u"PrePaid"_s }, { u"Period"_s, u"2"_s },
               { u"PeriodUnit"_s, u"Week"_s }, { u"AutoRenew"_s, u"false"_s } });
    QTest::newRow("spot at market")
        << Edit([](RunInstancesSpec &s) { s.setBilling(Billing::Preemptible); })
        << with({ { u"SpotStrategy"_s, u"SpotAsPriceGo"_s } });
    QTest::newRow("spot with limit") << Edit([](RunInstancesSpec &s) {
        s.setBilling(Billing::Preemptible, true);
        s.spotPriceLimit = 0.25;
    })
                                     << with({ { u"SpotStrategy"_s, u"SpotWithPriceLimit"_s },
                                            { u"SpotPriceLimit"_s, u"0.25"_s } });
    QTest::newRow("disks") << Edit([](RunInstancesSpec &s) {
        s.systemDiskCategory = DiskCategory::CloudAuto;
        s.systemDiskSize = 80;
        s.dataDisks = { { DiskCategory::CloudEssd, 100 }, { DiskCategory::CloudEfficiency, 500 } };
    })
                           << with({ { u"SystemDisk.Category"_s, u"cloud_auto"_s },
                                  { u"SystemDisk.Size"_s, u"80"_s },
                                  { u"DataDisk.1.Category"_s, u"cloud_essd"_s },
                                  { u"DataDisk.1.Size"_s, u"100"_s },
                                  { u"DataDisk.2.Category"_s, u"cloud_efficiency"_s },
                                  { u"DataDisk.2.Size"_s, u"500"_s } });
    QTest::newRow("tags") << Edit([](RunInstancesSpec &s) {
        s.tags = { { u"env"_s, u"prod"_s }, { u"backup"_s, {} } };
    })
                          << with({ { u"Tag.1.Key"_s, u"env"_s }, { u"Tag.1.Value"_s, u"prod"_s },
                                 { u"Tag.2.Key"_s, u"backup"_s }, { u"Tag.2.Value"_s, {} } });
    QTest::newRow("names and counts")
        << Edit([](RunInstancesSpec &s) {
               s.instanceName = u"web-[1,3]"_s;
               s.hostName = u"web"_s;
               s.amount = 3;
               s.minAmount = 2;
           })
        << with({ { u"InstanceName"_s, u"web-[1,3]"_s }, { u"HostName"_s, u"web"_s },
               { u"Amount"_s, u"3"_s }, { u"MinAmount"_s, u"2"_s } });
    QTest::newRow("release and public IP")
        << Edit([](RunInstancesSpec &s) {
               s.autoReleaseTime = QDateTime(QDate(2026, 3, 2), QTime(8, 30, 45), Qt::UTC);
               s.internetMaxBandwidthOut = 10;
           })
        << with({ { u"AutoReleaseTime"_s, u"2026-03-02T08:30:00Z"_s },
               { u"InternetMaxBandwidthOut"_s, u"10"_s },
               { u"InternetChargeType"_s, u"PayByTraffic"_s } });
    QTest::newRow("paid by bandwidth") << Edit([](RunInstancesSpec &s) {
        s.internetMaxBandwidthOut = 5;
        s.internetChargeType = InternetChargeType::PayByBandwidth;
    })
                                       << with({ { u"InternetMaxBandwidthOut"_s, u"5"_s },
                                              { u"InternetChargeType"_s, u"PayByBandwidth"_s } });
    QTest::newRow("no network, no token") << Edit([](RunInstancesSpec &s) {
        s.vSwitchId.clear();
        s.securityGroupId.clear();
        s.clientToken.clear();
    }) << with({}, { u"VSwitchId"_s, u"SecurityGroupId"_s, u"ClientToken"_s });
}

void TestRunInstancesSpec::requestParameters()
{
    QFETCH(Edit, edit);
    QFETCH(ParamMap, params);
    RunInstancesSpec s = complete();
    s.clientToken = u"token-1"_s;
    edit(s);
    const ApiRequest r = s.request();
    QCOMPARE(r.action(), u"RunInstances"_s);
    QCOMPARE(r.regionId(), u"cn-hangzhou"_s);
    QCOMPARE(r.params(), params);
}

void TestRunInstancesSpec::dryRunHasNoToken()
{
    RunInstancesSpec s = complete();
    s.clientToken = u"token-1"_s;
    ParamMap expected = s.request().params();
    expected.remove(u"ClientToken"_s);
    expected.insert(u"DryRun"_s, u"true"_s);
    QCOMPARE(s.dryRunRequest().action(), u"RunInstances"_s);
    QCOMPARE(s.dryRunRequest().params(), expected);
}

void TestRunInstancesSpec::priceParameters_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<ParamMap>("params");
    const ParamMap base { { u"RegionId"_s, u"cn-hangzhou"_s }, { u"ResourceType"_s, u"instance"_s },
        { u"InstanceType"_s, u"ecs.g7.large"_s }, { u"ZoneId"_s, u"cn-hangzhou-h"_s },
        { u"ImageId"_s, u"ubuntu_22_04_x64_20G_alibase_20240101.vhd"_s }, { u"Amount"_s, u"1"_s },
        { u"SystemDisk.Category"_s, u"cloud_essd"_s }, { u"SystemDisk.Size"_s, u"40"_s },
        { u"PriceUnit"_s, u"Hour"_s }, { u"Period"_s, u"1"_s } };
    const auto with = [&base](const ParamMap &more) {
        ParamMap p = base;
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            p.insert(it.key(), it.value());
        return p;
    };
    QTest::newRow("per hour") << Edit([](RunInstancesSpec &) {}) << base;
    QTest::newRow("three of them")
        << Edit([](RunInstancesSpec &s) { s.amount = 3; }) << with({ { u"Amount"_s, u"3"_s } });
    QTest::newRow("subscription") << Edit([](RunInstancesSpec &s) {
        s.setBilling(Billing::Subscription);
        s.period = 6;
    }) << with({ { u"PriceUnit"_s, u"Month"_s }, { u"Period"_s, u"6"_s } });
    QTest::newRow("a year") << Edit([](RunInstancesSpec &s) {
        s.setBilling(Billing::Subscription);
        s.periodUnit = PeriodUnit::Year;
    }) << with({ { u"PriceUnit"_s, u"Year"_s } });
    QTest::newRow("preemptible") << Edit([](RunInstancesSpec &s) {
        s.setBilling(Billing::Preemptible, true);
    }) << with({ { u"SpotStrategy"_s, u"SpotWithPriceLimit"_s } });
    QTest::newRow("public IP") << Edit([](RunInstancesSpec &s) { s.internetMaxBandwidthOut = 20; })
                               << with({ { u"InternetChargeType"_s, u"PayByTraffic"_s },
                                      { u"InternetMaxBandwidthOut"_s, u"20"_s } });
}

void TestRunInstancesSpec::priceParameters()
{
    QFETCH(Edit, edit);
    QFETCH(ParamMap, params);
    RunInstancesSpec s = complete();
    edit(s);
    const ApiRequest r = s.priceRequest();
    QCOMPARE(r.action(), u"DescribePrice"_s);
    QCOMPARE(r.params(), params);
    QCOMPARE(ops::DescribePrice::request(s).params(), params);
}

QTEST_GUILESS_MAIN(TestRunInstancesSpec)
#include "tst_runinstancesspec.moc"
