// Signature fixtures from Alibaba Cloud's own Node SDKs, for tests/core/tst_signer: the client and
// ecs-sim share one signer, so a bug in it would pass every test that has one sign and the other
// verify. These fixtures are what the SDKs themselves compute for fixed inputs (key, secret, nonce,
// timestamp): RPC v1 (HMAC-SHA1) through pop-core's RPCClient.request() with GET and POST, and
// ACS3-HMAC-SHA256 through the Tea client's callApi(), the path every generated product SDK takes.
// Nothing is sent: the SDKs' HTTP layers are replaced by a recorder, and their own hash and HMAC
// functions are wrapped to read the string to sign on its way in.
//
// Run once, by hand, when a case is added (not in CI); its output is committed:
//   work=$(mktemp -d) && cp package.json package-lock.json make-signature-fixtures.js "$work" &&
//   (cd "$work" && npm ci --no-audit --no-fund --ignore-scripts && node make-signature-fixtures.js) \
//     > ../data/signature-fixtures.json
'use strict';
// pop-core's own copies of its helpers (npm may nest them under it).
const popRequire = (name) => require(require.resolve(name, { paths: [require.resolve('@alicloud/pop-core')] }));
const kitx = popRequire('kitx');
const httpx = popRequire('httpx');
const Pop = require('@alicloud/pop-core');
const OpenApi = require('@alicloud/openapi-client');
const OpenApiUtil = require('@alicloud/openapi-util').default;
const TeaUtil = require('@alicloud/tea-util').default;
const $tea = require('@alicloud/tea-typescript');

const ENDPOINT_HOST = 'ecs.cn-hangzhou.aliyuncs.com';
const KEY_ID = 'LTAI5tFixtureKeyId0001';
// Not a credential: a fixed secret with the characters a key encoding could get wrong.
const KEY_SECRET = 'fixtureSecret+/=&%*~ ünï';
const STS_KEY_ID = 'STS.NUfixtureTemporaryKey';
const STS_SECRET = 'stsFixtureSecret0123456789';
const STS_TOKEN = 'CAIS+fixture/Token==abc&def%2B~*';
const TIMESTAMP = '2026-12-01T10:00:00Z';
const NONCE = '3f0c8a4e-1b2d-4c5e-9f60-7a8b9c0d1e2f';

// Values with what percent-encoding must get right: reserved characters, space, '+', Unicode
// (two- to four-byte UTF-8, a surrogate pair), and the sub-delimiters JavaScript leaves alone.
const RESERVED = "a*b~c d+e/f=g&h!i'j(k)l,m;n:o@p?q#r[s]t%u";
const UNICODE = 'Web 服务器-ünïcødé ✓ 🚀';

const captured = { strings: [], hashes: [] };
class Recorded extends Error {}

// pop-core: kitx.sha1(stringToSign, key, 'base64') is its HMAC-SHA1; httpx.request sends.
const sha1 = kitx.sha1;
kitx.sha1 = (text, key, encoding) => {
  captured.strings.push(text);
  return sha1(text, key, encoding);
};
httpx.request = async (url, opts) => {
  captured.request = { url, opts };
  throw new Recorded();
};

// Tea: hash() reads the canonical request, signatureMethod() the string to sign; doAction sends.
const hash = OpenApiUtil.hash;
OpenApiUtil.hash = (raw, algorithm) => {
  captured.hashes.push(Buffer.from(raw).toString('utf8'));
  return hash(raw, algorithm);
};
const signatureMethod = OpenApiUtil.signatureMethod;
OpenApiUtil.signatureMethod = (secret, source, algorithm) => {
  captured.strings.push(source);
  return signatureMethod(secret, source, algorithm);
};
OpenApiUtil.getTimestamp = () => TIMESTAMP;
TeaUtil.getNonce = () => NONCE;
$tea.doAction = async (request) => {
  captured.request = request;
  throw new Recorded();
};

function reset() {
  captured.strings = [];
  captured.hashes = [];
  captured.request = null;
}

async function rpcV1(name, method, action, params, credentials) {
  reset();
  const client = new Pop({
    endpoint: `https://${ENDPOINT_HOST}`,
    apiVersion: '2014-05-26',
    accessKeyId: credentials.keyId,
    accessKeySecret: credentials.secret,
    securityToken: credentials.token,
  });
  // Timestamp and SignatureNonce given as parameters override pop-core's clock and random nonce.
  const pinned = Object.assign({ Timestamp: TIMESTAMP, SignatureNonce: NONCE }, params);
  try {
    await client.request(action, pinned, { method, formatParams: false });
  } catch (e) {
    if (!(e instanceof Recorded)) throw e;
  }
  const { url, opts } = captured.request;
  const wire = method === 'POST' ? opts.data : url.slice(url.indexOf('?') + 1);
  const signature = decodeURIComponent(/(?:^|&)Signature=([^&]*)/.exec(wire)[1]);
  return {
    name,
    signatureVersion: 'v1',
    method,
    action,
    accessKeyId: credentials.keyId,
    accessKeySecret: credentials.secret,
    securityToken: credentials.token || '',
    timestamp: TIMESTAMP,
    nonce: NONCE,
    params, // the operation's own parameters, by wire name
    stringToSign: captured.strings[0],
    signature,
    wire, // the query string (GET) or the form body (POST) the SDK would send
  };
}

