// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { MetricCards_ValueFragment } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { MetricCards, MetricCards_value } from './MetricCards';
import type { MetricDefinition } from './use-metric-definitions';
import { stubMatchMedia } from '../../testing/jsdom';

// GZ, 2013-01-01..2013-07-31 (SEED-SCENARIO.md S11 and S6-like rate): the cards as a reader sees them.
const text = (zh: string, en: string) => ({ zh, en });
const definitions = new Map<MetricDefinition['key'], MetricDefinition>([
  [
    'ASSESSED_COMPLAINTS',
    {
      key: 'ASSESSED_COMPLAINTS',
      labelZh: '考核投诉量',
      labelEn: 'Assessed complaints',
      unit: 'COUNT',
      better: 'LOWER',
      additive: true,
      dependsOnAsOf: false,
      definition: text('考核投诉的件数。', 'The number of assessed complaints.'),
      numerator: null,
      denominator: null,
      basisNote: text(
        '只计考核投诉，全部口径与考核口径结果相同。',
        'Assessed complaints by definition: the same on either basis.',
      ),
      drillable: ['NUMERATOR'],
      complaintBased: true,
    },
  ],
  [
    'TIMELY_RATE',
    {
      key: 'TIMELY_RATE',
      labelZh: '投诉处理及时率',
      labelEn: 'Timely handling rate',
      unit: 'FRACTION',
      better: 'HIGHER',
      additive: false,
      dependsOnAsOf: true,
      definition: text('到期投诉中及时办结的比例。', 'The share of due complaints handled in time.'),
      numerator: text('及时办结的件数', 'Timely'),
      denominator: text('到期件数', 'Due'),
      basisNote: text('考核口径时分子、分母都只计考核投诉。', 'Assessed only, both parts.'),
      drillable: ['NUMERATOR', 'DENOMINATOR'],
      complaintBased: true,
    },
  ],
  [
    'PREMIUM',
    {
      key: 'PREMIUM',
      labelZh: '保费收入',
      labelEn: 'Premium',
      unit: 'YUAN',
      better: 'NONE',
      additive: true,
      dependsOnAsOf: false,
      definition: text('保费收入（元）。', 'Premium in yuan.'),
      numerator: null,
      denominator: null,
      basisNote: text('不是投诉数据。', 'Not a complaint figure.'),
      drillable: [],
      complaintBased: false,
    },
  ],
]);

const values: MetricCards_ValueFragment[] = [
  { metric: 'ASSESSED_COMPLAINTS', value: 853, change: -539, changeRate: -0.3872, benchmark: 27_918 },
  { metric: 'TIMELY_RATE', value: 0.9708, change: 0.0311, changeRate: 0.0331, benchmark: 0.902 },
  { metric: 'PREMIUM', value: 2_956_000_000, change: 100_000_000, changeRate: 0.035, benchmark: 129_600_000_000 },
];

const renderCards = () =>
  render(
    <MetricCards
      values={values.map((value) => makeFragmentData(value, MetricCards_value))}
      definitions={definitions}
      assessedOnly
    />,
  );

beforeAll(() => {
  stubMatchMedia();
});

afterEach(cleanup);

describe('MetricCards', () => {
  it('shows each figure with its basis, 同比 judged in words and colour, and the company figure named as a total or a level', async () => {
    await setLanguage('zh-CN');
    renderCards();
    const assessed = within(screen.getByLabelText('考核投诉量'));
    assessed.getByText('853');
    assessed.getByText('考核口径');
    expect(assessed.getByText('同比 -38.72%（改善）').closest('.ant-typography-success')).not.toBeNull();
    assessed.getByText('全公司合计 27,918');

    const timely = within(screen.getByLabelText('投诉处理及时率'));
    timely.getByText('97.08%');
    timely.getByText('考核口径');
    expect(timely.getByText('同比 +3.11 个百分点（改善）').closest('.ant-typography-success')).not.toBeNull();
    timely.getByText('全公司水平 90.20%');

    const premium = within(screen.getByLabelText('保费收入'));
    premium.getByText('29.56亿元');
    // Premium counts no complaints, so no basis; it has no better direction: its change is neither coloured nor judged.
    expect(premium.queryByText('考核口径')).toBeNull();
    expect(premium.getByText('同比 +3.50%').closest('.ant-typography-success, .ant-typography-danger')).toBeNull();
    premium.getByText('全公司合计 1,296.00亿元');
  });

  it('shows the same cards in English', async () => {
    await setLanguage('en');
    renderCards();
    within(screen.getByLabelText('Assessed complaints')).getByText('YoY -38.72% (improved)');
    within(screen.getByLabelText('Assessed complaints')).getByText('Company total 27,918');
    within(screen.getByLabelText('Timely handling rate')).getByText('YoY +3.11 pp (improved)');
    within(screen.getByLabelText('Timely handling rate')).getByText('Company level 90.20%');
    within(screen.getByLabelText('Premium')).getByText('CNY 2.96 bn');
    await setLanguage('zh-CN');
  });
});
