import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';

/** An arbitrary, fixed key: every program of ours that migrates takes this advisory lock first. */
const MIGRATION_LOCK = 815_020_110;

/**
 * The database functions, one `.sql` file each: db/functions/ beside this file, or the source tree's
 * when this runs compiled from dist/db/ (tsc copies no .sql).
 */
export const FUNCTIONS_DIR =
  [new URL('./functions/', import.meta.url), new URL('../../db/functions/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('./functions/', import.meta.url));

/**
 * Applies pending migrations, then every function file whose text changed since it was last applied,
 * in one transaction under a PostgreSQL advisory lock, so that a server and a command-line tool
 * started together do not race; the second waits, then finds nothing to do. Returns the migrations
 * and the function files it applied.
 *
 * The function files come after the migrations: a file is today's definition, while the migrations
 * that first created its function (and never change) hold an older one. A migration therefore cannot
 * rely on a function file's new text; it finds the definition the files had before the run.
 */
export async function migrate(orm: MikroORM, functionsDir = FUNCTIONS_DIR): Promise<string[]> {
  const files = await functionFiles(functionsDir);
  const connection = orm.em.fork().getConnection();
  return connection.transactional(async (trx) => {
    const run = (query: string, params: unknown[] = []) =>
      connection.execute<{ name: string; sha256: string }[]>(query, params, 'all', trx);
    await run('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    const migrations = await orm.migrator.up({ transaction: trx });
    const applied = new Map((await run('select name, sha256 from db_function')).map((row) => [row.name, row.sha256]));
    const changed = files.filter((file) => applied.get(file.name) !== file.sha256);
    for (const file of changed) {
      // The file's statements as they are (no parameters, so nothing in them is taken for one).
      await run(file.text);
      await run(
        `insert into db_function (name, sha256) values (?, ?)
          on conflict (name) do update set sha256 = excluded.sha256, applied_at = now()`,
        [file.name, file.sha256],
      );
    }
    return [...migrations.map((migration) => migration.name), ...changed.map((file) => `${file.name}.sql`)];
  });
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}

interface FunctionFile {
  /** The function's name, which is the file's. */
  name: string;
  text: string;
  sha256: string;
}

/** The function files, in name order (none refers to another when created: PL/pgSQL binds at run time). */
async function functionFiles(dir: string): Promise<FunctionFile[]> {
  const names = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(path.join(dir, file), 'utf8');
      return { name: path.basename(file, '.sql'), text, sha256: createHash('sha256').update(text).digest('hex') };
    }),
  );
}
