// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeFragmentData } from '../../gql';
import type { ReportContentView_ContentFragment, ReportSectionTable_SectionFragment } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { ReportContentView, ReportContentView_content } from './ReportContentView';
import { ReportSectionTable_section } from './ReportSectionTable';
import { stubMatchMedia } from '../../testing/jsdom';

// GZ, 2013-01-01..2013-07-31 (the seed scenario S11–S14) as a branch report's content: the figures
// a reader sees, formatted by each column's format, in both languages; changes worded by their
// direction, counts linked to their complaints, the glossary's words wrapped.
const none = { number: null, text: null, textEn: null, verdict: null, records: null };
const GZ_ASSESSED = {
  unit: 'GZ',
  at: '2013-07-31',
  from: '2013-01-01',
  to: '2013-07-31',
  metric: 'ASSESSED_COMPLAINTS' as const,
  assessedOnly: false,
  channels: [],
  lines: [],
  categories: [],
};
const metrics: ReportSectionTable_SectionFragment = {
  key: 'metrics',
  title: { zh: '主要指标', en: 'Key metrics' },
  columns: [
    { key: 'metric', label: { zh: '指标', en: 'Metric' }, format: 'TEXT' },
    { key: 'value', label: { zh: '本期', en: 'This period' }, format: 'COUNT' },
    { key: 'previous', label: { zh: '上年同期', en: 'Last year' }, format: 'COUNT' },
    { key: 'changeRate', label: { zh: '同比', en: 'YoY' }, format: 'PERCENT' },
  ],
  rows: [
    {
      cells: [
        { ...none, text: '考核投诉量', textEn: 'Assessed complaints' },
        // the count leads to its complaints; the fall is an improvement (fewer complaints)
        { ...none, number: 853, records: GZ_ASSESSED },
        { ...none, number: 1392, records: { ...GZ_ASSESSED, from: '2012-01-01', to: '2012-07-31' } },
        { ...none, number: -0.3872, verdict: 'IMPROVED' },
      ],
      highlight: false,
    },
    {
      cells: [
        { ...none, text: '投诉量', textEn: 'Complaints' },
        { ...none, number: 12_345 },
        none,
        { ...none, number: 0.1, verdict: 'WORSE' },
      ],
      highlight: false,
    },
  ],
  chart: null,
  note: { zh: '考核投诉量剔除公司政策因素。', en: 'Assessed complaints exclude company policy factors.' },
};

const n = (number: number) => ({ ...none, number });
const text = (value: string) => ({ ...none, text: value });

const ranking: ReportSectionTable_SectionFragment = {
  key: 'ranking',
  title: { zh: '省级分公司排名', en: 'Ranking among provinces' },
  columns: [
    { key: 'unit', label: { zh: '机构', en: 'Unit' }, format: 'TEXT' },
    { key: 'value', label: { zh: '亿元保费投诉量', en: 'Per 100M premium' }, format: 'DECIMAL' },
    { key: 'rank', label: { zh: '排名', en: 'Rank' }, format: 'RANK' },
    { key: 'premium', label: { zh: '保费收入', en: 'Premium' }, format: 'YUAN' },
    { key: 'timely', label: { zh: '及时率变化', en: 'Timely rate change' }, format: 'POINTS' },
    { key: 'days', label: { zh: '平均处理天数', en: 'Average handling days' }, format: 'DAYS' },
  ],
  rows: [
    { cells: [text('广西分公司'), n(12.3), n(1), n(1_000_000_000), n(0.01), n(5)], highlight: false },
    { cells: [text('广州市分公司'), n(28.8567), n(3), n(2_956_000_000), n(0.5209), n(7.1912)], highlight: true },
  ],
  chart: null,
  note: null,
};

const content = {
  template: 'BRANCH',
  title: { zh: '分支机构投诉情况报告', en: 'Branch complaints report' },
  unit: { code: 'GZ', name: { zh: '广州市分公司', en: 'Guangzhou Branch' } },
  from: '2013-01-01',
  to: '2013-07-31',
  comparison: 'YOY',
  asOf: '2013-08-05T02:00:00Z',
  narrative: {
    zh: ['2013年1-7月，考核投诉量853宗，同比减少539宗，下降38.72%。', '亿元保费投诉量由第1名降至第3名。'],
    en: ['In January–July 2013, 853 assessed complaints, 539 fewer than a year earlier, down 38.72%.'],
  },
  sections: [metrics, ranking].map((section) => ({
    key: section.key,
    ...makeFragmentData(section, ReportSectionTable_section),
  })),
} as unknown as ReportContentView_ContentFragment;

