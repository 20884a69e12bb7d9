import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import type { Role } from '../../../db/domain.js';
import type { DB } from '../../../db/database.js';
import { COMMAND_LINE, createUser } from './account.use-case.js';
import { transactor } from '../../kernel/transact.js';

/**
 * One demo user per role, on the demo data's units (README, "Demo users"). Their passwords are
 * public: they exist only where the demo data is loaded, which production turns off.
 */
export const DEMO_USERS: readonly { username: string; password: string; role: Role; units: string[] }[] = [
  { username: 'admin', password: 'admin-demo-2026', role: 'HQ_ADMIN', units: [] },
  { username: 'analyst', password: 'analyst-demo-2026', role: 'HQ_ANALYST', units: [] },
  { username: 'guangzhou', password: 'branch-demo-2026', role: 'BRANCH', units: ['GZ'] },
  { username: 'regulator', password: 'regulator-demo-2026', role: 'REGULATOR', units: ['GD', 'GZ'] },
];

/** Creates the demo users when the database has no user at all, and prints their credentials. */
export async function ensureDemoUsers(orm: MikroORM, log: (line: string) => void): Promise<void> {
  const db = orm.em.fork().getKysely<DB>();
  const { rows } = await sql<{ users: number; codes: string[] }>`select (select count(*)::int from app_user) as users,
      array(select code from unit where code = any(${['GZ', 'GD']}::text[])) as codes`.execute(db);
  if (rows[0].users > 0) return;
  const transact = transactor(orm);
  const made = [];
  for (const user of DEMO_USERS) {
    if (!user.units.every((code) => rows[0].codes.includes(code))) continue;
    await createUser(transact, COMMAND_LINE, user);
    made.push(user);
  }
  if (made.length === 0) return;
  log('demo users (first start only; listed in the README):');
  for (const user of made) {
    log(
      `  ${user.username.padEnd(10)} ${user.password.padEnd(20)} ${user.role}${user.units.length ? ` ${user.units.join(', ')}` : ''}`,
    );
  }
}
