import { badInput } from '../../errors.js';
import type { ScorecardRuleItemInput, ScorecardRuleSetInput } from './rule-set.input.js';
import { scoreItemOf, type RuleItem, type RuleSet } from './scorecard.rule-set.js';

// A rule set HQ_ADMIN saves, checked whole before anything is written (RULES.md §5): each problem
// names the item and the field, all of them at once. What passes is the rule set as stored, each
// item with the parameters its kind uses and no others.

const CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const ITEM_CODE = /^[A-Za-z0-9_-]{1,16}$/;
const METRIC_KINDS = new Set(['METRIC_BAND', 'METRIC_LINEAR', 'RANK', 'CHANGE_RATE']);
/** numeric(6,2), the column of the total and of MANUAL points. */
const MOST_POINTS = 9999.99;

/** In cents, where a figure has at most two decimals (the maxima must sum to the total exactly). */
const cents = (value: number) => Math.round(value * 100);
const twoDecimals = (value: number) => Math.abs(value * 100 - cents(value)) < 1e-6;

/** The item as stored: the parameters of its kind only (the defaults written out). */
function storedItem(input: ScorecardRuleItemInput): RuleItem {
  const item: RuleItem = {
    code: input.code.trim(),
    nameZh: input.nameZh.trim(),
    nameEn: input.nameEn.trim(),
    kind: input.kind,
  };
  const given = <T>(value: T | null | undefined) => value ?? undefined;
  if (input.kind !== 'DEDUCTION') item.max = given(input.max);
  if (METRIC_KINDS.has(input.kind)) {
    item.metric = given(input.metric);
    item.basis = input.basis ?? 'ALL';
    if (input.channels?.length) item.channels = [...new Set(input.channels)];
  }
  if (input.kind === 'METRIC_BAND' || input.kind === 'RANK') item.better = input.better ?? 'LOWER';
  if (input.kind === 'METRIC_BAND' || input.kind === 'CHANGE_RATE')
    item.bands = input.bands?.map(({ threshold, points }) => ({ threshold, points }));
  if (input.kind === 'METRIC_LINEAR') {
    item.best = given(input.best);
    item.worst = given(input.worst);
  }
  if (input.kind === 'DEDUCTION') {
    item.incidentKind = given(input.incidentKind);
    item.pointsEach = given(input.pointsEach);
    item.cap = given(input.cap);
  }
  return item;
}

function itemProblems(item: RuleItem): string[] {
  const problems: string[] = [];
  const at = `item ${item.code || '(no code)'}`;
  if (!ITEM_CODE.test(item.code))
    problems.push(`${at}: code must be 1 to 16 letters, digits, "_" or "-", not "${item.code}"`);
  if (!item.nameZh) problems.push(`${at}: nameZh is empty`);
  if (!item.nameEn) problems.push(`${at}: nameEn is empty`);
  try {
    // The arithmetic's own demands: max, bands, best and worst, points each and cap, as its kind needs.
    scoreItemOf(item);
  } catch (error) {
    problems.push(`${at}: ${(error as Error).message}`);
  }
  if (METRIC_KINDS.has(item.kind) && !item.metric) problems.push(`${at} (${item.kind}) has no metric`);
  if (item.max !== undefined && (item.max <= 0 || item.max > MOST_POINTS || !twoDecimals(item.max)))
    problems.push(
      `${at}: max must be more than 0 and at most ${MOST_POINTS}, with two decimals at most, not ${item.max}`,
    );
  if (item.bands) {
    if (item.bands.length === 0) problems.push(`${at}: bands must not be empty`);
    for (const band of item.bands)
      if (band.points < 0 || (item.max !== undefined && band.points > item.max))
        problems.push(
          `${at}: the band at ${band.threshold} gives ${band.points} points, not from 0 to max ${item.max}`,
        );
    if (new Set(item.bands.map((band) => band.threshold)).size < item.bands.length)
      problems.push(`${at}: two bands have the same threshold`);
  }
  if (item.kind === 'METRIC_LINEAR' && item.best !== undefined && item.best === item.worst)
    problems.push(`${at}: best and worst are both ${item.best}; they must differ`);
  if (item.kind === 'DEDUCTION') {
    if (!item.incidentKind) problems.push(`${at} (DEDUCTION) has no incidentKind`);
    if (item.pointsEach !== undefined && !(item.pointsEach > 0))
      problems.push(`${at}: pointsEach must be more than 0, not ${item.pointsEach}`);
    if (item.cap !== undefined && !(item.cap > 0)) problems.push(`${at}: cap must be more than 0, not ${item.cap}`);
  }
  return problems;
}

/** The rule set as it will be stored, or BAD_USER_INPUT listing every problem. */
export function checkedRuleSet(input: ScorecardRuleSetInput): Omit<RuleSet, 'version'> {
  const problems: string[] = [];
  const code = input.code.trim();
  if (!CODE.test(code))
    problems.push(`code must be 1 to 32 capital letters, digits or "_", starting with a letter, not "${input.code}"`);
  if (input.version != null && input.version < 1) problems.push(`version must be 1 or more, not ${input.version}`);
  const nameZh = input.name.zh.trim();
  const nameEn = input.name.en.trim();
  if (!nameZh) problems.push('name.zh is empty');
  if (!nameEn) problems.push('name.en is empty');
  if (input.effectiveFrom > input.effectiveTo)
    problems.push(`effectiveTo ${input.effectiveTo} is before effectiveFrom ${input.effectiveFrom}`);
  if (input.total <= 0 || input.total > MOST_POINTS || !twoDecimals(input.total))
    problems.push(
      `total must be more than 0 and at most ${MOST_POINTS}, with two decimals at most, not ${input.total}`,
    );
  const peerParent = input.peerParent?.trim() ? input.peerParent.trim() : null;
  if ((input.peerLevel == null) === (peerParent === null))
    problems.push('peers: give exactly one of peerLevel and peerParent');
  const items = input.items.map(storedItem);
  if (items.length === 0) problems.push('items: a rule set needs at least one item');
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.code)) problems.push(`item ${item.code}: code used twice`);
    seen.add(item.code);
    problems.push(...itemProblems(item));
  }
  const maxima = items.reduce((sum, item) => sum + (item.kind === 'DEDUCTION' ? 0 : cents(item.max ?? 0)), 0);
  if (items.length > 0 && maxima !== cents(input.total))
    problems.push(
      `items: the maxima of the items that are not deductions sum to ${maxima / 100}, not the total ${input.total}`,
    );
  if (problems.length) throw badInput(problems.join('; '));
  return {
    code,
    nameZh,
    nameEn,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo,
    total: input.total,
    peers: peerParent !== null ? { parent: peerParent } : { level: input.peerLevel ?? 'PROVINCE' },
    status: input.status,
    items,
  };
}
