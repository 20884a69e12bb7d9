import { sql } from 'kysely';
import { isoInstant, rows, type Db } from '../../../db/sql.js';
import type { Role } from '../../../db/domain.js';

// Users, their units, sessions and API tokens. Secrets arrive here already hashed (secrets.ts).

export interface UserRow {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  unitIds: number[];
  createdAt: string;
  updatedAt: string;
}

const USER_COLUMNS = sql`u.id, u.username, u.role, u.disabled, ${isoInstant('u.created_at')} as "createdAt",
  ${isoInstant('u.updated_at')} as "updatedAt",
  coalesce((select array_agg(uu.unit_id order by uu.unit_id) from app_user_unit uu where uu.user_id = u.id), '{}') as "unitIds"`;

export function listUsers(db: Db): Promise<UserRow[]> {
  return rows(db, sql<UserRow>`select ${USER_COLUMNS} from app_user u order by u.username`);
}

export async function userByName(db: Db, username: string): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const [user] = await rows(
    db,
    sql<UserRow & { passwordHash: string }>`select ${USER_COLUMNS}, u.password_hash as "passwordHash"
      from app_user u where u.username = ${username}`,
  );
  return user;
}

export async function insertUser(
  db: Db,
  user: { username: string; passwordHash: string; role: Role; unitIds: number[] },
): Promise<void> {
  await sql`with created as (
      insert into app_user (username, password_hash, role) values (${user.username}, ${user.passwordHash}, ${user.role})
      returning id)
    insert into app_user_unit (user_id, unit_id) select created.id, unnest(${user.unitIds}::int[]) from created`.execute(
    db,
  );
}

export async function updateUser(
  db: Db,
  userId: number,
  change: { role?: Role; unitIds?: number[]; passwordHash?: string; disabled?: boolean },
): Promise<void> {
  await sql`update app_user set role = coalesce(${change.role ?? null}, role),
      password_hash = coalesce(${change.passwordHash ?? null}, password_hash),
      disabled = coalesce(${change.disabled ?? null}::boolean, disabled), updated_at = now()
    where id = ${userId}`.execute(db);
  if (change.unitIds) {
    await sql`delete from app_user_unit where user_id = ${userId}`.execute(db);
    await sql`insert into app_user_unit (user_id, unit_id) select ${userId}, unnest(${change.unitIds}::int[])`.execute(
      db,
    );
  }
}

/** A credential as presented: its user, and the facts that decide whether it is still good. */
export interface CredentialRow extends UserRow {
  credentialId: number;
  expiresAt: string | null;
  endedAt: string | null;
}

/** The session or token whose secret hashes to `tokenHash`, with its user and units: ONE statement. */
export async function credentialByHash(
  db: Db,
  kind: 'SESSION' | 'TOKEN',
  tokenHash: string,
): Promise<CredentialRow | undefined> {
  const [found] = await rows(
    db,
    kind === 'SESSION'
      ? sql<CredentialRow>`select ${USER_COLUMNS}, s.id as "credentialId", ${isoInstant('s.expires_at')} as "expiresAt",
            ${isoInstant('s.ended_at')} as "endedAt"
          from user_session s join app_user u on u.id = s.user_id where s.token_hash = ${tokenHash}`
      : sql<CredentialRow>`select ${USER_COLUMNS}, t.id as "credentialId", ${isoInstant('t.expires_at')} as "expiresAt",
            ${isoInstant('t.revoked_at')} as "endedAt"
          from api_token t join app_user u on u.id = t.user_id where t.token_hash = ${tokenHash}`,
  );
  return found;
}

export async function insertSession(db: Db, userId: number, tokenHash: string, expiresAt: Date): Promise<void> {
  await sql`insert into user_session (user_id, token_hash, expires_at) values (${userId}, ${tokenHash}, ${expiresAt})`.execute(
    db,
  );
}

/** Ends one session (sign-out), or every open session of a user (revocation, password change). */
export async function endSessions(db: Db, where: { sessionId: number } | { userId: number }): Promise<number> {
  const condition = 'sessionId' in where ? sql`id = ${where.sessionId}` : sql`user_id = ${where.userId}`;
  const result = await sql`update user_session set ended_at = now()
    where ${condition} and ended_at is null and expires_at > now()`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface ApiTokenRow {
  id: number;
  userId: number;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

const TOKEN_COLUMNS = sql`t.id, t.user_id as "userId", t.name, ${isoInstant('t.created_at')} as "createdAt",
  ${isoInstant('t.expires_at')} as "expiresAt", ${isoInstant('t.revoked_at')} as "revokedAt"`;

export async function insertApiToken(
  db: Db,
  token: { userId: number; name: string; tokenHash: string; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  const [row] = await rows(
    db,
    sql<ApiTokenRow>`with t as (insert into api_token (user_id, name, token_hash, expires_at)
        values (${token.userId}, ${token.name}, ${token.tokenHash}, ${token.expiresAt}) returning *)
      select ${TOKEN_COLUMNS} from t`,
  );
  return row;
}

/** Revokes a token (once: a revoked token keeps its first revocation time); undefined if there is none. */
export async function revokeApiToken(db: Db, id: number): Promise<(ApiTokenRow & { username: string }) | undefined> {
  const [row] = await rows(
    db,
    sql<ApiTokenRow & { username: string }>`with t as (update api_token set revoked_at = coalesce(revoked_at, now())
        where id = ${id} returning *)
      select ${TOKEN_COLUMNS}, u.username from t join app_user u on u.id = t.user_id`,
  );
  return row;
}

export function apiTokensOf(db: Db, userIds: readonly number[]): Promise<ApiTokenRow[]> {
  return rows(
    db,
    sql<ApiTokenRow>`select ${TOKEN_COLUMNS} from api_token t where t.user_id = any(${userIds}::int[]) order by t.id`,
  );
}

/** Unit ids by code, for binding users; codes not found are absent. */
export function unitIdsByCodes(db: Db, codes: readonly string[]): Promise<{ id: number; code: string }[]> {
  return rows(db, sql<{ id: number; code: string }>`select id, code from unit where code = any(${codes}::text[])`);
}

export function unitCodesByIds(db: Db, ids: readonly number[]): Promise<{ id: number; code: string }[]> {
  return rows(
    db,
    sql<{ id: number; code: string }>`select id, code from unit where id = any(${ids}::int[]) order by code`,
  );
}
