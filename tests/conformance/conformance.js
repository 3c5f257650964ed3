// Conformance of ecs-sim with Alibaba Cloud's own SDKs. Every operation the console uses is driven
// in four client styles: the Tea client's default ACS3-HMAC-SHA256 signing, its
// signatureAlgorithm 'v2' RPC signing, and pop-core with GET and with POST. Tea responses are
// checked through the SDK's typed models (body.toMap() gives back only what the models parsed).
//   node conformance.js http://127.0.0.1:PORT ACCESS_KEY_ID ACCESS_KEY_SECRET
'use strict';
const Ecs = require('@alicloud/ecs20140526');
const Vpc = require('@alicloud/vpc20160428');
const OpenApi = require('@alicloud/openapi-client');
const Pop = require('@alicloud/pop-core');
const assert = require('node:assert/strict');

let [endpointUrl, keyId, keySecret] = process.argv.slice(2);
let endpoint = new URL(endpointUrl);

// Builds a client style against another endpoint (the faulty simulator).
function withEndpoint(url, make) {
  const saved = [endpointUrl, endpoint];
  endpointUrl = url;
  endpoint = new URL(url);
  try {
    return make();
  } finally {
    [endpointUrl, endpoint] = saved;
  }
}
const REGION = 'cn-hangzhou';
const IMAGE = 'ubuntu_22_04_x64_20G_alibase_20240926.vhd';
const coverage = new Map(); // "Operation" or "Error code" → Set of styles
const failures = [];

function record(what, style) {
  if (!coverage.has(what)) coverage.set(what, new Set());
  coverage.get(what).add(style);
}

// Wire parameters (Tag.1.Key, InstanceId.2, SystemDisk.Category) → a Tea request model.
function toTea(Model, wire) {
  const byWire = Object.fromEntries(Object.entries(Model.names()).map(([camel, w]) => [w, camel]));
  const types = Model.types();
  const fields = {};
  for (const [key, value] of Object.entries(wire)) {
    const [head, ...rest] = key.split('.');
    const camel = byWire[head];
    if (!camel) throw new Error(`${Model.name} has no field ${head}`);
    const type = types[camel];
    if (rest.length === 0) {
      fields[camel] = type === 'number' ? Number(value) : type === 'boolean' ? value === true || value === 'true' : String(value);
    } else if (type && type.type === 'array') {
      const index = Number(rest[0]) - 1;
      fields[camel] = fields[camel] || [];
      if (typeof type.itemType === 'string') fields[camel][index] = String(value);
      else {
        const item = fields[camel][index] || {};
        item[rest.slice(1).join('.')] = value;
        fields[camel][index] = item;
      }
    } else if (typeof type === 'function') {
      fields[camel] = fields[camel] || {};
      fields[camel][rest.join('.')] = value;
    }
  }
  for (const [camel, value] of Object.entries(fields)) {
    const type = types[camel];
    if (type && type.type === 'array' && typeof type.itemType === 'function') fields[camel] = value.map(v => toTea(type.itemType, v));
    else if (typeof type === 'function') fields[camel] = toTea(type, value);
  }
  return new Model(fields);
}

class ServiceError extends Error {
  constructor(code, status, requestId, message) {
    super(`${code} (HTTP ${status}, RequestId ${requestId}): ${message}`);
    Object.assign(this, { code, status, requestId });
  }
}

