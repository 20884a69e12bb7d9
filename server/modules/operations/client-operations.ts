// The names of the client's operations (client/gql/), the only operation names the metrics keep as a
// label: any other name, or none, is counted as `other`, so a caller cannot grow the metrics without
// bound by naming operations freely. test/server/client-operations.test.ts fails when the client's
// documents and this list differ, and prints the list to put here.

export const CLIENT_OPERATIONS: ReadonlySet<string> = new Set([
  'ChangeDeadlineRuleSet',
  'ComparePage',
  'ComparePageUnits',
  'CompareTrend',
  'ComplaintPage',
  'CreateReport',
  'DeleteReport',
  'EnterScorecardPoints',
  'LatestComplaint',
  'MetricDefinitions',
  'OverviewCards',
  'OverviewRanking',
  'OverviewTrend',
  'RankingsPage',
  'RankingsPageUnits',
  'RecordsFigure',
  'RecordsList',
  'ReportBuilderUnits',
  'ReportLive',
  'ReportPage',
  'ReportPreview',
  'ReportRestatement',
  'ReportsPage',
  'RulesPageDeadlines',
  'RulesPageScorecards',
  'SaveScorecardRuleSet',
  'ScorecardPageRanking',
  'ScorecardPageUnit',
  'SignIn',
  'SignOut',
  'SiteSearchComplaint',
  'SiteSearchUnits',
  'SubmitReport',
  'UnitBacklog',
  'UnitBreakdown',
  'UnitCards',
  'UnitChildren',
  'UnitComplaints',
  'UnitTreeChildren',
  'UnitTrend',
  'UnitView',
  'UnitsPageTree',
  'UnitsPageUnit',
  'UpdateReport',
  'Viewer',
]);

/** The label an operation is counted under: its name if the client sends it, else `other`. */
export const operationLabel = (name: string | null | undefined): string =>
  name && CLIENT_OPERATIONS.has(name) ? name : 'other';
