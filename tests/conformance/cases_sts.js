// STS AssumeRole (2015-04-01) through the official SDKs: @alicloud/sts20150401 for the Tea styles
// (ACS3 and v2 RPC signing), pop-core for GET and POST. The credentials ecs-sim issues then sign
// ECS calls in the same style (with their SecurityToken), assume a role again (a chain, as the
// CLI's ChainableRamRoleArn does), and once their Expiration is past are refused with
// InvalidSecurityToken.Expired. Also the refusals of malformed requests.
'use strict';
const Sts = require('@alicloud/sts20150401');
const Ecs = require('@alicloud/ecs20140526');
const OpenApi = require('@alicloud/openapi-client');
const Pop = require('@alicloud/pop-core');

const ROLE_ARN = 'acs:ram::1234567890123456:role/ecs-console-conformance';

module.exports = function ({ expectError, assert, REGION, record, endpointUrl, keyId, keySecret }) {
  const endpoint = new URL(endpointUrl);

  function teaClients(signatureAlgorithm, credentials) {
    const config = () => {
      const c = new OpenApi.Config({ ...credentials, endpoint: endpoint.host, protocol: 'http', regionId: REGION });
      if (signatureAlgorithm) c.signatureAlgorithm = signatureAlgorithm;
      return c;
    };
    const sts = new Sts.default(config());
    const ecs = new Ecs.default(config());
    const wrap = async (fn) => {
      try {
        return await fn();
      } catch (e) {
        if (!e.code || !e.data) throw e;
        const error = new Error(`${e.code} (HTTP ${e.statusCode || e.data.statusCode}): ${e.data.Message || e.message}`);
        error.code = e.code;
        throw error;
      }
    };
    return {
      assumeRole: (wire) => wrap(async () => {
        const r = await sts.assumeRole(new Sts.AssumeRoleRequest({
          roleArn: wire.RoleArn, roleSessionName: wire.RoleSessionName,
          durationSeconds: wire.DurationSeconds, externalId: wire.ExternalId, policy: wire.Policy,
        }));
        return r.body.toMap();
      }),
      describeRegions: () => wrap(async () => (await ecs.describeRegions(new Ecs.DescribeRegionsRequest({}))).body.toMap()),
    };
  }

  function popClients(method, credentials) {
    const options = { ...credentials, endpoint: endpointUrl };
    const sts = new Pop({ ...options, apiVersion: '2015-04-01' });
    const ecs = new Pop({ ...options, apiVersion: '2014-05-26' });
    const wrap = async (fn) => {
      try {
        return await fn();
      } catch (e) {
        if (!e.data) throw e;
        const error = new Error(`${e.data.Code} (HTTP ${e.statusCode}): ${e.data.Message}`);
        error.code = e.data.Code;
        throw error;
      }
    };
    const params = (wire) => Object.fromEntries(Object.entries(wire).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    return {
      assumeRole: (wire) => wrap(() => sts.request('AssumeRole', params(wire), { method, timeout: 10000 })),
      describeRegions: () => wrap(() => ecs.request('DescribeRegions', {}, { method, timeout: 10000 })),
    };
  }

  function clientsFor(styleName, credentials) {
    switch (styleName) {
      case 'tea-acs3': return teaClients(undefined, credentials);
      case 'tea-v2': return teaClients('v2', credentials);
      case 'pop-GET': return popClients('GET', credentials);
      case 'pop-POST': return popClients('POST', credentials);
      default: throw new Error(`no STS clients for the style ${styleName}`);
    }
  }

  async function expectRefusal(what, code, promise, style) {
    try {
      await promise;
    } catch (e) {
      assert.equal(e.code, code, `${what}: ${e.message}`);
      record(`error ${code}`, style);
      return;
    }
    assert.fail(`${what}: expected ${code}`);
  }

  function checkCredentials(body) {
    const c = body.Credentials;
    assert.ok(c, 'Credentials');
    assert.match(c.AccessKeyId, /^STS\./);
    assert.ok(c.AccessKeySecret.length >= 16);
    assert.ok(c.SecurityToken.length >= 16);
    assert.match(c.Expiration, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.ok(Date.parse(c.Expiration) > Date.now(), 'expires in the future');
    assert.ok(body.RequestId);
    assert.equal(body.AssumedRoleUser.Arn, `${ROLE_ARN}/conf-session`);
    return { accessKeyId: c.AccessKeyId, accessKeySecret: c.AccessKeySecret, securityToken: c.SecurityToken, expiration: c.Expiration };
  }

  return async function (style) {
    const s = style.name;
    const source = clientsFor(s, { accessKeyId: keyId, accessKeySecret: keySecret });
    const wire = {
      RoleArn: ROLE_ARN, RoleSessionName: 'conf-session', DurationSeconds: 900, ExternalId: 'conf-external',
      Policy: '{"Statement":[{"Action":["ecs:Describe*"],"Effect":"Allow","Resource":"*"}],"Version":"1"}',
    };
    const first = checkCredentials(await source.assumeRole(wire));
    record('AssumeRole (sts)', s);

    // The temporary key signs ECS calls, with its token.
    const assumed = clientsFor(s, first);
    const regions = await assumed.describeRegions();
    assert.ok(regions.Regions.Region.length > 0);
    record('DescribeRegions with STS credentials', s);

    // A chain: the temporary credentials assume a role again.
    const second = checkCredentials(await assumed.assumeRole({ ...wire, ExternalId: undefined, Policy: undefined }));
    assert.notEqual(second.accessKeyId, first.accessKeyId);
    await clientsFor(s, second).describeRegions();
    record('AssumeRole with STS credentials (chain)', s);

    // The token belongs to its key.
    await expectRefusal('a token of another key', 'InvalidSecurityToken.Malformed',
      clientsFor(s, { ...first, securityToken: second.securityToken }).describeRegions(), s);
    await expectRefusal('bad RoleArn', 'InvalidParameter.RoleArn', source.assumeRole({ ...wire, RoleArn: 'role/x' }), s);
    await expectRefusal('bad RoleSessionName', 'InvalidParameter.RoleSessionName',
      source.assumeRole({ ...wire, RoleSessionName: 'a b' }), s);
    await expectRefusal('short DurationSeconds', 'InvalidParameter.DurationSeconds',
      source.assumeRole({ ...wire, DurationSeconds: 60 }), s);
    if (s.startsWith('pop-')) // the Tea model would send an empty RoleArn rather than none
      await expectRefusal('missing RoleArn', 'MissingParameter', source.assumeRole({ ...wire, RoleArn: undefined }), s);

    // Past their Expiration (seconds under ecs-sim's --time-scale), the credentials are refused.
    const wait = Date.parse(first.expiration) + 1500 - Date.now();
    if (s === 'tea-acs3' && wait < 30000) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
      await expectRefusal('expired credentials', 'InvalidSecurityToken.Expired', assumed.describeRegions(), s);
    }
    void expectError;
  };
};
