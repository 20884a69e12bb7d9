// The pure parts of metrics, rankings and trends, with figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, METRICS, NO_MEASURES, ratio } from '../../server/modules/metrics/metric-registry.js';
import { BASE_MEASURES, SET_KIND, type Measures } from '../../server/modules/metrics/measure-catalog.repository.js';
import {
  compare,
  comparisonPeriod,
  periodsToMeasure,
  yearEarlier,
} from '../../server/modules/metrics/metric.service.js';
import { mean, median, movement, rankRows, ranks } from '../../server/modules/rankings/ranking.service.js';
import { buckets } from '../../server/modules/trends/trend.service.js';
import { everyKind } from '../../server/modules/activities/activity.service.js';

describe('the metric registry', () => {
  it('defines every metric of DOMAIN.md once, with its two labels', () => {
    expect(Object.keys(METRICS)).toEqual([...METRIC_KEYS]);
    expect(METRIC_KEYS).toHaveLength(17);
    expect(METRICS.ISSUES).toMatchObject({ labelZh: '投诉事项数', unit: 'COUNT', better: 'LOWER', additive: true });
    expect(METRICS.CLOSED_WITHIN_3_WORKING_DAYS).toMatchObject({ labelZh: '3个工作日内办结率', better: 'HIGHER' });
    expect(METRICS.CLOSED_WITHIN_8_WEEKS).toMatchObject({ labelZh: '8周内办结率', dependsOnAsOf: true });
    expect(METRICS.UPHELD_RATE).toMatchObject({ labelZh: '投诉支持率', better: 'NONE', dependsOnAsOf: true });
    expect(METRICS.COMPLAINT_INDEX).toMatchObject({ labelZh: '投诉指数', unit: 'INDEX', better: 'LOWER' });
    expect(METRICS.PER_100M_PREMIUM).toMatchObject({
      labelZh: '亿元保费投诉量',
      unit: 'PER_100M_YUAN',
      better: 'LOWER',
    });
    expect(METRICS.TIMELY_RATE).toMatchObject({ better: 'HIGHER', dependsOnAsOf: true });
  });

  it('gives no value (null) for a zero denominator and 0 for a count of nothing', () => {
    expect(ratio(1, 0)).toBeNull();
    for (const key of [
      'PER_100M_PREMIUM',
      'PER_10K_POLICIES',
      'TIMELY_RATE',
      'AVG_HANDLING_DAYS',
      'ESCALATION_RATE',
      'SATISFACTION_RATE',
      'CLOSED_WITHIN_3_WORKING_DAYS',
      'CLOSED_WITHIN_8_WEEKS',
      'UPHELD_RATE',
    ] as const) {
      expect(METRICS[key].compute(NO_MEASURES)).toBeNull();
    }
    for (const key of [
      'COMPLAINTS',
      'ASSESSED_COMPLAINTS',
      'OPEN_BACKLOG',
      'OVERDUE_OPEN',
      'PREMIUM',
      'POLICIES',
      'ISSUES',
    ] as const) {
      expect(METRICS[key].compute(NO_MEASURES)).toBe(0);
    }
  });

  it('computes COMPLAINT_INDEX among peers only: null when the peers have no complaints or the unit no premium', () => {
    const index = METRICS.COMPLAINT_INDEX.amongPeers!;
    const unit = { ...NO_MEASURES, complaints: 30, premiumYuan: 200_000_000 };
    const peers = { ...NO_MEASURES, complaints: 100, premiumYuan: 1_000_000_000 };
    // (30 ÷ 100) ÷ (2 ÷ 10) = 1.5 = U's 15 per 100M over the peers' pooled 10
    expect(index(unit, peers)).toBeCloseTo(1.5, 12);
    expect(index({ ...unit, complaints: 0 }, peers)).toBe(0);
    expect(index(unit, { ...peers, complaints: 0 })).toBeNull();
    expect(index({ ...unit, premiumYuan: 0 }, peers)).toBeNull();
    expect(METRICS.COMPLAINT_INDEX.compute(unit)).toBeNull();
  });

  it('computes the ratios from base measures', () => {
    const m = {
      ...NO_MEASURES,
      complaints: 30,
      escalated: 3,
      premiumYuan: 150_000_000,
      policies: 20_000,
      due: 8,
      timely: 6,
      closed: 4,
      handlingSeconds: 4 * 86_400 * 2.5,
      followups: 5,
      satisfied: 4,
    };
    expect(METRICS.PER_100M_PREMIUM.compute(m)).toBe(20); // 30 ÷ 1.5
    expect(METRICS.PER_10K_POLICIES.compute(m)).toBe(15); // 30 ÷ 2
    expect(METRICS.TIMELY_RATE.compute(m)).toBe(0.75); // 6 ÷ 8
    expect(METRICS.AVG_HANDLING_DAYS.compute(m)).toBe(2.5);
    expect(METRICS.ESCALATION_RATE.compute(m)).toBe(0.1);
    expect(METRICS.SATISFACTION_RATE.compute(m)).toBe(0.8);
    const closures = { ...m, closedIn3WorkingDays: 1, closedIn8Weeks: 3, upheld: 2, decided: 5, issues: 34 };
    expect(METRICS.CLOSED_WITHIN_3_WORKING_DAYS.compute(closures)).toBe(0.25); // 1 ÷ 4 closed
    expect(METRICS.CLOSED_WITHIN_8_WEEKS.compute(closures)).toBe(0.75); // 3 ÷ 4
    expect(METRICS.UPHELD_RATE.compute(closures)).toBe(0.4); // 2 ÷ 5 with an outcome
    expect(METRICS.ISSUES.compute(closures)).toBe(34);
  });
});

