import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryRootFieldHasARule, authChecker } from '../modules/access/index.js';
import { AdminResolver } from '../modules/access/admin.resolver.js';
import { SessionResolver } from '../modules/access/session.resolver.js';
import { ActivityResolver } from '../modules/activities/activity.resolver.js';
import { BacklogResolver } from '../modules/backlog/backlog.resolver.js';
import { BreakdownResolver } from '../modules/breakdowns/breakdown.resolver.js';
import { CompareResolver } from '../modules/compare/compare.resolver.js';
import { ComplaintConnectionResolver, ComplaintResolver } from '../modules/complaints/complaint.resolver.js';
import { DeadlineResolver } from '../modules/deadlines/deadline.resolver.js';
import { MetricResolver } from '../modules/metrics/metric.resolver.js';
import { RankingResolver } from '../modules/rankings/ranking.resolver.js';
import { ReportResolver, ReportVersionResolver } from '../modules/reports/report.resolver.js';
import { ScorecardResolver } from '../modules/scorecard/scorecard.resolver.js';
import { TrendResolver } from '../modules/trends/trend.resolver.js';
import { UnitPeriodResolver, UnitResolver } from '../modules/units/unit.resolver.js';

// The composition root of the API: every resolver is listed here, and only here. Modules export
// domain code (readers, services, types) from their index; nothing below imports this file back.
const RESOLVERS = [
  SessionResolver,
  AdminResolver,
  UnitResolver,
  UnitPeriodResolver,
  ComplaintResolver,
  ComplaintConnectionResolver,
  DeadlineResolver,
  MetricResolver,
  RankingResolver,
  TrendResolver,
  CompareResolver,
  BreakdownResolver,
  BacklogResolver,
  ActivityResolver,
  ReportResolver,
  ReportVersionResolver,
  ScorecardResolver,
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
