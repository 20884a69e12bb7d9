// backlogAging through the API on small named fixtures (TREE_SQL: HQ, GD, GZ moving from GD to HQ on
// 2011-01-01, TH, CD, FS, NH), every figure worked out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

// T = 2013-07-01T04:00:00Z (12:00 in Shanghai). Days past due = ceil((T − dueAt) ÷ 1 day).
const T = '2013-07-01T04:00:00Z';
const RECEIVED = '2013-03-01T00:00:00Z';
const due = (ref: string, unit: string, dueAt: string, more: { closedAt?: string; channel?: string } = {}) =>
  complaintSql({ ref, unit, at: RECEIVED, dueAt, ...more });

const COMPLAINTS = [
  // not yet due: due exactly at T; due in two weeks (TH); received exactly at T (default deadline T + 15 days)
  due('N0', 'GZ', T),
  due('N1', 'TH', '2013-07-15T04:00:00Z'),
  complaintSql({ ref: 'R0', unit: 'GZ', at: T }),
  // 1–7: 1 µs past due (1 day); exactly 7 days; 5 days and closed only after T (open as far as T knows)
  due('D1', 'GZ', '2013-07-01T03:59:59.999999Z'),
  due('D7', 'GZ', '2013-06-24T04:00:00Z'),
  due('L5', 'GZ', '2013-06-26T04:00:00Z', { closedAt: '2013-07-05T00:00:00Z' }),
  // 8–15: 7 days and 1 µs (8 days); exactly 15 days (CD)
  due('D8', 'GZ', '2013-06-24T03:59:59.999999Z'),
  due('D15', 'CD', '2013-06-16T04:00:00Z'),
  // 16–30: exactly 30 days
  due('D30', 'GZ', '2013-06-01T04:00:00Z'),
  // 31–90: 30 days and 1 hour (31); exactly 90 days, from ONLINE
  due('D31', 'GZ', '2013-06-01T03:00:00Z'),
  due('D90', 'GZ', '2013-04-02T04:00:00Z', { channel: 'ONLINE' }),
  // over 90: 90 days and 1 µs (91)
  due('D91', 'GZ', '2013-04-02T03:59:59.999999Z'),
  // not open at T: closed exactly at T; closed before; received 1 ms after T; open but in FS, not GZ's subtree
  due('X1', 'GZ', '2013-06-01T04:00:00Z', { closedAt: T }),
  due('X2', 'GZ', '2013-06-01T04:00:00Z', { closedAt: '2013-06-15T00:00:00Z' }),
  complaintSql({ ref: 'X3', unit: 'GZ', at: '2013-07-01T04:00:00.001Z' }),
  due('X4', 'FS', '2013-06-01T04:00:00Z'),
  // GZ's move, at the turn of 2011 in Shanghai: open from 2010-12-01 to 2011-02-01, due 2010-12-16T00:00Z
  complaintSql({ ref: 'G1', unit: 'GZ', at: '2010-12-01T00:00:00Z', closedAt: '2011-02-01T00:00:00Z' }),
  complaintSql({ ref: 'F1', unit: 'FS', at: '2010-12-01T00:00:00Z', closedAt: '2011-02-01T00:00:00Z' }),
].join('\n');

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  // The server's clock stands at T, so "now" is an instant the fixtures were worked out for.
  api = await startTestServer((url) => runSql(url, TREE_SQL + COMPLAINTS), { clock: () => new Date(T) });
});
afterAll(() => api.close());

const AGING = `query ($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {
  backlogAging(unit: $unit, asOf: $asOf, filter: $filter) { unit { code } asOf total overdue buckets { key minDays maxDays count } }
}`;

async function aging(unit: string, asOf?: string, filter?: object) {
  const response = await api.as('HQ_ANALYST').query(AGING, { unit, asOf, filter });
  expect(response.errors).toBeUndefined();
  return response.data.backlogAging;
}
const counts = (result: any) => Object.fromEntries(result.buckets.map((b: any) => [b.key, b.count]));

