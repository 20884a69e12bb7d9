import { describe, expect, it } from 'vitest';
import { parseState, serialiseState } from './params';
import { convertPeriod, parsePeriod, periodRange, quickPeriods, serialisePeriod, type PeriodSpec } from './period';
import { trendRange } from './trend-period';
import { recordsPath } from '../routes';
import {
  compareSchema,
  complaintFilter,
  rankingsSchema,
  recordsSchema,
  reportBuilderSchema,
  unitViewSchema,
} from './views';

const params = (text: string) => new URLSearchParams(text);

describe('periods in ?p=', () => {
  const cases: [string, PeriodSpec, { from: string; to: string }][] = [
    ['2013-07', { kind: 'month', year: 2013, month: 7 }, { from: '2013-07-01', to: '2013-07-31' }],
    ['2012-02', { kind: 'month', year: 2012, month: 2 }, { from: '2012-02-01', to: '2012-02-29' }],
    ['2013-Q3', { kind: 'quarter', year: 2013, quarter: 3 }, { from: '2013-07-01', to: '2013-09-30' }],
    ['2013', { kind: 'year', year: 2013 }, { from: '2013-01-01', to: '2013-12-31' }],
    ['ytd-2013-07-31', { kind: 'ytd', to: '2013-07-31' }, { from: '2013-01-01', to: '2013-07-31' }],
    [
      '2013-01-01..2013-07-31',
      { kind: 'custom', from: '2013-01-01', to: '2013-07-31' },
      { from: '2013-01-01', to: '2013-07-31' },
    ],
  ];

  it.each(cases)('%s parses, covers its dates and serialises back unchanged', (text, spec, range) => {
    expect(parsePeriod(text)).toEqual(spec);
    expect(periodRange(spec)).toEqual(range);
    expect(serialisePeriod(spec)).toBe(text);
  });

  it.each([
    '2013-13',
    '2013-00',
    '2013-Q5',
    'ytd-2013-02-30',
    '2013-07-31..2013-01-01',
    '2013-02-29..2013-03-01',
    'last-month',
    '13',
  ])('refuses %s', (text) => expect(parsePeriod(text)).toBeNull());

  it('keeps the end when the kind changes', () => {
    const july: PeriodSpec = { kind: 'month', year: 2013, month: 7 };
    expect(convertPeriod(july, 'quarter')).toEqual({ kind: 'quarter', year: 2013, quarter: 3 });
    expect(convertPeriod(july, 'ytd')).toEqual({ kind: 'ytd', to: '2013-07-31' });
    expect(convertPeriod(july, 'custom')).toEqual({ kind: 'custom', from: '2013-07-01', to: '2013-07-31' });
    expect(convertPeriod({ kind: 'quarter', year: 2013, quarter: 3 }, 'month')).toEqual({
      kind: 'month',
      year: 2013,
      month: 9,
    });
  });

  it('starts a trend at least on 1 January of the period’s end', () => {
    expect(trendRange({ from: '2013-07-01', to: '2013-07-31' })).toEqual({ from: '2013-01-01', to: '2013-07-31' });
    expect(trendRange({ from: '2012-01-01', to: '2013-07-31' })).toEqual({ from: '2012-01-01', to: '2013-07-31' });
  });
});

describe('the rankings view in the URL', () => {
  const issueView = 'p=2013-01-01..2013-07-31&m=PER_100M_PREMIUM&assessed=1&hl=GZ';

  it('reads the issue’s view: Jan–Jul 2013, per 100 million yuan, assessed only, provinces', () => {
    const { state, invalid } = parseState(rankingsSchema, params(issueView));
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      period: { kind: 'custom', from: '2013-01-01', to: '2013-07-31' },
      metric: 'PER_100M_PREMIUM',
      level: 'PROVINCE',
      parent: null,
      order: 'DESC',
      highlight: 'GZ',
      channels: [],
      lines: [],
      categories: [],
      assessedOnly: true,
    });
    expect(complaintFilter(state)).toEqual({ assessedOnly: true });
  });

  it('round-trips, leaving defaults out of the link', () => {
    const { state } = parseState(rankingsSchema, params(issueView));
    expect(serialiseState(rankingsSchema, state).toString()).toBe('p=2013-01-01..2013-07-31&hl=GZ&assessed=1');
    const changed = { ...state, order: 'ASC' as const, channels: ['HQ_REFERRAL', 'ONLINE'] as const, parent: 'GD' };
    expect(parseState(rankingsSchema, serialiseState(rankingsSchema, changed)).state).toEqual(changed);
  });

  it('gives every default for an empty URL', () => {
    const { state, invalid } = parseState(rankingsSchema, params(''));
    expect(invalid).toEqual([]);
    expect(state).toMatchObject({
      period: null,
      metric: 'PER_100M_PREMIUM',
      level: 'PROVINCE',
      order: 'DESC',
      assessedOnly: false,
    });
  });

  it('falls back on invalid values and names them', () => {
    const { state, invalid } = parseState(
      rankingsSchema,
      params('m=FOO&level=HQ&order=up&ch=HOTLINE_95518,FAX&assessed=yes&p=2013-02-30&hl=G%20Z'),
    );
    expect(state).toMatchObject({
      metric: 'PER_100M_PREMIUM',
      level: 'PROVINCE',
      order: 'DESC',
      channels: [],
      assessedOnly: false,
      period: null,
      highlight: null,
    });
    expect(invalid.map((entry) => entry.key)).toEqual(['p', 'm', 'level', 'order', 'hl', 'ch', 'assessed']);
    // Writing the state back drops the invalid values.
    expect(serialiseState(rankingsSchema, state, params('m=FOO&level=HQ')).toString()).toBe('');
  });

  it('keeps parameters other views own, such as ?at=', () => {
    const { state } = parseState(rankingsSchema, params('at=2010-06-30'));
    expect(serialiseState(rankingsSchema, { ...state, metric: 'COMPLAINTS' }, params('at=2010-06-30')).toString()).toBe(
      'at=2010-06-30&m=COMPLAINTS',
    );
  });
});

