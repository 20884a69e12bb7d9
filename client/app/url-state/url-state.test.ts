import { describe, expect, it } from 'vitest';
import { parseState, serialiseState } from './params';
import { convertPeriod, parsePeriod, periodPresets, periodRange, serialisePeriod, type PeriodSpec } from './period';
import { trendRange } from './trend-period';
import { compareSchema, complaintFilter, rankingsSchema, reportBuilderSchema, unitViewSchema } from './views';

const params = (text: string) => new URLSearchParams(text);

describe('periods in ?p=', () => {
  const cases: [string, PeriodSpec, { from: string; to: string }][] = [
    ['2013-07', { kind: 'month', year: 2013, month: 7 }, { from: '2013-07-01', to: '2013-07-31' }],
    ['2012-02', { kind: 'month', year: 2012, month: 2 }, { from: '2012-02-01', to: '2012-02-29' }],
    ['2013-Q3', { kind: 'quarter', year: 2013, quarter: 3 }, { from: '2013-07-01', to: '2013-09-30' }],
    ['2013', { kind: 'year', year: 2013 }, { from: '2013-01-01', to: '2013-12-31' }],
    ['ytd-2013-07-31', { kind: 'ytd', to: '2013-07-31' }, { from: '2013-01-01', to: '2013-07-31' }],
    ['2013-01-01..2013-07-31', { kind: 'custom', from: '2013-01-01', to: '2013-07-31' }, { from: '2013-01-01', to: '2013-07-31' }],
  ];

  it.each(cases)('%s parses, covers its dates and serialises back unchanged', (text, spec, range) => {
    expect(parsePeriod(text)).toEqual(spec);
    expect(periodRange(spec)).toEqual(range);
    expect(serialisePeriod(spec)).toBe(text);
  });

  it.each(['2013-13', '2013-00', '2013-Q5', 'ytd-2013-02-30', '2013-07-31..2013-01-01', '2013-02-29..2013-03-01', 'last-month', '13'])(
    'refuses %s',
    (text) => expect(parsePeriod(text)).toBeNull(),
  );

  it('keeps the end when the kind changes', () => {
    const july: PeriodSpec = { kind: 'month', year: 2013, month: 7 };
    expect(convertPeriod(july, 'quarter')).toEqual({ kind: 'quarter', year: 2013, quarter: 3 });
    expect(convertPeriod(july, 'ytd')).toEqual({ kind: 'ytd', to: '2013-07-31' });
    expect(convertPeriod(july, 'custom')).toEqual({ kind: 'custom', from: '2013-07-01', to: '2013-07-31' });
    expect(convertPeriod({ kind: 'quarter', year: 2013, quarter: 3 }, 'month')).toEqual({ kind: 'month', year: 2013, month: 9 });
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
    expect(state).toMatchObject({ period: null, metric: 'PER_100M_PREMIUM', level: 'PROVINCE', order: 'DESC', assessedOnly: false });
  });

  it('falls back on invalid values and names them', () => {
    const { state, invalid } = parseState(rankingsSchema, params('m=FOO&level=HQ&order=up&ch=HOTLINE_95518,FAX&assessed=yes&p=2013-02-30&hl=G%20Z'));
    expect(state).toMatchObject({ metric: 'PER_100M_PREMIUM', level: 'PROVINCE', order: 'DESC', channels: [], assessedOnly: false, period: null, highlight: null });
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
    expect(parseState(compareSchema, params('')).state.metrics).toEqual(['COMPLAINTS', 'ASSESSED_COMPLAINTS', 'PER_100M_PREMIUM', 'TIMELY_RATE']);
  });

  it('refuses more units than a chart can show', () => {
    const codes = Array.from({ length: 13 }, (_, i) => `U${i}`).join(',');
    expect(parseState(compareSchema, params(`units=${codes}`)).invalid).toEqual([{ key: 'units', raw: codes }]);
  });

  it('keeps the complaint list’s cursors, so previous page works from a link', () => {
    const { state } = parseState(unitViewSchema, params('pg=WyIyMDEzIiwxXQ.WyIyMDEzIiwyXQ&status=OVERDUE&sort=RECEIVED_ASC&by=CHILD_UNIT'));
    expect(state).toMatchObject({ pages: ['WyIyMDEzIiwxXQ', 'WyIyMDEzIiwyXQ'], status: 'OVERDUE', sort: 'RECEIVED_ASC', by: 'CHILD_UNIT' });
    expect(serialiseState(unitViewSchema, state).toString()).toBe('by=CHILD_UNIT&status=OVERDUE&sort=RECEIVED_ASC&pg=WyIyMDEzIiwxXQ.WyIyMDEzIiwyXQ');
    expect(parseState(unitViewSchema, params('pg=not+a+cursor')).invalid).toHaveLength(1);
  });
});

describe('the report builder in the URL', () => {
  it('reads a shared link and leaves defaults out of it', () => {
    const { state, invalid } = parseState(reportBuilderSchema, params('t=BRANCH&unit=GZ&p=2013-01-01..2013-07-31&cmp=PREVIOUS'));
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      template: 'BRANCH',
      unit: 'GZ',
      period: { kind: 'custom', from: '2013-01-01', to: '2013-07-31' },
      comparison: 'PREVIOUS',
      edit: null,
    });
    expect(serialiseState(reportBuilderSchema, { ...state, comparison: 'YOY' }).toString()).toBe('unit=GZ&p=2013-01-01..2013-07-31');
  });

  it('names the draft it edits, by its id', () => {
    expect(parseState(reportBuilderSchema, params('unit=GZ&edit=12')).state.edit).toBe('12');
    expect(parseState(reportBuilderSchema, params('edit=12x')).invalid).toEqual([{ key: 'edit', raw: '12x' }]);
  });

  it('offers quick picks relative to a day', () => {
    expect(periodPresets('2013-07-31')).toEqual({
      ytd: { from: '2013-01-01', to: '2013-07-31' },
      thisQuarter: { from: '2013-07-01', to: '2013-07-31' },
      lastMonth: { from: '2013-06-01', to: '2013-06-30' },
      lastYear: { from: '2012-01-01', to: '2012-12-31' },
    });
    expect(periodPresets('2014-01-15').lastMonth).toEqual({ from: '2013-12-01', to: '2013-12-31' });
  });
});
