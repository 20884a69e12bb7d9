import { defineEntity, p } from '@mikro-orm/core';
import { ROLES } from '../domain.js';
import { Unit } from './unit.entity.js';

/**
 * A person or machine client of the portal (`app_user`: `user` is reserved in SQL). The role says
 * what it may do; its units (BRANCH, REGULATOR) say where. Usernames are stored lower-case.
 */
export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.integer().primary().autoincrement(),
    username: p.string().length(64).unique('app_user_username_unique'),
    /** An argon2id hash in PHC format; the password itself is never stored. */
    passwordHash: p.text(),
    role: p.enum(ROLES),
    disabled: p.boolean().default(false),
    createdAt: p.datetime().defaultRaw('now()'),
    updatedAt: p.datetime().defaultRaw('now()'),
  },
  checks: [{ name: 'app_user_username_check', expression: "username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'" }],
});
export class User extends UserSchema.class {}
UserSchema.setClass(User);

/** A unit a user is bound to: a branch's own unit, or one of a regulator's jurisdiction. */
export const UserUnitSchema = defineEntity({
  name: 'UserUnit',
  tableName: 'app_user_unit',
  properties: {
    user: () => p.manyToOne(User).primary().deleteRule('cascade'),
    unit: () => p.manyToOne(Unit).primary(),
  },
});
export class UserUnit extends UserUnitSchema.class {}
UserUnitSchema.setClass(UserUnit);
