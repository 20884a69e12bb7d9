// npm run report, as an operator runs it: a child process on a test database (DATABASE_URL), judged by
// exit code, output, the file it writes and what it stores.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runSql } from '../support/fixtures.js';
import { ACCESS_SQL } from './helpers.js';

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await createTestDatabase();
  await runSql(db.url, ACCESS_SQL);
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-report-cli-'));
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

function reportCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'server/cli/report.ts', ...args],
      { env: { ...process.env, DATABASE_URL: db.url } },
      (error, stdout, stderr) => {
        const own = stderr
          .split('\n')
          .filter((line) => line && !line.startsWith('npm warn') && !line.startsWith('applied migrations'))
          .join('\n');
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr: own });
      },
    );
  });
}

async function rows(sql: string) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const GZ_JAN = ['branch', '--unit', 'GZ', '--from', '2013-01-01', '--to', '2013-01-31'];

describe('npm run report', () => {
  it('writes a draft from live figures and stores no report', async () => {
    const out = path.join(dir, 'draft.xlsx');
    const run = await reportCli([...GZ_JAN, '--format', 'xlsx', '--out', out]);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toContain(`wrote ${out} (广州市分公司_2013-01-01_2013-01-31_草稿.xlsx`);
    expect((await readFile(out)).length).toBeGreaterThan(0);
    expect(await rows('select count(*)::int as n from report')).toEqual([{ n: 0 }]);
    expect(await rows(`select action, actor, subject from audit_event`)).toEqual([
      { action: 'REPORT_EXPORTED', actor: 'cli', subject: null },
    ]);
  });

  it('submits first with --submit, recorded as the command line, then writes the version', async () => {
    const out = path.join(dir, 'v1.pdf');
    const run = await reportCli([
      ...GZ_JAN,
      '--format',
      'pdf',
      '--out',
      out,
      '--submit',
      '--lang',
      'en',
      '--comparison',
      'NONE',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/submitted report \d+ version 1 \(fingerprint [0-9a-f]{64}\)/);
    expect(run.stderr).toContain('Guangzhou_2013-01-01_2013-01-31_v1.pdf');
    expect((await readFile(out)).length).toBeGreaterThan(0);
    expect(
      await rows(`select r.comparison, r.created_by_id, r.created_by_name, v.version, v.submitted_by_id, v.submitted_by_name
      from report r join report_version v on v.report_id = r.id`),
    ).toEqual([
      {
        comparison: 'NONE',
        created_by_id: null,
        created_by_name: 'cli',
        version: 1,
        submitted_by_id: null,
        submitted_by_name: 'cli',
      },
    ]);
    const actions = await rows(
      `select action, actor from audit_event where action <> 'REPORT_EXPORTED' or subject is not null order by id`,
    );
    expect(actions).toEqual([
      { action: 'REPORT_CREATED', actor: 'cli' },
      { action: 'REPORT_SUBMITTED', actor: 'cli' },
      { action: 'REPORT_EXPORTED', actor: 'cli' },
    ]);
  });

  it('exits 2 with the usage on bad usage, writing nothing', async () => {
    for (const args of [
      [],
      ['monthly', '--unit', 'GZ'],
      [...GZ_JAN, '--format', 'docx', '--out', path.join(dir, 'x')],
      [
        'branch',
        '--unit',
        'GZ',
        '--from',
        '2013/01/01',
        '--to',
        '2013-01-31',
        '--format',
        'xlsx',
        '--out',
        path.join(dir, 'x'),
      ],
    ]) {
      const run = await reportCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('usage: npm run report -- <branch|regulator>');
    }
  });

  it('exits 1 naming an unknown unit', async () => {
    const run = await reportCli([
      'branch',
      '--unit',
      'XX',
      '--from',
      '2013-01-01',
      '--to',
      '2013-01-31',
      '--format',
      'xlsx',
      '--out',
      path.join(dir, 'x.xlsx'),
    ]);
    expect(run).toMatchObject({ code: 1, stderr: 'unit "XX" does not exist' });
  });
});
