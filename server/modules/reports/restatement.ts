import { cellText, type LocalizedText, type ReportCell, type ReportContent, type ReportRow } from './report.content.js';
import { LEGACY_AGGREGATES } from './report.scope.js';
import type { CauseKind, CauseRow, RulesUsed } from './evidence.repository.js';
import { SCORECARD_KEYS } from './templates/scorecard-sections.js';

// A restatement: a submitted version's frozen figures against the same report assembled from today's
// data, every number that differs, and what in the data explains it where the database can tell.
// Pure functions: the comparison of two contents and the wording of causes.

export interface ReportDifference {
  section: string;
  sectionTitle: LocalizedText;
  row: string;
  column: LocalizedText;
  frozen: number | null;
  live: number | null;
}

export interface RestatementCause {
  kind: CauseKind | 'UNITS_CHANGED';
  count: number;
  refs: string[];
  description: LocalizedText;
}

export interface Restatement {
  checkedAt: string;
  unchanged: boolean;
  differences: ReportDifference[];
  causes: RestatementCause[];
}

const asNumber = (cell: ReportCell | undefined): number | null => (typeof cell === 'number' ? cell : null);
/** Figures are computed in floating point: a difference below this is the same figure. */
const same = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * A row's identity on both sides: its first cell, but a computed row (the company's, a mean) by what
 * it is, since its label changed (全系统平均 became 全公司水平) and a version frozen before says the old one.
 */
function rowKey(row: ReportRow): string {
  const label = cellText(row.cells[0], 'zh-CN') ?? '';
  const aggregate = row.aggregate ?? LEGACY_AGGREGATES.get(label);
  return aggregate ? `#${aggregate}` : label;
}

/** The scorecard's sections, which a version frozen before reports scored (no `scorecardRuleSets`) never had. */
const SCORED = new Set<string>(Object.values(SCORECARD_KEYS));

/**
 * Every numeric cell that differs between the frozen and the live content, matched by section key,
 * row (its first cell) and column key; a row or section found on one side only differs wherever
 * the other side has a number — but for the scorecard's sections live, when the version was frozen
 * before reports had them: they are no figure it stated.
 */
export function differences(frozen: ReportContent, live: ReportContent): ReportDifference[] {
  const found: ReportDifference[] = [];
  const liveSections = new Map(live.sections.map((section) => [section.key, section]));
  const newer = (key: string) => !frozen.scorecardRuleSets && SCORED.has(key);
  const sections = [
    ...frozen.sections,
    ...live.sections.filter((section) => !frozen.sections.some((s) => s.key === section.key) && !newer(section.key)),
  ];
  for (const section of sections) {
    const { key, columns } = section;
    const a = frozen.sections.find((s) => s.key === key);
    const b = liveSections.get(key);
    const rowsOf = (s: typeof a) =>
      new Map(
        (s?.rows ?? []).map((row) => [rowKey(row), { label: cellText(row.cells[0], 'zh-CN') ?? '', cells: row.cells }]),
      );
    const frozenRows = rowsOf(a);
    const liveRows = rowsOf(b);
    // Frozen rows first, then those found live only; a row's label is the frozen one where there is one.
    const rows = new Map(frozenRows);
    for (const [id, row] of liveRows) if (!rows.has(id)) rows.set(id, row);
    for (const [id, { label }] of rows) {
      columns.forEach((column, i) => {
        if (i === 0) return;
        const liveIndex = b ? b.columns.findIndex((c) => c.key === column.key) : -1;
        const was = asNumber(frozenRows.get(id)?.cells[i]);
        const now = asNumber(liveIndex < 0 ? undefined : liveRows.get(id)?.cells[liveIndex]);
        if (!same(was, now))
          found.push({
            section: key,
            sectionTitle: section.title,
            row: label,
            column: column.label,
            frozen: was,
            live: now,
          });
      });
    }
  }
  return found;
}

const WHEN = {
  current: { zh: '受理日期在报告期内', en: 'received within the report period' },
  previous: { zh: '受理日期在对比期内', en: 'received within the comparison period' },
  both: { zh: '受理日期在报告期或对比期内', en: 'received within the report or comparison period' },
};

/** A cause in both languages, e.g. "2宗投诉在报送后导入，受理日期在报告期内". */
export function describeCause(row: CauseRow): RestatementCause {
  const n = row.count;
  const when = row.inCurrent === n ? WHEN.current : row.inCurrent === 0 ? WHEN.previous : WHEN.both;
  const complaints = n === 1 ? 'complaint' : 'complaints';
  const text: Record<CauseKind, LocalizedText> = {
    IMPORTED_LATER: {
      zh: `${n}宗投诉在报送后导入，${when.zh}`,
      en: `${n} ${complaints} imported after submission, ${when.en}`,
    },
    CHANGED_LATER: {
      zh: `${n}宗投诉在报送后被修改，${when.zh}`,
      en: `${n} ${complaints} changed after submission, ${when.en}`,
    },
    CLOSED_LATER: {
      zh: `${n}宗投诉在报送后办结，${when.zh}`,
      en: `${n} ${complaints} closed after submission, ${when.en}`,
    },
    RULES_CHANGED: {
      zh: `${n}宗投诉的处理时限在报送后按新的时限规则或工作日历重算，${when.zh}`,
      en: `${n} ${complaints} with deadlines recomputed under changed rules or calendar after submission, ${when.en}`,
    },
    PREMIUM_CHANGED: {
      zh: `${n}条保费记录在报送后导入或修改`,
      en: `${n} premium ${n === 1 ? 'record' : 'records'} imported or changed after submission`,
    },
    SCORECARD_CHANGED: {
      zh: `${n}项考评评定分或扣分事件在报送后录入或修改`,
      en: `${n} scorecard ${n === 1 ? 'entry' : 'entries'} (points entered by HQ, incidents) entered or changed after submission`,
    },
  };
  return { kind: row.kind, count: n, refs: row.refs, description: text[row.kind] };
}

/** The rule sets and calendar whose version differs between a version's rules and today's, e.g. "COMPANY_STD 第1版→第2版". */
export function rulesChanges(then: RulesUsed, now: RulesUsed): LocalizedText[] {
  const changes: LocalizedText[] = [];
  for (const used of then.ruleSets) {
    const current = now.ruleSets.find((set) => set.code === used.code)?.version;
    if (current !== undefined && current !== used.version)
      changes.push({
        zh: `${used.code} 第${used.version}版→第${current}版`,
        en: `${used.code} version ${used.version} → ${current}`,
      });
  }
  if (now.calendarVersion !== then.calendarVersion)
    changes.push({
      zh: `工作日历 第${then.calendarVersion}版→第${now.calendarVersion}版`,
      en: `working-day calendar version ${then.calendarVersion} → ${now.calendarVersion}`,
    });
  return changes;
}

/**
 * RULES_CHANGED, naming what changed since the version was submitted: with the complaints whose
 * deadlines were recomputed (the row), or none of the report's when no deadline of it moved.
 */
export function rulesCause(changes: readonly LocalizedText[], row: CauseRow | undefined): RestatementCause {
  const what = {
    zh: `时限规则或工作日历在报送后变更（${changes.map((c) => c.zh).join('；')}）`,
    en: `deadline rules changed after submission (${changes.map((c) => c.en).join('; ')})`,
  };
  if (!row) return { kind: 'RULES_CHANGED', count: 0, refs: [], description: what };
  const counted = describeCause(row);
  if (changes.length === 0) return counted;
  return {
    ...counted,
    description: { zh: `${what.zh}：${counted.description.zh}`, en: `${what.en}: ${counted.description.en}` },
  };
}
