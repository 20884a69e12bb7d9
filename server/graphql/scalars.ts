import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** `Date` of the API contract: a Shanghai-local calendar date, `YYYY-MM-DD`, kept as a string. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date in Asia/Shanghai, YYYY-MM-DD (e.g. 2013-07-31).',
});

/** `DateTime` of the API contract: an ISO 8601 instant with an offset; parsed to a JS Date. */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant, ISO 8601 with an offset (e.g. 2013-01-05T09:30:00+08:00 or 2013-01-05T01:30:00Z).',
});
