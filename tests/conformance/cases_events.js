// DescribeInstanceHistoryEvents and DescribeRenewalPrice through the official SDK's models: the
// event list's wrapping and paging (both PageNumber and NextToken), its filters and their
// refusals; a subscription's renewal price from the same price book as DescribePrice, and the
// refusals of a pay-as-you-go instance and of an unknown one.
'use strict';

module.exports = function ({ step, expectError, assert, REGION }) {
  return async function (style, subscriptionId, payAsYouGoId) {
    const all = { 'InstanceEventCycleStatus.1': 'Scheduled', 'InstanceEventCycleStatus.2': 'Executing',
      'InstanceEventCycleStatus.3': 'Executed', 'InstanceEventCycleStatus.4': 'Canceled' };
    const listed = await step(style, 'DescribeInstanceHistoryEvents', { RegionId: REGION, ...all, PageNumber: 1, PageSize: 10 }, b => {
      assert.equal(b.PageNumber, 1);
      assert.equal(b.PageSize, 10);
      assert.equal(typeof b.TotalCount, 'number');
      const events = b.InstanceSystemEventSet.InstanceSystemEventType;
      assert.ok(Array.isArray(events));
      assert.ok(events.length <= 10 && events.length <= b.TotalCount);
      for (const e of events) {
        assert.match(e.EventId, /^e-/);
        assert.match(e.InstanceId, /^i-/);
        assert.equal(typeof e.EventType.Name, 'string');
        assert.equal(typeof e.EventType.Code, 'number');
        assert.ok(['Scheduled', 'Executing', 'Executed', 'Canceled'].includes(e.EventCycleStatus.Name));
        assert.match(e.EventPublishTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
    });
    await step(style, 'DescribeInstanceHistoryEvents', { RegionId: REGION, ...all, MaxResults: 5 }, b => {
      const events = b.InstanceSystemEventSet.InstanceSystemEventType;
      assert.ok(events.length <= 5);
      assert.equal(b.TotalCount, listed.TotalCount);
      if (b.TotalCount > 5) assert.match(b.NextToken, /.+/);
    });
    await step(style, 'DescribeInstanceHistoryEvents', { RegionId: REGION, InstanceId: subscriptionId, EventType: 'SystemMaintenance.Reboot',
      'EventPublishTime.Start': '2020-01-01T00:00:00Z', 'NotBefore.End': '2099-01-01T00:00:00Z' }, b => {
      for (const e of b.InstanceSystemEventSet.InstanceSystemEventType) {
        assert.equal(e.InstanceId, subscriptionId);
        assert.equal(e.EventType.Name, 'SystemMaintenance.Reboot');
      }
    });
    await expectError(style, 'InvalidParameter', 'DescribeInstanceHistoryEvents', { RegionId: REGION, 'InstanceEventCycleStatus.1': 'Sometime' });
    await expectError(style, 'MissingParameter', 'DescribeInstanceHistoryEvents', {});

    const renewal = await step(style, 'DescribeRenewalPrice', { RegionId: REGION, ResourceId: subscriptionId, ResourceType: 'instance', Period: 1, PriceUnit: 'Month' }, b => {
      const price = b.PriceInfo.Price;
      assert.equal(price.Currency, 'USD');
      assert.ok(price.TradePrice > 0 && price.OriginalPrice >= price.TradePrice);
      assert.ok(Math.abs(price.OriginalPrice - price.TradePrice - price.DiscountPrice) < 0.02);
      assert.equal(price.DetailInfos.DetailInfo.length, 1);
      assert.ok(b.PriceInfo.Rules.Rule.length >= 1);
    });
    await step(style, 'DescribeRenewalPrice', { RegionId: REGION, ResourceId: subscriptionId, Period: 3, PriceUnit: 'Month' }, b => {
      const ratio = b.PriceInfo.Price.TradePrice / renewal.PriceInfo.Price.TradePrice;
      assert.ok(Math.abs(ratio - 3) < 0.01, `three months cost three times one: ${ratio}`);
    });
    await expectError(style, 'ChargeTypeViolation', 'DescribeRenewalPrice', { RegionId: REGION, ResourceId: payAsYouGoId });
    await expectError(style, 'InvalidInstanceId.NotFound', 'DescribeRenewalPrice', { RegionId: REGION, ResourceId: 'i-nothere' });
    await expectError(style, 'MissingParameter', 'DescribeRenewalPrice', { RegionId: REGION });
  };
};
