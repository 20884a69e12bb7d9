import { defineEntity, p } from '@mikro-orm/core';
import { User } from './user.entity.js';

// Sessions and API tokens: only a SHA-256 of each secret is stored, so a copy of the database
// signs no one in. Both end by a timestamp, never by deletion, so the audit trail stays whole.

/** A browser session: the cookie's secret, its expiry, and when it was ended (sign-out, revocation). */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'user_session',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    tokenHash: p.string().length(64).unique('user_session_token_hash_unique'),
    createdAt: p.datetime().defaultRaw('now()'),
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'user_session_user_idx', properties: ['user'] }],
});
export class Session extends SessionSchema.class {}
SessionSchema.setClass(Session);

/** A machine client's bearer token, bound to a user (and so to its role and units). */
export const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).deleteRule('cascade'),
    name: p.string().length(100),
    tokenHash: p.string().length(64).unique('api_token_token_hash_unique'),
    createdAt: p.datetime().defaultRaw('now()'),
    expiresAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
  indexes: [{ name: 'api_token_user_idx', properties: ['user'] }],
});
export class ApiToken extends ApiTokenSchema.class {}
ApiTokenSchema.setClass(ApiToken);