describe("the registry's definitions", () => {
  const RATIOS = [
    'PER_100M_PREMIUM',
    'PER_10K_POLICIES',
    'TIMELY_RATE',
    'AVG_HANDLING_DAYS',
    'ESCALATION_RATE',
    'SATISFACTION_RATE',
    'CLOSED_WITHIN_3_WORKING_DAYS',
    'CLOSED_WITHIN_8_WEEKS',
    'UPHELD_RATE',
    'COMPLAINT_INDEX',
  ];
  const filled = (text: { zh: string; en: string } | null) =>
    !!text && text.zh.trim().length > 0 && text.en.trim().length > 0;

  it.each([...METRIC_KEYS])(
    '%s says what it counts and how the assessed basis changes it, in Chinese and English',
    (key) => {
      const metric = METRICS[key];
      expect(filled(metric.definition) && filled(metric.basisNote)).toBe(true);
      // a ratio names its numerator and denominator; a count or an amount has neither
      expect([filled(metric.numerator), filled(metric.denominator)]).toEqual(
        RATIOS.includes(key) ? [true, true] : [false, false],
      );
      if (!RATIOS.includes(key)) expect([metric.numerator, metric.denominator]).toEqual([null, null]);
    },
  );

  it('lists the complaints of every count and of the parts of ratios that count complaints, none of premium', () => {
    expect(Object.fromEntries(METRIC_KEYS.map((key) => [key, METRICS[key].drillable]))).toEqual({
      COMPLAINTS: ['NUMERATOR'],
      ASSESSED_COMPLAINTS: ['NUMERATOR'],
      PER_100M_PREMIUM: ['NUMERATOR'],
      PER_10K_POLICIES: ['NUMERATOR'],
      TIMELY_RATE: ['NUMERATOR', 'DENOMINATOR'],
      AVG_HANDLING_DAYS: ['DENOMINATOR'],
      ESCALATION_RATE: ['NUMERATOR', 'DENOMINATOR'],
      SATISFACTION_RATE: ['NUMERATOR', 'DENOMINATOR'],
      OPEN_BACKLOG: ['NUMERATOR'],
      OVERDUE_OPEN: ['NUMERATOR'],
      PREMIUM: [],
      POLICIES: [],
      ISSUES: ['NUMERATOR'],
      CLOSED_WITHIN_3_WORKING_DAYS: ['NUMERATOR', 'DENOMINATOR'],
      CLOSED_WITHIN_8_WEEKS: ['NUMERATOR', 'DENOMINATOR'],
      UPHELD_RATE: ['NUMERATOR', 'DENOMINATOR'],
      COMPLAINT_INDEX: ['NUMERATOR'],
    });
    // a stock's sets are open at T; every other metric's are drawn from the complaints in scope
    for (const key of METRIC_KEYS) {
      const kinds = Object.values(METRICS[key].sets).map((set) => SET_KIND[set]);
      expect(kinds.every((kind) => kind === (METRICS[key].needs.includes('stock') ? 'STOCK' : 'FLOW'))).toBe(true);
    }
  });

  // The loader measures only the groups a metric needs (a ranking of complaints reads `received` alone),
  // so a metric reading a measure of another group would compute from a measure that is absent.
  it('computes each metric from the measures of the groups it needs, and draws its lists from them', () => {
    const groupOf = new Map<string, string>(BASE_MEASURES.map((m) => [m.name, m.group]));
    for (const key of METRIC_KEYS) {
      const { needs, compute, amongPeers, sets } = METRICS[key];
      const read = new Set<string>();
      const measures = new Proxy({} as Measures, {
        get(_, name) {
          read.add(String(name));
          return 3;
        },
      });
      compute(measures);
      amongPeers?.(measures, measures);
      expect(read.size, key).toBeGreaterThan(0);
      for (const name of read) expect(needs, `${key} reads ${name}`).toContain(groupOf.get(name));
      for (const set of Object.values(sets)) {
        const drawnBy = BASE_MEASURES.find((m) => 'set' in m && m.set.name === set);
        expect(needs, `${key} lists ${set}`).toContain(drawnBy?.group);
      }
    }
    expect(METRICS.COMPLAINTS.needs).toEqual(['received']);
  });

  it("states T as DOMAIN.md's end of a local day in the stocks' definitions", () => {
    expect(METRICS.OPEN_BACKLOG.definition.zh).toContain('23:59:59.999');
    expect(METRICS.OVERDUE_OPEN.definition.en).toContain('23:59:59.999 Shanghai');
  });
});

