// A metric relative to peers (COMPLAINT_INDEX) pools each peer set once per period and asOf, however
// many requests share it: a ranking of 2,520 counties asked for its 5,041 scopes' peers one by one,
// 12.7 million scopes, and held the server for 14 s. The figures are those of pooling per request.
import { describe, expect, it } from 'vitest';
import type { Grant } from '../../server/modules/access/index.js';
import { NO_MEASURES, type Measures } from '../../server/modules/metrics/measure-catalog.repository.js';
import type { MeasureAsk } from '../../server/modules/metrics/metric.loaders.js';
import { createMetricReader, type GrantedMeasure } from '../../server/modules/metrics/index.js';

const grant = (unitId: number, access: Grant['access'] = 'PEER') => ({ unitId, at: '2013-12-31', access }) as Grant;

/** Every scope's complaints and premium from its unit and period alone. */
const measures = (request: MeasureAsk['requests'][number]): Measures => ({
  ...NO_MEASURES,
  complaints: ((request.rootId * 7) % 13) + (request.from < '2013-01-01' ? 2 : 0),
  premiumYuan: 1e6 * (1 + (request.rootId % 5)),
});

/** A reader of those measures, the loader's asks counted. */
function reader(peersOf: (grant: Grant) => Promise<readonly Grant[]> = () => Promise.resolve([])) {
  const asked: number[] = [];
  const loaders = {
    measures: {
      load: (ask: MeasureAsk) => {
        asked.push(ask.requests.length);
        return Promise.resolve(ask.requests.map(measures));
      },
    },
  } as unknown as Parameters<typeof createMetricReader>[0];
  return { reader: createMetricReader(loaders, peersOf), asked };
}

/** The index of each request pooled over its peers by hand, as the definition reads: its share of the complaints over its share of the premium. */
function byHand(requests: readonly GrantedMeasure[], peersOf: (request: GrantedMeasure) => readonly Grant[]) {
  const scope = (r: GrantedMeasure, g: Grant) =>
    measures({ rootId: g.unitId, at: g.at, from: r.from, to: r.to, asOf: r.asOf });
  return requests.map((r) => {
    const own = scope(r, r.grant);
    const peers = peersOf(r).map((g) => scope(r, g));
    const complaints = peers.reduce((sum, m) => sum + m.complaints, 0);
    const premium = peers.reduce((sum, m) => sum + m.premiumYuan, 0);
    if (complaints === 0 || own.premiumYuan === 0) return null;
    return own.complaints / complaints / (own.premiumYuan / premium);
  });
}

describe('a metric relative to peers', () => {
  const asOf = new Date('2025-01-01T00:00:00Z');
  const periods = [
    { from: '2013-01-01', to: '2013-12-31' },
    { from: '2012-01-01', to: '2012-12-31' },
  ];

  it("measures a ranking's peer set once per period, with the figures of pooling per request", async () => {
    const { reader: metrics, asked } = reader();
    const set = Array.from({ length: 400 }, (_, i) => grant(i + 1));
    const requests: GrantedMeasure[] = [
      { ...periods[0], asOf, grant: grant(1000, 'BENCHMARK'), peers: set },
      ...periods.flatMap((period) => set.map((g) => ({ ...period, asOf, grant: g, peers: set }))),
    ];
    const values = await metrics.values('COMPLAINT_INDEX', requests);
    // the requests, then the set once for each of the two periods: not 801 × 400 scopes
    expect(asked).toEqual([requests.length + 2 * set.length]);
    expect(values).toEqual(byHand(requests, () => set));
    expect(values.filter((v) => v !== null).length).toBeGreaterThan(700);
  });

  it('pools apart the peer sets of different requests, and of one set over different periods', async () => {
    const levels = [
      [grant(1), grant(2), grant(3)],
      [grant(10), grant(11)],
    ];
    const { reader: metrics, asked } = reader((g) => Promise.resolve(levels[g.unitId < 10 ? 0 : 1]));
    const requests: GrantedMeasure[] = [grant(1), grant(2), grant(10), grant(11)].flatMap((g) =>
      periods.map((period) => ({ ...period, asOf, grant: g })),
    );
    const values = await metrics.values('COMPLAINT_INDEX', requests);
    expect(asked).toEqual([requests.length + 2 * 3 + 2 * 2]);
    expect(values).toEqual(byHand(requests, (r) => levels[r.grant.unitId < 10 ? 0 : 1]));
  });
});