function teaStyle(name, signatureAlgorithm, secret = keySecret, id = keyId) {
  const config = (regionId) => {
    const c = new OpenApi.Config({ accessKeyId: id, accessKeySecret: secret, endpoint: endpoint.host, protocol: 'http', regionId });
    if (signatureAlgorithm) c.signatureAlgorithm = signatureAlgorithm;
    return c;
  };
  const ecs = new Ecs.default(config(REGION));
  const vpc = new Vpc.default(config(REGION));
  return {
    name,
    async call(action, wire = {}, product = 'ecs') {
      const sdk = product === 'vpc' ? Vpc : Ecs;
      const client = product === 'vpc' ? vpc : ecs;
      const method = action[0].toLowerCase() + action.slice(1);
      try {
        const response = await client[method](toTea(sdk[`${action}Request`], wire));
        return response.body.toMap();
      } catch (e) {
        if (!e.code || !e.data) throw e;
        throw new ServiceError(e.code, e.statusCode || e.data.statusCode, e.data.RequestId, e.data.Message || e.message);
      }
    },
  };
}

function popStyle(name, method, secret = keySecret, id = keyId) {
  const ecs = new Pop({ accessKeyId: id, accessKeySecret: secret, endpoint: endpointUrl, apiVersion: '2014-05-26' });
  const vpc = new Pop({ accessKeyId: id, accessKeySecret: secret, endpoint: endpointUrl, apiVersion: '2016-04-28' });
  return {
    name,
    async call(action, wire = {}, product = 'ecs') {
      const params = Object.fromEntries(Object.entries(wire).map(([k, v]) => [k, String(v)]));
      try {
        return await (product === 'vpc' ? vpc : ecs).request(action, params, { method, timeout: 10000 });
      } catch (e) {
        if (!e.data) throw e;
        throw new ServiceError(e.data.Code, e.statusCode, e.data.RequestId, e.data.Message);
      }
    },
  };
}