describe('the compare and unit views in the URL', () => {
  it('reads units and metrics as ordered lists without repeats', () => {
    const { state } = parseState(compareSchema, params('units=GZ,SZ,GZ&metrics=TIMELY_RATE,COMPLAINTS'));
    expect(state.units).toEqual(['GZ', 'SZ']);
    expect(state.metrics).toEqual(['TIMELY_RATE', 'COMPLAINTS']);
    expect(parseState(compareSchema, params('')).state.metrics).toEqual([
      'COMPLAINTS',
      'ASSESSED_COMPLAINTS',
      'PER_100M_PREMIUM',
      'TIMELY_RATE',
    ]);
  });

  it('refuses more units than a chart can show', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `U${i}`).join(',');
    expect(parseState(compareSchema, params(`units=${codes}`)).invalid).toEqual([{ key: 'units', raw: codes }]);
  });

  it('keeps the complaint list’s cursors, so previous page works from a link', () => {
    const { state } = parseState(
      unitViewSchema,
      params('pg=WyIyMDEzIiwxXQ.WyIyMDEzIiwyXQ&status=OVERDUE&sort=RECEIVED_ASC&by=CHILD_UNIT'),
    );
    expect(state).toMatchObject({
      pages: ['WyIyMDEzIiwxXQ', 'WyIyMDEzIiwyXQ'],
      status: 'OVERDUE',
      sort: 'RECEIVED_ASC',
      by: 'CHILD_UNIT',
    });
    expect(serialiseState(unitViewSchema, state).toString()).toBe(
      'by=CHILD_UNIT&status=OVERDUE&sort=RECEIVED_ASC&pg=WyIyMDEzIiwxXQ.WyIyMDEzIiwyXQ',
    );
    expect(parseState(unitViewSchema, params('pg=not+a+cursor')).invalid).toHaveLength(1);
  });
});

describe('the report builder in the URL', () => {
  it('reads a shared link and leaves defaults out of it', () => {
    const { state, invalid } = parseState(
      reportBuilderSchema,
      params('t=BRANCH&unit=GZ&p=2013-01-01..2013-07-31&cmp=PREVIOUS'),
    );
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      template: 'BRANCH',
      unit: 'GZ',
      period: { kind: 'custom', from: '2013-01-01', to: '2013-07-31' },
      comparison: 'PREVIOUS',
      edit: null,
    });
    expect(serialiseState(reportBuilderSchema, { ...state, comparison: 'YOY' }).toString()).toBe(
      'unit=GZ&p=2013-01-01..2013-07-31',
    );
  });

  it('names the draft it edits, by its id', () => {
    expect(parseState(reportBuilderSchema, params('unit=GZ&edit=12')).state.edit).toBe('12');
    expect(parseState(reportBuilderSchema, params('edit=12x')).invalid).toEqual([{ key: 'edit', raw: '12x' }]);
  });
});