async function acs3(name, action, params, credentials) {
  reset();
  const client = new OpenApi.default(new OpenApi.Config({
    accessKeyId: credentials.keyId,
    accessKeySecret: credentials.secret,
    securityToken: credentials.token,
    endpoint: ENDPOINT_HOST,
    protocol: 'HTTPS',
    regionId: 'cn-hangzhou',
  }));
  // What every generated product SDK does for an RPC-style operation (ecs20140526 included).
  const apiParams = new OpenApi.Params({
    action, version: '2014-05-26', protocol: 'HTTPS', pathname: '/', method: 'POST',
    authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const request = new OpenApi.OpenApiRequest({ query: OpenApiUtil.query(params) });
  try {
    await client.callApi(apiParams, request, new (require('@alicloud/tea-util').RuntimeOptions)({}));
  } catch (e) {
    if (!(e instanceof Recorded)) throw e;
  }
  const sent = captured.request;
  const authorization = sent.headers.Authorization;
  return {
    name,
    signatureVersion: 'acs3',
    method: sent.method,
    pathname: sent.pathname,
    accessKeyId: credentials.keyId,
    accessKeySecret: credentials.secret,
    securityToken: credentials.token || '',
    query: sent.query,
    // All it sent but the signature (and user-agent, which names the Node version): the signer
    // must pick the signed ones itself.
    headers: Object.fromEntries(
      Object.entries(sent.headers).filter(([k]) => k !== 'Authorization' && k !== 'user-agent')),
    hashedPayload: sent.headers['x-acs-content-sha256'],
    canonicalRequest: captured.hashes[captured.hashes.length - 1],
    stringToSign: captured.strings[0],
    signature: /Signature=([0-9a-f]+)$/.exec(authorization)[1],
    authorization,
  };
}

async function main() {
  const ak = { keyId: KEY_ID, secret: KEY_SECRET };
  const sts = { keyId: STS_KEY_ID, secret: STS_SECRET, token: STS_TOKEN };
  const listing = { RegionId: 'cn-hangzhou', PageSize: '100', PageNumber: '1' };
  const naming = {
    RegionId: 'cn-hangzhou', InstanceId: 'i-bp1fixture0000000001', InstanceName: UNICODE,
    Description: RESERVED,
  };
  const lists = {
    RegionId: 'cn-hangzhou', InstanceIds: JSON.stringify(['i-bp1a', 'i-bp1b']),
    'Tag.1.Key': 'team', 'Tag.1.Value': 'a b+c', 'Tag.2.Key': 'env/stage', 'Tag.2.Value': '生产',
  };
  const fixtures = [
    await rpcV1('v1 GET, plain', 'GET', 'DescribeRegions', { AcceptLanguage: 'en-US' }, ak),
    await rpcV1('v1 GET, paging', 'GET', 'DescribeInstances', listing, ak),
    await rpcV1('v1 GET, Unicode and reserved characters', 'GET', 'ModifyInstanceAttribute', naming, ak),
    await rpcV1('v1 POST, Unicode and reserved characters', 'POST', 'ModifyInstanceAttribute', naming, ak),
    await rpcV1('v1 POST, JSON list and tags', 'POST', 'DescribeInstances', lists, ak),
    await rpcV1('v1 GET, STS token', 'GET', 'DescribeInstances', listing, sts),
    await rpcV1('v1 POST, STS token', 'POST', 'StopInstances',
      { RegionId: 'cn-hangzhou', 'InstanceId.1': 'i-bp1a', 'InstanceId.2': 'i-bp1b', StoppedMode: 'StopCharging' }, sts),
    await acs3('ACS3, plain', 'DescribeRegions', { AcceptLanguage: 'en-US' }, ak),
    await acs3('ACS3, paging', 'DescribeInstances', listing, ak),
    await acs3('ACS3, Unicode and reserved characters', 'ModifyInstanceAttribute', naming, ak),
    await acs3('ACS3, JSON list and tags', 'DescribeInstances', lists, ak),
    await acs3('ACS3, STS token', 'StopInstances',
      { RegionId: 'cn-hangzhou', 'InstanceId.1': 'i-bp1a', StoppedMode: 'KeepCharging' }, sts),
  ];
  const packages = {};
  for (const p of ['@alicloud/pop-core', '@alicloud/openapi-client', '@alicloud/openapi-util']) {
    packages[p] = require(`${p}/package.json`).version;
  }
  process.stdout.write(JSON.stringify({
    generator: 'tests/conformance/make-signature-fixtures.js',
    packages,
    fixtures,
  }, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
