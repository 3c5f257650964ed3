// DescribeSpotAdvice and DescribeInstanceMonitorData through the official SDK's models: the
// advice's bands as the service words them, monitoring points of a running instance, and the
// service's limit of 400 points a call.
'use strict';

const BANDS = ['0-5%', '5-10%', '10-15%', '15-20%', '>20%'];

module.exports = function ({ step, expectError, assert, REGION }) {
  return async function (style, instanceId) {
    await step(style, 'DescribeSpotAdvice', { RegionId: REGION, Cores: 2, Memory: 8 }, b => {
      assert.equal(b.RegionId, REGION);
      const zones = b.AvailableSpotZones.AvailableSpotZone;
      assert.ok(zones.length >= 2, 'several zones advise');
      for (const z of zones) {
        assert.match(z.ZoneId, /^cn-hangzhou-/);
        for (const r of z.AvailableSpotResources.AvailableSpotResource) {
          assert.match(r.InstanceType, /^ecs\./);
          assert.ok(BANDS.includes(r.InterruptRateDesc), r.InterruptRateDesc);
          assert.equal(typeof r.InterruptionRate, 'number');
          assert.ok(r.AverageSpotDiscount > 0 && r.AverageSpotDiscount < 100);
        }
      }
    });
    await step(style, 'DescribeSpotAdvice', { RegionId: REGION, 'InstanceTypes.1': 'ecs.g7.large', InstanceTypeFamily: 'ecs.g7' }, b => {
      const types = b.AvailableSpotZones.AvailableSpotZone.flatMap(z => z.AvailableSpotResources.AvailableSpotResource.map(r => r.InstanceType));
      assert.ok(types.length > 0);
      assert.ok(types.every(t => t === 'ecs.g7.large'));
    });
    await expectError(style, 'InvalidZoneId.NotFound', 'DescribeSpotAdvice', { RegionId: REGION, ZoneId: 'cn-beijing-a' });

    // The instance's own clock (the simulator's, scaled): from its creation on.
    const created = (await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify([instanceId]) }))
      .Instances.Instance[0].CreationTime;
    const from = new Date(created.replace(/Z$/, ':00Z'));
    const iso = d => d.toISOString().replace(/\.\d+Z$/, 'Z');
    await step(style, 'DescribeInstanceMonitorData',
      { InstanceId: instanceId, StartTime: iso(from), EndTime: iso(new Date(from.getTime() + 6 * 3600 * 1000)), Period: 60 }, b => {
        const points = b.MonitorData.InstanceMonitorData;
        // The world's clock is the real one: a minute-old instance may have no whole minute yet.
        assert.ok(Array.isArray(points) && points.length <= 400, `${points.length} points`);
        for (const p of points) {
          assert.equal(p.InstanceId, instanceId);
          assert.match(p.TimeStamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/);
          assert.ok(p.CPU >= 0 && p.CPU <= 100);
          assert.ok(p.InternetRX >= 0 && p.BPSWrite >= 0 && p.IOPSRead >= 0);
        }
      });
    await step(style, 'DescribeInstanceMonitorData',
      { InstanceId: instanceId, StartTime: iso(from), EndTime: iso(new Date(from.getTime() + 24 * 3600 * 1000)), Period: 3600 },
      b => assert.ok(b.MonitorData.InstanceMonitorData.length <= 24));
    await expectError(style, 'InvalidParameter.TooManyDataQueried', 'DescribeInstanceMonitorData',
      { InstanceId: instanceId, StartTime: iso(new Date(from.getTime() - 86400 * 1000)), EndTime: iso(new Date(from.getTime() + 86400 * 1000)), Period: 60 });
    await expectError(style, 'InvalidParameter', 'DescribeInstanceMonitorData',
      { InstanceId: instanceId, StartTime: iso(from), EndTime: iso(new Date(from.getTime() + 3600 * 1000)), Period: 300 });
    await expectError(style, 'InvalidInstanceId.NotFound', 'DescribeInstanceMonitorData',
      { InstanceId: 'i-nothere', StartTime: iso(from), EndTime: iso(new Date(from.getTime() + 3600 * 1000)) });
  };
};
