import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/domain.js';
import { complaintSql, runSql, TREE_SQL } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

// A date a list takes may choose the tree it is looked at on; it must never show a complaint whose
// unit lay outside the caller's scope on the day it was received (the rule complaint(ref) applies).
//
// The fixtures' tree (GZ, with TH and CD, leaves GD on 2011-01-01), Beijing, and Shenzhen moving in:
//   SZ ─ FT        under HQ (a PROVINCE) until 2011-12-31, under GD (a CITY) from 2012-01-01
// The callers are bound to GD alone. Complaints (Shanghai dates), all open:
//   GZ-2010 2010-06-01, TH-2010 2010-12-31 23:30   GZ's subtree, in GD's on their day
//   TH-2011 2011-01-01 00:30, GZ-2013 2013-03-01   GZ's subtree, after it left GD
//   SZ-2011 2011-11-01, FT-2011 2011-12-31 23:30   SZ's subtree, before it came to GD
//   FT-2012 2012-01-01 00:30, SZ-2013 2013-03-03   SZ's subtree, after it came to GD
//   FS-2013 2013-03-02 (GD's throughout), BJ-2013 2013-03-04 (never GD's)
const MOVES_SQL = `${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values
    ('BJ', '北京分公司', 'Beijing', 'BRANCH'), ('SZ', '深圳分公司', 'Shenzhen', 'BRANCH'), ('FT', '福田支公司', 'Futian', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
  select u.id, p.id, v.level, v.valid_from::date, v.valid_to::date
  from (values
    ('BJ', 'HQ', 'PROVINCE', '2000-01-01', null),
    ('SZ', 'HQ', 'PROVINCE', '2000-01-01', '2011-12-31'),
    ('SZ', 'GD', 'CITY', '2012-01-01', null),
    ('FT', 'SZ', 'COUNTY', '2000-01-01', null)
  ) v(code, parent, level, valid_from, valid_to)
  join unit u on u.code = v.code join unit p on p.code = v.parent;
  ${complaintSql({ ref: 'GZ-2010', unit: 'GZ', at: '2010-06-01T02:00:00Z' })}
  ${complaintSql({ ref: 'TH-2010', unit: 'TH', at: '2010-12-31T15:30:00Z' })}
  ${complaintSql({ ref: 'TH-2011', unit: 'TH', at: '2010-12-31T16:30:00Z' })}
  ${complaintSql({ ref: 'GZ-2013', unit: 'GZ', at: '2013-03-01T02:00:00Z' })}
  ${complaintSql({ ref: 'SZ-2011', unit: 'SZ', at: '2011-11-01T02:00:00Z' })}
  ${complaintSql({ ref: 'FT-2011', unit: 'FT', at: '2011-12-31T15:30:00Z' })}
  ${complaintSql({ ref: 'FT-2012', unit: 'FT', at: '2011-12-31T16:30:00Z' })}
  ${complaintSql({ ref: 'FS-2013', unit: 'FS', at: '2013-03-02T02:00:00Z' })}
  ${complaintSql({ ref: 'SZ-2013', unit: 'SZ', at: '2013-03-03T02:00:00Z' })}
  ${complaintSql({ ref: 'BJ-2013', unit: 'BJ', at: '2013-03-04T02:00:00Z' })}
  insert into activity (unit_id, date, kind, count)
  select u.id, v.date::date, 'TRAINING', v.count
  from (values ('GZ', '2010-06-01', 4), ('GZ', '2011-06-01', 8), ('SZ', '2011-10-01', 2), ('SZ', '2012-03-01', 5), ('FS', '2012-03-01', 1))
    v(code, date, count) join unit u on u.code = v.code;
`;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, MOVES_SQL));
});
afterAll(() => api.close());

const SCOPED: Role[] = ['BRANCH', 'REGULATOR'];
const gd = (role: Role) => api.as(role, ['GD']);
const hq = () => api.as('HQ_ANALYST');

const LIST = `query ($filter: ComplaintListFilter) {
  complaints(filter: $filter, first: 100) { totalCount edges { node { ref customerName customerPhone } } }
}`;

/** The refs listed, newest first, and the count, which must agree. */
async function listed(caller: ReturnType<typeof hq>, filter: Record<string, unknown>) {
  const { data, errors } = await caller.query(LIST, { filter });
  expect(errors).toBeUndefined();
  const refs = data.complaints.edges.map((edge: { node: { ref: string } }) => edge.node.ref);
  expect(data.complaints.totalCount).toBe(refs.length);
  return refs;
}

