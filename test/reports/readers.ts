import type { MikroORM } from '@mikro-orm/postgresql';
import type { Role } from '../../db/domain.js';
import { createContext } from '../../server/graphql/context.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import type { ReportReaders } from '../../server/modules/reports/index.js';
import { TEST_PASSWORD } from '../support/graphql.js';

/**
 * The readers a report is assembled with, as a request of a role's test user would have them: the
 * real context of an API token, so the scope is the one the API applies. Returns a maker of contexts.
 */
export async function readersAs(
  orm: MikroORM,
  role: Role,
  units: readonly string[] = [],
): Promise<() => Promise<ReportReaders>> {
  const username = `reports-${role.toLowerCase().replace('_', '-')}${units.map((unit) => `-${unit.toLowerCase()}`).join('')}`;
  const transact = transactor(orm);
  await createUser(transact, COMMAND_LINE, { username, password: TEST_PASSWORD, role, units });
  const { token } = await createApiToken(transact, COMMAND_LINE, { username, name: 'tests', now: new Date() });
  const http = {
    address: '127.0.0.1',
    credentials: { authorization: `Bearer ${token}` },
    setSessionCookie() {},
    clearSessionCookie() {},
  };
  // a fresh context per report, as each request gets its own loaders
  return () => createContext(orm, http, { sessionHours: 8 });
}
