// npm run user, as an operator runs it: a child process on a test database, judged by exit code and output.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { runSql, TREE_SQL } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await runSql(db.url, TREE_SQL);
});
afterAll(() => db.drop());

function userCli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      'npx',
      ['tsx', 'server/cli/user.ts', ...args],
      { env: { ...process.env, DATABASE_URL: db.url } },
      (error, stdout, stderr) => {
        const own = stderr
          .split('\n')
          .filter((line) => line && !line.startsWith('npm warn'))
          .join('\n');
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr: own });
      },
    );
    child.stdin!.end(stdin);
  });
}

async function rows(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test('adds a regulator bound to two units, the password read from one line of standard input', async () => {
  const run = await userCli(
    ['add', 'GD-Regulator', '--role', 'REGULATOR', '--unit', 'GD', '--unit', 'GZ'],
    'a-long-password\nignored\n',
  );
  expect(run).toMatchObject({ code: 0, stdout: '', stderr: 'created gd-regulator (REGULATOR: GD, GZ)' });
  expect(
    await rows(`select u.username, u.role, array_agg(x.code order by x.code) as units, u.password_hash like '$argon2id$%' as argon2id
    from app_user u join app_user_unit uu on uu.user_id = u.id join unit x on x.id = uu.unit_id group by u.id`),
  ).toEqual([{ username: 'gd-regulator', role: 'REGULATOR', units: ['GD', 'GZ'], argon2id: true }]);
  expect(await rows(`select action, actor, subject from audit_event`)).toEqual([
    { action: 'USER_CREATED', actor: null, subject: 'gd-regulator' },
  ]);
});

test('prints a new token and nothing else, stored only as its hash', async () => {
  const run = await userCli(['token', 'gd-regulator']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^crp_[A-Za-z0-9_-]{43}\n$/);
  const hash = createHash('sha256').update(run.stdout.trim()).digest('hex');
  expect(await rows(`select name, expires_at from api_token where token_hash = $1`, [hash])).toEqual([
    { name: 'command line', expires_at: null },
  ]);
});

test('refuses a bad request with a reason and exit code 1, or usage with 2, and writes nothing', async () => {
  expect(await userCli(['add', 'someone', '--role', 'BRANCH'], 'a-long-password\n')).toMatchObject({
    code: 1,
    stderr: 'a BRANCH user must be bound to at least one unit',
  });
  expect(await userCli(['token', 'nobody'])).toMatchObject({
    code: 1,
    stdout: '',
    stderr: 'user "nobody" does not exist',
  });
  expect((await userCli(['add', 'someone', '--role', 'KING'], 'a-long-password\n')).stderr).toBe(
    'role "KING" is not one of HQ_ADMIN, HQ_ANALYST, BRANCH, REGULATOR',
  );
  const usage = await userCli(['remove', 'someone']);
  expect(usage.code).toBe(2);
  expect(usage.stderr.split('\n')[0]).toBe('unknown command "remove"');
  expect(await rows(`select username from app_user`)).toEqual([{ username: 'gd-regulator' }]);
});
