// Ranking.scopeTotal: the metric of the caller's own units' subtrees pooled on the ranking's hierarchy
// date (a regulator's 辖区合计): base measures added, each unit once, then the metric computed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/domain.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

// ACCESS_SQL, January 2013: IN-GZ (GZ), IN-TH (TH, under GZ), FS-1 (FS, under GD), two in Beijing;
// premium 100 million yuan each for GZ, TH, GD, FS and BJ. In 2010, GZ was a city under GD: one
// complaint each in GZ and FS then.
const FIXTURE = `${ACCESS_SQL}
  ${complaintSql({ ref: 'GZ-2010', unit: 'GZ', at: '2010-05-05T02:00:00Z' })}
  ${complaintSql({ ref: 'FS-2010', unit: 'FS', at: '2010-05-06T02:00:00Z' })}`;

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, FIXTURE));
});
afterAll(() => api.close());

async function ranking(role: Role, units: string[] | undefined, metric: string, period: string, level: string) {
  const response = await api.as(role, units).query(`{ ranking(metric: ${metric}, period: ${period}, level: ${level}) {
    scopeTotal benchmark rows { unit { code } value } } }`);
  expect(response.errors).toBeUndefined();
  return response.data.ranking;
}

const JAN_2013 = '{ from: "2013-01-01", to: "2013-01-31" }';
const Y2010 = '{ from: "2010-01-01", to: "2010-12-31" }';

describe("a ranking's scopeTotal", () => {
  it("is a regulator's jurisdiction pooled: its units' complaints added, and a ratio of the added measures", async () => {
    const counts = await ranking('REGULATOR', ['GD', 'GZ'], 'COMPLAINTS', JAN_2013, 'PROVINCE');
    expect(counts).toEqual({
      scopeTotal: 3,
      benchmark: 5,
      rows: [
        { unit: { code: 'GZ' }, value: 2 },
        { unit: { code: 'GD' }, value: 1 },
      ],
    });
    // 3 complaints over 4 × 100 million yuan (GZ, TH, GD, FS), not the mean of 2 and 0.5
    expect((await ranking('REGULATOR', ['GD', 'GZ'], 'PER_100M_PREMIUM', JAN_2013, 'PROVINCE')).scopeTotal).toBe(0.75);
  });

  it("counts a unit once when one of the caller's units lies inside another's subtree on the hierarchy date", async () => {
    // in 2010 GZ was GD's: GD's subtree holds it, and GZ-2010 counts once
    expect(await ranking('REGULATOR', ['GD', 'GZ'], 'COMPLAINTS', Y2010, 'CITY')).toMatchObject({ scopeTotal: 2 });
    expect((await ranking('REGULATOR', ['GZ', 'TH'], 'COMPLAINTS', JAN_2013, 'PROVINCE')).scopeTotal).toBe(2);
  });

  it("is a branch's own units only, never its ranked peers'", async () => {
    const branch = await ranking('BRANCH', ['GZ'], 'COMPLAINTS', JAN_2013, 'PROVINCE');
    expect(branch.scopeTotal).toBe(2);
    expect(branch.rows).toContainEqual({ unit: { code: 'GD' }, value: 1 });
  });

  it('is null for headquarters, whose scope is the benchmark', async () => {
    for (const role of ['HQ_ADMIN', 'HQ_ANALYST'] as const) {
      expect(await ranking(role, undefined, 'COMPLAINTS', JAN_2013, 'PROVINCE')).toMatchObject({
        scopeTotal: null,
        benchmark: 5,
      });
    }
  });
});
