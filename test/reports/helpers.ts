// Shared by the reports tests: the fixtures' tree with complaints (test/access/fixtures.ts), and the
// COMPLAINTS figure of a report's key-metrics section, read loosely (the templates own the layout).
import { expect } from 'vitest';
import { METRICS } from '../../server/modules/metrics/index.js';
import type { Caller } from '../support/graphql.js';

export { ACCESS_SQL, JAN_2013 } from '../access/fixtures.js';

export const CONTENT = `unit { code } from to asOf sections { key columns { key } rows { cells { number text } } }`;

interface Content {
  sections: {
    key: string;
    columns: { key: string }[];
    rows: { cells: { number: number | null; text: string | null }[] }[];
  }[];
}

/** The current value of COMPLAINTS in the `metrics` section (the row whose first cell is its label, the column `current`). */
export function complaintsOf(content: Content): number | null {
  const metrics = content.sections.find((s) => s.key === 'metrics');
  const row = metrics?.rows.find((r) => r.cells[0]?.text === METRICS.COMPLAINTS.labelZh);
  expect(row, 'the metrics section has a COMPLAINTS row').toBeDefined();
  return row!.cells[metrics!.columns.findIndex((c) => c.key === 'current')].number;
}

/** Creates a BRANCH report of `unit` for January 2013 as `caller` and returns its id. */
export async function createReport(
  caller: Caller,
  unit: string,
  period = '{ from: "2013-01-01", to: "2013-01-31" }',
): Promise<string> {
  const made = await caller.query(
    `mutation { createReport(input: { template: BRANCH, unit: "${unit}", period: ${period} }) { id status } }`,
  );
  expect(made.errors).toBeUndefined();
  expect(made.data.createReport.status).toBe('DRAFT');
  return made.data.createReport.id;
}

export async function submitReport(caller: Caller, id: string, reason?: string) {
  const reasonArg = reason === undefined ? '' : `, reason: ${JSON.stringify(reason)}`;
  return caller.query(
    `mutation { submitReport(id: "${id}"${reasonArg}) { id version reason submittedBy fingerprint asOf xlsxUrl pdfUrl content { ${CONTENT} } } }`,
  );
}

/** The codes of the errors of a response. */
export const codes = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.map((e) => e.extensions?.code);
