import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDemoFiles, type DemoFiles } from '../../db/demo/index.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function hashes(): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crp-demo-test-'));
  dirs.push(dir);
  const files: DemoFiles = await writeDemoFiles(dir);
  const result: Record<string, string> = {};
  for (const [kind, file] of Object.entries(files)) {
    result[kind] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

describe('the demo generator', () => {
  it('writes byte-identical files every time (a fixed seed, no clock, no locale)', async () => {
    const first = await hashes();
    const second = await hashes();
    expect(Object.keys(first).sort()).toEqual([
      'activities',
      'complaints',
      'followups',
      'incidents',
      'issues',
      'premiums',
      'units',
    ]);
    expect(second).toEqual(first);
  });
});