describe('quick picks counted from the last day with data', () => {
  const picks = (anchor: string) =>
    Object.fromEntries(
      quickPeriods(anchor).map((pick) => [
        pick.key,
        `${serialisePeriod(pick.period)}${pick.toDate ? ' (to date)' : ''}`,
      ]),
    );

  it('offers the demo’s 2013 whole when its data end on 31 December', () => {
    expect(picks('2013-12-31')).toEqual({
      ytd: 'ytd-2013-12-31',
      h1: '2013-01-01..2013-06-30',
      h2: '2013-07-01..2013-12-31',
      q1: '2013-Q1',
      q2: '2013-Q2',
      q3: '2013-Q3',
      q4: '2013-Q4',
      thisMonth: '2013-12',
      lastMonth: '2013-11',
      last3: '2013-10-01..2013-12-31',
      last6: '2013-07-01..2013-12-31',
      last12: '2013-01-01..2013-12-31',
      lastYear: '2012',
    });
  });

  it('cuts a period that has not ended at the last day, and takes the year before’s where this year’s has not begun', () => {
    expect(picks('2013-07-31')).toMatchObject({
      h1: '2013-01-01..2013-06-30',
      h2: '2013-07-01..2013-07-31 (to date)',
      q3: '2013-07-01..2013-07-31 (to date)',
      q4: '2012-Q4',
      thisMonth: '2013-07',
      last3: '2013-05-01..2013-07-31',
    });
    expect(picks('2014-01-15')).toMatchObject({
      h1: '2014-01-01..2014-01-15 (to date)',
      h2: '2013-07-01..2013-12-31',
      q1: '2014-01-01..2014-01-15 (to date)',
      q2: '2013-Q2',
      thisMonth: '2014-01-01..2014-01-15 (to date)',
      lastMonth: '2013-12',
      last12: '2013-02-01..2014-01-15',
      lastYear: '2013',
    });
  });

  it('lists them in time order within each group', () => {
    expect(quickPeriods('2013-07-31').map((pick) => pick.key)).toEqual([
      'ytd',
      'h1',
      'h2',
      'q4',
      'q1',
      'q2',
      'q3',
      'thisMonth',
      'lastMonth',
      'last3',
      'last6',
      'last12',
      'lastYear',
    ]);
  });
});

describe('the records page in the URL (issue 11: from a figure to its complaints)', () => {
  it('reads the contract’s parameters: unit, at, p, m, part, the filter and asOf', () => {
    const { state, invalid } = parseState(
      recordsSchema,
      params(
        'unit=GZ&at=2013-07-31&p=2013-01-01..2013-07-31&m=TIMELY_RATE&part=denominator&ch=ONLINE&assessed=1&asOf=2013-07-31T23:59:59.999%2B08:00',
      ),
    );
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      unit: 'GZ',
      at: '2013-07-31',
      period: { kind: 'custom', from: '2013-01-01', to: '2013-07-31' },
      metric: 'TIMELY_RATE',
      part: 'denominator',
      asOf: '2013-07-31T23:59:59.999+08:00',
      bucket: null,
      sort: 'RECEIVED_DESC',
      pages: [],
      channels: ['ONLINE'],
      lines: [],
      categories: [],
      assessedOnly: true,
    });
  });

  it('falls back on invalid values and names them', () => {
    const { state, invalid } = parseState(
      recordsSchema,
      params('m=FOO&part=half&at=2013-02-30&asOf=yesterday&unit=G%20Z&bucket=DAYS_2'),
    );
    expect(state).toMatchObject({
      metric: 'COMPLAINTS',
      part: 'numerator',
      at: null,
      asOf: null,
      unit: null,
      bucket: null,
    });
    expect(invalid.map((entry) => entry.key)).toEqual(['unit', 'at', 'm', 'part', 'asOf', 'bucket']);
  });

  it('writes a figure’s link as the page reads it, the metric always named', () => {
    const filter = { channels: [], lines: [], categories: [], assessedOnly: true };
    const href = recordsPath({
      unit: 'GZ',
      metric: 'ASSESSED_COMPLAINTS',
      period: { from: '2013-01-01', to: '2013-07-31' },
      filter,
    });
    expect(href).toBe('/records?unit=GZ&p=2013-01-01..2013-07-31&m=ASSESSED_COMPLAINTS&assessed=1');
    expect(parseState(recordsSchema, new URL(href, 'http://x').searchParams).state).toMatchObject({
      unit: 'GZ',
      metric: 'ASSESSED_COMPLAINTS',
      part: 'numerator',
      assessedOnly: true,
    });
    const count = recordsPath({
      unit: 'GZ',
      metric: 'COMPLAINTS',
      period: { kind: 'ytd', to: '2013-07-31' },
      filter: { ...filter, assessedOnly: false },
    });
    expect(count).toBe('/records?unit=GZ&p=ytd-2013-07-31&m=COMPLAINTS');
    const backlog = recordsPath({
      unit: 'GZ-TIANHE',
      metric: 'OVERDUE_OPEN',
      period: { from: '2013-01-01', to: '2013-07-31' },
      filter: { ...filter, assessedOnly: false },
      asOf: '2013-07-31T23:59:59.999+08:00',
      bucket: 'DAYS_8_15',
    });
    expect(parseState(recordsSchema, new URL(backlog, 'http://x').searchParams).state).toMatchObject({
      metric: 'OVERDUE_OPEN',
      asOf: '2013-07-31T23:59:59.999+08:00',
      bucket: 'DAYS_8_15',
    });
  });
});
