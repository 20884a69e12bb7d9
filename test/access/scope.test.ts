import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, JAN_2013 } from './fixtures.js';

// What each scoped role sees, worked by hand on ACCESS_SQL. January 2013, per 100 million yuan:
//   GD's subtree (GD, FS, NH): FS-1                      = 1 complaint ÷ 2 (GD, FS premium) = 0.5
//   GZ's subtree (GZ, TH, CD): IN-GZ, IN-TH              = 2 ÷ 2 (GZ, TH)                   = 1
//   BJ:                        OUT-BJ, OUT-BJ-2          = 2 ÷ 1                            = 2
//   HQ (the benchmark):        5 ÷ 5                                                        = 1

// The server's clock is fixed, so "today" (the tree a unit is looked at by default) is a known date.
const NOW = '2026-03-15T04:00:00Z';
const TODAY = '2026-03-15';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL), { clock: () => new Date(NOW) });
});
afterAll(() => api.close());

const branch = () => api.as('BRANCH');
const regulator = () => api.as('REGULATOR');
const codes = (list: { code: string }[]) => list.map((unit) => unit.code);
const errorCodes = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.map((e) => e.extensions?.code);

const RANKING = `query ($level: UnitLevel, $parent: String, $filter: ComplaintFilter) {
  ranking(metric: PER_100M_PREMIUM, period: ${JAN_2013}, level: $level, parent: $parent, filter: $filter, compare: NONE) {
    rows { unit { code nameZh } value rank } benchmark peerMean peerMedian
  }
}`;
const rows = (ranking: { rows: { unit: { code: string }; value: number; rank: number }[] }) =>
  ranking.rows.map((row) => [row.unit.code, row.value, row.rank]);

