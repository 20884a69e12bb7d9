// A report PDF's time: the hand-made GZ report (test/reports/report-content.fixture.ts: every kind of
// section, a wide table, two pages and more) rendered 21 times in one process, in Chinese; the first
// render (which reads and parses the fonts) apart, then the median and slowest of the other 20.
//   npm run bench:pdf
import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { renderReportPdf } from '../../server/modules/reports/export/index.js';
import { gzReport, gzVersion } from '../reports/report-content.fixture.js';

const RUNS = 20;

const timed = async () => {
  const start = process.hrtime.bigint();
  const pdf = await renderReportPdf(gzReport, gzVersion, 'zh-CN');
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, bytes: pdf.length };
};

const first = await timed();
const rest: number[] = [];
for (let i = 0; i < RUNS; i += 1) rest.push((await timed()).ms);
rest.sort((a, b) => a - b);
const median = (rest[RUNS / 2 - 1] + rest[RUNS / 2]) / 2;
const result = {
  firstMs: Math.round(first.ms),
  medianMs: Math.round(median),
  maxMs: Math.round(rest[RUNS - 1]),
  bytes: first.bytes,
};
console.log(
  `report PDF (zh-CN, ${(first.bytes / 1024).toFixed(0)} KB): first ${result.firstMs} ms; then median ${result.medianMs} ms, slowest ${result.maxMs} ms of ${RUNS}`,
);
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/pdf.json', `${JSON.stringify(result, null, 2)}\n`);
