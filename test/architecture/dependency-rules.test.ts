import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The project's dependency rules (.dependency-cruiser.cjs, dependency-cruiser): data flows one way,
// db → server modules → the GraphQL composition root → the client (over HTTP, through generated types),
// and no file is part of an import cycle, type-only imports included. The rules pass on the code,
// and each one finds the violation planted for it in planted/ — so a rule removed or loosened fails.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

async function cruise(cwd: string, folders: string[]): Promise<{ violations: Violation[]; totalCruised: number }> {
  // depcruise exits non-zero when it finds a violation; the report is on standard output either way.
  const result = await run(
    path.join(ROOT, 'node_modules/.bin/depcruise'),
    ['--config', CONFIG, '--output-type', 'json', ...folders],
    {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error: unknown) => ({ stdout: (error as { stdout?: string }).stdout ?? '' }));
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  return report.summary;
}

describe('the dependency rules', () => {
  it('hold for server, db and client: no cycle, no arrow against the flow, modules through their indexes', async () => {
    const { violations, totalCruised } = await cruise(ROOT, ['server', 'db', 'client']);
    // Every file read (a TypeScript the tool cannot parse would cruise nothing and find nothing).
    expect(totalCruised).toBeGreaterThan(350);
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  }, 120_000);

  it('each find the violation planted for them', async () => {
    const { violations } = await cruise(path.join(import.meta.dirname, 'planted'), ['server', 'db', 'client']);
    const seen = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
    expect(seen).toEqual(
      [
        'client-types-only: client/reads-db.ts → db/table.ts',
        'db-stands-alone: db/reads-server.ts → server/kernel/clock.ts',
        'kernel-below-modules: server/kernel/uses-module.ts → server/modules/m/index.ts',
        'module-through-its-index: server/modules/m/reaches-in.ts → server/modules/n/n.repository.ts',
        'modules-below-the-root: server/modules/m/uses-root.ts → server/graphql/context.ts',
        'no-circular: server/modules/m/cycle-a.ts → server/modules/m/cycle-b.ts',
        'root-through-indexes: server/cli/tool.ts → server/modules/n/n.repository.ts',
        'server-not-client: server/kernel/uses-client.ts → client/view.ts',
      ].sort(),
    );
  }, 120_000);
});