describe.each(SCOPED)('a %s user bound to GD', (role) => {
  it('lists a unit that left GD, asked on an old tree, with the complaints of its GD days only', async () => {
    expect(await listed(gd(role), { unit: 'GZ', at: '2010-12-31' })).toEqual(['TH-2010', 'GZ-2010']);
    // the security review's query: GZ's 2013 on the tree of 2010 is nothing of GD's
    const review = {
      unit: 'GZ',
      at: '2010-12-31',
      period: { from: '2013-01-01', to: '2013-07-31' },
      assessedOnly: true,
    };
    expect(await listed(gd(role), review)).toEqual([]);
    expect(await listed(gd(role), { unit: 'GD', at: '2010-12-31' })).toEqual(['FS-2013', 'TH-2010', 'GZ-2010']);
  });

  it('lists a unit that came to GD with the complaints of its GD days only', async () => {
    expect(await listed(gd(role), { unit: 'SZ', at: '2013-12-31' })).toEqual(['SZ-2013', 'FT-2012']);
    expect(await listed(gd(role), { unit: 'GD', at: '2013-12-31' })).toEqual(['SZ-2013', 'FS-2013', 'FT-2012']);
  });

  it('lists, without a unit, every complaint of its scope on its day, whatever the date asked', async () => {
    const inScope = ['SZ-2013', 'FS-2013', 'FT-2012', 'TH-2010', 'GZ-2010'];
    expect(await listed(gd(role), {})).toEqual(inScope);
    expect(await listed(gd(role), { at: '2010-12-31' })).toEqual(inScope);
    expect(await listed(gd(role), { at: '2013-12-31' })).toEqual(inScope);
    expect(await listed(gd(role), { at: '2010-12-31', period: { from: '2013-01-01', to: '2013-07-31' } })).toEqual([
      'SZ-2013',
      'FS-2013',
    ]);
  });

  it("shows a listed complaint's unit in full on the day it was received, not on the date asked", async () => {
    const { data, errors } = await gd(role).query(`{ complaints(filter: { at: "2013-12-31" }, first: 100) {
      edges { node { ref unit { code level(at: "2013-12-31") } } } } }`);
    // GZ and TH were GD's when GZ-2010 and TH-2010 came in; in 2013 they are not
    expect(errors?.map((error) => [error.extensions?.code, error.path?.slice(2, 3)])).toEqual([
      ['FORBIDDEN', [3]],
      ['FORBIDDEN', [4]],
    ]);
    expect(
      data.complaints.edges.map((edge: { node: { unit: { level: string | null } } }) => edge.node.unit.level),
    ).toEqual(['CITY', 'CITY', 'COUNTY', null, null]);
  });

  it('counts in a backlog only the open complaints of its scope on their day', async () => {
    const aging = (caller: ReturnType<typeof hq>) =>
      caller.query(`{ backlogAging(unit: "GD", asOf: "2012-06-30T00:00:00Z") { total } }`);
    // GD's subtree on 2012-06-30 holds SZ and FT; of their open complaints only FT-2012 came in on a GD day
    expect((await aging(gd(role))).data.backlogAging.total).toBe(1);
    expect((await aging(hq())).data.backlogAging.total).toBe(3);
  });

  it('sums in an activity summary only the activities of its scope on their day', async () => {
    const training = async (caller: ReturnType<typeof hq>, from: string, to: string) =>
      (
        await caller.query(`{ activitySummary(unit: "GD", period: { from: "${from}", to: "${to}" }) { kind count } }`)
      ).data.activitySummary.find((total: { kind: string }) => total.kind === 'TRAINING').count;
    // SZ's 2 of 2011-10-01 came before it joined GD; its 5 and FS's 1 after
    expect(await training(gd(role), '2011-06-01', '2012-06-30')).toBe(6);
    expect(await training(hq(), '2011-06-01', '2012-06-30')).toBe(8);
    // GZ's 4 of 2010, on the tree of 2010, were GD's
    expect(await training(gd(role), '2010-01-01', '2010-12-31')).toBe(4);
  });

  it("gives a unit's history as far as it lay in its scope", async () => {
    const history = async (code: string, at: string) => {
      const { data, errors } = await gd(role).query(`{ unit(code: "${code}", at: "${at}") {
        history { level validFrom validTo parent { code } } } }`);
      expect(errors).toBeUndefined();
      return data.unit.history;
    };
    expect(await history('GZ', '2010-12-31')).toEqual([
      { level: 'CITY', validFrom: '2000-01-01', validTo: '2010-12-31', parent: { code: 'GD' } },
    ]);
    expect(await history('SZ', '2013-12-31')).toEqual([
      { level: 'CITY', validFrom: '2012-01-01', validTo: null, parent: { code: 'GD' } },
    ]);
    // FT never moved, but it was GD's only through SZ
    expect(await history('FT', '2013-12-31')).toEqual([
      { level: 'COUNTY', validFrom: '2012-01-01', validTo: null, parent: { code: 'SZ' } },
    ]);
  });
});

describe('masking', () => {
  it("is the regulator's whatever the dates, and the branch's customers' data stays whole", async () => {
    const people = async (role: Role) =>
      (await gd(role).query(LIST, { filter: { unit: 'GD', at: '2010-12-31' } })).data.complaints.edges.map(
        (edge: { node: { customerName: string; customerPhone: string } }) =>
          `${edge.node.customerName} ${edge.node.customerPhone}`,
      );
    expect(await people('REGULATOR')).toEqual(['张** 138****1234', '张** 138****1234', '张** 138****1234']);
    expect(await people('BRANCH')).toEqual(['张伟 13812341234', '张伟 13812341234', '张伟 13812341234']);
  });
});

describe('headquarters', () => {
  it('lists the subtree of the date asked, as before', async () => {
    expect(await listed(hq(), { unit: 'GZ', at: '2010-12-31' })).toEqual(['GZ-2013', 'TH-2011', 'TH-2010', 'GZ-2010']);
    expect(
      await listed(hq(), { unit: 'GD', at: '2010-12-31', period: { from: '2013-01-01', to: '2013-07-31' } }),
    ).toEqual(['FS-2013', 'GZ-2013']);
    expect(await listed(hq(), { unit: 'SZ', at: '2013-12-31' })).toEqual(['SZ-2013', 'FT-2012', 'FT-2011', 'SZ-2011']);
    expect(await listed(hq(), { at: '2010-12-31' })).toHaveLength(10);
    const { data } = await hq().query(`{ unit(code: "SZ") { history { level validFrom validTo } } }`);
    expect(data.unit.history).toEqual([
      { level: 'PROVINCE', validFrom: '2000-01-01', validTo: '2011-12-31' },
      { level: 'CITY', validFrom: '2012-01-01', validTo: null },
    ]);
  });
});
