import { COMPARISONS, REPORT_TEMPLATES, type Comparison, type ReportTemplate } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import { periodsToMeasure } from '../metrics/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { glossarySection } from './glossary.js';
import type { ReportReaders } from './report.readers.js';
import type { ReportContent, ReportTemplateKey } from './report.content.js';
import { branchReport } from './templates/branch.template.js';
import { regulatorReport } from './templates/regulator.template.js';
import { unitName, type ReportFrame } from './templates/frame.js';

// A report's content from live figures: the request checked, the unit granted by the caller's scope,
// then the template's sections and narrative. Everything is read through the scoped readers, so a
// report can show nothing its author could not see on the portal's own pages.

export interface ReportRequest {
  template: ReportTemplateKey;
  /** A unit code (BRANCH) or a jurisdiction's code (REGULATOR). */
  unit: string;
  period: { from: string; to: string };
  comparison: Comparison;
}

/** A report's parameters as a caller sends them, before they are checked. */
export interface ReportInput {
  template: string;
  unit: string;
  period: { from: string; to: string };
  comparison?: string | null;
}

const TEMPLATES: Record<ReportTemplate, typeof branchReport> = { BRANCH: branchReport, REGULATOR: regulatorReport };

/** The request of an input, checked: a known template and comparison (YOY when none), a valid period. */
export function checkRequest(input: ReportInput): ReportRequest {
  const template = input.template as ReportTemplate;
  if (!REPORT_TEMPLATES.includes(template))
    throw badInput(`template "${input.template}" is not one of ${REPORT_TEMPLATES.join(', ')}`);
  const comparison = (input.comparison ?? 'YOY') as Comparison;
  if (!COMPARISONS.includes(comparison))
    throw badInput(`comparison "${input.comparison}" is not one of ${COMPARISONS.join(', ')}`);
  return {
    template,
    unit: input.unit.trim(),
    period: checkPeriod({ from: input.period.from, to: input.period.to }),
    comparison,
  };
}

/**
 * The report of `input`, measured as of `asOf`: BAD_USER_INPUT for an unknown template or comparison
 * or a bad period, NOT_FOUND for an unknown unit, FORBIDDEN for a unit outside the caller's scope.
 */
export async function assembleReport(readers: ReportReaders, input: ReportInput, asOf: Date): Promise<ReportContent> {
  const request = checkRequest(input);
  if (Number.isNaN(asOf.getTime())) throw badInput('asOf is not a valid instant');
  const { period, comparison } = request;
  // Both periods on the tree at `to` (like-for-like, DOMAIN.md "Hierarchy date"): one grant serves both.
  const periods = periodsToMeasure(period, comparison, 'PERIOD_END');
  const at = periods.current.at;
  // The benchmark, which every section measures beside, is looked up with the unit: one statement for both.
  const [subject] = await Promise.all([readers.units.require(request.unit, at), readers.units.benchmark(at)]);
  const frame: ReportFrame = { readers, subject, period, periods, comparison, asOf };
  const { title, narrative, sections, scorecardRuleSets } = await TEMPLATES[request.template](frame);
  const glossary = glossarySection(sections);
  return {
    template: request.template,
    title,
    unit: { code: subject.unit.code, name: unitName(subject.unit) },
    period,
    comparison,
    asOf: asOf.toISOString(),
    narrative,
    // The definitions of the metrics shown, last, as an appendix.
    sections: glossary ? [...sections, glossary] : sections,
    ...(scorecardRuleSets && { scorecardRuleSets }),
  };
}
