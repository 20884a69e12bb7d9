import { LRUCache } from 'lru-cache';
import type { Role } from '../../../db/domain.js';
import type { Db } from '../../../db/sql.js';
import { DomainError } from '../../errors.js';
import { NO_FEED, type ChangeFeed } from '../../kernel/change-feed.js';
import { credentialByHash, type CredentialRow } from './account.repository.js';
import { hashSecret } from './secrets.js';

/** Who is asking: a signed-in user, through a browser session or an API token. */
export interface Viewer {
  userId: number;
  username: string;
  role: Role;
  /** The units the user is bound to (a branch's own, a regulator's jurisdiction). */
  unitIds: readonly number[];
  credential: { kind: 'SESSION' | 'TOKEN' | 'SYSTEM'; id: number; expiresAt: string | null };
}

/**
 * The command line's identity (`npm run report`): an operator at the machine, with headquarters'
 * reach, who is no user of the portal — what it writes records it by name ("cli"), with no user id.
 */
export const COMMAND_LINE_IDENTITY: Identity = {
  viewer: {
    userId: 0,
    username: 'cli',
    role: 'HQ_ADMIN',
    unitIds: [],
    credential: { kind: 'SYSTEM', id: 0, expiresAt: null },
  },
  problem: null,
};

/** The user id to record as author, or null for the command line's identity. */
export const authorId = (viewer: Viewer): number | null => (viewer.credential.kind === 'SYSTEM' ? null : viewer.userId);

/** What a request presented: the session cookie's secret, the Authorization header. */
export interface Credentials {
  session?: string;
  authorization?: string;
}

/** The viewer, or why there is none: anonymous (no problem), or a credential that is no longer good. */
export interface Identity {
  viewer: Viewer | null;
  problem: DomainError | null;
}

const unauthenticated = (message: string) => new DomainError('UNAUTHENTICATED', message);

/**
 * The credentials a server's requests presented, as the database holds them (user, role, units, ended,
 * expiry), kept by their hash while the change feed says no credential changed: the database notifies
 * every change that can take rights away, on any path (credentials_changed.sql), and this process's own
 * writes forget them at once. Each is judged again at every request's `now` (expiry). A credential not
 * found is not kept: one made later (a sign-in, a new token) is announced to no one. Without a listening
 * feed nothing is kept.
 */
export function createCredentialCache(feed: ChangeFeed = NO_FEED, max = 10_000) {
  const rows = new LRUCache<string, CredentialRow>({ max });
  let rowsMark: number | undefined;
  return {
    async find(db: Db, kind: 'SESSION' | 'TOKEN', tokenHash: string): Promise<CredentialRow | undefined> {
      const mark = feed.mark('credentials');
      if (mark === undefined) return credentialByHash(db, kind, tokenHash);
      if (mark !== rowsMark) {
        rows.clear();
        rowsMark = mark;
      }
      const key = `${kind}:${tokenHash}`;
      const hit = rows.get(key);
      if (hit) return hit;
      const found = await credentialByHash(db, kind, tokenHash);
      // Not kept when a change was notified while it was read: it may predate that change.
      if (found && feed.holds('credentials', mark) && rowsMark === mark) rows.set(key, found);
      return found;
    },
    /** Forgets them all: for tests that count what a request costs when nothing is kept. */
    clear(): void {
      rows.clear();
    },
  };
}

export type CredentialCache = ReturnType<typeof createCredentialCache>;

/**
 * Resolves the request's credentials, once per request, in at most ONE statement (none when the server
 * keeps them). A bearer token wins over a cookie (machine clients send no cookies; a browser sends no
 * Authorization header).
 */
export async function identify(
  db: Db,
  credentials: Credentials,
  now: Date,
  cache: CredentialCache = createCredentialCache(),
): Promise<Identity> {
  const { authorization, session } = credentials;
  if (authorization !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(authorization.trim());
    if (!match)
      return { viewer: null, problem: unauthenticated('the Authorization header must read "Bearer <token>"') };
    return judge(await cache.find(db, 'TOKEN', hashSecret(match[1])), 'TOKEN', now);
  }
  if (session) return judge(await cache.find(db, 'SESSION', hashSecret(session)), 'SESSION', now);
  return { viewer: null, problem: null };
}

function judge(found: CredentialRow | undefined, kind: 'SESSION' | 'TOKEN', now: Date): Identity {
  const what = kind === 'SESSION' ? 'your session' : 'the API token';
  const problem = (message: string): Identity => ({ viewer: null, problem: unauthenticated(message) });
  if (!found)
    return problem(kind === 'SESSION' ? 'your session is not valid; sign in again' : 'the API token is not valid');
  if (found.endedAt) {
    return problem(
      kind === 'SESSION'
        ? `your session ended at ${found.endedAt}; sign in again`
        : `the API token was revoked at ${found.endedAt}`,
    );
  }
  if (found.expiresAt && Date.parse(found.expiresAt) <= now.getTime()) {
    return problem(`${what} expired at ${found.expiresAt}${kind === 'SESSION' ? '; sign in again' : ''}`);
  }
  if (found.disabled) return problem(`the account "${found.username}" is disabled`);
  return {
    viewer: {
      userId: found.id,
      username: found.username,
      role: found.role,
      unitIds: found.unitIds,
      credential: { kind, id: found.credentialId, expiresAt: found.expiresAt },
    },
    problem: null,
  };
}