describe('backlogAging', () => {
  it('counts the open complaints of the subtree at T by whole days past due, on the edges as DOMAIN.md reads', async () => {
    const result = await aging('GZ', T);
    expect(result.buckets).toEqual([
      { key: 'NOT_DUE', minDays: null, maxDays: 0, count: 3 }, // N0 (due exactly at T), N1, R0
      { key: 'PAUSED', minDays: null, maxDays: null, count: 0 }, // none paused (test/api/deadlines.test.ts has some)
      { key: 'DAYS_1_7', minDays: 1, maxDays: 7, count: 3 }, // D1 (1 µs past), D7, L5 (closed after T)
      { key: 'DAYS_8_15', minDays: 8, maxDays: 15, count: 2 }, // D8, D15
      { key: 'DAYS_16_30', minDays: 16, maxDays: 30, count: 1 }, // D30
      { key: 'DAYS_31_90', minDays: 31, maxDays: 90, count: 2 }, // D31, D90
      { key: 'OVER_90', minDays: 91, maxDays: null, count: 1 }, // D91
    ]);
    // X1 (closed at T), X2 (closed before), X3 (received after T), X4 (FS) are not counted
    expect(result).toMatchObject({ unit: { code: 'GZ' }, asOf: '2013-07-01T04:00:00.000Z', total: 12, overdue: 9 });
  });

  it('agrees with OPEN_BACKLOG and OVERDUE_OPEN for a period ending on the day of T', async () => {
    const response = await api.as('HQ_ANALYST').query(`{
      open: metric(unit: "GZ", metric: OPEN_BACKLOG, period: { from: "2013-07-01", to: "2013-07-01" }, compare: NONE, asOf: "${T}") { value }
      overdue: metric(unit: "GZ", metric: OVERDUE_OPEN, period: { from: "2013-07-01", to: "2013-07-01" }, compare: NONE, asOf: "${T}") { value }
    }`);
    expect(response.data).toEqual({ open: { value: 12 }, overdue: { value: 9 } });
  });

  it('applies the filter', async () => {
    const result = await aging('GZ', T, { channels: ['ONLINE'] });
    expect(result).toMatchObject({ total: 1, overdue: 1 });
    expect(counts(result)).toEqual({
      NOT_DUE: 0,
      PAUSED: 0,
      DAYS_1_7: 0,
      DAYS_8_15: 0,
      DAYS_16_30: 0,
      DAYS_31_90: 1,
      OVER_90: 0,
    });
  });

  it("takes the tree of T's Shanghai date: GZ is GD's until 2010-12-31 23:59:59.999 Shanghai, not a millisecond later", async () => {
    // G1 (GZ) and F1 (FS), both 15.67 days past due → 16 days
    const before = await aging('GD', '2010-12-31T15:59:59.999Z');
    expect(before).toMatchObject({ total: 2, overdue: 2 });
    expect(counts(before).DAYS_16_30).toBe(2);
    const after = await aging('GD', '2010-12-31T16:00:00Z');
    expect(after).toMatchObject({ total: 1, overdue: 1 });
    expect(counts(after).DAYS_16_30).toBe(1);
  });

  it('takes T as now by default', async () => {
    const result = await aging('GZ');
    expect(result.asOf).toBe('2013-07-01T04:00:00.000Z');
    expect(result).toEqual(await aging('GZ', T));
    expect(result.buckets).toHaveLength(7);
  });

  it('costs two statements: the unit, then one for the counts (and the API token)', async () => {
    // +1 since issue 4: the API token is looked up (with its user and units) once per request.
    expect(await api.countStatements(() => aging('GZ', T))).toBe(3);
  });

  it('names an unknown unit in a NOT_FOUND error', async () => {
    const response = await api.as('HQ_ANALYST').query(AGING, { unit: 'XX', asOf: T });
    expect(response.errors?.[0]).toMatchObject({
      message: 'unit "XX" does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
