// The GZ branch report of January–July 2013 on the demo data (SEED-SCENARIO.md): its narrative states
// S11–S14 as the source does, and its key figures hold the assessed complaints' numbers. The demo
// data is a copy of the run's demo template, loaded once through the import path.
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '../../db/orm.js';
import { assembleReport, type ReportContent } from '../../server/modules/reports/index.js';
import { verdictOf } from '../../server/modules/reports/report.cells.js';
import { cellText } from '../../server/modules/reports/report.content.js';
import { createDemoDatabase, type TestDatabase } from '../support/database.js';
import { readersAs } from './readers.js';

let db: TestDatabase;
let orm: MikroORM;
let report: ReportContent;
beforeAll(async () => {
  db = await createDemoDatabase();
  orm = await createOrm(db.url, { poolSize: 4 });
  const hq = await readersAs(orm, 'HQ_ANALYST');
  report = await assembleReport(
    await hq(),
    { template: 'BRANCH', unit: 'GZ', period: { from: '2013-01-01', to: '2013-07-31' }, comparison: 'YOY' },
    new Date(),
  );
}, 600_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await orm?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await db?.drop();
});

describe('the GZ report of January–July 2013 (SEED-SCENARIO.md S11–S14)', () => {
  it('S11: opens with the assessed complaints, 539 fewer, down 38.72%', () => {
    expect(report.narrative.zh[0]).toBe('2013年1-7月，考核投诉量853宗，同比减少539宗，下降38.72%。');
    expect(report.narrative.en[0]).toBe(
      'In January–July 2013, assessed complaints: 853, down 539 (−38.72%) year on year.',
    );
  });

  it('S12: the head-office channel down 32.20%', () => {
    expect(report.narrative.zh[1]).toMatch(/^总公司渠道投诉量\d+宗，同比减少\d+宗，下降32\.20%。$/);
  });

  it('S13: complaints per 100 million yuan of premium down 50%', () => {
    expect(report.narrative.zh[2]).toMatch(/^亿元保费投诉量\d+\.\d\d，同比下降50%[，。]/);
  });

  it('S14: and its rank on them fell from 1st to 3rd among the provincial branches', () => {
    expect(report.narrative.zh[3]).toMatch(/^亿元保费投诉量排名由第1名降至第3名（共\d+家省级分公司）。$/);
    const ranking = report.sections.find((s) => s.key === 'ranking')!;
    const own = ranking.rows.find((row) => row.highlight)!;
    expect(own.cells[0]).toEqual({ zh: '广州市分公司', en: 'Guangzhou Branch' });
    expect([own.cells[2], own.cells[4], own.cells[5]]).toEqual([3, 1, -2]);
    // and its movement column reads as what it is for a lower-is-better ratio: an improvement
    expect(verdictOf(ranking, own, 5)).toBe('IMPROVED');
  });

  it("the metrics section's assessed row: 853 against 1,392, 539 fewer", () => {
    const metrics = report.sections.find((s) => s.key === 'metrics')!;
    const assessed = metrics.rows.find((row) => cellText(row.cells[0], 'zh-CN')?.startsWith('考核投诉量'))!;
    expect(assessed.cells.slice(1, 5)).toEqual([{ zh: '考核口径', en: 'Assessed basis' }, 853, 1392, -539]);
    expect(Math.round((assessed.cells[5] as number) * 10_000) / 10_000).toBe(-0.3872);
    // fewer assessed complaints is an improvement
    expect(verdictOf(metrics, assessed, 4)).toBe('IMPROVED');
  });
});
