import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdminResolver, assertEveryRootFieldHasARule, authChecker, SessionResolver } from '../modules/access/index.js';
import { ActivityResolver } from '../modules/activities/index.js';
import { BacklogResolver } from '../modules/backlog/index.js';
import { BreakdownResolver } from '../modules/breakdowns/index.js';
import { CompareResolver } from '../modules/compare/index.js';
import { ComplaintConnectionResolver, ComplaintResolver } from '../modules/complaints/index.js';
import { MetricResolver } from '../modules/metrics/index.js';
import { RankingResolver } from '../modules/rankings/index.js';
import { ReportResolver, ReportVersionResolver } from '../modules/reports/index.js';
import { TrendResolver } from '../modules/trends/index.js';
import { UnitPeriodResolver, UnitResolver } from '../modules/units/index.js';

const RESOLVERS = [
  SessionResolver,
  AdminResolver,
  UnitResolver,
  UnitPeriodResolver,
  ComplaintResolver,
  ComplaintConnectionResolver,
  MetricResolver,
  RankingResolver,
  TrendResolver,
  CompareResolver,
  BreakdownResolver,
  BacklogResolver,
  ActivityResolver,
  ReportResolver,
  ReportVersionResolver,
] as const;

/**
 * The portal's GraphQL schema, built from the resolvers of every module. Every root field carries an
 * @Authorized rule checked by the access module; one without a rule stops the build (deny by default).
 */
export async function buildPortalSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: 'error' });
  assertEveryRootFieldHasARule(schema);
  return schema;
}

export const SCHEMA_HEADER =
  '# Generated from the server code by `npm run schema`. Do not edit: a test fails when it is stale.\n\n';

/** The SDL as committed in schema/schema.graphql: sorted, so a diff shows only real changes. */
export async function printPortalSchema(): Promise<string> {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(await buildPortalSchema())) + '\n';
}
