import type { Channel, IncidentKind, ScorecardStatus, UnitLevel } from '../../../db/domain.js';
import type { MetricKey } from '../metrics/index.js';
import type { Band, Better, ScoreItem } from './scorecard.rules.js';

// A scorecard rule set as stored (RULES.md §5): items with their kind and parameters, read from the
// jsonb of scorecard_rule_set, and turned into what the pure arithmetic scores.

export type ItemKind = ScoreItem['kind'];
export type Basis = 'ALL' | 'ASSESSED';

export interface RuleItem {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: ItemKind;
  /** The most the item gives; none for a deduction. */
  max?: number;
  metric?: MetricKey;
  basis?: Basis;
  channels?: Channel[];
  better?: Better;
  bands?: Band[];
  best?: number;
  worst?: number;
  incidentKind?: IncidentKind;
  pointsEach?: number;
  cap?: number;
}

export interface RuleSet {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string;
  total: number;
  peers: { level: UnitLevel } | { parent: string };
  status: ScorecardStatus;
  items: RuleItem[];
}

/** The item as the arithmetic scores it; a stored item missing a parameter its kind needs is a data error. */
export function scoreItemOf(item: RuleItem): ScoreItem {
  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`scorecard item ${item.code} (${item.kind}) has no ${name}`);
    return value;
  };
  const max = item.kind === 'DEDUCTION' ? 0 : need(item.max, 'max');
  switch (item.kind) {
    case 'METRIC_BAND':
      return {
        code: item.code,
        kind: item.kind,
        max,
        better: item.better ?? 'LOWER',
        bands: need(item.bands, 'bands'),
      };
    case 'METRIC_LINEAR':
      return { code: item.code, kind: item.kind, max, best: need(item.best, 'best'), worst: need(item.worst, 'worst') };
    case 'RANK':
    case 'MANUAL':
      return { code: item.code, kind: item.kind, max };
    case 'CHANGE_RATE':
      return { code: item.code, kind: item.kind, max, bands: need(item.bands, 'bands') };
    case 'DEDUCTION':
      return {
        code: item.code,
        kind: item.kind,
        pointsEach: need(item.pointsEach, 'pointsEach'),
        cap: need(item.cap, 'cap'),
      };
  }
}

/** The metric filter of an item: its basis (考核口径) and its channels. */
export function itemFilter(item: RuleItem): { assessedOnly: boolean; channels: Channel[] | null } {
  return { assessedOnly: item.basis === 'ASSESSED', channels: item.channels?.length ? item.channels : null };
}