const renderContent = (version: number | null) =>
  render(
    <MemoryRouter>
      <ReportContentView content={makeFragmentData(content, ReportContentView_content)} version={version} />
    </MemoryRouter>,
  );

const cellTexts = (section: string, row: string) =>
  within(
    within(screen.getByRole('region', { name: section }))
      .getByText(row)
      .closest('tr')!,
  )
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

beforeAll(() => {
  // antd's tables ask for media queries and watch their size, which jsdom does not implement.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  stubMatchMedia();
});

afterEach(cleanup);

describe('ReportContentView', () => {
  it('renders the title, header, narrative and each section with Chinese headers and formatted cells', async () => {
    await setLanguage('zh-CN');
    renderContent(1);
    screen.getByRole('heading', { name: '分支机构投诉情况报告' });
    screen.getByText('广州市分公司 · 2013年1月1日至2013年7月31日 · 数据截至 2013-08-05 10:00 · 版本 1');
    screen.getByText('2013年1-7月，考核投诉量853宗，同比减少539宗，下降38.72%。');
    screen.getByText('亿元保费投诉量由第1名降至第3名。');

    const table = within(screen.getByRole('region', { name: '主要指标' }));
    expect(table.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '指标',
      '本期',
      '上年同期',
      '同比',
    ]);
    expect(cellTexts('主要指标', '考核投诉量')).toEqual(['考核投诉量', '853', '1,392', '-38.72% 改善']);
    expect(cellTexts('主要指标', '投诉量')).toEqual(['投诉量', '12,345', '—', '+10.00% 恶化']);
    table.getByText('考核投诉量剔除公司政策因素。');

    expect(cellTexts('省级分公司排名', '广州市分公司')).toEqual([
      '广州市分公司',
      '28.86',
      '第3名',
      '295,600.00万元',
      '+52.09 个百分点',
      '7.19天',
    ]);
    // The report's own unit stands out among its peers.
    expect(screen.getByText('广州市分公司', { selector: 'td' }).closest('tr')!.className).toContain(
      'crp-report-row-highlight',
    );
    expect(screen.getByText('广西分公司').closest('tr')!.className).not.toContain('crp-report-row-highlight');
    expect(screen.queryByText('草稿')).toBeNull();
  });

  it('colours a change by its verdict and links a count to its complaints, as of the report’s asOf', async () => {
    await setLanguage('zh-CN');
    renderContent(1);
    const table = within(screen.getByRole('region', { name: '主要指标' }));
    expect(table.getByText('-38.72% 改善').className).toContain('ant-typography-success');
    expect(table.getByText('+10.00% 恶化').className).toContain('ant-typography-danger');
    expect(table.getByRole('link', { name: '853' }).getAttribute('href')).toBe(
      '/records?unit=GZ&at=2013-07-31&p=2013-01-01..2013-07-31&m=ASSESSED_COMPLAINTS&part=numerator&asOf=2013-08-05T02%3A00%3A00Z',
    );
    expect(table.getByRole('link', { name: '1,392' }).getAttribute('href')).toContain('p=2012-01-01..2012-07-31');
    // a figure without records (the reader may not list them, or it is no count) is plain text
    expect(table.queryByRole('link', { name: '12,345' })).toBeNull();
  });

  it('marks live figures as a draft, and reads in English', async () => {
    await setLanguage('en');
    renderContent(null);
    screen.getByRole('heading', { name: 'Branch complaints report' });
    screen.getByText('Draft');
    screen.getByText('Guangzhou Branch · 1 Jan 2013 – 31 Jul 2013 · figures as of 2013-08-05 10:00');
    screen.getByText('In January–July 2013, 853 assessed complaints, 539 fewer than a year earlier, down 38.72%.');
    expect(cellTexts('Ranking among provinces', '广州市分公司')).toEqual([
      '广州市分公司',
      '28.86',
      '3rd',
      'CNY 2,956.00 m',
      '+52.09 pp',
      '7.19 days',
    ]);
    await setLanguage('zh-CN');
  });
});
