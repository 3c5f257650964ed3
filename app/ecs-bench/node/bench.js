// ecs-bench's reference: Alibaba Cloud's official Node SDK (@alicloud/ecs20140526, the Tea client
// with its default ACS3 signing) doing what the console does, against the same ecs-sim.
//   node bench.js inventory-sequential URL ID SECRET REGION[,REGION…]
//   node bench.js inventory-parallel   URL ID SECRET REGION[,REGION…] CONCURRENCY
//   node bench.js rps                  URL ID SECRET REQUESTS CONCURRENCY
// Prints one JSON line: {"seconds": …, "instances": …} or {"seconds": …, "requests": …, "rps": …}.
'use strict';
const Ecs = require('@alicloud/ecs20140526');
const OpenApi = require('@alicloud/openapi-client');

const [mode, url, keyId, keySecret, arg1, arg2] = process.argv.slice(2);
const endpoint = new URL(url);

function client() {
  return new Ecs.default(new OpenApi.Config({ accessKeyId: keyId, accessKeySecret: keySecret,
    endpoint: endpoint.host, protocol: endpoint.protocol.replace(':', ''), regionId: 'cn-hangzhou' }));
}

// The loop the SDK's own samples use: one region after another, page after page by NextToken.
async function inventorySequential(regions) {
  const ecs = client();
  let instances = 0;
  for (const regionId of regions) {
    let nextToken;
    do {
      const r = await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId, maxResults: 100, nextToken }));
      instances += (r.body.instances.instance || []).length;
      nextToken = r.body.nextToken;
    } while (nextToken);
  }
  return { instances };
}

// The best the SDK can do: every region at once, and within a region every page at once once the
// first page has told the total (PageNumber paging), at most CONCURRENCY requests in flight.
async function inventoryParallel(regions, concurrency) {
  const ecs = client();
  let inFlight = 0;
  const waiting = [];
  const limited = async (fn) => {
    while (inFlight >= concurrency) await new Promise((resolve) => waiting.push(resolve));
    inFlight++;
    try { return await fn(); } finally { inFlight--; if (waiting.length) waiting.shift()(); }
  };
  const page = (regionId, pageNumber) => limited(() => ecs.describeInstances(
    new Ecs.DescribeInstancesRequest({ regionId, pageNumber, pageSize: 100 })));
  const counts = await Promise.all(regions.map(async (regionId) => {
    const first = await page(regionId, 1);
    const total = first.body.totalCount;
    const pages = Math.ceil(total / 100);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(regionId, i + 2)));
    return [first, ...rest].reduce((n, r) => n + (r.body.instances.instance || []).length, 0);
  }));
  return { instances: counts.reduce((a, b) => a + b, 0) };
}

async function rps(requests, concurrency) {
  const ecs = client();
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next++;
      await ecs.describeRegions(new Ecs.DescribeRegionsRequest({}));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { requests };
}

(async () => {
  const start = process.hrtime.bigint();
  let result;
  if (mode === 'inventory-sequential') result = await inventorySequential(arg1.split(','));
  else if (mode === 'inventory-parallel') result = await inventoryParallel(arg1.split(','), Number(arg2));
  else if (mode === 'rps') result = await rps(Number(arg1), Number(arg2));
  else throw new Error(`unknown mode ${mode}`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.requests) result.rps = result.requests / seconds;
  console.log(JSON.stringify({ seconds, ...result }));
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });
