import type { zhCNFigures } from './zh-CN-figures';

// English words of figures that explain themselves (issue 11); the same keys as zh-CN-figures.ts.
export const enFigures: typeof zhCNFigures = {
  figure: {
    better: 'improved',
    worse: 'worse',
    same: 'unchanged',
    judged: '{{text}} ({{word}})',
    basisLabel: 'Basis',
    basis: {
      ALL: 'All complaints',
      ASSESSED: 'Assessed basis',
    },
    companyTotal: 'Company total',
    companyLevel: 'Company level',
    companyMixed: 'Company (totals for counts, levels for ratios)',
    totalShort: 'total',
    levelShort: 'level',
    scopeTotal: 'Jurisdiction total',
    rankInScope: 'Rank in jurisdiction',
    statusAt: 'Status as at {{instant}} (Beijing time)',
  },
  export: {
    what: 'Contents',
    unit: 'Unit',
    metric: 'Metric',
    period: 'Period',
    basis: 'Basis',
    filter: 'Filter',
    asOf: 'As of (asOf)',
    exportedAt: 'Exported at',
    noBasis: 'Not applicable (no complaints counted)',
    noFilter: 'None (every channel, line and category)',
    asOfNow: 'The time of the query (figures that depend on an instant were judged then)',
    asOfNone: 'Not applicable (no figure depends on an instant)',
    instant: '{{instant}} (Beijing time)',
    childrenOf: 'The units under {{unit}}',
  },
  refusal: {
    title: 'This cannot be done',
    peerFilter:
      'A ranking of your peers cannot be filtered by channel, line or category: that would split other units’ figures, of which you may see the totals only. Clear those filters, or look at your own unit.',
    unitOutside:
      'Unit “{{unit}}” is outside what you may see on {{date}}: you may see your own unit and the units under it (and your peers’ ranks and values in rankings).',
    parentOutside: 'Unit “{{unit}}” is outside what you may see on {{date}}, and not the parent of your own unit, so its children cannot be ranked for you.',
    complaintOutside: 'Complaint “{{ref}}” belongs to a unit outside what you may see.',
    peerRecords: 'Only a unit you may see in full can be read this way; of your peers you see the ranked values only.',
    roleClosed: 'Your role cannot use this ({{field}}).',
    submittedOnly: 'Your role sees submitted reports only.',
    userAdmin: 'Only a head-office administrator may manage users.',
    other: 'You may not do this: {{message}}',
  },
};
