import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { periodsToMeasure } from '../metrics/index.js';
import { checkPeriod } from '../time/index.js';
import type { ReportContent, ReportTemplateKey } from './report.content.js';
import { branchReport } from './templates/branch.template.js';
import { regulatorReport } from './templates/regulator.template.js';
import type { ReportFrame } from './templates/frame.js';

// A report's content from live figures: the request checked, the unit granted by the caller's scope,
// then the template's sections and narrative. Everything is read through the scoped readers, so a
// report can show nothing its author could not see on the portal's own pages.

export interface ReportRequest {
  template: ReportTemplateKey;
  /** A unit code (BRANCH) or a jurisdiction's code (REGULATOR). */
  unit: string;
  period: { from: string; to: string };
  comparison: 'YOY' | 'PREVIOUS' | 'NONE';
}

/** What assembling reads through: the request's clock, its scope, and the scoped readers. */
export type ReportReaders = Pick<Context, 'now' | 'today' | 'scope' | 'units' | 'metrics' | 'activities' | 'backlog'>;

const TEMPLATES = { BRANCH: branchReport, REGULATOR: regulatorReport } as const;
const COMPARISONS = ['YOY', 'PREVIOUS', 'NONE'] as const;

/**
 * The report of `input`, measured as of `asOf`: BAD_USER_INPUT for an unknown template or comparison
 * or a bad period, NOT_FOUND for an unknown unit, FORBIDDEN for a unit outside the caller's scope.
 */
export async function assembleReport(readers: ReportReaders, input: ReportRequest, asOf: Date): Promise<ReportContent> {
  const build = TEMPLATES[input.template];
  if (!build) throw badInput(`template "${input.template}" is not one of ${Object.keys(TEMPLATES).join(', ')}`);
  if (!COMPARISONS.includes(input.comparison)) throw badInput(`comparison "${input.comparison}" is not one of ${COMPARISONS.join(', ')}`);
  if (Number.isNaN(asOf.getTime())) throw badInput('asOf is not a valid instant');
  const period = checkPeriod({ from: input.period?.from, to: input.period?.to });
  // Both periods on the tree at `to` (like-for-like, DOMAIN.md "Hierarchy date"): one grant serves both.
  const periods = periodsToMeasure(period, input.comparison, 'PERIOD_END');
  const at = periods.current.at;
  const [subject, hq] = await Promise.all([readers.units.require(input.unit, at), readers.units.benchmark(at)]);
  const frame: ReportFrame = { readers, subject, hq, period, periods, comparison: input.comparison, asOf };
  const { title, narrative, sections } = await build(frame);
  return {
    template: input.template,
    title,
    unit: { code: subject.unit.code, name: { zh: subject.unit.nameZh, en: subject.unit.nameEn ?? subject.unit.code } },
    period,
    comparison: input.comparison,
    asOf: asOf.toISOString(),
    narrative,
    sections,
  };
}
