import type { Db } from '../../../db/sql.js';
import { DomainError } from '../../errors.js';
import { endSessions, insertSession, userByName, type UserRow } from './account.repository.js';
import { appendAudit, lockSignIns, recentFailures } from './audit.repository.js';
import { hashSecret, MAX_PASSWORD_LENGTH, newSecret, verifyPassword } from './secrets.js';
import { omit } from '../../kernel/omit.js';
import type { Transact } from '../../kernel/transact.js';
import type { Viewer } from './viewer.js';

/**
 * Failed sign-ins allowed within the window: per username (counted since its last success) and per
 * client address. The counts are read from the audit log in PostgreSQL, so every process of the
 * portal shares them, and a restart forgets nothing.
 */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perUser: 5, perAddress: 20 } as const;

export interface SignInRequest {
  username: string;
  password: string;
  address: string;
  now: Date;
  sessionHours: number;
}

export interface SignedIn {
  user: UserRow;
  /** The cookie's secret: handed to the browser once, stored only as its hash. */
  secret: string;
  expiresAt: Date;
}

type Outcome = { signedIn: SignedIn } | { refused: DomainError };

/**
 * A username as the throttle and the audit log know it: trimmed, lower case, at most 64 characters,
 * and a NUL (which PostgreSQL text cannot hold) shown as U+FFFD.
 */
const loggedName = (username: string) => username.trim().toLowerCase().slice(0, 64).replaceAll('\u0000', '\uFFFD');

/**
 * Checks the throttle, the password (argon2id; an unknown username costs the same time) and the
 * account, then opens a session; every attempt, good or bad, is written to the audit log.
 */
export async function signIn(transact: Transact, request: SignInRequest): Promise<SignedIn> {
  if (request.password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `a password has at most ${MAX_PASSWORD_LENGTH} characters`);
  }
  const username = loggedName(request.username);
  const { address, now } = request;
  // The refusal is thrown after the transaction commits, so the failed attempt stays in the log.
  const outcome = await transact<Outcome>(async (db) => {
    await lockSignIns(db, username, address);
    const fail = async (reason: string, error: DomainError): Promise<Outcome> => {
      await appendAudit(db, { action: 'SIGN_IN_FAILED', actor: username, address, detail: { reason } });
      return { refused: error };
    };
    const failures = await recentFailures(db, username, address, now, SIGN_IN_LIMITS.windowMinutes);
    if (failures.byUser >= SIGN_IN_LIMITS.perUser || failures.byAddress >= SIGN_IN_LIMITS.perAddress) {
      return fail(
        'RATE_LIMITED',
        new DomainError(
          'RATE_LIMITED',
          `too many failed sign-ins for this username or from this address; try again in ${SIGN_IN_LIMITS.windowMinutes} minutes`,
        ),
      );
    }
    const user = await userByName(db, username);
    const wrong = new DomainError('UNAUTHENTICATED', 'wrong username or password');
    // Verified before asking whether the user exists: an unknown username costs the same time.
    const verified = await verifyPassword(user?.passwordHash ?? null, request.password);
    if (!user) return fail('UNKNOWN_USER', wrong);
    if (!verified) return fail('WRONG_PASSWORD', wrong);
    if (user.disabled)
      return fail('DISABLED', new DomainError('UNAUTHENTICATED', `the account "${username}" is disabled`));
    const secret = newSecret();
    const expiresAt = new Date(now.getTime() + request.sessionHours * 3_600_000);
    await insertSession(db, user.id, hashSecret(secret), expiresAt);
    await appendAudit(db, {
      action: 'SIGN_IN',
      actor: username,
      address,
      detail: { expiresAt: expiresAt.toISOString() },
    });
    return { signedIn: { user: omit(user, 'passwordHash'), secret, expiresAt } };
  });
  if ('refused' in outcome) throw outcome.refused;
  return outcome.signedIn;
}

/**
 * A sign-in refused before it could run (its input was not acceptable, `reason` says how) is still an
 * attempt: written to the audit log as a failed sign-in, so the throttle counts it like any other.
 */
export async function recordRefusedSignIn(
  db: Db,
  attempt: { username: string; address: string; reason: string },
): Promise<void> {
  await appendAudit(db, {
    action: 'SIGN_IN_FAILED',
    actor: loggedName(attempt.username),
    address: attempt.address,
    detail: { reason: attempt.reason },
  });
}

/** Ends the viewer's own session (a token is not a session: signing out with one ends nothing). */
export async function signOut(transact: Transact, viewer: Viewer | null, address: string): Promise<boolean> {
  if (viewer?.credential.kind !== 'SESSION') return false;
  return transact(async (db) => {
    const ended = await endSessions(db, { sessionId: viewer.credential.id });
    await appendAudit(db, { action: 'SIGN_OUT', actor: viewer.username, address });
    return ended > 0;
  });
}
