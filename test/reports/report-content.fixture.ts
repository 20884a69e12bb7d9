import { glossarySection } from '../../server/modules/reports/glossary.js';
import type {
  ReportColumn,
  ReportContent,
  ReportRow,
  ReportSection,
  ReportVersionMeta,
} from '../../server/modules/reports/report.content.js';

// A hand-made report for GZ, January–July 2013, shaped like a template's output: the S11 figures of
// the seed scenario with their changes judged (lower is better), a rates table (percent and points),
// a ranking with GZ highlighted, its fall from 1st to 3rd and a null, a monthly trend with a chart, a
// children's table as wide as the template's (13 columns: too wide for portrait A4) and long enough
// to run onto a second page, and the glossary of the metrics they show.

/** The children's table's columns, as the branch template heads them. */
const CHILD_COLUMNS: ReportColumn[] = [
  { key: 'unit', label: { zh: '机构', en: 'Unit' }, format: 'TEXT' },
  {
    key: 'COMPLAINTS',
    label: { zh: '投诉量（全部投诉）', en: 'Complaints (all complaints)' },
    format: 'COUNT',
    figure: { metric: 'COMPLAINTS' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'COMPLAINTS:change',
    label: { zh: '投诉量增减率', en: 'Complaints: change rate' },
    format: 'PERCENT',
    figure: { metric: 'COMPLAINTS' },
    measure: 'CHANGE_RATE',
    better: 'LOWER',
  },
  {
    key: 'ASSESSED_COMPLAINTS',
    label: { zh: '考核投诉量', en: 'Assessed complaints' },
    format: 'COUNT',
    figure: { metric: 'ASSESSED_COMPLAINTS' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'ASSESSED_COMPLAINTS:change',
    label: { zh: '考核投诉量增减率', en: 'Assessed complaints: change rate' },
    format: 'PERCENT',
    figure: { metric: 'ASSESSED_COMPLAINTS' },
    measure: 'CHANGE_RATE',
    better: 'LOWER',
  },
  {
    key: 'PER_100M_PREMIUM:assessed',
    label: { zh: '亿元保费投诉量（考核口径）', en: 'Complaints per 100 million yuan of premium (assessed)' },
    format: 'DECIMAL',
    figure: { metric: 'PER_100M_PREMIUM', assessedOnly: true },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'PER_100M_PREMIUM:assessed:change',
    label: {
      zh: '亿元保费投诉量（考核口径）增减率',
      en: 'Complaints per 100 million yuan of premium (assessed): change rate',
    },
    format: 'PERCENT',
    figure: { metric: 'PER_100M_PREMIUM', assessedOnly: true },
    measure: 'CHANGE_RATE',
    better: 'LOWER',
  },
  {
    key: 'PER_10K_POLICIES',
    label: { zh: '万张保单投诉量（全部投诉）', en: 'Complaints per 10,000 policies (all complaints)' },
    format: 'DECIMAL',
    figure: { metric: 'PER_10K_POLICIES' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'TIMELY_RATE',
    label: { zh: '投诉处理及时率（全部投诉）', en: 'Timely handling rate (all complaints)' },
    format: 'PERCENT',
    figure: { metric: 'TIMELY_RATE' },
    measure: 'CURRENT',
    better: 'HIGHER',
  },
  {
    key: 'TIMELY_RATE:change',
    label: { zh: '投诉处理及时率增减', en: 'Timely handling rate: change' },
    format: 'POINTS',
    figure: { metric: 'TIMELY_RATE' },
    measure: 'CHANGE',
    better: 'HIGHER',
  },
  {
    key: 'AVG_HANDLING_DAYS',
    label: { zh: '案均处理天数（全部投诉）', en: 'Average handling days (all complaints)' },
    format: 'DAYS',
    figure: { metric: 'AVG_HANDLING_DAYS' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'OPEN_BACKLOG',
    label: { zh: '未结投诉（全部投诉）', en: 'Open complaints (all complaints)' },
    format: 'COUNT',
    figure: { metric: 'OPEN_BACKLOG' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
  {
    key: 'OVERDUE_OPEN',
    label: { zh: '超时未结（全部投诉）', en: 'Overdue open complaints (all complaints)' },
    format: 'COUNT',
    figure: { metric: 'OVERDUE_OPEN' },
    measure: 'CURRENT',
    better: 'LOWER',
  },
];

const CHILD_ROWS: ReportRow[] = Array.from({ length: 48 }, (_, index) => ({
  cells: [
    `广州第${index + 1}支公司`,
    1000 + index * 37,
    index % 5 === 0 ? null : -0.3872 + index / 100,
    800 + index * 29,
    -0.2 + index / 90,
    28.8567 + index / 3,
    -0.5 + index / 70,
    3.21 + index / 10,
    index % 7 === 0 ? null : 0.9 - index / 200,
    index % 7 === 0 ? null : 0.5209 - index / 40,
    7.1875 + index / 9,
    10 + index,
    index % 4,
  ],
  unit: `GZ${String(index + 1).padStart(2, '0')}`,
}));

export const GZ_NARRATIVE_ZH =
  '2013年1-7月，投诉考核量853宗（剔除公司政策因素），同比减少539宗，下降38.72%；总公司投诉量同比下降32.20%，亿元保费投诉量同比下降50%，分公司亿元保费投诉量由2012年排名第一同比下降到第三名。';

const SECTIONS: ReportSection[] = [
  {
    key: 'metrics',
    title: { zh: '主要指标', en: 'Key metrics' },
    columns: [
      { key: 'metric', label: { zh: '指标', en: 'Metric' }, format: 'TEXT' },
      { key: 'value', label: { zh: '本期', en: 'This period' }, format: 'COUNT', measure: 'CURRENT' },
      { key: 'previous', label: { zh: '上年同期', en: 'A year earlier' }, format: 'COUNT', measure: 'PREVIOUS' },
      { key: 'change', label: { zh: '增减', en: 'Change' }, format: 'COUNT', measure: 'CHANGE' },
      { key: 'changeRate', label: { zh: '增减率', en: 'Change rate' }, format: 'PERCENT', measure: 'CHANGE_RATE' },
    ],
    rows: [
      { cells: ['投诉考核量', 853, 1392, -539, -0.3872], figure: { metric: 'ASSESSED_COMPLAINTS' }, better: 'LOWER' },
      { cells: ['投诉量', 12345, 18210, -5865, -0.32207], figure: { metric: 'COMPLAINTS' }, better: 'LOWER' },
      { cells: ['积压投诉', 17, null, null, null], figure: { metric: 'OPEN_BACKLOG' }, better: 'LOWER' },
    ],
    note: { zh: '投诉考核量剔除公司政策因素。', en: 'Assessed complaints exclude company-policy causes.' },
  },
  {
    key: 'rates',
    title: { zh: '处理时效', en: 'Handling' },
    columns: [
      { key: 'metric', label: { zh: '指标', en: 'Metric' }, format: 'TEXT' },
      { key: 'value', label: { zh: '本期', en: 'This period' }, format: 'PERCENT', measure: 'CURRENT' },
      { key: 'change', label: { zh: '变化', en: 'Change' }, format: 'POINTS', measure: 'CHANGE' },
      { key: 'days', label: { zh: '平均处理天数', en: 'Average days' }, format: 'DAYS' },
    ],
    rows: [{ cells: ['投诉处理及时率', 0.951, 0.5209, 7.1875], figure: { metric: 'TIMELY_RATE' }, better: 'HIGHER' }],
  },
  {
    key: 'ranking',
    title: { zh: '亿元保费投诉量排名', en: 'Ranking: complaints per 100M yuan of premium' },
    columns: [
      { key: 'unit', label: { zh: '机构', en: 'Unit' }, format: 'TEXT' },
      {
        key: 'value',
        label: { zh: '亿元保费投诉量', en: 'Per 100M yuan' },
        format: 'DECIMAL',
        figure: { metric: 'PER_100M_PREMIUM', assessedOnly: true },
        measure: 'CURRENT',
      },
      { key: 'premium', label: { zh: '保费', en: 'Premium' }, format: 'YUAN' },
      { key: 'rank', label: { zh: '排名', en: 'Rank' }, format: 'RANK', measure: 'RANK' },
      {
        key: 'previousRank',
        label: { zh: '上年排名', en: 'Rank a year earlier' },
        format: 'RANK',
        measure: 'PREVIOUS_RANK',
      },
      {
        key: 'movement',
        label: { zh: '名次变动', en: 'Places moved' },
        format: 'COUNT',
        measure: 'MOVEMENT',
        better: 'LOWER',
      },
    ],
    rows: [
      { cells: ['深圳分公司', 3.2, 1_523_456_789, 1, 2, 1], unit: 'SZ' },
      { cells: ['佛山分公司', 4.015, 812_345_678, 2, 3, 1], unit: 'FS' },
      // from 1st to 3rd on a lower-is-better metric: an improvement
      { cells: ['广州分公司', 4.5678, 1_867_512_345, 3, 1, -2], highlight: true, unit: 'GZ' },
      { cells: ['东莞分公司', null, 0, null, 4, null], unit: 'DG' },
    ],
    ranked: { order: 'DESC', value: 'value', rank: 'rank', previousRank: 'previousRank', movement: 'movement' },
  },
  {
    key: 'trend',
    title: { zh: '月度趋势', en: 'Monthly trend' },
    columns: [
      { key: 'month', label: { zh: '月份', en: 'Month' }, format: 'TEXT' },
      { key: 'value', label: { zh: '投诉考核量', en: 'Assessed complaints' }, format: 'COUNT' },
      { key: 'previous', label: { zh: '上年同期', en: 'A year earlier' }, format: 'COUNT' },
    ],
    rows: [
      { cells: ['2013-01', 130, 210] },
      { cells: ['2013-02', 98, 175] },
      { cells: ['2013-03', 121, 190] },
      { cells: ['2013-04', 117, 201] },
      { cells: ['2013-05', 140, 222] },
      { cells: ['2013-06', 125, 196] },
      { cells: ['2013-07', 122, 198] },
    ],
    chart: {
      kind: 'line',
      title: { zh: '投诉考核量月度趋势', en: 'Assessed complaints by month' },
      categories: ['2013-01', '2013-02', '2013-03', '2013-04', '2013-05', '2013-06', '2013-07'],
      series: [
        { name: { zh: '2013年', en: '2013' }, values: [130, 98, 121, 117, 140, 125, 122] },
        { name: { zh: '2012年', en: '2012' }, values: [210, 175, 190, 201, null, 196, 198] },
      ],
    },
  },
  {
    key: 'children',
    title: { zh: '下属机构', en: 'Subsidiary units' },
    columns: CHILD_COLUMNS,
    rows: CHILD_ROWS,
  },
];

export const gzReport: ReportContent = {
  template: 'BRANCH',
  title: { zh: '广州分公司投诉情况报告', en: 'Complaints report: Guangzhou Branch' },
  unit: { code: 'GZ', name: { zh: '广州分公司', en: 'Guangzhou Branch' } },
  period: { from: '2013-01-01', to: '2013-07-31' },
  comparison: 'YOY',
  asOf: '2026-12-02T02:15:00.000Z',
  narrative: {
    zh: [GZ_NARRATIVE_ZH, '投诉处理及时率95.10%，同比提高52.09个百分点，好于全公司平均水平。'],
    en: [
      'January–July 2013: 853 assessed complaints, 539 fewer than a year earlier, down 38.72%.',
      'The timely-handling rate was 95.10%, up 52.09 percentage points, better than the company-wide average.',
    ],
  },
  sections: [...SECTIONS, glossarySection(SECTIONS)!],
};

export const gzVersion: ReportVersionMeta = {
  reportId: 7,
  version: 1,
  submittedBy: '张晓明',
  submittedAt: '2026-12-02T02:30:00.000Z',
  fingerprint: 'sha256:3f2a9c0d51e4b7a8',
  reason: null,
};
