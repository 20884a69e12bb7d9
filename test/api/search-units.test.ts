import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_SQL, MOVED_IN_SQL } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

// searchUnits: the header's and the tree's search for a unit by code or name (Chinese or English),
// among the units of the tree on a date that the caller may see, best matches first.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL + MOVED_IN_SQL));
});
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

async function search(role: 'HQ_ANALYST' | 'BRANCH' | 'REGULATOR', args: string): Promise<string[]> {
  const { data, errors } = await api.as(role).query(`{ searchUnits(${args}) { code } }`);
  expect(errors).toBeUndefined();
  return data.searchUnits.map((unit: { code: string }) => unit.code);
}

describe('searchUnits', () => {
  it('finds a unit by its code, its Chinese name or its English name, ignoring case', async () => {
    expect(await search('HQ_ANALYST', 'text: "gz"')).toEqual(['GZ']);
    expect(await search('HQ_ANALYST', 'text: "天河"')).toEqual(['TH']);
    expect(await search('HQ_ANALYST', 'text: "foshan"')).toEqual(['FS']);
    expect(await search('HQ_ANALYST', 'text: "  Nanhai "')).toEqual(['NH']);
  });

  it('puts an exact code first, then codes and names that begin with the text, then the rest by level and code', async () => {
    // 分公司 is in four names, none at its start: the provinces before the city.
    expect(await search('HQ_ANALYST', 'text: "分公司"')).toEqual(['BJ', 'GD', 'GZ', 'FS']);
    // HQ's code begins with h; then Guangzhou (a province), Foshan and Tianhe (cities), Nanhai (a county).
    expect(await search('HQ_ANALYST', 'text: "h"')).toEqual(['HQ', 'GZ', 'FS', 'TH', 'NH']);
    expect(await search('HQ_ANALYST', 'text: "广"')).toEqual(['GD', 'GZ']);
  });

  it('gives at most `first` units', async () => {
    expect(await search('HQ_ANALYST', 'text: "分公司", first: 2')).toEqual(['BJ', 'GD']);
  });

  it('offers a scoped caller only the units it may see on the date, whatever it types', async () => {
    expect(await search('BRANCH', 'text: "分公司"')).toEqual(['GZ']);
    expect(await search('BRANCH', 'text: "北京"')).toEqual([]);
    expect(await search('BRANCH', 'text: "BJ"')).toEqual([]);
    expect(await search('REGULATOR', 'text: "分公司"')).toEqual(['GD', 'GZ', 'FS']);
    // MV came to GZ from Beijing on 2013-01-01: found by the branch on the tree after the move, not before.
    expect(await search('BRANCH', 'text: "MV", at: "2013-06-30"')).toEqual(['MV']);
    expect(await search('BRANCH', 'text: "MV", at: "2012-06-30"')).toEqual([]);
    expect(await search('HQ_ANALYST', 'text: "MV", at: "2012-06-30"')).toEqual(['MV']);
  });

  it('treats % and _ as text, and refuses an empty or overlong text and a bad `first`', async () => {
    expect(await search('HQ_ANALYST', 'text: "%"')).toEqual([]);
    expect(await search('HQ_ANALYST', 'text: "_"')).toEqual([]);
    for (const args of ['text: " "', `text: "${'x'.repeat(101)}"`, 'text: "GZ", first: 0', 'text: "GZ", first: 51']) {
      const { errors } = await api.as('HQ_ANALYST').query(`{ searchUnits(${args}) { code } }`);
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('asks nothing of an anonymous visitor', async () => {
    const { errors } = await api.query(`{ searchUnits(text: "GZ") { code } }`);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
