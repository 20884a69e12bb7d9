import type { ExplainedItem } from './score-units.use-case.js';
import type { RuleItem, RuleSet } from './scorecard.rule-set.js';
import type { ScorecardItem, ScorecardRuleItem, ScorecardRuleSet } from './scorecard.type.js';

// The scorecard's domain values as the GraphQL types show them.

export function ruleItemView(item: RuleItem): ScorecardRuleItem {
  return {
    code: item.code,
    name: { zh: item.nameZh, en: item.nameEn },
    kind: item.kind,
    max: item.kind === 'DEDUCTION' ? null : (item.max ?? null),
    metric: item.metric ?? null,
    basis: item.basis ?? null,
    channels: item.channels ?? [],
    better: item.better ?? (item.kind === 'CHANGE_RATE' ? 'LOWER' : null),
    bands: item.bands ?? [],
    best: item.best ?? null,
    worst: item.worst ?? null,
    incidentKind: item.incidentKind ?? null,
    pointsEach: item.pointsEach ?? null,
    cap: item.cap ?? null,
  };
}

export function ruleSetView(set: RuleSet): ScorecardRuleSet {
  return {
    code: set.code,
    version: set.version,
    name: { zh: set.nameZh, en: set.nameEn },
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo,
    total: set.total,
    peerLevel: 'level' in set.peers ? set.peers.level : null,
    peerParent: 'parent' in set.peers ? set.peers.parent : null,
    status: set.status,
    items: set.items.map(ruleItemView),
  };
}

export function scoreItemView(scored: ExplainedItem): ScorecardItem {
  return {
    item: ruleItemView(scored.item),
    value: scored.value,
    current: scored.current,
    previous: scored.previous,
    rank: scored.rank,
    rankOf: scored.rankOf,
    rule: scored.rule,
    points: scored.points,
    max: scored.max,
    flag: scored.noValue ? 'NO_VALUE' : null,
    note: scored.note,
    enteredBy: scored.enteredBy,
    enteredAt: scored.enteredAt === null ? null : new Date(scored.enteredAt),
  };
}