describe('comparisons', () => {
  it('YOY takes the same dates a year earlier, 29 February to 28 February', () => {
    expect(yearEarlier('2012-02-29')).toBe('2011-02-28');
    expect(comparisonPeriod({ from: '2012-02-29', to: '2012-03-31' }, 'YOY')).toEqual({
      from: '2011-02-28',
      to: '2011-03-31',
    });
  });

  it('PREVIOUS takes as many days, ending the day before from', () => {
    // 2013-03-01..2013-03-31 is 31 days: 2013-01-29..2013-02-28
    expect(comparisonPeriod({ from: '2013-03-01', to: '2013-03-31' }, 'PREVIOUS')).toEqual({
      from: '2013-01-29',
      to: '2013-02-28',
    });
    expect(comparisonPeriod({ from: '2013-01-01', to: '2013-01-01' }, 'NONE')).toBeNull();
  });

  it('measures the comparison on the current tree (PERIOD_END) or its own (EACH_PERIOD)', () => {
    const period = { from: '2011-01-01', to: '2011-12-31' };
    expect(periodsToMeasure(period, 'YOY', 'PERIOD_END').previous).toEqual({
      from: '2010-01-01',
      to: '2010-12-31',
      at: '2011-12-31',
    });
    expect(periodsToMeasure(period, 'YOY', 'EACH_PERIOD').previous).toEqual({
      from: '2010-01-01',
      to: '2010-12-31',
      at: '2010-12-31',
    });
  });

  it('gives change and changeRate, null when previous is 0 or null', () => {
    expect(compare(853, 1392)).toEqual({ value: 853, previous: 1392, change: -539, changeRate: -539 / 1392 });
    expect(compare(5, 0)).toEqual({ value: 5, previous: 0, change: 5, changeRate: null });
    expect(compare(null, 4)).toEqual({ value: null, previous: 4, change: null, changeRate: null });
    expect(compare(4, null).changeRate).toBeNull();
  });
});

