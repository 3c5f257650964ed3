// ecs-bench's reference: Alibaba Cloud's official Node SDK (@alicloud/ecs20140526, the Tea client
// with its default ACS3 signing) doing what the console does, against the same ecs-sim.
//   node bench.js inventory-sequential URL ID SECRET REGION[,REGION…]
//   node bench.js inventory-parallel   URL ID SECRET REGION=HOST:PORT[,…] CONCURRENCY
//   node bench.js cpu                  URL ID SECRET REGION=HOST:PORT WARMUP REQUESTS IN_FLIGHT
// Prints one JSON line: {"seconds": …, "instances": …} or
// {"seconds": …, "requests": …, "cpu_us_per_request": …, "failures": …}.
'use strict';
const Ecs = require('@alicloud/ecs20140526');
const OpenApi = require('@alicloud/openapi-client');
// The SDK's own runtime options (a dependency of the Tea client): timeouts long enough for a
// loaded 2-core machine, where the defaults (5 s to connect) fail a hundred connections at once.
const Util = require('@alicloud/tea-util');
const runtime = new Util.RuntimeOptions({ connectTimeout: 30000, readTimeout: 30000 });

const [mode, url, keyId, keySecret, ...rest] = process.argv.slice(2);
const central = new URL(url);
const protocol = central.protocol.replace(':', '');

// One Tea client per endpoint, as the SDK is meant to be used (the endpoint is the client's).
function client(host, regionId) {
  return new Ecs.default(new OpenApi.Config({ accessKeyId: keyId, accessKeySecret: keySecret,
    endpoint: host, protocol, regionId }));
}

// "cn-hangzhou=127.0.0.1:4001,…" → [[regionId, host], …]
function endpoints(list) {
  return list.split(',').map((pair) => pair.split('='));
}

// The loop the SDK's own samples use: one client, one region after another, page after page by
// NextToken.
async function inventorySequential(regions) {
  const ecs = client(central.host, 'cn-hangzhou');
  let instances = 0;
  for (const regionId of regions) {
    let nextToken;
    do {
      const r = await ecs.describeInstancesWithOptions(new Ecs.DescribeInstancesRequest({ regionId, maxResults: 100, nextToken }), runtime);
      instances += (r.body.instances.instance || []).length;
      nextToken = r.body.nextToken;
    } while (nextToken);
  }
  return { instances };
}

// The best the SDK can do: a client per region endpoint, every region at once, and within a
// region every page at once once the first page has told the total (PageNumber paging), at most
// CONCURRENCY requests in flight per region (0: no limit).
async function inventoryParallel(regionEndpoints, concurrency) {
  const counts = await Promise.all(regionEndpoints.map(async ([regionId, host]) => {
    const ecs = client(host, regionId);
    let inFlight = 0;
    const waiting = [];
    const limited = async (fn) => {
      while (concurrency > 0 && inFlight >= concurrency) await new Promise((resolve) => waiting.push(resolve));
      inFlight++;
      try { return await fn(); } finally { inFlight--; if (waiting.length) waiting.shift()(); }
    };
    const page = (pageNumber) => limited(() => ecs.describeInstancesWithOptions(
      new Ecs.DescribeInstancesRequest({ regionId, pageNumber, pageSize: 100 }), runtime));
    const first = await page(1);
    const pages = Math.ceil(first.body.totalCount / 100);
    const others = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
    return [first, ...others].reduce((n, r) => n + (r.body.instances.instance || []).length, 0);
  }));
  return { instances: counts.reduce((a, b) => a + b, 0) };
}

// The same requests as the console's rate phase: DescribeRegions from the central endpoint and a
// page of DescribeInstances from the region's, alternating, IN_FLIGHT at a time; the process's
// CPU time (user + system) over the measured requests, after WARMUP unmeasured ones.
async function cpu(regionEndpoint, warmup, requests, inFlight) {
  const [regionId, host] = endpoints(regionEndpoint)[0];
  const regionsClient = client(central.host, regionId);
  const regionClient = client(host, regionId);
  let failures = 0;
  const one = async (n) => {
    try {
      if (n % 2 === 0) {
        const r = await regionsClient.describeRegionsWithOptions(new Ecs.DescribeRegionsRequest({}), runtime);
        if (!r.body.regions.region.length) failures++;
      } else {
        const r = await regionClient.describeInstancesWithOptions(new Ecs.DescribeInstancesRequest({ regionId, pageNumber: 1 + (Math.floor(n / 2) % 3), pageSize: 100 }), runtime);
        if (!(r.body.instances.instance || []).length) failures++;
      }
    } catch (e) { failures++; }
  };
  const phase = async (from, to) => {
    let next = from;
    const worker = async () => { while (next < to) await one(next++); };
    await Promise.all(Array.from({ length: inFlight }, worker));
  };
  await phase(0, warmup);
  failures = 0;
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  await phase(warmup, warmup + requests);
  const used = process.cpuUsage(cpuStart);
  return { requests, failures, cpu_us_per_request: (used.user + used.system) / requests,
    measured_seconds: Number(process.hrtime.bigint() - wallStart) / 1e9 };
}

(async () => {
  const start = process.hrtime.bigint();
  let result;
  if (mode === 'inventory-sequential') result = await inventorySequential(rest[0].split(','));
  else if (mode === 'inventory-parallel') result = await inventoryParallel(endpoints(rest[0]), Number(rest[1]));
  else if (mode === 'cpu') result = await cpu(rest[0], Number(rest[1]), Number(rest[2]), Number(rest[3]));
  else throw new Error(`unknown mode ${mode}`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ seconds, ...result }));
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
