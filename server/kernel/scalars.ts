import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { endOfShanghaiDay, startOfShanghaiDay } from './shanghai-time.js';

// Every date and instant the API takes lies in a plausible range: the portal holds no complaint
// before 1990 (the import refuses one), and a date far ahead (9999-12-31) only makes work — a trend
// to it would be a hundred thousand months. Checked here, so no argument or variable escapes it.

export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2099-12-31';
const EARLIEST_INSTANT = startOfShanghaiDay(EARLIEST_DATE).getTime();
const LATEST_INSTANT = endOfShanghaiDay(LATEST_DATE).getTime();

const outOfRange = (value: string) =>
  new GraphQLError(
    `${value} is outside the dates the portal answers for (${EARLIEST_DATE} to ${LATEST_DATE}, Shanghai)`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );

/** A scalar that parses as `base` does, then refuses a value outside the range. */
function bounded<T>(
  base: GraphQLScalarType,
  name: string,
  description: string,
  inRange: (value: T) => boolean,
  show: (value: T) => string,
) {
  const config = base.toConfig();
  const check = (value: T): T => {
    if (!inRange(value)) throw outOfRange(show(value));
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    name,
    description,
    parseValue: (value: unknown) => check(config.parseValue(value) as T),
    parseLiteral: (node: ValueNode, variables?: Record<string, unknown> | null) =>
      check(config.parseLiteral(node, variables) as T),
  });
}

/** `Date` of the API contract: a Shanghai-local calendar date, `YYYY-MM-DD`, kept as a string. */
export const DateScalar = bounded<string>(
  LocalDateResolver,
  'Date',
  `A calendar date in Asia/Shanghai, YYYY-MM-DD (e.g. 2013-07-31), from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  (date) => date >= EARLIEST_DATE && date <= LATEST_DATE,
  (date) => date,
);

/** `DateTime` of the API contract: an ISO 8601 instant with an offset; parsed to a JS Date. */
export const DateTimeScalar = bounded<Date>(
  DateTimeResolver,
  'DateTime',
  'An instant, ISO 8601 with an offset (e.g. 2013-01-05T09:30:00+08:00 or 2013-01-05T01:30:00Z), ' +
    `from ${EARLIEST_DATE} to ${LATEST_DATE} in Shanghai.`,
  (instant) => instant.getTime() >= EARLIEST_INSTANT && instant.getTime() <= LATEST_INSTANT,
  (instant) => instant.toISOString(),
);
