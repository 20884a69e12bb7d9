// The command line as a user runs it: a child process on a test database, judged by exit code and output.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createImportFixture, UNITS_CSV, type ImportFixture } from './helpers.js';

let fx: ImportFixture;
beforeAll(async () => {
  fx = await createImportFixture();
});
afterAll(() => fx.close());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function importCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'db/cli/import.ts', ...args],
      { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: fx.db.url } },
      (error, stdout, stderr) => {
        // npm's own configuration warnings are not the tool's output.
        const own = stderr
          .split('\n')
          .filter((line) => line && !line.startsWith('npm warn'))
          .join('\n');
        resolve({ code: error ? Number(error.code) : 0, stdout: stdout.trim(), stderr: own });
      },
    );
  });
}

test('imports a good file, prints the counts and exits 0', async () => {
  const file = await fx.csv('units.csv', UNITS_CSV);
  const first = await importCli('units', file);
  expect(first).toMatchObject({ code: 0, stderr: '' });
  expect(first.stdout).toMatch(
    new RegExp(`^units from ${file}: 5 rows — 5 inserted, 0 updated, 0 unchanged \\(\\d+\\.\\d s\\)$`),
  );

  const second = await importCli('units', file);
  expect(second.stdout).toMatch(/5 rows — 0 inserted, 0 updated, 5 unchanged/);
});

test('refuses a bad file, lists its errors on stderr and exits 1', async () => {
  const file = await fx.csv('bad.csv', [
    'unit_code,month,line,premium_yuan,policies',
    'GZ,2013-01,AUTO,100,3',
    'XX9,2013-01,AUTO,-5,3',
  ]);
  const run = await importCli('premiums', file, '--encoding', 'utf8');
  expect(run).toEqual({
    code: 1,
    stdout: '',
    stderr: [
      `${file}:3: premium_yuan: "-5" must not be negative`,
      `${file}:3: unit_code: unknown unit code "XX9"`,
      '2 errors; nothing was written',
    ].join('\n'),
  });
  expect(await fx.query('select * from premium')).toEqual([]);
});

test('exits 2 with the usage on a wrong command line', async () => {
  const run = await importCli('unit', 'nothing.csv');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /^unknown kind "unit"\nusage: npm run import -- <kind> <file> \[--encoding utf8\|gb18030\]/,
  );
  expect((await importCli('units', 'no-such-file.csv')).stderr).toMatch(/^no such file: no-such-file.csv/);
});