describe('a branch (bound to GZ)', () => {
  it("ranks among its peers: their names and ranked values, with the company's benchmark", async () => {
    const { data, errors } = await branch().query(RANKING, { level: 'PROVINCE' });
    expect(errors).toBeUndefined();
    expect(rows(data.ranking)).toEqual([
      ['BJ', 2, 1],
      ['GZ', 1, 2],
      ['GD', 0.5, 3],
    ]);
    expect(data.ranking.rows[0].unit.nameZh).toBe('北京分公司');
    expect(data.ranking).toMatchObject({ benchmark: 1, peerMean: 3.5 / 3, peerMedian: 1 });
    // its parent's children are its siblings: the same peers
    expect(rows((await branch().query(RANKING, { parent: 'HQ' })).data.ranking)).toEqual([
      ['BJ', 2, 1],
      ['GZ', 1, 2],
      ['GD', 0.5, 3],
    ]);
  });

  it('learns nothing else of a peer: not its place in the tree, not a breakdown by filter or by child', async () => {
    const tree = await branch().query(`{ ranking(metric: COMPLAINTS, period: ${JAN_2013}, level: PROVINCE) {
      rows { unit { code children { code } } } } }`);
    // BJ's or GD's children (GZ's own are fine); the first refusal nulls the whole non-null ranking
    expect(errorCodes(tree)).toEqual(['FORBIDDEN']);
    expect(tree.errors![0].message).toMatch(new RegExp(`^unit "(BJ|GD)" is outside what you may see on ${TODAY}$`));
    expect(tree.data).toBeNull();
    const split = await branch().query(RANKING, { level: 'PROVINCE', filter: { channels: ['ONLINE'] } });
    expect(split.errors?.[0]).toMatchObject({
      message: 'a ranking that shows other units’ figures cannot be filtered by channel, line or category',
      extensions: { code: 'FORBIDDEN' },
    });
    // the assessed variant is a ranking of its own (the regulator's), not a split by a vocabulary
    expect(
      rows((await branch().query(RANKING, { level: 'PROVINCE', filter: { assessedOnly: true } })).data.ranking),
    ).toHaveLength(3);
    for (const response of [
      await branch().query(RANKING, { parent: 'BJ' }),
      await branch().query(RANKING, { parent: 'GD' }),
      await branch().query(
        `{ breakdown(unit: "BJ", metric: COMPLAINTS, period: ${JAN_2013}, by: CHANNEL) { total { value } } }`,
      ),
      await branch().query(
        `{ compare(units: ["GZ", "BJ"], metrics: [COMPLAINTS], period: ${JAN_2013}) { rows { unit { code } } } }`,
      ),
      await branch().query(`{ metric(unit: "BJ", metric: COMPLAINTS, period: ${JAN_2013}) { value } }`),
      await branch().query(
        `{ trend(unit: "GD", metric: COMPLAINTS, period: ${JAN_2013}, granularity: MONTH) { value } }`,
      ),
    ]) {
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response.data)).not.toMatch(/"value":\d/);
    }
  });

  it('ranks another level only within its own subtree', async () => {
    // CITY is not GZ's level: of TH, CD (GZ's) and FS (GD's), the branch sees its own two. CD has no premium.
    expect(rows((await branch().query(RANKING, { level: 'CITY' })).data.ranking)).toEqual([
      ['TH', 1, 1],
      ['CD', null, null],
    ]);
  });

  it('lists only its own units and complaints, with the customers’ data in full', async () => {
    expect(codes((await branch().query(`{ units(level: PROVINCE) { code } }`)).data.units)).toEqual(['GZ']);
    const { data } = await branch().query(
      `{ complaints { totalCount edges { node { ref customerName customerPhone } } } }`,
    );
    expect(data.complaints).toEqual({
      totalCount: 2,
      edges: [
        { node: { ref: 'IN-TH', customerName: '张伟', customerPhone: '13812341234' } },
        { node: { ref: 'IN-GZ', customerName: '张伟', customerPhone: '13812341234' } },
      ],
    });
    expect(errorCodes(await branch().query(`{ complaint(ref: "FS-1") { ref } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await branch().query(`{ complaints(filter: { unit: "FS" }) { totalCount } }`))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('sees the names of the units above its own, and nothing more of them', async () => {
    const named = await branch().query(`{ unit(code: "TH") { ancestors { code nameZh } parent { code } } }`);
    expect(named.data.unit).toEqual({
      ancestors: [
        { code: 'HQ', nameZh: '总公司' },
        { code: 'GZ', nameZh: '广州市分公司' },
      ],
      parent: { code: 'GZ' },
    });
    const above = await branch().query(`{ unit(code: "GZ") { parent { code level children { code } } } }`);
    expect(errorCodes(above)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('a branch bound to GD, whose subtree held GZ until 2010', () => {
  const gd = () => api.as('BRANCH', ['GD']);

  it('sees GZ on the tree of 2010 and not on today’s', async () => {
    expect(
      (await gd().query(`{ unit(code: "GZ", at: "2010-06-30") { code level(at: "2010-06-30") } }`)).data.unit,
    ).toEqual({
      code: 'GZ',
      level: 'CITY',
    });
    expect(errorCodes(await gd().query(`{ unit(code: "GZ") { code } }`))).toEqual(['FORBIDDEN']);
    // GD's subtree on 2010-12-31 holds GZ and TH, but their complaints came in 2013, when they were not GD's
    const listed = await gd().query(
      `{ complaints(filter: { unit: "GD", at: "2010-12-31" }) { edges { node { ref } } } }`,
    );
    expect(listed.data.complaints.edges.map((e: { node: { ref: string } }) => e.node.ref)).toEqual(['FS-1']);
    expect((await gd().query(`{ me { roots(at: "2010-06-30") { code } } }`)).data.me.roots).toEqual([{ code: 'GD' }]);
  });
});

describe('a regulator (bound to GD and GZ)', () => {
  it('ranks within its jurisdiction only, filters allowed', async () => {
    const { data } = await regulator().query(RANKING, { level: 'PROVINCE' });
    expect(rows(data.ranking)).toEqual([
      ['GZ', 1, 1],
      ['GD', 0.5, 2],
    ]);
    expect(data.ranking).toMatchObject({ benchmark: 1, peerMean: 0.75, peerMedian: 0.75 });
    // ONLINE only: IN-TH in GZ's subtree, nothing in GD's
    const online = await regulator().query(RANKING, { level: 'PROVINCE', filter: { channels: ['ONLINE'] } });
    expect(rows(online.data.ranking)).toEqual([
      ['GZ', 0.5, 1],
      ['GD', 0, 2],
    ]);
    expect(errorCodes(await regulator().query(RANKING, { parent: 'HQ' }))).toEqual(['FORBIDDEN']);
  });

  it('reads complaints with the customer’s name and phone masked by the database', async () => {
    const { data } = await regulator().query(`{ complaints { edges { node { ref customerName customerPhone } } } }`);
    expect(data.complaints.edges.map((e: { node: object }) => e.node)).toEqual([
      { ref: 'FS-1', customerName: '张**', customerPhone: '138****1234' },
      { ref: 'IN-TH', customerName: '张**', customerPhone: '138****1234' },
      { ref: 'IN-GZ', customerName: '张**', customerPhone: '138****1234' },
    ]);
    expect(
      (await regulator().query(`{ complaint(ref: "IN-GZ") { customerName customerPhone } }`)).data.complaint,
    ).toEqual({
      customerName: '张**',
      customerPhone: '138****1234',
    });
    expect(errorCodes(await regulator().query(`{ complaint(ref: "OUT-BJ") { ref } }`))).toEqual(['FORBIDDEN']);
  });

  it('starts its tree at its own units, GZ inside GD on the tree of 2010', async () => {
    expect((await regulator().query(`{ me { username role units { code } roots { code } } }`)).data.me).toEqual({
      username: 'regulator-gd-gz',
      role: 'REGULATOR',
      units: [{ code: 'GD' }, { code: 'GZ' }],
      roots: [{ code: 'GD' }, { code: 'GZ' }],
    });
    expect((await regulator().query(`{ me { roots(at: "2010-06-30") { code } } }`)).data.me.roots).toEqual([
      { code: 'GD' },
    ]);
    expect((await api.as('HQ_ANALYST').query(`{ me { roots { code } } }`)).data.me.roots).toEqual([{ code: 'HQ' }]);
  });
});

describe('the cost of the scope', () => {
  it('is one statement per request for the token, and one per date for a scoped unit below the caller’s own', async () => {
    const metric = (code: string) => `{ metric(unit: "${code}", metric: COMPLAINTS, period: ${JAN_2013}) { value } }`;
    const cost = async (caller: ReturnType<typeof branch>, code: string) => {
      await caller.query(metric(code)); // the test user and its token are made outside the count
      return api.countStatements(() => caller.query(metric(code)));
    };
    // the token; the unit and HQ by code; the measures
    expect(await cost(api.as('HQ_ANALYST'), 'TH')).toBe(3);
    // GZ is the branch's own unit: nothing to look up
    expect(await cost(branch(), 'GZ')).toBe(3);
    // TH lies below it: TH's ancestors on 2013-01-31, one statement
    expect(await cost(branch(), 'TH')).toBe(4);
  });
});
