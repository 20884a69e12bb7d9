import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_SQL, JAN_2013, MOVED_IN_SQL } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

// A figure's complaints (complaints(filter: {figure})) are a complaint list, under its rule: a branch
// sees a peer's figure in a ranking, never the complaints behind it; a scoped caller gets a complaint
// only if its unit lay in its scope on its day of receipt, even when the figure counts it.
//
// ACCESS_SQL: GZ (TH, CD) and GD (FS, NH) with a complaint each in January 2013, Beijing outside;
// MOVED_IN_SQL: MV, Beijing's until 2012-12-31 and GZ's from 2013-01-01, with OUT-BJ-MV received
// 2012-06-01 (Beijing's then) and IN-MV 2013-03-01, both still open.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL + MOVED_IN_SQL));
});
afterAll(() => api.close());

const LIST = `query ($filter: ComplaintListFilter) { complaints(filter: $filter) { totalCount edges { node { ref customerName } } } }`;
const figure = (unit: string, metric: string, period: object) => ({ unit, period, figure: { metric } });
const JAN = { from: '2013-01-01', to: '2013-01-31' };
const H1 = { from: '2013-01-01', to: '2013-06-30' };

describe("a figure's complaints", () => {
  it('are FORBIDDEN to a branch for a peer whose figure its ranking shows, and for the company', async () => {
    const ranking = await api
      .as('BRANCH')
      .query(`{ ranking(metric: COMPLAINTS, period: ${JAN_2013}, level: PROVINCE) { rows { unit { code } value } } }`);
    expect(ranking.data.ranking.rows).toContainEqual({ unit: { code: 'GD' }, value: 1 });
    for (const unit of ['GD', 'FS', 'BJ', 'HQ']) {
      const response = await api.as('BRANCH').query(LIST, { filter: figure(unit, 'COMPLAINTS', JAN) });
      expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(response.data?.complaints ?? null).toBeNull();
    }
  });

  it('leave out, for a scoped caller, a complaint received while its unit lay outside the scope, though the figure counts it', async () => {
    // GZ's open complaints at the end of June 2013, on GZ's tree then (MV in it): the figure counts OUT-BJ-MV
    const value = async (role: 'HQ_ANALYST' | 'REGULATOR') =>
      (
        await api
          .as(role)
          .query(
            `{ metric(unit: "GZ", metric: OPEN_BACKLOG, period: { from: "2013-01-01", to: "2013-06-30" }, compare: NONE) { value } }`,
          )
      ).data.metric.value;
    const refs = async (role: 'HQ_ANALYST' | 'REGULATOR' | 'BRANCH') => {
      const response = await api.as(role).query(LIST, { filter: figure('GZ', 'OPEN_BACKLOG', H1) });
      expect(response.errors).toBeUndefined();
      return {
        total: response.data.complaints.totalCount,
        refs: response.data.complaints.edges.map((edge: any) => edge.node.ref).sort(),
      };
    };
    expect(await value('HQ_ANALYST')).toBe(4);
    expect(await value('REGULATOR')).toBe(4);
    expect(await refs('HQ_ANALYST')).toEqual({ total: 4, refs: ['IN-GZ', 'IN-MV', 'IN-TH', 'OUT-BJ-MV'] });
    expect(await refs('REGULATOR')).toEqual({ total: 3, refs: ['IN-GZ', 'IN-MV', 'IN-TH'] });
    expect(await refs('BRANCH')).toEqual({ total: 3, refs: ['IN-GZ', 'IN-MV', 'IN-TH'] });
  });

  it('come masked to a regulator, as every list does', async () => {
    const response = await api.as('REGULATOR').query(LIST, { filter: figure('GD', 'COMPLAINTS', JAN) });
    expect(response.data.complaints.edges).toEqual([{ node: { ref: 'FS-1', customerName: '张**' } }]);
  });
});
