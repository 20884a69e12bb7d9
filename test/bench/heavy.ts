// npm run bench:heavy -- --database-url URL [--province CODE] [--only TEXT] [--out FILE]
// The heaviest requests each role can send (issue 10): each sent alone to a portal started on the
// database (the demo's, or `npm run bench`'s 10M data set), while another user asks `{ me }` over and
// over. Prints, per request, how it ended (figures, or the refusal's code) and after how long, and
// the `{ me }` latencies meanwhile: the goal is an answer or a refusal within 10 s, `{ me }` within 1 s.
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Role } from '../../db/domain.js';
import { benchToken, startPortal } from './portal.js';

const { values } = parseArgs({
  options: {
    'database-url': { type: 'string' },
    province: { type: 'string', default: 'P01' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results/heavy.json' },
  },
});
const databaseUrl = values['database-url'] ?? process.env.BENCH_HEAVY_DATABASE_URL;
if (!databaseUrl) throw new Error('usage: npm run bench:heavy -- --database-url postgres://… [--province CODE]');
const province = values.province;
const log = (line: string) => console.error(`[heavy] ${line}`);

const ALL_YEARS = '{ from: "1990-01-01", to: "2013-12-31" }';
const YEAR = '{ from: "2013-01-01", to: "2013-12-31" }';
const years = Array.from({ length: 20 }, (_, i) => 1994 + i);
const rankingRows = 'rows { unit { code } value rank previousValue } benchmark peerMean';

interface Shape {
  name: string;
  role: Role;
  query: string;
}

const SHAPES: Shape[] = [
  {
    name: 'county ranking, 24 years, channel filter',
    role: 'HQ_ANALYST',
    query: `{ ranking(metric: COMPLAINTS, period: ${ALL_YEARS}, level: COUNTY, filter: { channels: [ONLINE] }) { ${rankingRows} } }`,
  },
  {
    name: 'county ranking, a year, channel filter',
    role: 'HQ_ANALYST',
    query: `{ ranking(metric: COMPLAINTS, period: ${YEAR}, level: COUNTY, filter: { channels: [ONLINE] }) { ${rankingRows} } }`,
  },
  {
    name: 'province ranking, a year, line filter',
    role: 'HQ_ANALYST',
    query: `{ ranking(metric: PER_100M_PREMIUM, period: ${YEAR}, level: PROVINCE, filter: { lines: [AUTO] }) { ${rankingRows} } }`,
  },
  {
    name: 'county ranking, 24 years',
    role: 'HQ_ANALYST',
    query: `{ ranking(metric: TIMELY_RATE, period: ${ALL_YEARS}, level: COUNTY) { ${rankingRows} } }`,
  },
  {
    name: '20 aliased county rankings, a year each',
    role: 'HQ_ANALYST',
    query: `{ ${years.map((y) => `y${y}: ranking(metric: COMPLAINTS, period: { from: "${y}-01-01", to: "${y}-12-31" }, level: COUNTY) { ${rankingRows} }`).join(' ')} }`,
  },
  {
    name: '20 aliased province rankings, filtered, a year each',
    role: 'HQ_ANALYST',
    query: `{ ${years.map((y) => `y${y}: ranking(metric: COMPLAINTS, period: { from: "${y}-01-01", to: "${y}-12-31" }, level: PROVINCE, filter: { categories: [CLAIMS] }) { ${rankingRows} }`).join(' ')} }`,
  },
  {
    name: 'company trend by quarter 1990-2099, category filter',
    role: 'HQ_ANALYST',
    query: `{ trend(unit: "HQ", metric: COMPLAINTS, period: { from: "1990-01-01", to: "2099-12-31" }, granularity: QUARTER, filter: { categories: [CLAIMS] }) { value previous } }`,
  },
  {
    name: 'breakdown of the company by channel, 24 years',
    role: 'HQ_ANALYST',
    query: `{ breakdown(unit: "HQ", metric: COMPLAINTS, period: ${ALL_YEARS}, by: CHANNEL) { items { key value } } }`,
  },
  {
    name: 'every complaint counted, 24 years',
    role: 'HQ_ANALYST',
    query: `{ complaints(first: 100, filter: { period: ${ALL_YEARS}, channels: [ONLINE] }) { totalCount edges { node { ref } } } }`,
  },
  { name: "the company's backlog aging now", role: 'HQ_ANALYST', query: `{ backlogAging(unit: "HQ") { total } }` },
  {
    name: 'branch report preview, a year',
    role: 'HQ_ANALYST',
    query: `{ reportPreview(input: { template: BRANCH, unit: "${province}", period: ${YEAR} }) { title { zh } } }`,
  },
  {
    name: 'branch report preview, 24 years',
    role: 'HQ_ANALYST',
    query: `{ reportPreview(input: { template: BRANCH, unit: "${province}", period: ${ALL_YEARS} }) { title { zh } } }`,
  },
  {
    name: '20 aliased peer rankings, 24 years',
    role: 'BRANCH',
    query: `{ ${years.map((y) => `y${y}: ranking(metric: PER_100M_PREMIUM, period: { from: "1990-01-0${1 + (y % 9)}", to: "2013-12-31" }, level: PROVINCE) { ${rankingRows} }`).join(' ')} }`,
  },
  {
    name: 'jurisdiction complaints, 24 years, counted',
    role: 'REGULATOR',
    query: `{ complaints(first: 100, filter: { unit: "${province}", period: ${ALL_YEARS} }) { totalCount edges { node { ref customerName } } } }`,
  },
];

// One server process unless PORTAL_PROCESSES says otherwise: the capacity lanes are each process's
// own, and the README's figures (see "Capacity") are those of one.
const portal = await startPortal(databaseUrl, { PORTAL_PROCESSES: process.env.PORTAL_PROCESSES ?? '1' });
const tokens = new Map<Role, string>();
for (const role of ['HQ_ANALYST', 'BRANCH', 'REGULATOR'] as Role[]) {
  const units = role === 'HQ_ANALYST' ? [] : [province];
  tokens.set(role, await benchToken(databaseUrl, `heavy-${role.toLowerCase()}-${province.toLowerCase()}`, role, units));
}
const watcher = await benchToken(databaseUrl, 'heavy-watcher', 'HQ_ANALYST');

async function post(token: string, query: string) {
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

const results: Record<string, unknown>[] = [];
try {
  for (const shape of SHAPES.filter((s) => !values.only || s.name.includes(values.only))) {
    log(shape.name);
    let done = false;
    const me: number[] = [];
    const watching = (async () => {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the loop below while this awaits
      while (!done) {
        const started = performance.now();
        await post(watcher, '{ me { username } }');
        me.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const answer = await post(tokens.get(shape.role)!, shape.query);
    const seconds = (performance.now() - started) / 1000;
    done = true;
    await watching;
    me.sort((a, b) => a - b);
    const codes = [...new Set((answer.errors ?? []).map((e) => e.extensions?.code ?? 'ERROR'))];
    results.push({
      shape: shape.name,
      role: shape.role,
      outcome: codes.length ? codes.join('+') : 'figures',
      seconds,
      meP50: me[Math.floor(me.length / 2)] ?? 0,
      meMax: me.at(-1) ?? 0,
      message: answer.errors?.[0]?.message,
    });
  }
} finally {
  await portal.stop();
}

console.log(
  '\nrequest                                               | role       | outcome            | answered in s | { me } p50 / max ms',
);
for (const r of results) {
  console.log(
    `${String(r.shape).padEnd(53)} | ${String(r.role).padEnd(10)} | ${String(r.outcome).padEnd(18)} | ${(r.seconds as number).toFixed(2).padStart(13)} | ${(r.meP50 as number).toFixed(0).padStart(6)} / ${(r.meMax as number).toFixed(0)}`,
  );
}
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(
  values.out,
  JSON.stringify(
    { database: new URL(databaseUrl).pathname.slice(1), measuredAt: new Date().toISOString(), results },
    null,
    2,
  ),
);
log(`written to ${values.out}`);
process.exit(0);
