import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountReader } from './account.reader.js';
import type { UnitReader } from '../units/index.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { Unit } from '../units/index.js';
import { ApiToken, AuditEventConnection, NewApiToken, NewUserInput, User, UserChangeInput } from './account.type.js';
import { ADMINS } from './role.rules.js';

/** What these resolvers read of the request's context. */
interface AdminResolverContext {
  accounts: AccountReader;
  units: UnitReader;
}

@Resolver(() => User)
export class AdminResolver {
  @Authorized(ADMINS)
  @Query(() => [User], { description: 'Every user, by username (HQ_ADMIN).' })
  users(@Ctx() ctx: AdminResolverContext) {
    return ctx.accounts.users();
  }

  @Authorized(ADMINS)
  @Mutation(() => User, { description: 'Creates a user (HQ_ADMIN); written to the audit log.' })
  createUser(@Ctx() ctx: AdminResolverContext, @Arg('input', () => NewUserInput) input: NewUserInput) {
    return ctx.accounts.createUser(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => User, {
    description: 'Changes a user\u2019s role, units, password or disabled flag (HQ_ADMIN); audited.',
  })
  updateUser(
    @Ctx() ctx: AdminResolverContext,
    @Arg('username', () => String) username: string,
    @Arg('input', () => UserChangeInput) input: UserChangeInput,
  ) {
    return ctx.accounts.changeUser(username, input);
  }

  @Authorized(ADMINS)
  @Mutation(() => Int, { description: 'Ends every open session of a user at once (HQ_ADMIN); how many were ended.' })
  revokeSessions(@Ctx() ctx: AdminResolverContext, @Arg('username', () => String) username: string) {
    return ctx.accounts.revokeSessions(username);
  }

  @Authorized(ADMINS)
  @Mutation(() => NewApiToken, { description: 'A new API token for a user (HQ_ADMIN); the secret is shown this once.' })
  async createApiToken(
    @Ctx() ctx: AdminResolverContext,
    @Arg('username', () => String) username: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => DateTimeScalar, { nullable: true }) expiresAt?: Date,
  ): Promise<NewApiToken> {
    const { token, row } = await ctx.accounts.createApiToken(username, name, expiresAt);
    return { token, apiToken: row };
  }

  @Authorized(ADMINS)
  @Mutation(() => ApiToken, { description: 'Revokes an API token at once (HQ_ADMIN); audited.' })
  revokeApiToken(@Ctx() ctx: AdminResolverContext, @Arg('id', () => Int) id: number) {
    return ctx.accounts.revokeApiToken(id);
  }

  @Authorized(ADMINS)
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first, at most 100 a page (HQ_ADMIN).' })
  auditLog(
    @Ctx() ctx: AdminResolverContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.accounts.auditLog(first, after);
  }

  @FieldResolver(() => [Unit])
  units(@Root() user: User, @Ctx() ctx: AdminResolverContext): Promise<Unit[]> {
    return ctx.units.byIds(user.unitIds);
  }

  @FieldResolver(() => [ApiToken])
  apiTokens(@Root() user: User, @Ctx() ctx: AdminResolverContext) {
    return ctx.accounts.tokensOf(user.id);
  }
}