describe('ranking rules', () => {
  it('ranks as the definition does: 1 + the number of values strictly better, on thousands with ties', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const values = Array.from({ length: 3_000 }, () => (next() < 0.1 ? null : Math.round((next() - 0.3) * 200) / 4));
    values.push(0, -0, -0);
    for (const order of ['DESC', 'ASC'] as const) {
      const better = (a: number, b: number) => (order === 'DESC' ? a > b : a < b);
      const expected = values.map((v) =>
        v === null ? null : 1 + values.filter((w) => w !== null && better(w, v)).length,
      );
      expect(ranks(values, order)).toEqual(expected);
      // Rows best first, ties and the unranked each in the peers' given order, the unranked last.
      const places = values.map((_, i) => i);
      const byRank = [...places].sort((a, b) => (expected[a] ?? Infinity) - (expected[b] ?? Infinity) || a - b);
      expect(rankRows(places, values, values, order).map((row) => row.unit)).toEqual(byRank);
    }
  });

  it('shares ranks on ties and skips the next (1, 2, 2, 4); no value, no rank', () => {
    expect(ranks([9, 7, 7, 3, null], 'DESC')).toEqual([1, 2, 2, 4, null]);
    expect(ranks([9, Number.NaN, 3], 'DESC')).toEqual([1, null, 2]);
    expect(ranks([9, 7, 7, 3, null], 'ASC')).toEqual([4, 2, 2, 1, null]);
  });

  it('orders rows by rank with the unranked last, and moves by previousRank − rank', () => {
    const rows = rankRows(['A', 'B', 'C', 'D'], [null, 5, 8, 5], [1, 2, 3, null], 'DESC');
    expect(rows.map((r) => [r.unit, r.rank, r.previousRank, r.movement])).toEqual([
      ['C', 1, 1, 0], // previous 3 is the largest
      ['B', 2, 2, 0],
      ['D', 2, null, null],
      ['A', null, 3, null],
    ]);
    expect(movement(3, 1)).toBe(-2);
  });

  it('takes the unweighted mean and the median of the values there are', () => {
    expect(mean([1, 2, null, 6])).toBe(3);
    expect(median([5, null, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5); // even count: (2 + 3) ÷ 2
    expect(mean([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('trend buckets', () => {
  it('has one point per month the period touches, each clipped to it', () => {
    expect(buckets({ from: '2013-01-15', to: '2013-03-10' }, 'MONTH')).toEqual([
      { from: '2013-01-15', to: '2013-01-31' },
      { from: '2013-02-01', to: '2013-02-28' },
      { from: '2013-03-01', to: '2013-03-10' },
    ]);
    expect(buckets({ from: '2010-01-01', to: '2013-12-31' }, 'MONTH')).toHaveLength(48);
  });

  it('clips quarters and years too', () => {
    expect(buckets({ from: '2012-02-29', to: '2012-07-31' }, 'QUARTER')).toEqual([
      { from: '2012-02-29', to: '2012-03-31' },
      { from: '2012-04-01', to: '2012-06-30' },
      { from: '2012-07-01', to: '2012-07-31' },
    ]);
    expect(buckets({ from: '2011-06-01', to: '2012-01-31' }, 'YEAR')).toEqual([
      { from: '2011-06-01', to: '2011-12-31' },
      { from: '2012-01-01', to: '2012-01-31' },
    ]);
  });
});

describe('activity totals', () => {
  it('has every kind, 0 where there is none', () => {
    expect(everyKind([{ kind: 'TRAINING', count: 7 }])).toEqual([
      { kind: 'ONLINE_DUTY', count: 0 },
      { kind: 'ONSITE_RECEPTION', count: 0 },
      { kind: 'TRAINING', count: 7 },
    ]);
  });
});
