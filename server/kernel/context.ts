// What every request's context holds, whatever module reads it: the request's clock. Each module's
// resolvers declare the readers they use besides (their own context type, made of the readers the
// modules export), and the composition root (server/graphql/context.ts) builds one object that has
// them all — so no module imports the root, and the root imports every module.

export interface RequestClock {
  /** The request's instant: `asOf` and "today" defaults are taken from it, once. */
  now: Date;
  /** The Shanghai-local date of `now`, the default date the tree is looked at. */
  today: string;
}
