// The demo data set of SEED-SCENARIO.md: a deterministic generator of import files (a fixed seed
// gives byte-identical files) and their load through the import path. The only public entry of db/demo/.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatIssue, importFile, ImportRejected, type ImportKind } from '../import/index.js';
import { ACTIVITY_COLUMNS, activityRows } from './activities.js';
import { COMPLAINT_COLUMNS } from './complaint-builder.js';
import { writeComplaints } from './complaints.js';
import { CsvWriter, type Cell } from './csv-writer.js';
import { FOLLOWUP_COLUMNS } from './followups.js';
import { ISSUE_COLUMNS } from './issues.js';
import { planPremiums, PREMIUM_COLUMNS, premiumRows } from './premiums.js';
import { enterDemoPoints, INCIDENT_COLUMNS, incidentRows } from './scorecard.js';
import { buildOrganisation, UNIT_COLUMNS, unitRows } from './units.js';

/** The path of each written file, by import kind. */
export type DemoFiles = Record<ImportKind, string>;

/** The order the files must be imported in: units before what refers to them, complaints before follow-ups and issues. */
export const DEMO_KINDS: readonly ImportKind[] = [
  'units',
  'premiums',
  'complaints',
  'followups',
  'issues',
  'activities',
  'incidents',
];

export async function writeDemoFiles(dir: string): Promise<DemoFiles> {
  await mkdir(dir, { recursive: true });
  const files = Object.fromEntries(DEMO_KINDS.map((kind) => [kind, path.join(dir, `${kind}.csv`)])) as DemoFiles;
  const organisation = buildOrganisation();
  const plan = planPremiums(organisation);
  await writeAll(files.units, UNIT_COLUMNS, unitRows(organisation));
  await writeAll(files.premiums, PREMIUM_COLUMNS, premiumRows(plan));
  const complaints = await CsvWriter.create(files.complaints, COMPLAINT_COLUMNS);
  const followups = await CsvWriter.create(files.followups, FOLLOWUP_COLUMNS);
  const issues = await CsvWriter.create(files.issues, ISSUE_COLUMNS);
  await writeComplaints(organisation, plan, complaints, followups, issues);
  await complaints.close();
  await followups.close();
  await issues.close();
  await writeAll(files.activities, ACTIVITY_COLUMNS, activityRows(organisation));
  await writeAll(files.incidents, INCIDENT_COLUMNS, incidentRows(organisation));
  return files;
}

export interface LoadDemoOptions {
  /** Where to write the files; a temporary folder (removed afterwards) by default. */
  dir?: string;
  log?: (line: string) => void;
}

/** Writes the demo files and imports them in order through the import path, one summary line per file. */
export async function loadDemo(databaseUrl: string, options: LoadDemoOptions = {}): Promise<void> {
  const log =
    options.log ??
    (() => {
      // No log asked for: the summaries go nowhere.
    });
  const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'crp-demo-')));
  try {
    const started = Date.now();
    const files = await writeDemoFiles(dir);
    log(`demo files written${options.dir ? ` to ${dir}` : ''} in ${Date.now() - started} ms`);
    for (const kind of DEMO_KINDS) {
      const summary = await importFile(databaseUrl, kind, files[kind]).catch((error: unknown) => {
        // A refused demo file is a generator bug: say which rows, not just how many.
        if (!(error instanceof ImportRejected)) throw error;
        const issues = error.issues.slice(0, 10).map(formatIssue).join('\n  ');
        throw new Error(`the demo ${kind} file was refused (${error.message}):\n  ${issues}`, { cause: error });
      });
      log(
        `${kind}: ${summary.rows} rows, ${summary.inserted} inserted, ${summary.updated} updated, ` +
          `${summary.unchanged} unchanged, ${summary.milliseconds} ms`,
      );
    }
    // MANUAL points are entered by HQ, not imported: the demo enters them as HQ would.
    log(`scorecard points: ${await enterDemoPoints(databaseUrl, buildOrganisation())} entered`);
  } finally {
    if (!options.dir) await rm(dir, { recursive: true, force: true });
  }
}

async function writeAll(file: string, columns: readonly string[], rows: Iterable<Record<string, Cell>>): Promise<void> {
  const writer = await CsvWriter.create(file, columns);
  for (const row of rows) await writer.write(row);
  await writer.close();
}
