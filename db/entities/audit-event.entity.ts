import { defineEntity, p } from '@mikro-orm/core';
import { AUDIT_ACTIONS } from '../domain.js';

/**
 * One line of the audit log: who did what, from where, to whom. Append-only: a trigger (see the
 * migration) refuses every update, delete and truncate. The actor's and subject's usernames are
 * copied in, so a line reads the same whatever happens to the users later.
 */
export const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    at: p.datetime().defaultRaw('now()'),
    action: p.enum(AUDIT_ACTIONS),
    /** The signed-in user who acted, or the username tried at a failed sign-in. */
    actor: p.string().length(64).nullable(),
    /** The client's IP address. */
    address: p.string().length(64).nullable(),
    /** The user acted on (created, changed, given a token). */
    subject: p.string().length(64).nullable(),
    detail: p.json().default('{}'),
  },
  indexes: [
    { name: 'audit_event_actor_idx', properties: ['actor', 'at'] },
    { name: 'audit_event_address_idx', properties: ['address', 'at'] },
  ],
});
export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
