// The cache of measures: a figure asked for again is not measured again while the data is unchanged,
// a write is seen by the next request, and a figure of asOf = now is not served past the next event
// that changes it (a deadline passing); each server keeps its own. Each test writes complaints of a
// month of its own, so none counts on what another wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../server/app.js';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

/** The server's clock: 2026-06-15 12:00 in Shanghai until a test moves it on. */
let now = Date.parse('2026-06-15T04:00:00Z');
let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL), { clock: () => new Date(now) });
});
afterAll(() => api.close());

const METRIC = `query ($metric: MetricKey!, $period: PeriodInput!, $asOf: DateTime) {
  metric(unit: "GZ", metric: $metric, period: $period, compare: NONE, asOf: $asOf) { value }
}`;
const JAN_2013 = { from: '2013-01-01', to: '2013-01-31' };

async function value(metric: string, period: object, asOf?: string): Promise<number | null> {
  const response = await api.as('HQ_ANALYST').query(METRIC, { metric, period, asOf });
  expect(response.errors).toBeUndefined();
  return response.data.metric.value;
}

describe('the cache of measures', () => {
  it('serves a figure asked for again without measuring it again', async () => {
    await runSql(api.db.url, complaintSql({ ref: 'C1', unit: 'TH', at: '2013-01-05T02:00:00Z' }));
    await value('COMPLAINTS', JAN_2013); // signs the caller in: its API token is made on first use
    api.server.measureCache.clear();
    // the API token, the unit and HQ by code, the data's version, the measures; then the same without the measures
    expect(await api.countStatements(() => value('COMPLAINTS', JAN_2013))).toBe(4);
    expect(await api.countStatements(() => value('COMPLAINTS', JAN_2013))).toBe(3);
    expect(await value('COMPLAINTS', JAN_2013)).toBe(1);
  });

  it('measures again after any write, however the data was written', async () => {
    const APR_2013 = { from: '2013-04-01', to: '2013-04-30' };
    await runSql(api.db.url, complaintSql({ ref: 'A1', unit: 'TH', at: '2013-04-05T02:00:00Z' }));
    expect(await value('COMPLAINTS', APR_2013)).toBe(1);
    await runSql(api.db.url, complaintSql({ ref: 'A2', unit: 'CD', at: '2013-04-06T02:00:00Z' }));
    expect(await value('COMPLAINTS', APR_2013)).toBe(2);
    await runSql(
      api.db.url,
      `update unit_membership set valid_to = '2012-12-31' where unit_id = (select id from unit where code = 'CD')
      and valid_to is null`,
    );
    // CD is in no subtree but its own from 2013: GZ keeps only TH's complaint
    expect(await value('COMPLAINTS', APR_2013)).toBe(1);
  });

  it('keeps a figure of an explicit asOf for that asOf only', async () => {
    await runSql(
      api.db.url,
      complaintSql({ ref: 'C3', unit: 'GZ', at: '2013-02-01T02:00:00Z', closedAt: '2013-02-03T02:00:00Z' }),
    );
    const FEB = { from: '2013-02-01', to: '2013-02-28' };
    // before the closure C3 is open and not due (due 2013-02-16): no due complaint, no rate
    expect(await value('TIMELY_RATE', FEB, '2013-02-02T00:00:00Z')).toBeNull();
    expect(await value('TIMELY_RATE', FEB, '2013-02-04T00:00:00Z')).toBe(1);
    expect(await value('TIMELY_RATE', FEB, '2013-02-02T00:00:00Z')).toBeNull();
  });

  it('keeps the figures of an explicit asOf from the second statement at that instant on', async () => {
    await runSql(api.db.url, complaintSql({ ref: 'J1', unit: 'TH', at: '2013-06-05T02:00:00Z' }));
    const JUN = { from: '2013-06-01', to: '2013-06-30' };
    const asOf = '2021-03-04T05:06:07.089Z';
    // the token, the units, the data's version, the measures: measured and not kept (a link opened once)
    expect(await api.countStatements(() => value('COMPLAINTS', JUN, asOf))).toBe(4);
    // asked again at that instant: measured again, and kept
    expect(await api.countStatements(() => value('COMPLAINTS', JUN, asOf))).toBe(4);
    expect(await api.countStatements(() => value('COMPLAINTS', JUN, asOf))).toBe(3);
    expect(await value('COMPLAINTS', JUN, asOf)).toBe(1);
  });

  it('keeps the figure of asOf now when the same scope is asked at another instant', async () => {
    await runSql(api.db.url, complaintSql({ ref: 'M1', unit: 'TH', at: '2013-05-05T02:00:00Z' }));
    const MAY = { from: '2013-05-01', to: '2013-05-31' };
    expect(await value('COMPLAINTS', MAY)).toBe(1);
    // a link's or a report's own asOf: measured, and kept for that instant only, not in now's place
    expect(await value('COMPLAINTS', MAY, '2020-01-01T00:00:00Z')).toBe(1);
    // the dashboard's next request (asOf now) is still served: no statement for the measures
    expect(await api.countStatements(() => value('COMPLAINTS', MAY))).toBe(3);
  });

  it('does not serve a figure of asOf now past a deadline that changes it', async () => {
    // Two complaints received an hour before the clock: D2 closed a minute ago, D1 open and due in a second.
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const at = (ms: number) => new Date(now + ms).toISOString();
    await runSql(
      api.db.url,
      complaintSql({ ref: 'D1', unit: 'GZ', at: at(-3_600_000), dueAt: at(1_000) }) +
        complaintSql({ ref: 'D2', unit: 'GZ', at: at(-3_600_000), closedAt: at(-60_000) }),
    );
    // D2 closed on time; D1 not yet due: 1 of 1, measured, then served from the cache
    expect(await value('TIMELY_RATE', period)).toBe(1);
    expect(await api.countStatements(() => value('TIMELY_RATE', period))).toBe(3);
    now += 1_001;
    // D1's deadline has passed unclosed: 1 of 2
    expect(await value('TIMELY_RATE', period)).toBe(0.5);
  });

  it('belongs to its server: another server on the same database, in the same process, measures again, and a listening one keeps the rest', async () => {
    const MAR_2013 = { from: '2013-03-01', to: '2013-03-31' };
    await runSql(api.db.url, complaintSql({ ref: 'S1', unit: 'GZ', at: '2013-03-05T02:00:00Z' }));
    expect(await value('COMPLAINTS', MAR_2013)).toBe(1);
    // the first server now serves it from its cache: the token, the units, the data's version
    expect(await api.countStatements(() => value('COMPLAINTS', MAR_2013))).toBe(3);

    const statements: string[] = [];
    const other = await startServer({
      databaseUrl: api.db.url,
      port: 0,
      host: '127.0.0.1',
      orm: { onQuery: (sql) => statements.push(sql) },
    });
    try {
      const authorization = await api.bearer('HQ_ANALYST');
      const ask = async () => {
        const response = await fetch(`${other.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: METRIC, variables: { metric: 'COMPLAINTS', period: MAR_2013 } }),
        });
        return ((await response.json()) as { data: { metric: { value: number } } }).data.metric.value;
      };
      const counted = async () => {
        const before = statements.length;
        expect(await ask()).toBe(1);
        return statements.length - before;
      };
      // measured on the other server (the measures' statement too), then served from its own cache;
      // as it listens for changes (the test servers do not), the token, the units and the data's
      // version are kept as well: a warm request costs no statement once no notification is in flight
      // (test/server/change-feed.test.ts: what revokes, what a write changes)
      expect(await counted()).toBe(4);
      await expect.poll(counted, { timeout: 5_000, interval: 20 }).toBe(0);
    } finally {
      await other.close();
    }
  });
});
