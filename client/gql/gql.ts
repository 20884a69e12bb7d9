/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n      units {\n        code\n      }\n      reachable\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query LatestComplaint {\n    complaints(first: 1, orderBy: RECEIVED_DESC) {\n      edges {\n        node {\n          receivedDate\n        }\n      }\n    }\n  }\n": typeof types.LatestComplaintDocument,
    "\n  fragment BacklogAging_aging on BacklogAging {\n    asOf\n    total\n    overdue\n    buckets {\n      key\n      count\n    }\n  }\n": typeof types.BacklogAging_AgingFragmentDoc,
    "\n  fragment BreakdownPanel_breakdown on Breakdown {\n    by\n    metric {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n    }\n    items {\n      key\n      labelZh\n      labelEn\n      value\n      previous\n      change\n      changeRate\n      share\n      cumulativeShare\n    }\n  }\n": typeof types.BreakdownPanel_BreakdownFragmentDoc,
    "\n  fragment CompareTable_table on CompareTable {\n    columns {\n      metric {\n        key\n        labelZh\n        labelEn\n        unit\n        better\n        additive\n      }\n      benchmark {\n        value\n        change\n        changeRate\n      }\n      peerMean\n      peerMedian\n    }\n    rows {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      values {\n        metric\n        value\n        change\n        changeRate\n      }\n    }\n  }\n": typeof types.CompareTable_TableFragmentDoc,
    "\n  fragment ComplaintDetail_complaint on Complaint {\n    ref\n    receivedAt\n    channel\n    line\n    category\n    policyFactor\n    valid\n    duplicateOf\n    assessed\n    dueAt\n    closedAt\n    escalated\n    outcome\n    customerName\n    customerPhone\n    summary\n    handlingDays\n    status\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    followups {\n      visitedAt\n      satisfied\n    }\n    ...DeadlineExplanation_complaint\n  }\n": typeof types.ComplaintDetail_ComplaintFragmentDoc,
    "\n  fragment ComplaintList_connection on ComplaintConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ref\n        receivedAt\n        channel\n        line\n        category\n        status(asOf: $asOf)\n        dueAt\n        closedAt\n        handlingDays\n        unit {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.ComplaintList_ConnectionFragmentDoc,
    "\n  fragment DeadlineExplanation_complaint on Complaint {\n    dueAt\n    handlingClass\n    dueSource\n    deadline {\n      source\n      handlingClass\n      d0\n      limit {\n        n\n        unit\n      }\n      lastDay\n      pausedLastDay\n      pausedDays\n      cap\n      calendarVersion\n      dueAt\n      matchesStored\n      ruleSet {\n        code\n        version\n        name {\n          zh\n          en\n        }\n        maxDays\n      }\n      pauses {\n        kind\n        startAt\n        endAt\n        days\n        workingDays\n        counted\n      }\n      extension {\n        dueAt\n        reason\n        approver\n      }\n    }\n  }\n": typeof types.DeadlineExplanation_ComplaintFragmentDoc,
    "\n  mutation ChangeDeadlineRuleSet($code: String!, $change: DeadlineRuleSetChange!) {\n    changeDeadlineRuleSet(code: $code, change: $change) {\n      ruleSet {\n        code\n        version\n      }\n      recomputed\n    }\n  }\n": typeof types.ChangeDeadlineRuleSetDocument,
    "\n  fragment DeadlineRuleSets_ruleSet on DeadlineRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    simple {\n      n\n      unit\n    }\n    complex {\n      n\n      unit\n    }\n    maxDays\n    createdAt\n    current\n  }\n": typeof types.DeadlineRuleSets_RuleSetFragmentDoc,
    "\n  fragment MetricCards_value on MetricValue {\n    metric\n    value\n    change\n    changeRate\n    benchmark\n  }\n": typeof types.MetricCards_ValueFragmentDoc,
    "\n  query MetricDefinitions {\n    metricDefinitions {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n      dependsOnAsOf\n      definition {\n        zh\n        en\n      }\n      numerator {\n        zh\n        en\n      }\n      denominator {\n        zh\n        en\n      }\n      basisNote {\n        zh\n        en\n      }\n      drillable\n    }\n  }\n": typeof types.MetricDefinitionsDocument,
    "\n  fragment RankingTable_row on RankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    value\n    rank\n    previousValue\n    previousRank\n    movement\n  }\n": typeof types.RankingTable_RowFragmentDoc,
    "\n  fragment ReportChartView_chart on ReportChart {\n    kind\n    title {\n      zh\n      en\n    }\n    categories\n    series {\n      name {\n        zh\n        en\n      }\n      values\n    }\n  }\n": typeof types.ReportChartView_ChartFragmentDoc,
    "\n  fragment ReportContentView_content on ReportContent {\n    template\n    title {\n      zh\n      en\n    }\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    comparison\n    asOf\n    narrative {\n      zh\n      en\n    }\n    sections {\n      key\n      ...ReportSectionTable_section\n    }\n  }\n": typeof types.ReportContentView_ContentFragmentDoc,
    "\n  fragment ReportList_report on Report {\n    id\n    template\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    status\n    createdAt\n    latest {\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n": typeof types.ReportList_ReportFragmentDoc,
    "\n  fragment ReportSectionTable_section on ReportSection {\n    key\n    title {\n      zh\n      en\n    }\n    columns {\n      key\n      label {\n        zh\n        en\n      }\n      format\n    }\n    rows {\n      cells {\n        number\n        text\n        textEn\n        verdict\n        records {\n          unit\n          at\n          from\n          to\n          metric\n          assessedOnly\n          channels\n          lines\n          categories\n        }\n      }\n      highlight\n    }\n    chart {\n      ...ReportChartView_chart\n    }\n    note {\n      zh\n      en\n    }\n  }\n": typeof types.ReportSectionTable_SectionFragmentDoc,
    "\n  fragment ReportVersions_version on ReportVersion {\n    id\n    version\n    reason\n    submittedBy\n    submittedAt\n    asOf\n    fingerprint\n    rules {\n      ruleSets {\n        code\n        version\n      }\n      calendarVersion\n    }\n    xlsxUrl\n    pdfUrl\n  }\n": typeof types.ReportVersions_VersionFragmentDoc,
    "\n  fragment RestatementView_version on ReportVersion {\n    version\n    content {\n      sections {\n        key\n        columns {\n          label {\n            zh\n          }\n          format\n        }\n      }\n    }\n    restatement {\n      checkedAt\n      unchanged\n      differences {\n        section\n        sectionTitle {\n          zh\n          en\n        }\n        row\n        column {\n          zh\n          en\n        }\n        frozen\n        live\n      }\n      causes {\n        kind\n        count\n        refs\n        description {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.RestatementView_VersionFragmentDoc,
    "\n  mutation EnterScorecardPoints(\n    $unit: String!\n    $period: PeriodInput!\n    $item: String!\n    $points: Float!\n    $note: String!\n  ) {\n    enterScorecardPoints(unit: $unit, period: $period, item: $item, points: $points, note: $note) {\n      unit\n      item\n      points\n    }\n  }\n": typeof types.EnterScorecardPointsDocument,
    "\n  fragment RuleSetEditor_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    status\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n": typeof types.RuleSetEditor_RuleSetFragmentDoc,
    "\n  mutation SaveScorecardRuleSet($input: ScorecardRuleSetInput!) {\n    saveScorecardRuleSet(input: $input) {\n      code\n      version\n    }\n  }\n": typeof types.SaveScorecardRuleSetDocument,
    "\n  fragment RuleSetWords_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n": typeof types.RuleSetWords_RuleSetFragmentDoc,
    "\n  fragment ScoreRankingTable_row on ScorecardRankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    total\n    rank\n    noValueCount\n    previousTotal\n  }\n": typeof types.ScoreRankingTable_RowFragmentDoc,
    "\n  fragment ScorecardItems_card on Scorecard {\n    total\n    max\n    noValueCount\n    previousTotal\n    items {\n      ...ScorecardItems_item\n    }\n  }\n": typeof types.ScorecardItems_CardFragmentDoc,
    "\n  fragment ScorecardItems_item on ScorecardItem {\n    item {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      metric\n    }\n    value\n    current\n    previous\n    rank\n    rankOf\n    rule\n    points\n    max\n    flag\n    note\n    enteredBy\n    enteredAt\n  }\n": typeof types.ScorecardItems_ItemFragmentDoc,
    "\n  query SiteSearchUnits($text: String!, $at: Date) {\n    searchUnits(text: $text, first: 8, at: $at) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n    }\n  }\n": typeof types.SiteSearchUnitsDocument,
    "\n  query SiteSearchComplaint($ref: String!) {\n    complaint(ref: $ref) {\n      ref\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.SiteSearchComplaintDocument,
    "\n  fragment TrendChart_point on TrendPoint {\n    from\n    to\n    value\n    previous\n  }\n": typeof types.TrendChart_PointFragmentDoc,
    "\n  fragment UnitBreadcrumb_unit on Unit {\n    code\n    nameZh\n    nameEn\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.UnitBreadcrumb_UnitFragmentDoc,
    "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.UnitDetails_UnitFragmentDoc,
    "\n  fragment UnitPicker_unit on Unit {\n    code\n    nameZh\n    nameEn\n    level(at: $at)\n    childCount(at: $at)\n  }\n": typeof types.UnitPicker_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n": typeof types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
    "\n  query ComparePage($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n": typeof types.ComparePageDocument,
    "\n  query ComparePageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": typeof types.ComparePageUnitsDocument,
    "\n  query ComplaintPage($ref: String!, $at: Date) {\n    complaint(ref: $ref) {\n      receivedDate\n      unit {\n        code\n        nameZh\n        nameEn\n        ...UnitBreadcrumb_unit\n      }\n      ...ComplaintDetail_complaint\n    }\n  }\n": typeof types.ComplaintPageDocument,
    "\n  query RankingsPage(\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $level: UnitLevel\n    $parent: String\n    $filter: ComplaintFilter\n    $order: SortOrder\n  ) {\n    ranking(metric: $metric, period: $period, level: $level, parent: $parent, filter: $filter, order: $order) {\n      benchmark\n      scopeTotal\n      peerMean\n      peerMedian\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n": typeof types.RankingsPageDocument,
    "\n  query RankingsPageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": typeof types.RankingsPageUnitsDocument,
    "\n  query RecordsList(\n    $filter: ComplaintListFilter!\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      instant\n      satisfiedFollowups\n      followups\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      ...ComplaintList_connection\n    }\n  }\n": typeof types.RecordsListDocument,
    "\n  query RecordsFigure(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $filter: ComplaintFilter\n    $asOf: DateTime\n  ) {\n    unit(code: $unit) {\n      code\n      nameZh\n      nameEn\n    }\n    metric(unit: $unit, metric: $metric, period: $period, filter: $filter, asOf: $asOf) {\n      value\n    }\n  }\n": typeof types.RecordsFigureDocument,
    "\n  query ReportBuilderUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": typeof types.ReportBuilderUnitsDocument,
    "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      ...ReportContentView_content\n    }\n  }\n": typeof types.ReportPreviewDocument,
    "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReportDocument,
    "\n  mutation UpdateReport($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      template\n      from\n      to\n      comparison\n    }\n  }\n": typeof types.UpdateReportDocument,
    "\n  query ReportPage($id: ID!, $drafts: Boolean!) {\n    report(id: $id) {\n      id\n      template\n      unit {\n        code\n        name {\n          zh\n          en\n        }\n      }\n      from\n      to\n      comparison\n      status\n      createdBy\n      createdAt\n      draftXlsxUrl @include(if: $drafts)\n      draftPdfUrl @include(if: $drafts)\n      versions {\n        ...ReportVersions_version\n      }\n      latest {\n        id\n        version\n        xlsxUrl\n        pdfUrl\n        content {\n          ...ReportContentView_content\n        }\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  query ReportLive($id: ID!) {\n    report(id: $id) {\n      id\n      live {\n        ...ReportContentView_content\n      }\n    }\n  }\n": typeof types.ReportLiveDocument,
    "\n  query ReportRestatement($id: ID!) {\n    report(id: $id) {\n      id\n      latest {\n        id\n        ...RestatementView_version\n      }\n    }\n  }\n": typeof types.ReportRestatementDocument,
    "\n  query ReportsPage {\n    reports(first: 50) {\n      ...ReportList_report\n    }\n  }\n": typeof types.ReportsPageDocument,
    "\n  query RulesPageDeadlines {\n    deadlineRuleSets {\n      ...DeadlineRuleSets_ruleSet\n    }\n  }\n": typeof types.RulesPageDeadlinesDocument,
    "\n  query RulesPageScorecards {\n    scorecardRuleSets {\n      code\n      version\n      name {\n        zh\n        en\n      }\n      effectiveFrom\n      effectiveTo\n      status\n      ...RuleSetWords_ruleSet\n      ...RuleSetEditor_ruleSet\n    }\n  }\n": typeof types.RulesPageScorecardsDocument,
    "\n  query ScorecardPageRanking($period: PeriodInput!) {\n    scorecardRanking(period: $period) {\n      ruleSet {\n        ...RuleSetWords_ruleSet\n      }\n      rows {\n        ...ScoreRankingTable_row\n      }\n    }\n  }\n": typeof types.ScorecardPageRankingDocument,
    "\n  query ScorecardPageUnit($unit: String!, $period: PeriodInput!) {\n    scorecard(unit: $unit, period: $period) {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      ...ScorecardItems_card\n    }\n  }\n": typeof types.ScorecardPageUnitDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query UnitView($code: String!, $at: Date) {\n    unit(code: $code) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n      children(at: $at) {\n        code\n      }\n      ...UnitBreadcrumb_unit\n    }\n  }\n": typeof types.UnitViewDocument,
    "\n  query UnitCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n": typeof types.UnitCardsDocument,
    "\n  query UnitTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": typeof types.UnitTrendDocument,
    "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n": typeof types.UnitsPageTreeDocument,
    "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n": typeof types.UnitsPageUnitDocument,
    "\n  query OverviewCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n": typeof types.OverviewCardsDocument,
    "\n  query OverviewRanking($metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    ranking(metric: $metric, period: $period, level: PROVINCE, filter: $filter) {\n      benchmark\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n": typeof types.OverviewRankingDocument,
    "\n  query OverviewTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": typeof types.OverviewTrendDocument,
    "\n  mutation DeleteReport($id: ID!) {\n    deleteReport(id: $id)\n  }\n": typeof types.DeleteReportDocument,
    "\n  mutation SubmitReport($id: ID!, $reason: String) {\n    submitReport(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  query UnitBacklog($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {\n    backlogAging(unit: $unit, asOf: $asOf, filter: $filter) {\n      total\n      ...BacklogAging_aging\n    }\n  }\n": typeof types.UnitBacklogDocument,
    "\n  query UnitBreakdown(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $by: BreakdownDimension!\n    $filter: ComplaintFilter\n  ) {\n    breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter) {\n      items {\n        key\n      }\n      ...BreakdownPanel_breakdown\n    }\n  }\n": typeof types.UnitBreakdownDocument,
    "\n  query UnitChildren($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n": typeof types.UnitChildrenDocument,
    "\n  query UnitComplaints(\n    $filter: ComplaintListFilter\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...ComplaintList_connection\n    }\n  }\n": typeof types.UnitComplaintsDocument,
    "\n  query CompareTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": typeof types.CompareTrendDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n      units {\n        code\n      }\n      reachable\n    }\n  }\n": types.ViewerDocument,
    "\n  query LatestComplaint {\n    complaints(first: 1, orderBy: RECEIVED_DESC) {\n      edges {\n        node {\n          receivedDate\n        }\n      }\n    }\n  }\n": types.LatestComplaintDocument,
    "\n  fragment BacklogAging_aging on BacklogAging {\n    asOf\n    total\n    overdue\n    buckets {\n      key\n      count\n    }\n  }\n": types.BacklogAging_AgingFragmentDoc,
    "\n  fragment BreakdownPanel_breakdown on Breakdown {\n    by\n    metric {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n    }\n    items {\n      key\n      labelZh\n      labelEn\n      value\n      previous\n      change\n      changeRate\n      share\n      cumulativeShare\n    }\n  }\n": types.BreakdownPanel_BreakdownFragmentDoc,
    "\n  fragment CompareTable_table on CompareTable {\n    columns {\n      metric {\n        key\n        labelZh\n        labelEn\n        unit\n        better\n        additive\n      }\n      benchmark {\n        value\n        change\n        changeRate\n      }\n      peerMean\n      peerMedian\n    }\n    rows {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      values {\n        metric\n        value\n        change\n        changeRate\n      }\n    }\n  }\n": types.CompareTable_TableFragmentDoc,
    "\n  fragment ComplaintDetail_complaint on Complaint {\n    ref\n    receivedAt\n    channel\n    line\n    category\n    policyFactor\n    valid\n    duplicateOf\n    assessed\n    dueAt\n    closedAt\n    escalated\n    outcome\n    customerName\n    customerPhone\n    summary\n    handlingDays\n    status\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    followups {\n      visitedAt\n      satisfied\n    }\n    ...DeadlineExplanation_complaint\n  }\n": types.ComplaintDetail_ComplaintFragmentDoc,
    "\n  fragment ComplaintList_connection on ComplaintConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ref\n        receivedAt\n        channel\n        line\n        category\n        status(asOf: $asOf)\n        dueAt\n        closedAt\n        handlingDays\n        unit {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n": types.ComplaintList_ConnectionFragmentDoc,
    "\n  fragment DeadlineExplanation_complaint on Complaint {\n    dueAt\n    handlingClass\n    dueSource\n    deadline {\n      source\n      handlingClass\n      d0\n      limit {\n        n\n        unit\n      }\n      lastDay\n      pausedLastDay\n      pausedDays\n      cap\n      calendarVersion\n      dueAt\n      matchesStored\n      ruleSet {\n        code\n        version\n        name {\n          zh\n          en\n        }\n        maxDays\n      }\n      pauses {\n        kind\n        startAt\n        endAt\n        days\n        workingDays\n        counted\n      }\n      extension {\n        dueAt\n        reason\n        approver\n      }\n    }\n  }\n": types.DeadlineExplanation_ComplaintFragmentDoc,
    "\n  mutation ChangeDeadlineRuleSet($code: String!, $change: DeadlineRuleSetChange!) {\n    changeDeadlineRuleSet(code: $code, change: $change) {\n      ruleSet {\n        code\n        version\n      }\n      recomputed\n    }\n  }\n": types.ChangeDeadlineRuleSetDocument,
    "\n  fragment DeadlineRuleSets_ruleSet on DeadlineRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    simple {\n      n\n      unit\n    }\n    complex {\n      n\n      unit\n    }\n    maxDays\n    createdAt\n    current\n  }\n": types.DeadlineRuleSets_RuleSetFragmentDoc,
    "\n  fragment MetricCards_value on MetricValue {\n    metric\n    value\n    change\n    changeRate\n    benchmark\n  }\n": types.MetricCards_ValueFragmentDoc,
    "\n  query MetricDefinitions {\n    metricDefinitions {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n      dependsOnAsOf\n      definition {\n        zh\n        en\n      }\n      numerator {\n        zh\n        en\n      }\n      denominator {\n        zh\n        en\n      }\n      basisNote {\n        zh\n        en\n      }\n      drillable\n    }\n  }\n": types.MetricDefinitionsDocument,
    "\n  fragment RankingTable_row on RankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    value\n    rank\n    previousValue\n    previousRank\n    movement\n  }\n": types.RankingTable_RowFragmentDoc,
    "\n  fragment ReportChartView_chart on ReportChart {\n    kind\n    title {\n      zh\n      en\n    }\n    categories\n    series {\n      name {\n        zh\n        en\n      }\n      values\n    }\n  }\n": types.ReportChartView_ChartFragmentDoc,
    "\n  fragment ReportContentView_content on ReportContent {\n    template\n    title {\n      zh\n      en\n    }\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    comparison\n    asOf\n    narrative {\n      zh\n      en\n    }\n    sections {\n      key\n      ...ReportSectionTable_section\n    }\n  }\n": types.ReportContentView_ContentFragmentDoc,
    "\n  fragment ReportList_report on Report {\n    id\n    template\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    status\n    createdAt\n    latest {\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n": types.ReportList_ReportFragmentDoc,
    "\n  fragment ReportSectionTable_section on ReportSection {\n    key\n    title {\n      zh\n      en\n    }\n    columns {\n      key\n      label {\n        zh\n        en\n      }\n      format\n    }\n    rows {\n      cells {\n        number\n        text\n        textEn\n        verdict\n        records {\n          unit\n          at\n          from\n          to\n          metric\n          assessedOnly\n          channels\n          lines\n          categories\n        }\n      }\n      highlight\n    }\n    chart {\n      ...ReportChartView_chart\n    }\n    note {\n      zh\n      en\n    }\n  }\n": types.ReportSectionTable_SectionFragmentDoc,
    "\n  fragment ReportVersions_version on ReportVersion {\n    id\n    version\n    reason\n    submittedBy\n    submittedAt\n    asOf\n    fingerprint\n    rules {\n      ruleSets {\n        code\n        version\n      }\n      calendarVersion\n    }\n    xlsxUrl\n    pdfUrl\n  }\n": types.ReportVersions_VersionFragmentDoc,
    "\n  fragment RestatementView_version on ReportVersion {\n    version\n    content {\n      sections {\n        key\n        columns {\n          label {\n            zh\n          }\n          format\n        }\n      }\n    }\n    restatement {\n      checkedAt\n      unchanged\n      differences {\n        section\n        sectionTitle {\n          zh\n          en\n        }\n        row\n        column {\n          zh\n          en\n        }\n        frozen\n        live\n      }\n      causes {\n        kind\n        count\n        refs\n        description {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.RestatementView_VersionFragmentDoc,
    "\n  mutation EnterScorecardPoints(\n    $unit: String!\n    $period: PeriodInput!\n    $item: String!\n    $points: Float!\n    $note: String!\n  ) {\n    enterScorecardPoints(unit: $unit, period: $period, item: $item, points: $points, note: $note) {\n      unit\n      item\n      points\n    }\n  }\n": types.EnterScorecardPointsDocument,
    "\n  fragment RuleSetEditor_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    status\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n": types.RuleSetEditor_RuleSetFragmentDoc,
    "\n  mutation SaveScorecardRuleSet($input: ScorecardRuleSetInput!) {\n    saveScorecardRuleSet(input: $input) {\n      code\n      version\n    }\n  }\n": types.SaveScorecardRuleSetDocument,
    "\n  fragment RuleSetWords_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n": types.RuleSetWords_RuleSetFragmentDoc,
    "\n  fragment ScoreRankingTable_row on ScorecardRankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    total\n    rank\n    noValueCount\n    previousTotal\n  }\n": types.ScoreRankingTable_RowFragmentDoc,
    "\n  fragment ScorecardItems_card on Scorecard {\n    total\n    max\n    noValueCount\n    previousTotal\n    items {\n      ...ScorecardItems_item\n    }\n  }\n": types.ScorecardItems_CardFragmentDoc,
    "\n  fragment ScorecardItems_item on ScorecardItem {\n    item {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      metric\n    }\n    value\n    current\n    previous\n    rank\n    rankOf\n    rule\n    points\n    max\n    flag\n    note\n    enteredBy\n    enteredAt\n  }\n": types.ScorecardItems_ItemFragmentDoc,
    "\n  query SiteSearchUnits($text: String!, $at: Date) {\n    searchUnits(text: $text, first: 8, at: $at) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n    }\n  }\n": types.SiteSearchUnitsDocument,
    "\n  query SiteSearchComplaint($ref: String!) {\n    complaint(ref: $ref) {\n      ref\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.SiteSearchComplaintDocument,
    "\n  fragment TrendChart_point on TrendPoint {\n    from\n    to\n    value\n    previous\n  }\n": types.TrendChart_PointFragmentDoc,
    "\n  fragment UnitBreadcrumb_unit on Unit {\n    code\n    nameZh\n    nameEn\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": types.UnitBreadcrumb_UnitFragmentDoc,
    "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": types.UnitDetails_UnitFragmentDoc,
    "\n  fragment UnitPicker_unit on Unit {\n    code\n    nameZh\n    nameEn\n    level(at: $at)\n    childCount(at: $at)\n  }\n": types.UnitPicker_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n": types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n": types.UnitTreeChildrenDocument,
    "\n  query ComparePage($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n": types.ComparePageDocument,
    "\n  query ComparePageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": types.ComparePageUnitsDocument,
    "\n  query ComplaintPage($ref: String!, $at: Date) {\n    complaint(ref: $ref) {\n      receivedDate\n      unit {\n        code\n        nameZh\n        nameEn\n        ...UnitBreadcrumb_unit\n      }\n      ...ComplaintDetail_complaint\n    }\n  }\n": types.ComplaintPageDocument,
    "\n  query RankingsPage(\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $level: UnitLevel\n    $parent: String\n    $filter: ComplaintFilter\n    $order: SortOrder\n  ) {\n    ranking(metric: $metric, period: $period, level: $level, parent: $parent, filter: $filter, order: $order) {\n      benchmark\n      scopeTotal\n      peerMean\n      peerMedian\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n": types.RankingsPageDocument,
    "\n  query RankingsPageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": types.RankingsPageUnitsDocument,
    "\n  query RecordsList(\n    $filter: ComplaintListFilter!\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      instant\n      satisfiedFollowups\n      followups\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      ...ComplaintList_connection\n    }\n  }\n": types.RecordsListDocument,
    "\n  query RecordsFigure(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $filter: ComplaintFilter\n    $asOf: DateTime\n  ) {\n    unit(code: $unit) {\n      code\n      nameZh\n      nameEn\n    }\n    metric(unit: $unit, metric: $metric, period: $period, filter: $filter, asOf: $asOf) {\n      value\n    }\n  }\n": types.RecordsFigureDocument,
    "\n  query ReportBuilderUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n": types.ReportBuilderUnitsDocument,
    "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      ...ReportContentView_content\n    }\n  }\n": types.ReportPreviewDocument,
    "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n": types.CreateReportDocument,
    "\n  mutation UpdateReport($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      template\n      from\n      to\n      comparison\n    }\n  }\n": types.UpdateReportDocument,
    "\n  query ReportPage($id: ID!, $drafts: Boolean!) {\n    report(id: $id) {\n      id\n      template\n      unit {\n        code\n        name {\n          zh\n          en\n        }\n      }\n      from\n      to\n      comparison\n      status\n      createdBy\n      createdAt\n      draftXlsxUrl @include(if: $drafts)\n      draftPdfUrl @include(if: $drafts)\n      versions {\n        ...ReportVersions_version\n      }\n      latest {\n        id\n        version\n        xlsxUrl\n        pdfUrl\n        content {\n          ...ReportContentView_content\n        }\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  query ReportLive($id: ID!) {\n    report(id: $id) {\n      id\n      live {\n        ...ReportContentView_content\n      }\n    }\n  }\n": types.ReportLiveDocument,
    "\n  query ReportRestatement($id: ID!) {\n    report(id: $id) {\n      id\n      latest {\n        id\n        ...RestatementView_version\n      }\n    }\n  }\n": types.ReportRestatementDocument,
    "\n  query ReportsPage {\n    reports(first: 50) {\n      ...ReportList_report\n    }\n  }\n": types.ReportsPageDocument,
    "\n  query RulesPageDeadlines {\n    deadlineRuleSets {\n      ...DeadlineRuleSets_ruleSet\n    }\n  }\n": types.RulesPageDeadlinesDocument,
    "\n  query RulesPageScorecards {\n    scorecardRuleSets {\n      code\n      version\n      name {\n        zh\n        en\n      }\n      effectiveFrom\n      effectiveTo\n      status\n      ...RuleSetWords_ruleSet\n      ...RuleSetEditor_ruleSet\n    }\n  }\n": types.RulesPageScorecardsDocument,
    "\n  query ScorecardPageRanking($period: PeriodInput!) {\n    scorecardRanking(period: $period) {\n      ruleSet {\n        ...RuleSetWords_ruleSet\n      }\n      rows {\n        ...ScoreRankingTable_row\n      }\n    }\n  }\n": types.ScorecardPageRankingDocument,
    "\n  query ScorecardPageUnit($unit: String!, $period: PeriodInput!) {\n    scorecard(unit: $unit, period: $period) {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      ...ScorecardItems_card\n    }\n  }\n": types.ScorecardPageUnitDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n": types.SignInDocument,
    "\n  query UnitView($code: String!, $at: Date) {\n    unit(code: $code) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n      children(at: $at) {\n        code\n      }\n      ...UnitBreadcrumb_unit\n    }\n  }\n": types.UnitViewDocument,
    "\n  query UnitCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n": types.UnitCardsDocument,
    "\n  query UnitTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": types.UnitTrendDocument,
    "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n": types.UnitsPageTreeDocument,
    "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n": types.UnitsPageUnitDocument,
    "\n  query OverviewCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n": types.OverviewCardsDocument,
    "\n  query OverviewRanking($metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    ranking(metric: $metric, period: $period, level: PROVINCE, filter: $filter) {\n      benchmark\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n": types.OverviewRankingDocument,
    "\n  query OverviewTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": types.OverviewTrendDocument,
    "\n  mutation DeleteReport($id: ID!) {\n    deleteReport(id: $id)\n  }\n": types.DeleteReportDocument,
    "\n  mutation SubmitReport($id: ID!, $reason: String) {\n    submitReport(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n": types.SubmitReportDocument,
    "\n  query UnitBacklog($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {\n    backlogAging(unit: $unit, asOf: $asOf, filter: $filter) {\n      total\n      ...BacklogAging_aging\n    }\n  }\n": types.UnitBacklogDocument,
    "\n  query UnitBreakdown(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $by: BreakdownDimension!\n    $filter: ComplaintFilter\n  ) {\n    breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter) {\n      items {\n        key\n      }\n      ...BreakdownPanel_breakdown\n    }\n  }\n": types.UnitBreakdownDocument,
    "\n  query UnitChildren($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n": types.UnitChildrenDocument,
    "\n  query UnitComplaints(\n    $filter: ComplaintListFilter\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...ComplaintList_connection\n    }\n  }\n": types.UnitComplaintsDocument,
    "\n  query CompareTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n": types.CompareTrendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n      units {\n        code\n      }\n      reachable\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n      units {\n        code\n      }\n      reachable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestComplaint {\n    complaints(first: 1, orderBy: RECEIVED_DESC) {\n      edges {\n        node {\n          receivedDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatestComplaint {\n    complaints(first: 1, orderBy: RECEIVED_DESC) {\n      edges {\n        node {\n          receivedDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BacklogAging_aging on BacklogAging {\n    asOf\n    total\n    overdue\n    buckets {\n      key\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment BacklogAging_aging on BacklogAging {\n    asOf\n    total\n    overdue\n    buckets {\n      key\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakdownPanel_breakdown on Breakdown {\n    by\n    metric {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n    }\n    items {\n      key\n      labelZh\n      labelEn\n      value\n      previous\n      change\n      changeRate\n      share\n      cumulativeShare\n    }\n  }\n"): (typeof documents)["\n  fragment BreakdownPanel_breakdown on Breakdown {\n    by\n    metric {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n    }\n    items {\n      key\n      labelZh\n      labelEn\n      value\n      previous\n      change\n      changeRate\n      share\n      cumulativeShare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompareTable_table on CompareTable {\n    columns {\n      metric {\n        key\n        labelZh\n        labelEn\n        unit\n        better\n        additive\n      }\n      benchmark {\n        value\n        change\n        changeRate\n      }\n      peerMean\n      peerMedian\n    }\n    rows {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      values {\n        metric\n        value\n        change\n        changeRate\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CompareTable_table on CompareTable {\n    columns {\n      metric {\n        key\n        labelZh\n        labelEn\n        unit\n        better\n        additive\n      }\n      benchmark {\n        value\n        change\n        changeRate\n      }\n      peerMean\n      peerMedian\n    }\n    rows {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      values {\n        metric\n        value\n        change\n        changeRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintDetail_complaint on Complaint {\n    ref\n    receivedAt\n    channel\n    line\n    category\n    policyFactor\n    valid\n    duplicateOf\n    assessed\n    dueAt\n    closedAt\n    escalated\n    outcome\n    customerName\n    customerPhone\n    summary\n    handlingDays\n    status\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    followups {\n      visitedAt\n      satisfied\n    }\n    ...DeadlineExplanation_complaint\n  }\n"): (typeof documents)["\n  fragment ComplaintDetail_complaint on Complaint {\n    ref\n    receivedAt\n    channel\n    line\n    category\n    policyFactor\n    valid\n    duplicateOf\n    assessed\n    dueAt\n    closedAt\n    escalated\n    outcome\n    customerName\n    customerPhone\n    summary\n    handlingDays\n    status\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    followups {\n      visitedAt\n      satisfied\n    }\n    ...DeadlineExplanation_complaint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintList_connection on ComplaintConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ref\n        receivedAt\n        channel\n        line\n        category\n        status(asOf: $asOf)\n        dueAt\n        closedAt\n        handlingDays\n        unit {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ComplaintList_connection on ComplaintConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ref\n        receivedAt\n        channel\n        line\n        category\n        status(asOf: $asOf)\n        dueAt\n        closedAt\n        handlingDays\n        unit {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineExplanation_complaint on Complaint {\n    dueAt\n    handlingClass\n    dueSource\n    deadline {\n      source\n      handlingClass\n      d0\n      limit {\n        n\n        unit\n      }\n      lastDay\n      pausedLastDay\n      pausedDays\n      cap\n      calendarVersion\n      dueAt\n      matchesStored\n      ruleSet {\n        code\n        version\n        name {\n          zh\n          en\n        }\n        maxDays\n      }\n      pauses {\n        kind\n        startAt\n        endAt\n        days\n        workingDays\n        counted\n      }\n      extension {\n        dueAt\n        reason\n        approver\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeadlineExplanation_complaint on Complaint {\n    dueAt\n    handlingClass\n    dueSource\n    deadline {\n      source\n      handlingClass\n      d0\n      limit {\n        n\n        unit\n      }\n      lastDay\n      pausedLastDay\n      pausedDays\n      cap\n      calendarVersion\n      dueAt\n      matchesStored\n      ruleSet {\n        code\n        version\n        name {\n          zh\n          en\n        }\n        maxDays\n      }\n      pauses {\n        kind\n        startAt\n        endAt\n        days\n        workingDays\n        counted\n      }\n      extension {\n        dueAt\n        reason\n        approver\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeDeadlineRuleSet($code: String!, $change: DeadlineRuleSetChange!) {\n    changeDeadlineRuleSet(code: $code, change: $change) {\n      ruleSet {\n        code\n        version\n      }\n      recomputed\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeDeadlineRuleSet($code: String!, $change: DeadlineRuleSetChange!) {\n    changeDeadlineRuleSet(code: $code, change: $change) {\n      ruleSet {\n        code\n        version\n      }\n      recomputed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadlineRuleSets_ruleSet on DeadlineRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    simple {\n      n\n      unit\n    }\n    complex {\n      n\n      unit\n    }\n    maxDays\n    createdAt\n    current\n  }\n"): (typeof documents)["\n  fragment DeadlineRuleSets_ruleSet on DeadlineRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    simple {\n      n\n      unit\n    }\n    complex {\n      n\n      unit\n    }\n    maxDays\n    createdAt\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricCards_value on MetricValue {\n    metric\n    value\n    change\n    changeRate\n    benchmark\n  }\n"): (typeof documents)["\n  fragment MetricCards_value on MetricValue {\n    metric\n    value\n    change\n    changeRate\n    benchmark\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricDefinitions {\n    metricDefinitions {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n      dependsOnAsOf\n      definition {\n        zh\n        en\n      }\n      numerator {\n        zh\n        en\n      }\n      denominator {\n        zh\n        en\n      }\n      basisNote {\n        zh\n        en\n      }\n      drillable\n    }\n  }\n"): (typeof documents)["\n  query MetricDefinitions {\n    metricDefinitions {\n      key\n      labelZh\n      labelEn\n      unit\n      better\n      additive\n      dependsOnAsOf\n      definition {\n        zh\n        en\n      }\n      numerator {\n        zh\n        en\n      }\n      denominator {\n        zh\n        en\n      }\n      basisNote {\n        zh\n        en\n      }\n      drillable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RankingTable_row on RankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    value\n    rank\n    previousValue\n    previousRank\n    movement\n  }\n"): (typeof documents)["\n  fragment RankingTable_row on RankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    value\n    rank\n    previousValue\n    previousRank\n    movement\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportChartView_chart on ReportChart {\n    kind\n    title {\n      zh\n      en\n    }\n    categories\n    series {\n      name {\n        zh\n        en\n      }\n      values\n    }\n  }\n"): (typeof documents)["\n  fragment ReportChartView_chart on ReportChart {\n    kind\n    title {\n      zh\n      en\n    }\n    categories\n    series {\n      name {\n        zh\n        en\n      }\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportContentView_content on ReportContent {\n    template\n    title {\n      zh\n      en\n    }\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    comparison\n    asOf\n    narrative {\n      zh\n      en\n    }\n    sections {\n      key\n      ...ReportSectionTable_section\n    }\n  }\n"): (typeof documents)["\n  fragment ReportContentView_content on ReportContent {\n    template\n    title {\n      zh\n      en\n    }\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    comparison\n    asOf\n    narrative {\n      zh\n      en\n    }\n    sections {\n      key\n      ...ReportSectionTable_section\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportList_report on Report {\n    id\n    template\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    status\n    createdAt\n    latest {\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  fragment ReportList_report on Report {\n    id\n    template\n    unit {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    from\n    to\n    status\n    createdAt\n    latest {\n      version\n      submittedBy\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportSectionTable_section on ReportSection {\n    key\n    title {\n      zh\n      en\n    }\n    columns {\n      key\n      label {\n        zh\n        en\n      }\n      format\n    }\n    rows {\n      cells {\n        number\n        text\n        textEn\n        verdict\n        records {\n          unit\n          at\n          from\n          to\n          metric\n          assessedOnly\n          channels\n          lines\n          categories\n        }\n      }\n      highlight\n    }\n    chart {\n      ...ReportChartView_chart\n    }\n    note {\n      zh\n      en\n    }\n  }\n"): (typeof documents)["\n  fragment ReportSectionTable_section on ReportSection {\n    key\n    title {\n      zh\n      en\n    }\n    columns {\n      key\n      label {\n        zh\n        en\n      }\n      format\n    }\n    rows {\n      cells {\n        number\n        text\n        textEn\n        verdict\n        records {\n          unit\n          at\n          from\n          to\n          metric\n          assessedOnly\n          channels\n          lines\n          categories\n        }\n      }\n      highlight\n    }\n    chart {\n      ...ReportChartView_chart\n    }\n    note {\n      zh\n      en\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportVersions_version on ReportVersion {\n    id\n    version\n    reason\n    submittedBy\n    submittedAt\n    asOf\n    fingerprint\n    rules {\n      ruleSets {\n        code\n        version\n      }\n      calendarVersion\n    }\n    xlsxUrl\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment ReportVersions_version on ReportVersion {\n    id\n    version\n    reason\n    submittedBy\n    submittedAt\n    asOf\n    fingerprint\n    rules {\n      ruleSets {\n        code\n        version\n      }\n      calendarVersion\n    }\n    xlsxUrl\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestatementView_version on ReportVersion {\n    version\n    content {\n      sections {\n        key\n        columns {\n          label {\n            zh\n          }\n          format\n        }\n      }\n    }\n    restatement {\n      checkedAt\n      unchanged\n      differences {\n        section\n        sectionTitle {\n          zh\n          en\n        }\n        row\n        column {\n          zh\n          en\n        }\n        frozen\n        live\n      }\n      causes {\n        kind\n        count\n        refs\n        description {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RestatementView_version on ReportVersion {\n    version\n    content {\n      sections {\n        key\n        columns {\n          label {\n            zh\n          }\n          format\n        }\n      }\n    }\n    restatement {\n      checkedAt\n      unchanged\n      differences {\n        section\n        sectionTitle {\n          zh\n          en\n        }\n        row\n        column {\n          zh\n          en\n        }\n        frozen\n        live\n      }\n      causes {\n        kind\n        count\n        refs\n        description {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterScorecardPoints(\n    $unit: String!\n    $period: PeriodInput!\n    $item: String!\n    $points: Float!\n    $note: String!\n  ) {\n    enterScorecardPoints(unit: $unit, period: $period, item: $item, points: $points, note: $note) {\n      unit\n      item\n      points\n    }\n  }\n"): (typeof documents)["\n  mutation EnterScorecardPoints(\n    $unit: String!\n    $period: PeriodInput!\n    $item: String!\n    $points: Float!\n    $note: String!\n  ) {\n    enterScorecardPoints(unit: $unit, period: $period, item: $item, points: $points, note: $note) {\n      unit\n      item\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleSetEditor_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    status\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n"): (typeof documents)["\n  fragment RuleSetEditor_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    status\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveScorecardRuleSet($input: ScorecardRuleSetInput!) {\n    saveScorecardRuleSet(input: $input) {\n      code\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveScorecardRuleSet($input: ScorecardRuleSetInput!) {\n    saveScorecardRuleSet(input: $input) {\n      code\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleSetWords_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n"): (typeof documents)["\n  fragment RuleSetWords_ruleSet on ScorecardRuleSet {\n    code\n    version\n    name {\n      zh\n      en\n    }\n    effectiveFrom\n    effectiveTo\n    total\n    peerLevel\n    peerParent\n    items {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      max\n      metric\n      basis\n      channels\n      better\n      bands {\n        threshold\n        points\n      }\n      best\n      worst\n      incidentKind\n      pointsEach\n      cap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreRankingTable_row on ScorecardRankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    total\n    rank\n    noValueCount\n    previousTotal\n  }\n"): (typeof documents)["\n  fragment ScoreRankingTable_row on ScorecardRankingRow {\n    unit {\n      code\n      nameZh\n      nameEn\n    }\n    total\n    rank\n    noValueCount\n    previousTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardItems_card on Scorecard {\n    total\n    max\n    noValueCount\n    previousTotal\n    items {\n      ...ScorecardItems_item\n    }\n  }\n"): (typeof documents)["\n  fragment ScorecardItems_card on Scorecard {\n    total\n    max\n    noValueCount\n    previousTotal\n    items {\n      ...ScorecardItems_item\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScorecardItems_item on ScorecardItem {\n    item {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      metric\n    }\n    value\n    current\n    previous\n    rank\n    rankOf\n    rule\n    points\n    max\n    flag\n    note\n    enteredBy\n    enteredAt\n  }\n"): (typeof documents)["\n  fragment ScorecardItems_item on ScorecardItem {\n    item {\n      code\n      name {\n        zh\n        en\n      }\n      kind\n      metric\n    }\n    value\n    current\n    previous\n    rank\n    rankOf\n    rule\n    points\n    max\n    flag\n    note\n    enteredBy\n    enteredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSearchUnits($text: String!, $at: Date) {\n    searchUnits(text: $text, first: 8, at: $at) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n    }\n  }\n"): (typeof documents)["\n  query SiteSearchUnits($text: String!, $at: Date) {\n    searchUnits(text: $text, first: 8, at: $at) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteSearchComplaint($ref: String!) {\n    complaint(ref: $ref) {\n      ref\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteSearchComplaint($ref: String!) {\n    complaint(ref: $ref) {\n      ref\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrendChart_point on TrendPoint {\n    from\n    to\n    value\n    previous\n  }\n"): (typeof documents)["\n  fragment TrendChart_point on TrendPoint {\n    from\n    to\n    value\n    previous\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitBreadcrumb_unit on Unit {\n    code\n    nameZh\n    nameEn\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment UnitBreadcrumb_unit on Unit {\n    code\n    nameZh\n    nameEn\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitPicker_unit on Unit {\n    code\n    nameZh\n    nameEn\n    level(at: $at)\n    childCount(at: $at)\n  }\n"): (typeof documents)["\n  fragment UnitPicker_unit on Unit {\n    code\n    nameZh\n    nameEn\n    level(at: $at)\n    childCount(at: $at)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n"): (typeof documents)["\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePage($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n"): (typeof documents)["\n  query ComparePage($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"): (typeof documents)["\n  query ComparePageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintPage($ref: String!, $at: Date) {\n    complaint(ref: $ref) {\n      receivedDate\n      unit {\n        code\n        nameZh\n        nameEn\n        ...UnitBreadcrumb_unit\n      }\n      ...ComplaintDetail_complaint\n    }\n  }\n"): (typeof documents)["\n  query ComplaintPage($ref: String!, $at: Date) {\n    complaint(ref: $ref) {\n      receivedDate\n      unit {\n        code\n        nameZh\n        nameEn\n        ...UnitBreadcrumb_unit\n      }\n      ...ComplaintDetail_complaint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingsPage(\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $level: UnitLevel\n    $parent: String\n    $filter: ComplaintFilter\n    $order: SortOrder\n  ) {\n    ranking(metric: $metric, period: $period, level: $level, parent: $parent, filter: $filter, order: $order) {\n      benchmark\n      scopeTotal\n      peerMean\n      peerMedian\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query RankingsPage(\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $level: UnitLevel\n    $parent: String\n    $filter: ComplaintFilter\n    $order: SortOrder\n  ) {\n    ranking(metric: $metric, period: $period, level: $level, parent: $parent, filter: $filter, order: $order) {\n      benchmark\n      scopeTotal\n      peerMean\n      peerMedian\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingsPageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"): (typeof documents)["\n  query RankingsPageUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsList(\n    $filter: ComplaintListFilter!\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      instant\n      satisfiedFollowups\n      followups\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      ...ComplaintList_connection\n    }\n  }\n"): (typeof documents)["\n  query RecordsList(\n    $filter: ComplaintListFilter!\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      instant\n      satisfiedFollowups\n      followups\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      ...ComplaintList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsFigure(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $filter: ComplaintFilter\n    $asOf: DateTime\n  ) {\n    unit(code: $unit) {\n      code\n      nameZh\n      nameEn\n    }\n    metric(unit: $unit, metric: $metric, period: $period, filter: $filter, asOf: $asOf) {\n      value\n    }\n  }\n"): (typeof documents)["\n  query RecordsFigure(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $filter: ComplaintFilter\n    $asOf: DateTime\n  ) {\n    unit(code: $unit) {\n      code\n      nameZh\n      nameEn\n    }\n    metric(unit: $unit, metric: $metric, period: $period, filter: $filter, asOf: $asOf) {\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportBuilderUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"): (typeof documents)["\n  query ReportBuilderUnits($at: Date) {\n    units(at: $at) {\n      ...UnitPicker_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      ...ReportContentView_content\n    }\n  }\n"): (typeof documents)["\n  query ReportPreview($input: ReportInput!) {\n    reportPreview(input: $input) {\n      ...ReportContentView_content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReport($input: ReportInput!) {\n    createReport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReport($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      template\n      from\n      to\n      comparison\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReport($id: ID!, $input: ReportInput!) {\n    updateReport(id: $id, input: $input) {\n      id\n      template\n      from\n      to\n      comparison\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($id: ID!, $drafts: Boolean!) {\n    report(id: $id) {\n      id\n      template\n      unit {\n        code\n        name {\n          zh\n          en\n        }\n      }\n      from\n      to\n      comparison\n      status\n      createdBy\n      createdAt\n      draftXlsxUrl @include(if: $drafts)\n      draftPdfUrl @include(if: $drafts)\n      versions {\n        ...ReportVersions_version\n      }\n      latest {\n        id\n        version\n        xlsxUrl\n        pdfUrl\n        content {\n          ...ReportContentView_content\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($id: ID!, $drafts: Boolean!) {\n    report(id: $id) {\n      id\n      template\n      unit {\n        code\n        name {\n          zh\n          en\n        }\n      }\n      from\n      to\n      comparison\n      status\n      createdBy\n      createdAt\n      draftXlsxUrl @include(if: $drafts)\n      draftPdfUrl @include(if: $drafts)\n      versions {\n        ...ReportVersions_version\n      }\n      latest {\n        id\n        version\n        xlsxUrl\n        pdfUrl\n        content {\n          ...ReportContentView_content\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportLive($id: ID!) {\n    report(id: $id) {\n      id\n      live {\n        ...ReportContentView_content\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportLive($id: ID!) {\n    report(id: $id) {\n      id\n      live {\n        ...ReportContentView_content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRestatement($id: ID!) {\n    report(id: $id) {\n      id\n      latest {\n        id\n        ...RestatementView_version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportRestatement($id: ID!) {\n    report(id: $id) {\n      id\n      latest {\n        id\n        ...RestatementView_version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsPage {\n    reports(first: 50) {\n      ...ReportList_report\n    }\n  }\n"): (typeof documents)["\n  query ReportsPage {\n    reports(first: 50) {\n      ...ReportList_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesPageDeadlines {\n    deadlineRuleSets {\n      ...DeadlineRuleSets_ruleSet\n    }\n  }\n"): (typeof documents)["\n  query RulesPageDeadlines {\n    deadlineRuleSets {\n      ...DeadlineRuleSets_ruleSet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RulesPageScorecards {\n    scorecardRuleSets {\n      code\n      version\n      name {\n        zh\n        en\n      }\n      effectiveFrom\n      effectiveTo\n      status\n      ...RuleSetWords_ruleSet\n      ...RuleSetEditor_ruleSet\n    }\n  }\n"): (typeof documents)["\n  query RulesPageScorecards {\n    scorecardRuleSets {\n      code\n      version\n      name {\n        zh\n        en\n      }\n      effectiveFrom\n      effectiveTo\n      status\n      ...RuleSetWords_ruleSet\n      ...RuleSetEditor_ruleSet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPageRanking($period: PeriodInput!) {\n    scorecardRanking(period: $period) {\n      ruleSet {\n        ...RuleSetWords_ruleSet\n      }\n      rows {\n        ...ScoreRankingTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScorecardPageRanking($period: PeriodInput!) {\n    scorecardRanking(period: $period) {\n      ruleSet {\n        ...RuleSetWords_ruleSet\n      }\n      rows {\n        ...ScoreRankingTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScorecardPageUnit($unit: String!, $period: PeriodInput!) {\n    scorecard(unit: $unit, period: $period) {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      ...ScorecardItems_card\n    }\n  }\n"): (typeof documents)["\n  query ScorecardPageUnit($unit: String!, $period: PeriodInput!) {\n    scorecard(unit: $unit, period: $period) {\n      unit {\n        code\n        nameZh\n        nameEn\n      }\n      ...ScorecardItems_card\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitView($code: String!, $at: Date) {\n    unit(code: $code) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n      children(at: $at) {\n        code\n      }\n      ...UnitBreadcrumb_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitView($code: String!, $at: Date) {\n    unit(code: $code) {\n      code\n      nameZh\n      nameEn\n      level(at: $at)\n      children(at: $at) {\n        code\n      }\n      ...UnitBreadcrumb_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"): (typeof documents)["\n  query UnitTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {\n      rows {\n        values {\n          ...MetricCards_value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRanking($metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    ranking(metric: $metric, period: $period, level: PROVINCE, filter: $filter) {\n      benchmark\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewRanking($metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    ranking(metric: $metric, period: $period, level: PROVINCE, filter: $filter) {\n      benchmark\n      rows {\n        ...RankingTable_row\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"): (typeof documents)["\n  query OverviewTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteReport($id: ID!) {\n    deleteReport(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteReport($id: ID!) {\n    deleteReport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($id: ID!, $reason: String) {\n    submitReport(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($id: ID!, $reason: String) {\n    submitReport(id: $id, reason: $reason) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitBacklog($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {\n    backlogAging(unit: $unit, asOf: $asOf, filter: $filter) {\n      total\n      ...BacklogAging_aging\n    }\n  }\n"): (typeof documents)["\n  query UnitBacklog($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {\n    backlogAging(unit: $unit, asOf: $asOf, filter: $filter) {\n      total\n      ...BacklogAging_aging\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitBreakdown(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $by: BreakdownDimension!\n    $filter: ComplaintFilter\n  ) {\n    breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter) {\n      items {\n        key\n      }\n      ...BreakdownPanel_breakdown\n    }\n  }\n"): (typeof documents)["\n  query UnitBreakdown(\n    $unit: String!\n    $metric: MetricKey!\n    $period: PeriodInput!\n    $by: BreakdownDimension!\n    $filter: ComplaintFilter\n  ) {\n    breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter) {\n      items {\n        key\n      }\n      ...BreakdownPanel_breakdown\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitChildren($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n"): (typeof documents)["\n  query UnitChildren($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {\n      ...CompareTable_table\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitComplaints(\n    $filter: ComplaintListFilter\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...ComplaintList_connection\n    }\n  }\n"): (typeof documents)["\n  query UnitComplaints(\n    $filter: ComplaintListFilter\n    $first: Int!\n    $after: String\n    $orderBy: ComplaintOrder!\n    $asOf: DateTime\n  ) {\n    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      ...ComplaintList_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"): (typeof documents)["\n  query CompareTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {\n    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {\n      ...TrendChart_point\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;