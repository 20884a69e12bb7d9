import { ROLES, type Role } from '../../../db/domain.js';
import type { Db } from '../../../db/sql.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import {
  endSessions,
  insertApiToken,
  insertUser,
  revokeApiToken,
  unitCodesByIds,
  unitIdsByCodes,
  updateUser,
  userByName,
  type ApiTokenRow,
  type UserRow,
} from './account.repository.js';
import { appendAudit } from './audit.repository.js';
import { ROLE_RULES } from './role.rules.js';
import { hashPassword, hashSecret, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, newSecret } from './secrets.js';
import type { Transact } from '../../kernel/transact.js';

// User administration, for HQ_ADMIN through GraphQL and for operators through `npm run user`. Every
// change is checked here (the same rules for both) and written to the audit log in its transaction.

/** Who made a change: an administrator's username and address, or the command line. */
export interface Actor {
  username: string | null;
  address: string | null;
}

export const COMMAND_LINE: Actor = { username: null, address: null };

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function checkUsername(raw: string): string {
  const username = raw.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw badInput(
      `username "${raw}" must be 2 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit`,
    );
  }
  return username;
}

export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badInput(
      `a password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, not ${password.length}`,
    );
  }
  return password;
}

export function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw badInput(`role "${role}" is not one of ${ROLES.join(', ')}`);
  return role as Role;
}

/** The unit ids of the codes, checked against the role: branches and regulators need units, HQ roles take none. */
async function unitsFor(db: Db, role: Role, codes: readonly string[]): Promise<number[]> {
  const unique = [...new Set(codes)];
  if (ROLE_RULES[role].needsUnits && unique.length === 0)
    throw badInput(`a ${role} user must be bound to at least one unit`);
  if (!ROLE_RULES[role].needsUnits && unique.length > 0)
    throw badInput(`a ${role} user sees every unit: bind it to none`);
  const found = new Map((await unitIdsByCodes(db, unique)).map((unit) => [unit.code, unit.id]));
  return unique.map((code) => {
    const id = found.get(code);
    if (id === undefined) throw notFound('unit', code);
    return id;
  });
}

async function requireUser(db: Db, username: string) {
  const user = await userByName(db, username.trim().toLowerCase());
  if (!user) throw notFound('user', username);
  return user;
}

export interface NewUser {
  username: string;
  password: string;
  role: string;
  units: readonly string[];
}

export async function createUser(transact: Transact, actor: Actor, input: NewUser): Promise<UserRow> {
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const passwordHash = await hashPassword(checkPassword(input.password));
  return transact(async (db) => {
    if (await userByName(db, username)) throw badInput(`user "${username}" already exists`);
    const unitIds = await unitsFor(db, role, input.units);
    await insertUser(db, { username, passwordHash, role, unitIds });
    await appendAudit(db, {
      action: 'USER_CREATED',
      actor: actor.username,
      address: actor.address,
      subject: username,
      detail: { role, units: [...new Set(input.units)] },
    });
    return (await requireUser(db, username)) satisfies UserRow;
  });
}

export interface UserChange {
  role?: string | null;
  units?: readonly string[] | null;
  password?: string | null;
  disabled?: boolean | null;
}

/** Changes a user; a new password or disabling ends the user's open sessions. */
export async function changeUser(transact: Transact, actor: Actor, name: string, change: UserChange): Promise<UserRow> {
  const passwordHash = change.password != null ? await hashPassword(checkPassword(change.password)) : undefined;
  return transact(async (db) => {
    const user = await requireUser(db, name);
    const role = change.role != null ? checkRole(change.role) : user.role;
    if (actor.username === user.username && (role !== 'HQ_ADMIN' || change.disabled)) {
      throw badInput('an administrator cannot take away or disable their own administration');
    }
    // A new role keeps the user's units when it takes units, and drops them when it sees everything.
    const keptUnits = async () =>
      ROLE_RULES[role].needsUnits ? (await unitCodesByIds(db, user.unitIds)).map((u) => u.code) : [];
    const unitIds =
      change.units != null
        ? await unitsFor(db, role, change.units)
        : change.role != null
          ? await unitsFor(db, role, await keptUnits())
          : undefined;
    await updateUser(db, user.id, { role, unitIds, passwordHash, disabled: change.disabled ?? undefined });
    const endedSessions = passwordHash || change.disabled ? await endSessions(db, { userId: user.id }) : 0;
    await appendAudit(db, {
      action: 'USER_UPDATED',
      actor: actor.username,
      address: actor.address,
      subject: user.username,
      detail: {
        ...(change.role != null && { role }),
        ...(change.units != null && { units: [...new Set(change.units)] }),
        ...(passwordHash && { password: 'changed' }),
        ...(change.disabled != null && { disabled: change.disabled }),
        ...(endedSessions > 0 && { endedSessions }),
      },
    });
    return requireUser(db, user.username);
  });
}

/** Ends every open session of a user at once (a lost laptop); their API tokens are revoked one by one. */
export async function revokeSessions(transact: Transact, actor: Actor, name: string): Promise<number> {
  return transact(async (db) => {
    const user = await requireUser(db, name);
    const ended = await endSessions(db, { userId: user.id });
    await appendAudit(db, {
      action: 'USER_UPDATED',
      actor: actor.username,
      address: actor.address,
      subject: user.username,
      detail: { endedSessions: ended },
    });
    return ended;
  });
}

/** A new API token for a user: the secret is returned once and stored only as its hash. */
export async function createApiToken(
  transact: Transact,
  actor: Actor,
  input: { username: string; name: string; expiresAt?: Date | null; now: Date },
): Promise<{ token: string; row: ApiTokenRow }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) throw badInput('a token needs a name of 1 to 100 characters');
  if (input.expiresAt && input.expiresAt.getTime() <= input.now.getTime()) {
    throw badInput(`expiresAt ${input.expiresAt.toISOString()} is not in the future`);
  }
  const token = newSecret('crp_');
  return transact(async (db) => {
    const user = await requireUser(db, input.username);
    const row = await insertApiToken(db, {
      userId: user.id,
      name,
      tokenHash: hashSecret(token),
      expiresAt: input.expiresAt ?? null,
    });
    await appendAudit(db, {
      action: 'TOKEN_CREATED',
      actor: actor.username,
      address: actor.address,
      subject: user.username,
      detail: { tokenId: row.id, name, expiresAt: row.expiresAt },
    });
    return { token, row };
  });
}

export async function revokeToken(transact: Transact, actor: Actor, id: number): Promise<ApiTokenRow> {
  return transact(async (db) => {
    const row = await revokeApiToken(db, id);
    if (!row) throw new DomainError('NOT_FOUND', `API token ${id} does not exist`);
    await appendAudit(db, {
      action: 'TOKEN_REVOKED',
      actor: actor.username,
      address: actor.address,
      subject: row.username,
      detail: { tokenId: id },
    });
    return row;
  });
}