async function expectError(style, code, action, wire, product) {
  try {
    await style.call(action, wire, product);
  } catch (e) {
    if (!(e instanceof ServiceError)) throw e;
    assert.equal(e.code, code, `${action}: ${e.message}`);
    assert.ok(e.requestId, `${action}: the error carries a RequestId`);
    record(`error ${code}`, style.name);
    return e;
  }
  assert.fail(`${action} should have failed with ${code}`);
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function waitFor(style, ids, status) {
  for (let i = 0; i < 400; ++i) {
    const wire = { RegionId: REGION };
    ids.forEach((id, n) => { wire[`InstanceId.${n + 1}`] = id; });
    const body = await style.call('DescribeInstanceStatus', wire);
    record('DescribeInstanceStatus', style.name);
    const statuses = body.InstanceStatuses.InstanceStatus;
    if (statuses.length === ids.length && statuses.every(s => s.Status === status)) return;
    await sleep(25);
  }
  assert.fail(`${ids} did not reach ${status}`);
}

async function step(style, action, wire, check, product) {
  const body = await style.call(action, wire, product);
  assert.ok(body.RequestId, `${action} answers a RequestId`);
  if (check) check(body);
  record(action, style.name);
  return body;
}

async function scenario(style) {
  const s = style.name;
  await step(style, 'DescribeRegions', { AcceptLanguage: 'en-US' }, b => {
    assert.ok(b.Regions.Region.length >= 20);
    const hz = b.Regions.Region.find(r => r.RegionId === REGION);
    assert.equal(hz.LocalName, 'China (Hangzhou)');
    // Each region at an endpoint of its own, as the service has: a loopback port of ecs-sim's
    // (ecs.<region>.aliyuncs.com under --single-endpoint).
    assert.match(hz.RegionEndpoint, /^(127\.0\.0\.1:\d{1,5}|ecs[.-][a-z0-9-]+\.aliyuncs\.com)$/);
  });
  const zones = (await step(style, 'DescribeZones', { RegionId: REGION, AcceptLanguage: 'en-US' }, b => {
    assert.ok(b.Zones.Zone.length >= 2 && b.Zones.Zone.length <= 6);
    assert.ok(b.Zones.Zone[0].AvailableResourceCreation.ResourceTypes.includes('Instance'));
    assert.ok(b.Zones.Zone[0].AvailableInstanceTypes.InstanceTypes.length > 50);
  })).Zones.Zone;
  const zone = zones[0].ZoneId;
  await step(style, 'DescribeImages', { RegionId: REGION, OSType: 'linux', Architecture: 'x86_64', PageSize: 5, PageNumber: 2 }, b => {
    assert.equal(b.Images.Image.length, 5);
    assert.equal(b.PageNumber, 2);
    assert.ok(b.TotalCount > 10);
    for (const image of b.Images.Image) {
      assert.equal(image.OSType, 'linux');
      assert.equal(image.Architecture, 'x86_64');
      assert.ok(image.DiskDeviceMappings.DiskDeviceMapping.length >= 1);
    }
  });
  let token = '';
  const g7 = [];
  do {
    const wire = { InstanceTypeFamily: 'ecs.g7', MaxResults: 3 };
    if (token) wire.NextToken = token;
    const b = await step(style, 'DescribeInstanceTypes', wire);
    for (const t of b.InstanceTypes.InstanceType) {
      assert.equal(t.InstanceTypeFamily, 'ecs.g7');
      assert.ok(t.CpuCoreCount > 0 && t.MemorySize > 0);
      g7.push(t.InstanceTypeId);
    }
    token = b.NextToken;
  } while (token);
  assert.ok(g7.includes('ecs.g7.large') && g7.length >= 6);
  const available = await step(style, 'DescribeAvailableResource', { RegionId: REGION, DestinationResource: 'InstanceType', ZoneId: zone, InstanceChargeType: 'PostPaid' }, b => {
    const resource = b.AvailableZones.AvailableZone[0].AvailableResources.AvailableResource[0];
    assert.equal(resource.Type, 'InstanceType');
    assert.ok(resource.SupportedResources.SupportedResource.some(r => r.Status === 'Available' && r.StatusCategory === 'WithStock'));
  });
  // Two VPCs per region (default-vpc and app-vpc); the default one has one security group.
  await step(style, 'DescribeVpcs', { RegionId: REGION }, b => assert.equal(b.Vpcs.Vpc.length, 2), 'vpc');
  const vpcId = (await step(style, 'DescribeVpcs', { RegionId: REGION, IsDefault: true }, b => assert.equal(b.Vpcs.Vpc.length, 1), 'vpc')).Vpcs.Vpc[0].VpcId;
  const group = (await step(style, 'DescribeSecurityGroups', { RegionId: REGION, VpcId: vpcId }, b => assert.equal(b.SecurityGroups.SecurityGroup.length, 1)))
    .SecurityGroups.SecurityGroup[0].SecurityGroupId;
  const vSwitch = (await step(style, 'DescribeVSwitches', { RegionId: REGION, VpcId: vpcId, ZoneId: zone }, b => {
    assert.equal(b.VSwitches.VSwitch.length, 1);
    assert.equal(b.VSwitches.VSwitch[0].ZoneId, zone);
  }, 'vpc')).VSwitches.VSwitch[0].VSwitchId;
  const start = new Date(Date.now() - 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  await step(style, 'DescribeSpotPriceHistory', { RegionId: REGION, InstanceType: 'ecs.g7.large', NetworkType: 'vpc', ZoneId: zone, StartTime: start }, b => {
    assert.ok(b.SpotPrices.SpotPriceType.length >= 10);
    for (const p of b.SpotPrices.SpotPriceType) assert.ok(p.SpotPrice > 0 && p.SpotPrice < p.OriginPrice);
  });
  await step(style, 'DescribePrice', { RegionId: REGION, InstanceType: 'ecs.g7.large', PriceUnit: 'Hour' }, b => {
    assert.ok(b.PriceInfo.Price.TradePrice > 0);
    assert.equal(b.PriceInfo.Price.Currency, 'USD');
  });

  // Run two instances, idempotently.
  const run = { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.g7.large', Amount: 2, InstanceName: `conf-${s}-`, UniqueSuffix: true,
    SecurityGroupId: group, VSwitchId: vSwitch, 'Tag.1.Key': 'style', 'Tag.1.Value': s, 'SystemDisk.Category': 'cloud_essd',
    'SystemDisk.Size': 40, 'DataDisk.1.Size': 100, 'DataDisk.1.Category': 'cloud_essd', ClientToken: `conf-${s}-${Date.now()}` };
  await expectError(style, 'DryRunOperation', 'RunInstances', { ...run, DryRun: true });
  const ids = (await step(style, 'RunInstances', run, b => assert.equal(b.InstanceIdSets.InstanceIdSet.length, 2))).InstanceIdSets.InstanceIdSet;
  const again = (await step(style, 'RunInstances', run)).InstanceIdSets.InstanceIdSet;
  assert.deepEqual(again, ids, 'same ClientToken, same instances');
  await expectError(style, 'IdempotentParameterMismatch', 'RunInstances', { ...run, Amount: 1 });
  await waitFor(style, ids, 'Running');
  const [a, b] = ids;
  await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify(ids), 'Tag.1.Key': 'style', 'Tag.1.Value': s }, body => {
    assert.equal(body.TotalCount, 2);
    for (const i of body.Instances.Instance) {
      assert.equal(i.Status, 'Running');
      assert.equal(i.ZoneId, zone);
      assert.equal(i.VpcAttributes.VSwitchId, vSwitch);
      assert.ok(i.VpcAttributes.PrivateIpAddress.IpAddress[0].startsWith('172.16.'));
      assert.deepEqual(i.SecurityGroupIds.SecurityGroupId, [group]);
      assert.equal(i.Tags.Tag[0].TagKey, 'style');
      assert.equal(i.Tags.Tag[0].TagValue, s);
      assert.equal(i.ExpiredTime, '2099-12-31T15:59Z');
      assert.equal(i.Cpu, 2);
      assert.equal(i.Memory, 8192);
    }
  });
  const page = await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify(ids), MaxResults: 1 });
  assert.equal(page.Instances.Instance.length, 1);
  assert.ok(page.NextToken);
  const rest = await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify(ids), MaxResults: 1, NextToken: page.NextToken });
  assert.equal(rest.Instances.Instance.length, 1);
  assert.notEqual(rest.Instances.Instance[0].InstanceId, page.Instances.Instance[0].InstanceId);
  await step(style, 'DescribeInstances', { RegionId: REGION, InstanceName: `conf-${s}-00*`, PageNumber: 1, PageSize: 10 }, body => assert.equal(body.TotalCount, 2));

  await expectError(style, 'IncorrectInstanceStatus', 'StartInstance', { InstanceId: a });
  await step(style, 'StopInstance', { InstanceId: a, StoppedMode: 'StopCharging' });
  await waitFor(style, [a], 'Stopped');
  await step(style, 'StopInstances', { RegionId: REGION, 'InstanceId.1': b, BatchOptimization: 'SuccessFirst' }, body => {
    const r = body.InstanceResponses.InstanceResponse[0];
    assert.equal(r.Code, '200');
    assert.equal(r.PreviousStatus, 'Running');
  });
  await waitFor(style, [b], 'Stopped');
  await step(style, 'DescribeResourcesModification', { RegionId: REGION, ResourceId: b, DestinationResource: 'InstanceType', OperationType: 'Upgrade' }, body => {
    const types = body.AvailableZones.AvailableZone[0].AvailableResources.AvailableResource[0].SupportedResources.SupportedResource.map(r => r.Value);
    assert.ok(types.includes('ecs.g7.xlarge'));
  });
  await step(style, 'ModifyInstanceSpec', { InstanceId: b, InstanceType: 'ecs.g7.xlarge' });
  await step(style, 'StartInstance', { InstanceId: a });
  await step(style, 'StartInstances', { RegionId: REGION, 'InstanceId.1': b }, body => assert.equal(body.InstanceResponses.InstanceResponse[0].Code, '200'));
  await waitFor(style, ids, 'Running');
  await step(style, 'RebootInstance', { InstanceId: a });
  await waitFor(style, [a], 'Running');
  const ip = (await step(style, 'AllocatePublicIpAddress', { InstanceId: a }, body => assert.match(body.IpAddress, /^47\./))).IpAddress;
  const release = new Date(Date.now() + 2 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  await step(style, 'ModifyInstanceAutoReleaseTime', { RegionId: REGION, InstanceId: a, AutoReleaseTime: release });
  await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify([a]) }, body => {
    const i = body.Instances.Instance[0];
    assert.equal(i.PublicIpAddress.IpAddress[0], ip);
    assert.equal(i.InstanceType, 'ecs.g7.large');
    assert.ok(i.AutoReleaseTime.startsWith(release.slice(0, 16)));
  });

  // A subscription instance: renew, auto-renew, upgrade.
  const sub = (await step(style, 'CreateInstance', { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.c7.large', InstanceChargeType: 'PrePaid',
    Period: 1, PeriodUnit: 'Month', SecurityGroupId: group, ZoneId: zone }, body => assert.match(body.InstanceId, /^i-/))).InstanceId;
  await waitFor(style, [sub], 'Stopped');
  await require('./cases_assistant')({ step, expectError, assert, REGION })(style, a, sub);
  await step(style, 'RenewInstance', { InstanceId: sub, Period: 1, PeriodUnit: 'Month' }, body => assert.ok(body.OrderId));
  await step(style, 'ModifyInstanceAutoRenewAttribute', { RegionId: REGION, InstanceId: sub, AutoRenew: true, Duration: 3 });
  await step(style, 'DescribeInstanceAutoRenewAttribute', { RegionId: REGION, InstanceId: sub }, body => {
    const attr = body.InstanceRenewAttributes.InstanceRenewAttribute[0];
    assert.equal(attr.AutoRenewEnabled, true);
    assert.equal(attr.Duration, 3);
    assert.equal(attr.RenewalStatus, 'AutoRenewal');
  });
  await step(style, 'ModifyPrepayInstanceSpec', { RegionId: REGION, InstanceId: sub, InstanceType: 'ecs.c7.xlarge', OperatorType: 'upgrade' }, body => assert.ok(body.OrderId));
  await expectError(style, 'ChargeTypeViolation', 'DeleteInstance', { InstanceId: sub });
  await require('./cases_events')({ step, expectError, assert, REGION })(style, sub, a);
  await step(style, 'DeleteInstance', { InstanceId: sub, TerminateSubscription: true });

  await require('./cases_insight')({ step, expectError, assert, REGION })(style, a);
  await require('./cases_tags')({ step, expectError, assert, REGION })(style, [a, b]);
  await require('./cases_sts')({ step, expectError, assert, REGION, record, endpointUrl, keyId, keySecret })(style);
  // Release.
  await expectError(style, 'IncorrectInstanceStatus', 'DeleteInstance', { InstanceId: a });
  await step(style, 'DeleteInstance', { InstanceId: a, Force: true });
  await step(style, 'DeleteInstances', { RegionId: REGION, 'InstanceId.1': b, Force: true });
  await step(style, 'DescribeInstances', { RegionId: REGION, InstanceIds: JSON.stringify(ids) }, body => assert.equal(body.TotalCount, 0));
  await expectError(style, 'InvalidInstanceId.NotFound', 'StartInstance', { InstanceId: a });

  // Errors the console shows to users.
  await expectError(style, 'MissingParameter', 'DescribeZones', {});
  await expectError(style, 'InvalidRegionId.NotFound', 'DescribeZones', { RegionId: 'mars-north-1' });
  await expectError(style, 'InvalidParameter', 'DescribeInstances', { RegionId: REGION, PageSize: 500 });
  await expectError(style, 'InvalidInstanceType.NotFound', 'RunInstances', { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.nope.large' });
  const market = (await style.call('DescribeSpotPriceHistory', { RegionId: REGION, InstanceType: 'ecs.g7.large', NetworkType: 'vpc', ZoneId: zone })).SpotPrices.SpotPriceType;
  const now = market[market.length - 1].SpotPrice;
  await expectError(style, 'InvalidSpotPriceLimit.LowerThanPublicPrice', 'RunInstances',
    { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.g7.large', ZoneId: zone, SpotStrategy: 'SpotWithPriceLimit', SpotPriceLimit: (now / 2).toFixed(3) });
  await expectError(style, 'InvalidSpotStrategy', 'RunInstances',
    { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.g7.large', InstanceChargeType: 'PrePaid', SpotStrategy: 'SpotAsPriceGo' });
  const sold = available.AvailableZones.AvailableZone[0].AvailableResources.AvailableResource[0].SupportedResources.SupportedResource
    .find(r => r.Status === 'SoldOut' && !r.Value.match(/8y\./));
  if (sold) await expectError(style, 'OperationDenied.NoStock', 'RunInstances', { RegionId: REGION, ImageId: IMAGE, InstanceType: sold.Value, ZoneId: zone });
}

async function authenticationErrors(styles) {
  for (const s of styles) {
    await expectError(s.disabledKey, 'Forbidden.AccessKeyDisabled', 'DescribeRegions', {});
    record('error Forbidden.AccessKeyDisabled', s.name);
    await s.readOnlyKey.call('DescribeRegions', {});
    await expectError(s.readOnlyKey, 'Forbidden.RAM', 'RunInstances',
      { RegionId: REGION, ImageId: IMAGE, InstanceType: 'ecs.g7.large', DryRun: true });
    record('error Forbidden.RAM', s.name);
    await expectError(s.wrongSecret, 'SignatureDoesNotMatch', 'DescribeRegions', {});
    record('error SignatureDoesNotMatch', s.name);
    await expectError(s.unknownKey, 'InvalidAccessKeyId.NotFound', 'DescribeRegions', {});
    record('error InvalidAccessKeyId.NotFound', s.name);
  }
}

// What no SDK sends on purpose: replays, stale clocks, broken Authorization headers. Signed here
// with node's own crypto, as pop-core signs (RPC v1, GET).
async function rawWireErrors() {
  const crypto = require('node:crypto');
  const enc = v => encodeURIComponent(v).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const signedUrl = (timestamp, nonce) => {
    const params = { Action: 'DescribeRegions', Version: '2014-05-26', Format: 'JSON', AccessKeyId: keyId,
      SignatureMethod: 'HMAC-SHA1', SignatureVersion: '1.0', SignatureNonce: nonce, Timestamp: timestamp };
    const query = Object.keys(params).sort().map(k => `${enc(k)}=${enc(params[k])}`).join('&');
    const signature = crypto.createHmac('sha1', `${keySecret}&`).update(`GET&%2F&${enc(query)}`).digest('base64');
    return `${endpointUrl}/?${query}&Signature=${enc(signature)}`;
  };
  const iso = date => date.toISOString().replace(/\.\d+Z$/, 'Z');
  const expect = async (what, url, init, code, status) => {
    const response = await fetch(url, init);
    const body = await response.json();
    assert.equal(body.Code, code, `${what}: ${JSON.stringify(body)}`);
    assert.equal(response.status, status, what);
    assert.equal(response.headers.get('x-acs-request-id'), body.RequestId, what);
    record(`error ${code}`, 'raw-http');
  };
  const url = signedUrl(iso(new Date()), `raw-${Date.now()}`);
  assert.equal((await fetch(url)).status, 200);
  await expect('replayed nonce', url, {}, 'SignatureNonceUsed', 400);
  await expect('clock 20 minutes behind', signedUrl(iso(new Date(Date.now() - 20 * 60000)), `raw-old-${Date.now()}`), {},
    'InvalidTimeStamp.Expired', 400);
  await expect('not an ACS3 Authorization header', `${endpointUrl}/?RegionId=cn-hangzhou`,
    { method: 'POST', headers: { Authorization: 'Basic dXNlcjpwYXNz', 'x-acs-action': 'DescribeRegions' } },
    'IncompleteSignature', 400);
}

// The transient failures clients must survive, as the SDKs see them from `ecs-sim --fault-rate 1`.
async function faultErrors(faultUrl, styles) {
  const seen = new Set();
  for (const make of styles) {
    const style = make(faultUrl);
    for (let i = 0; i < 25; ++i) {
      try {
        await style.call('DescribeRegions', {});
      } catch (e) {
        if (e instanceof ServiceError) {
          assert.ok(['Throttling.User', 'ServiceUnavailable', 'InternalError'].includes(e.code), e.message);
          record(`error ${e.code}`, style.name);
          seen.add(e.code);
        }
      }
    }
  }
  assert.equal(seen.size, 3, `saw ${[...seen]}`);
}

async function main() {
  // Each style, plus the same style with a wrong secret, an unknown key, a disabled key and a
  // read-only key (the last two are --extra-key pairs of the simulator).
  const variants = make => Object.assign(make(keySecret, keyId), {
    wrongSecret: make('wrong', keyId),
    unknownKey: make(keySecret, 'LTAInobody'),
    disabledKey: make('disabled-secret', 'LTAIdisabledKey'),
    readOnlyKey: make('read-only-secret', 'LTAIreadOnlyKey'),
  });
  const styles = [
    variants((secret, id) => teaStyle('tea-acs3', undefined, secret, id)),
    variants((secret, id) => teaStyle('tea-v2', 'v2', secret, id)),
    variants((secret, id) => popStyle('pop-GET', 'GET', secret, id)),
    variants((secret, id) => popStyle('pop-POST', 'POST', secret, id)),
  ];
  for (const style of styles) {
    try {
      await scenario(style);
      console.log(`PASS ${style.name}`);
    } catch (e) {
      failures.push(`${style.name}: ${e.stack || e}`);
      console.log(`FAIL ${style.name}: ${e.message}`);
    }
  }
  try {
    await authenticationErrors(styles);
  } catch (e) {
    failures.push(`authentication: ${e.stack || e}`);
  }
  // pop-core calls any action: the unknown one.
  for (const s of styles.slice(2)) {
    try {
      await expectError(s, 'InvalidAction.NotFound', 'DescribeUnicorns', {});
    } catch (e) {
      failures.push(`${s.name} unknown action: ${e.message}`);
    }
  }
  try {
    await rawWireErrors();
  } catch (e) {
    failures.push(`raw wire: ${e.stack || e}`);
  }
  const faultUrl = process.argv[5];
  if (faultUrl) {
    try {
      await faultErrors(faultUrl, [
        u => withEndpoint(u, () => teaStyle('tea-acs3')),
        u => withEndpoint(u, () => teaStyle('tea-v2', 'v2')),
        u => withEndpoint(u, () => popStyle('pop-GET', 'GET')),
        u => withEndpoint(u, () => popStyle('pop-POST', 'POST')),
      ]);
    } catch (e) {
      failures.push(`faults: ${e.stack || e}`);
    }
  }
  console.log('\nCoverage (operation or error → client styles that exercised it):');
  for (const [what, set] of [...coverage.entries()].sort()) console.log(`  ${what.padEnd(46)} ${[...set].sort().join(', ')}`);
  if (failures.length) {
    console.log(`\n${failures.length} failure(s):\n${failures.join('\n\n')}`);
    process.exit(1);
  }
  console.log(`\nAll ${coverage.size} operations and error codes passed in ${styles.length} client styles.`);
}

main().catch(e => { console.error(e); process.exit(1); });
