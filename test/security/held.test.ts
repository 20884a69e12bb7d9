import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_SQL, JAN_2013 } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

// The classes a security review found holding (issue 10), kept so that they go on holding: a unit
// outside the caller's scope stays out however the operation is shaped (aliases, fragments, nested
// fields, variables); customers' data stays masked for a regulator in every list; and a browser
// cannot be made to send an operation from another site (Apollo's CSRF prevention). The shape limits
// and throttling live beside this file (shape-limits.test.ts, throttle.test.ts).

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
});
afterAll(() => api.close());

const codes = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.map((e) => e.extensions?.code) ?? [];
/** Every string in an answer, to look for what must not be there. */
const text = (value: unknown) => JSON.stringify(value);

describe('out-of-scope units, however the operation is shaped', () => {
  it('refuses the outside unit behind an alias, beside an inside one, and shows none of its figures', async () => {
    const inside = `mine: metric(unit: "GZ", metric: COMPLAINTS, period: ${JAN_2013}) { value }`;
    expect((await api.as('BRANCH').query(`{ ${inside} }`)).data).toEqual({ mine: { value: 2 } });
    const answer = await api
      .as('BRANCH')
      .query(`{ ${inside} theirs: metric(unit: "BJ", metric: COMPLAINTS, period: ${JAN_2013}) { value } }`);
    // metric is non-null: the refusal empties the whole answer rather than leave a half of it
    expect(answer.data).toBeNull();
    expect(codes(answer)).toEqual(['FORBIDDEN']);
  });

  it('refuses it through a fragment, an inline fragment and a variable alike', async () => {
    const answer = await api.as('REGULATOR').query(
      `query ($u: String!) {
        a: unit(code: $u) { ...Place }
        b: complaints(filter: { unit: "BJ" }) { ... on ComplaintConnection { totalCount } }
      }
      fragment Place on Unit { code children { code } }`,
      { u: 'BJ' },
    );
    expect(answer.data).toBeNull();
    expect(codes(answer).sort()).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(text(answer)).not.toContain('OUT-BJ');
  });

  it('does not reach outside through nested fields: children, parents, a complaint’s unit', async () => {
    const tree = await api.as('BRANCH').query(`{ unit(code: "GZ") { children { code } parent { code nameZh } } }`);
    expect(tree.data?.unit.children.map((c: { code: string }) => c.code).sort()).toEqual(['CD', 'TH']);
    // HQ above GZ is named, nothing more of it
    const above = await api.as('BRANCH').query(`{ unit(code: "GZ") { parent { children { code } } } }`);
    expect(codes(above)).toEqual(['FORBIDDEN']);
    expect(text(above)).not.toContain('BJ');
    const list = await api
      .as('BRANCH')
      .query(`{ complaints(first: 100) { totalCount edges { node { ref unit { code } } } } }`);
    expect(list.data?.complaints.edges.map((e: { node: { ref: string } }) => e.node.ref).sort()).toEqual([
      'IN-GZ',
      'IN-TH',
    ]);
    expect(list.data?.complaints.totalCount).toBe(2);
  });

  it('keeps a ranking of an outside parent’s children from a regulator, aliased among allowed ones', async () => {
    const answer = await api.as('REGULATOR').query(`{
      ok: ranking(metric: COMPLAINTS, period: ${JAN_2013}, parent: "GD") { rows { unit { code } } }
      no: ranking(metric: COMPLAINTS, period: ${JAN_2013}, parent: "HQ") { rows { unit { code } value } }
    }`);
    expect(answer.data).toBeNull();
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(text(answer)).not.toContain('BJ');
    const alone = await api
      .as('REGULATOR')
      .query(`{ ok: ranking(metric: COMPLAINTS, period: ${JAN_2013}, parent: "GD") { rows { unit { code } } } }`);
    expect(alone.data?.ok.rows.map((r: { unit: { code: string } }) => r.unit.code).sort()).toEqual(['FS']);
  });
});

describe('customers’ data masked for a regulator', () => {
  it('in the list, its totals, a single complaint and a unit’s nested list alike', async () => {
    const answer = await api.as('REGULATOR').query(`{
      list: complaints(first: 10, filter: { unit: "GZ" }) { edges { node { ref customerName customerPhone } } }
      one: complaint(ref: "FS-1") { customerName customerPhone }
    }`);
    const people = [...answer.data.list.edges.map((e: { node: unknown }) => e.node), answer.data.one];
    expect(people.length).toBe(3);
    for (const person of people) expect(person).toMatchObject({ customerName: '张**', customerPhone: '138****1234' });
    expect(text(answer)).not.toMatch(/张伟|13812341234/);
  });

  it('and in full for the branch that owns the complaint', async () => {
    const answer = await api.as('BRANCH').query(`{ complaint(ref: "IN-GZ") { customerName customerPhone } }`);
    expect(answer.data.complaint).toEqual({ customerName: '张伟', customerPhone: '13812341234' });
  });
});

describe('cross-site requests (CSRF)', () => {
  const operation = JSON.stringify({ query: '{ me { username } }' });

  it('refuses a POST a form or a plain fetch from another site could send (no JSON content type)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await fetch(`${api.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: operation,
      });
      expect(response.status, type).toBe(400);
      expect(await response.text()).toMatch(/CSRF|content-type/i);
    }
  });

  it('refuses a GET operation without a preflight-forcing header, and takes it with one', async () => {
    const url = `${api.server.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`;
    const bare = await fetch(url);
    expect(bare.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});
