import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { badInput, DomainError } from '../../errors.js';
import { groupBy } from '../../kernel/dated-loader.js';
import { apiTokensOf, listUsers, type ApiTokenRow, type UserRow } from './account.repository.js';
import * as accounts from './account.use-case.js';
import { auditPage } from './audit.repository.js';
import type { HttpSession } from './http-session.js';
import type { Scope } from './scope.js';
import { recordRefusedSignIn, signIn, signOut } from './sign-in.use-case.js';
import type { Transact } from '../../kernel/transact.js';
import type { Viewer } from './viewer.js';

export const MAX_AUDIT_PAGE = 100;

export interface AccountReaderDependencies {
  db: Db;
  /** The primary, outside any transaction: where a refused sign-in's audit line is written. */
  primary: Db;
  transact: Transact;
  scope: Scope;
  http: HttpSession;
  now: Date;
  sessionHours: number;
}

/** What the GraphQL API shows of a viewer or a signed-in user. */
const viewerOf = (viewer: Pick<Viewer, 'username' | 'role' | 'unitIds'>, expiresAt: string | null) => ({
  username: viewer.username,
  role: viewer.role,
  unitIds: viewer.unitIds,
  expiresAt,
});

/**
 * Sign-in, sign-out and user administration for one request: the session cookie, the caller's
 * address for the audit log, and (for administration) a check of the caller's role beside the
 * resolvers' own, so that this reader is safe whoever calls it.
 */
export function createAccountReader({
  db,
  primary,
  transact,
  scope,
  http,
  now,
  sessionHours,
}: AccountReaderDependencies) {
  const admin = (): accounts.Actor => {
    const viewer = scope.requireViewer();
    if (viewer.role !== 'HQ_ADMIN') throw new DomainError('FORBIDDEN', 'user administration is open to HQ_ADMIN only');
    return { username: viewer.username, address: http.address };
  };
  const tokens = new DataLoader<number, ApiTokenRow[]>(async (userIds) => {
    const found = groupBy(await apiTokensOf(db, userIds), (token) => token.userId);
    return userIds.map((id) => found.get(id) ?? []);
  });

  return {
    async signIn(username: string, password: string) {
      const signedIn = await signIn(transact, { username, password, address: http.address, now, sessionHours });
      http.setSessionCookie(signedIn.secret, signedIn.expiresAt);
      return viewerOf(signedIn.user, signedIn.expiresAt.toISOString());
    },

    /** A sign-in the endpoint refused before it ran (see server/graphql/nul-guard.ts): audited as failed. */
    signInRefused(username: string, reason: string): Promise<void> {
      return recordRefusedSignIn(primary, { username, address: http.address, reason });
    },

    async signOut(): Promise<boolean> {
      const ended = await signOut(transact, scope.viewer, http.address);
      http.clearSessionCookie();
      return ended;
    },

    /** The viewer; null when anonymous; UNAUTHENTICATED saying why when the session or token is no longer good. */
    me() {
      if (scope.viewer) return viewerOf(scope.viewer, scope.viewer.credential.expiresAt);
      if (!http.credentials.session && http.credentials.authorization === undefined) return null;
      // A stale cookie is dropped with the answer, so the next request is plainly anonymous.
      if (!http.credentials.authorization) http.clearSessionCookie();
      scope.requireViewer(); // there is none: this throws the reason
      return null;
    },

    users(): Promise<UserRow[]> {
      admin();
      return listUsers(db);
    },

    createUser(input: accounts.NewUser) {
      return accounts.createUser(transact, admin(), input);
    },

    changeUser(username: string, change: accounts.UserChange) {
      return accounts.changeUser(transact, admin(), username, change);
    },

    revokeSessions(username: string) {
      return accounts.revokeSessions(transact, admin(), username);
    },

    createApiToken(username: string, name: string, expiresAt?: Date | null) {
      return accounts.createApiToken(transact, admin(), { username, name, expiresAt, now });
    },

    revokeApiToken(id: number) {
      return accounts.revokeToken(transact, admin(), id);
    },

    tokensOf(userId: number): Promise<ApiTokenRow[]> {
      admin();
      return tokens.load(userId);
    },

    /** The audit log, newest first, a page at a time (keyset on id: the cursor is the last id seen). */
    async auditLog(first: number, after?: string) {
      admin();
      if (!Number.isInteger(first) || first < 0 || first > MAX_AUDIT_PAGE) {
        throw badInput(`first must be between 0 and ${MAX_AUDIT_PAGE}, not ${first}`);
      }
      const before = after === undefined ? undefined : Number(after);
      if (before !== undefined && !(Number.isSafeInteger(before) && before > 0))
        throw badInput(`"${after}" is not a cursor of the audit log`);
      const found = await auditPage(db, first, before);
      const edges = found
        .slice(0, first)
        .map((row) => ({ cursor: String(row.id), node: { ...row, detail: JSON.stringify(row.detail) } }));
      return { edges, pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  };
}

export type AccountReader = ReturnType<typeof createAccountReader>;
