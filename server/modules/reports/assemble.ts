import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { periodsToMeasure, type Subject } from '../metrics/index.js';
import { checkPeriod } from '../time/index.js';
import type { ReportContent, ReportTemplateKey } from './report.content.js';

// STAND-IN (rserver): the real assembleReport (rtemplates) replaces this file at merge. It keeps the
// signature and the errors, and measures a `metrics` section of COMPLAINTS and ASSESSED_COMPLAINTS.

export interface ReportRequest {
  template: ReportTemplateKey;
  unit: string;
  period: { from: string; to: string };
  comparison: 'YOY' | 'PREVIOUS' | 'NONE';
}

export type ReportReaders = Pick<Context, 'now' | 'today' | 'scope' | 'units' | 'metrics' | 'activities' | 'backlog'>;

const ROWS = [
  { key: 'COMPLAINTS', zh: '投诉量', en: 'Complaints' },
  { key: 'ASSESSED_COMPLAINTS', zh: '考核投诉量', en: 'Assessed complaints' },
] as const;

export async function assembleReport(readers: ReportReaders, input: ReportRequest, asOf: Date): Promise<ReportContent> {
  if (!['BRANCH', 'REGULATOR'].includes(input.template)) throw badInput(`template "${input.template}" is unknown`);
  const period = checkPeriod({ from: input.period.from, to: input.period.to });
  const periods = periodsToMeasure(period, input.comparison, 'PERIOD_END');
  const granted = await readers.units.require(input.unit, periods.current.at);
  const subject: Subject = { current: granted.grant, previous: granted.grant };
  const rows = await Promise.all(
    ROWS.map(async (row) => {
      const [value] = await readers.metrics.compared(row.key, [subject], periods, asOf);
      return { cells: [row.zh, value.value, value.previous, value.change, value.changeRate] };
    }),
  );
  const name = { zh: granted.unit.nameZh, en: granted.unit.nameEn ?? granted.unit.nameZh };
  return {
    template: input.template,
    title: { zh: `${name.zh}投诉情况报告`, en: `Complaints report of ${name.en}` },
    unit: { code: granted.unit.code, name },
    period,
    comparison: input.comparison,
    asOf: asOf.toISOString(),
    narrative: { zh: [`${period.from}至${period.to}投诉${rows[0].cells[1] ?? 0}宗。`], en: [`${rows[0].cells[1] ?? 0} complaints.`] },
    sections: [
      {
        key: 'metrics',
        title: { zh: '主要指标', en: 'Key metrics' },
        columns: [
          { key: 'metric', label: { zh: '指标', en: 'Metric' }, format: 'TEXT' },
          { key: 'value', label: { zh: '本期', en: 'Current' }, format: 'COUNT' },
          { key: 'previous', label: { zh: '上期', en: 'Previous' }, format: 'COUNT' },
          { key: 'change', label: { zh: '增减', en: 'Change' }, format: 'COUNT' },
          { key: 'changeRate', label: { zh: '增减率', en: 'Change rate' }, format: 'PERCENT' },
        ],
        rows,
      },
    ],
  };
}
