import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TREE_SQL, complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer } from '../support/graphql.js';

// 150 complaints spread over the four branch units of GZ and GD in 2012, one a minute; plus named
// ones for the edges below.
const BULK = `insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
  select 'B' || lpad(n::text, 4, '0'), timestamptz '2012-06-01T02:00:00Z' + n * interval '1 minute',
    'HOTLINE_95518', (array[u.th, u.nh, u.fs, u.cd])[1 + n % 4], 'AUTO', 'SERVICE', timestamptz '2012-06-20T00:00:00Z'
  from generate_series(1, 150) n,
    (select max(id) filter (where code = 'TH') th, max(id) filter (where code = 'NH') nh,
            max(id) filter (where code = 'FS') fs, max(id) filter (where code = 'CD') cd from unit) u;`;

const NAMED = [
  // 2013-01-01 01:30 in Shanghai: a 2013 complaint, though it is still 2012 in UTC.
  complaintSql({ ref: 'EDGE-2013', unit: 'GZ', at: '2012-12-31T17:30:00Z', channel: 'HQ_REFERRAL' }),
  // 2012-12-31 23:59 in Shanghai.
  complaintSql({ ref: 'EDGE-2012', unit: 'GZ', at: '2012-12-31T15:59:00Z', channel: 'HQ_REFERRAL' }),
  complaintSql({
    ref: 'CLOSED-LATE',
    unit: 'TH',
    at: '2013-03-01T02:00:00Z',
    dueAt: '2013-03-16T15:59:59.999Z',
    closedAt: '2013-03-20T02:00:00Z',
  }),
].join('\n');

const FOLLOWUP = `insert into followup (complaint_id, visited_at, satisfied)
  select id, '2013-03-21T02:00:00Z', true from complaint where ref = 'CLOSED-LATE';`;

let api: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, TREE_SQL + BULK + NAMED + FOLLOWUP));
});
afterAll(() => api.close());

const PAGE = `query ($filter: ComplaintListFilter, $first: Int, $after: String) {
  complaints(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ref receivedAt receivedDate unit { code nameZh parent(at: "2012-12-31") { code parent { code } } } } }
  }
}`;

