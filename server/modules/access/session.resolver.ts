import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccountReader } from './account.reader.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateScalar } from '../../kernel/scalars.js';
import { Unit } from '../units/index.js';
import { Viewer } from './account.type.js';
import { ANYONE, ROLE_RULES } from './role.rules.js';

/** What these resolvers read of the request's context. */
type SessionResolverContext = Pick<RequestClock, 'today'> & { accounts: AccountReader; units: UnitReader };

@Resolver(() => Viewer)
export class SessionResolver {
  @Authorized(ANYONE)
  @Mutation(() => Viewer, {
    description:
      'Signs in with a username and password and sets the session cookie. A wrong password is UNAUTHENTICATED; ' +
      'too many failures for a username or from an address are RATE_LIMITED for 15 minutes.',
  })
  signIn(
    @Ctx() ctx: SessionResolverContext,
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
  ) {
    return ctx.accounts.signIn(username, password);
  }

  @Authorized(ANYONE)
  @Mutation(() => Boolean, {
    description: 'Ends the session of the cookie (true if there was one to end) and clears the cookie.',
  })
  signOut(@Ctx() ctx: SessionResolverContext): Promise<boolean> {
    return ctx.accounts.signOut();
  }

  @Authorized(ANYONE)
  @Query(() => Viewer, {
    nullable: true,
    description:
      'The signed-in user; null when anonymous; UNAUTHENTICATED (saying why) for an expired or ended session or token.',
  })
  me(@Ctx() ctx: SessionResolverContext) {
    return ctx.accounts.me();
  }

  @FieldResolver(() => [Unit], {
    description: 'The units the user is bound to (a branch\u2019s own, a regulator\u2019s jurisdiction).',
  })
  units(@Root() viewer: Viewer, @Ctx() ctx: SessionResolverContext): Promise<Unit[]> {
    // By name: a signIn's answer comes before the request has a scope; asking more of them asks the scope.
    return ctx.units.named(viewer.unitIds);
  }

  @FieldResolver(() => [Unit], {
    description:
      "Where the user's tree starts on `at` (today by default): HQ for headquarters roles, else their own units.",
  })
  roots(
    @Root() viewer: Viewer,
    @Ctx() ctx: SessionResolverContext,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string,
  ) {
    return ctx.units.roots(ROLE_RULES[viewer.role].units === 'ALL' ? 'ALL' : viewer.unitIds, at ?? ctx.today);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description:
      'The codes of every unit whose page the user may open on `at` (today by default): their units\u2019 subtrees; null for headquarters roles (every unit). The client draws links only to these.',
  })
  reachable(
    @Root() viewer: Viewer,
    @Ctx() ctx: SessionResolverContext,
    @Arg('at', () => DateScalar, { nullable: true }) at?: string,
  ) {
    return ROLE_RULES[viewer.role].units === 'ALL' ? null : ctx.units.reachable(viewer.unitIds, at ?? ctx.today);
  }
}
