// A submitted report against today's figures (issue 6): after a complaint received inside the period
// is imported late, the restatement shows the changed COMPLAINTS figure and names the complaint as
// IMPORTED_LATER; the frozen version itself is unchanged; a re-import of the same file changes nothing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../db/import/index.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, complaintsOf, CONTENT, createReport, submitReport } from './helpers.js';

let api: TestServer;
let dir: string;
let id: string;
let fingerprint: string;

const RESTATEMENT = `restatement { unchanged differences { section row column { zh en } frozen live }
  causes { kind count refs description { zh en } } }`;

async function latest() {
  const found = await api
    .as('BRANCH')
    .query(`{ report(id: "${id}") { versions { version fingerprint content { ${CONTENT} } ${RESTATEMENT} } } }`);
  expect(found.errors).toBeUndefined();
  return found.data.report.versions;
}

async function importComplaints(name: string, rows: string[]) {
  const file = path.join(dir, name);
  await writeFile(file, ['ref,received_at,channel,unit_code,line,category,closed_at', ...rows].join('\n') + '\n');
  return importFile(api.db.url, 'complaints', file);
}

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-restatement-'));
  id = await createReport(api.as('BRANCH'), 'GZ');
  const submitted = await submitReport(api.as('BRANCH'), id);
  expect(submitted.errors).toBeUndefined();
  fingerprint = submitted.data.submitReport.fingerprint;
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('restatement', () => {
  it('finds nothing changed right after the submission', async () => {
    const [v1] = await latest();
    expect(v1.restatement).toEqual({ unchanged: true, differences: [], causes: [] });
  });

  it('after a late import inside the period: the COMPLAINTS difference and the complaint named as IMPORTED_LATER', async () => {
    // LATE-1 inside GZ's subtree and period; LATE-BJ outside the subtree; LATE-2012 outside both periods.
    await importComplaints('late.csv', [
      'LATE-1,2013-01-20T10:00:00+08:00,ONLINE,TH,AUTO,CLAIMS,',
      'LATE-BJ,2013-01-20T10:00:00+08:00,ONLINE,BJ,AUTO,CLAIMS,',
      'LATE-2011,2011-05-20T10:00:00+08:00,ONLINE,GZ,AUTO,CLAIMS,',
    ]);
    const [v1] = await latest();
    expect(complaintsOf(v1.content)).toBe(2); // the frozen figure stays as it was submitted
    const { restatement } = v1;
    expect(restatement.unchanged).toBe(false);
    expect(restatement.differences).toContainEqual(
      expect.objectContaining({ section: 'metrics', row: '投诉量', frozen: 2, live: 3 }),
    );
    expect(restatement.causes).toEqual([
      {
        kind: 'IMPORTED_LATER',
        count: 1,
        refs: ['LATE-1'],
        description: {
          zh: '1宗投诉在报送后导入，受理日期在报告期内',
          en: '1 complaint imported after submission, received within the report period',
        },
      },
    ]);
  });

  it('gives a correction a new fingerprint, and names a complaint whose closure is imported later as CHANGED_LATER', async () => {
    await importComplaints('closure.csv', ['IN-GZ-CLOSED,2013-01-03T10:00:00+08:00,ONLINE,GZ,AUTO,CLAIMS,']);
    const corrected = await submitReport(api.as('BRANCH'), id, 'late complaints imported');
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.submitReport.fingerprint).not.toBe(fingerprint);
    expect(complaintsOf(corrected.data.submitReport.content)).toBe(4);
    // The same file again changes no row: nothing to restate against version 2.
    await importComplaints('closure-again.csv', ['IN-GZ-CLOSED,2013-01-03T10:00:00+08:00,ONLINE,GZ,AUTO,CLAIMS,']);
    const [v2] = await latest();
    expect(v2.restatement).toEqual({ unchanged: true, differences: [], causes: [] });
    // Now the complaint is closed by an import: a change of a row recorded before version 2.
    await importComplaints('closure-later.csv', [
      'IN-GZ-CLOSED,2013-01-03T10:00:00+08:00,ONLINE,GZ,AUTO,CLAIMS,2013-01-04T10:00:00+08:00',
    ]);
    const [again] = await latest();
    expect(again.restatement.causes).toEqual([
      expect.objectContaining({ kind: 'CHANGED_LATER', count: 1, refs: ['IN-GZ-CLOSED'] }),
    ]);
  });
});
