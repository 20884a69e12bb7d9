import { sql } from 'kysely';
import { isoInstant, rows, type Db } from '../../../db/sql.js';
import type { AuditAction } from '../../../db/domain.js';

// The audit log: appended to here, read back by HQ_ADMIN, and counted for sign-in throttling.
// The database refuses any update or delete of it (see the migration).

export interface AuditEntry {
  action: AuditAction;
  actor: string | null;
  address: string | null;
  subject?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRow extends Required<AuditEntry> {
  id: number;
  at: string;
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await sql`insert into audit_event (action, actor, address, subject, detail)
    values (${entry.action}, ${entry.actor}, ${entry.address}, ${entry.subject ?? null}, ${JSON.stringify(entry.detail ?? {})}::jsonb)`.execute(
    db,
  );
}

/** Newest first, keyset-paginated on id; one row more than asked, to know if a next page exists. */
export function auditPage(db: Db, limit: number, beforeId?: number): Promise<AuditRow[]> {
  const before = beforeId === undefined ? sql`` : sql`where a.id < ${beforeId}`;
  return rows(
    db,
    sql<AuditRow>`select a.id::int as id, ${isoInstant('a.at')} as at, a.action, a.actor, a.address, a.subject, a.detail
      from audit_event a ${before} order by a.id desc limit ${limit + 1}`,
  );
}

// Two arbitrary namespaces for the advisory locks that serialise sign-ins of one username and of one
// address, so that a burst of parallel attempts cannot all pass the count before any is recorded.
const USER_LOCK = 815_020_111;
const ADDRESS_LOCK = 815_020_112;

/** Waits for, then holds until the transaction ends, the locks of this username's and this address's sign-ins. */
export async function lockSignIns(db: Db, username: string, address: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${USER_LOCK}, hashtext(${username})),
    pg_advisory_xact_lock(${ADDRESS_LOCK}, hashtext(${address}))`.execute(db);
}

/**
 * Failed sign-ins within the window before `now`: of this username since its last successful
 * sign-in, and from this address. Every process writes the same table, so the count is shared.
 */
export async function recentFailures(db: Db, username: string, address: string, now: Date, windowMinutes: number) {
  const [row] = await rows(
    db,
    sql<{ byUser: number; byAddress: number }>`with recent as (
        select a.actor, a.address, a.action, a.at from audit_event a
        where a.at > ${now}::timestamptz - make_interval(mins => ${windowMinutes}) and (a.actor = ${username} or a.address = ${address})
      )
      select count(*) filter (where action = 'SIGN_IN_FAILED' and actor = ${username} and at > coalesce(
          (select max(at) from recent where action = 'SIGN_IN' and actor = ${username}), '-infinity'))::int as "byUser",
        count(*) filter (where action = 'SIGN_IN_FAILED' and address = ${address})::int as "byAddress"
      from recent`,
  );
  return row;
}