describe('complaints', () => {
  it('costs the same number of statements for a page of 100 as for a page of 10, units and parents included', async () => {
    const page = (first: number) => () => api.as('HQ_ANALYST').query(PAGE, { first });
    const ten = await api.countStatements(page(10));
    const hundred = await api.countStatements(page(100));
    const response = await api.as('HQ_ANALYST').query(PAGE, { first: 100 });
    expect(response.data.complaints.edges).toHaveLength(100);
    expect(response.data.complaints.edges[0].node.unit.parent.code).toBeTruthy();
    expect(hundred).toBe(ten);
    // list, count, units, their placements, the parents, the parents' placements, the grandparents.
    // Since issue 4 the API token's lookup (one per request) is counted too, and it still fits.
    expect(hundred).toBeLessThanOrEqual(7);
  });

  it('pages through with cursors, newest first, and counts all matches', async () => {
    const filter = { unit: 'GD', at: '2010-12-31', period: { from: '2012-06-01', to: '2012-06-30' } };
    const first = (await api.as('HQ_ANALYST').query(PAGE, { filter, first: 100 })).data.complaints;
    expect(first.totalCount).toBe(150);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await api.as('HQ_ANALYST').query(PAGE, { filter, first: 100, after: first.pageInfo.endCursor }))
      .data.complaints;
    expect(second.edges).toHaveLength(50);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const refs = [...first.edges, ...second.edges].map((edge: any) => edge.node.ref);
    expect(new Set(refs).size).toBe(150);
    expect(refs[0]).toBe('B0150');
    expect(refs.at(-1)).toBe('B0001');
  });

  it("pages a regulator's list in order across its units, and counts only what its scope reached on each day", async () => {
    // bound to GD alone: on the tree of 2010 TH and CD are GD's, but their June 2012 complaints are not
    const filter = { unit: 'GD', at: '2010-12-31', period: { from: '2012-06-01', to: '2012-06-30' } };
    const gd = api.as('REGULATOR', ['GD']);
    const first = (await gd.query(PAGE, { filter, first: 50 })).data.complaints;
    expect(first.totalCount).toBe(76);
    const second = (await gd.query(PAGE, { filter, first: 50, after: first.pageInfo.endCursor })).data.complaints;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const refs = [...first.edges, ...second.edges].map((edge: any) => edge.node.ref);
    // NH took n ≡ 1 and FS n ≡ 2 (mod 4), newest first
    const expected = Array.from({ length: 150 }, (_, i) => 150 - i).filter((n) => n % 4 === 1 || n % 4 === 2);
    expect(refs).toEqual(expected.map((n) => `B${String(n).padStart(4, '0')}`));
    // bound to GD and GZ: every one of the 150, in the same order as headquarters sees them
    const both = (await api.as('REGULATOR', ['GD', 'GZ']).query(PAGE, { filter, first: 100 })).data.complaints;
    const hq = (await api.as('HQ_ANALYST').query(PAGE, { filter, first: 100 })).data.complaints;
    expect(both.totalCount).toBe(150);
    expect(both.edges.map((edge: any) => edge.node.ref)).toEqual(hq.edges.map((edge: any) => edge.node.ref));
  });

  it("takes GD's subtree at the date asked: GZ's complaints are GD's in 2012 only when the tree is that of 2010", async () => {
    const count = async (at: string) =>
      (
        await api
          .as('HQ_ANALYST')
          .query(PAGE, { filter: { unit: 'GD', at, period: { from: '2012-06-01', to: '2012-06-30' } } })
      ).data.complaints.totalCount;
    expect(await count('2010-12-31')).toBe(150);
    // TH and CD moved with GZ. Complaint n went to [TH, NH, FS, CD][n % 4]: NH takes n ≡ 1 and FS
    // n ≡ 2 (mod 4), 38 each of 1..150, so 76 stay under GD.
    expect(await count('2012-12-31')).toBe(76);
  });

  it('files a complaint received at 01:30 on 1 January in Shanghai under 2013', async () => {
    const filter = (from: string, to: string) => ({ unit: 'GZ', channels: ['HQ_REFERRAL'], period: { from, to } });
    const in2013 = (await api.as('HQ_ANALYST').query(PAGE, { filter: filter('2013-01-01', '2013-12-31') })).data
      .complaints;
    expect(in2013.edges.map((e: any) => [e.node.ref, e.node.receivedDate, e.node.receivedAt])).toEqual([
      ['EDGE-2013', '2013-01-01', '2012-12-31T17:30:00.000Z'],
    ]);
    const in2012 = (await api.as('HQ_ANALYST').query(PAGE, { filter: filter('2012-01-01', '2012-12-31') })).data
      .complaints;
    expect(in2012.edges.map((e: any) => e.node.ref)).toEqual(['EDGE-2012']);
  });

  it('tells open, overdue and closed apart as of an instant', async () => {
    const refs = async (status: string, asOf: string) =>
      (
        await api
          .as('HQ_ANALYST')
          .query(
            `query ($f: ComplaintListFilter) { complaints(filter: $f, first: 100) { edges { node { ref status(asOf: "${asOf}") } } } }`,
            { f: { unit: 'TH', period: { from: '2013-01-01', to: '2013-12-31' }, status, asOf } },
          )
      ).data.complaints.edges.map((e: any) => `${e.node.ref}:${e.node.status}`);
    expect(await refs('OPEN', '2013-03-10T00:00:00Z')).toEqual(['CLOSED-LATE:OPEN']);
    expect(await refs('OVERDUE', '2013-03-10T00:00:00Z')).toEqual([]);
    expect(await refs('OVERDUE', '2013-03-18T00:00:00Z')).toEqual(['CLOSED-LATE:OVERDUE']);
    expect(await refs('CLOSED', '2013-03-18T00:00:00Z')).toEqual([]);
    expect(await refs('CLOSED', '2013-03-20T02:00:00Z')).toEqual(['CLOSED-LATE:CLOSED']);
  });

  it('gives one complaint by ref with its follow-ups and handling days', async () => {
    const { data } = await api.as('HQ_ANALYST').query(`{ complaint(ref: "CLOSED-LATE") {
      ref channel dueAt closedAt handlingDays assessed customerName unit { code } followups { visitedAt satisfied } } }`);
    expect(data.complaint).toEqual({
      ref: 'CLOSED-LATE',
      channel: 'HOTLINE_95518',
      dueAt: '2013-03-16T15:59:59.999Z',
      closedAt: '2013-03-20T02:00:00.000Z',
      handlingDays: 19,
      assessed: true,
      customerName: '张伟',
      unit: { code: 'TH' },
      followups: [{ visitedAt: '2013-03-21T02:00:00.000Z', satisfied: true }],
    });
  });
});

describe('complaints, given bad input', () => {
  const codeAndMessage = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await api.as('HQ_ANALYST').query(query, variables);
    return [errors?.[0].extensions?.code, errors?.[0].message];
  };

  it('refuses a negative or oversized page', async () => {
    expect(await codeAndMessage(PAGE, { first: -1 })).toEqual([
      'BAD_USER_INPUT',
      'first must be between 0 and 100, not -1',
    ]);
    expect(await codeAndMessage(PAGE, { first: 101 })).toEqual([
      'BAD_USER_INPUT',
      'first must be between 0 and 100, not 101',
    ]);
  });

  it('refuses a cursor it did not issue', async () => {
    expect(await codeAndMessage(PAGE, { after: 'abc' })).toEqual([
      'BAD_USER_INPUT',
      '"abc" is not a cursor of this list',
    ]);
  });

  it('refuses a period that ends before it starts, an unknown unit, an unknown channel and an unknown ref', async () => {
    expect(await codeAndMessage(PAGE, { filter: { period: { from: '2013-02-01', to: '2013-01-01' } } })).toEqual([
      'BAD_USER_INPUT',
      'period.from 2013-02-01 is after period.to 2013-01-01',
    ]);
    expect(await codeAndMessage(PAGE, { filter: { unit: 'NOPE' } })).toEqual([
      'NOT_FOUND',
      'unit "NOPE" does not exist',
    ]);
    const [code, message] = await codeAndMessage(PAGE, { filter: { channels: ['FAX'] } });
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toContain('FAX');
    expect(await codeAndMessage(`{ complaint(ref: "NOPE") { ref } }`)).toEqual([
      'NOT_FOUND',
      'complaint "NOPE" does not exist',
    ]);
  });

  it('answers malformed GraphQL and unknown fields with typed errors', async () => {
    expect((await codeAndMessage('{ complaints { '))[0]).toBe('GRAPHQL_PARSE_FAILED');
    expect((await codeAndMessage('{ complaints { secret } }'))[0]).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
