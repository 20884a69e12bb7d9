import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AUDIT_ACTIONS, ROLES, type AuditAction, type Role } from '../../../db/domain.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { PageInfo } from '../../kernel/page-info.js';
import { ROLE_LABELS } from './role.rules.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const RoleEnum = asEnum(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a user may see and do (README, "Roles").',
  valuesConfig: Object.fromEntries(
    ROLES.map((role) => [role, { description: `${ROLE_LABELS[role].zh} · ${ROLE_LABELS[role].en}` }]),
  ),
});

export const AuditActionEnum = asEnum(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, { name: 'AuditAction', description: 'What an audit log line records.' });

@ObjectType({ description: 'The signed-in user, as the portal sees them.' })
export class Viewer {
  unitIds!: readonly number[];

  @Field(() => String)
  username!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When this session or token stops working; null: never.',
  })
  expiresAt!: string | null;
}

@ObjectType({ description: 'A machine client\u2019s API token (the secret itself is shown once, when it is created).' })
export class ApiToken {
  userId!: number;

  @Field(() => Int)
  id!: number;

  @Field(() => String)
  name!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: string | null;
}

@ObjectType({ description: 'A new API token: send it as `Authorization: Bearer <token>`. It is not shown again.' })
export class NewApiToken {
  @Field(() => String)
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@ObjectType({ description: 'A user of the portal (for administrators).' })
export class User {
  id!: number;
  unitIds!: readonly number[];

  @Field(() => String)
  username!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@InputType({ description: 'A new user.' })
export class NewUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'At least 10 characters; stored only as an argon2id hash.' })
  password!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Unit codes: one or more for BRANCH and REGULATOR, none for HQ roles.',
  })
  units!: string[];
}

@InputType({ description: 'Changes to a user; what is absent stays as it is.' })
export class UserChangeInput {
  @Field(() => RoleEnum, { nullable: true })
  role?: Role;

  @Field(() => [String], { nullable: true })
  units?: string[];

  @Field(() => String, { nullable: true, description: 'A new password; ends the user\u2019s open sessions.' })
  password?: string;

  @Field(() => Boolean, { nullable: true, description: 'true stops every session and token of the user from working.' })
  disabled?: boolean;
}

@ObjectType({ description: 'One line of the audit log.' })
export class AuditEvent {
  @Field(() => Int)
  id!: number;

  @Field(() => DateTimeScalar)
  at!: string;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field(() => String, {
    nullable: true,
    description: 'Who acted (at a failed sign-in: the username tried); null: the command line.',
  })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'The client\u2019s IP address.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'The user acted on.' })
  subject!: string | null;

  @Field(() => String, { description: 'The particulars, as a JSON object.' })
  detail!: string;
}

@ObjectType()
export class AuditEventEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEvent)
  node!: AuditEvent;
}

@ObjectType({ description: 'A page of the audit log, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges!: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
