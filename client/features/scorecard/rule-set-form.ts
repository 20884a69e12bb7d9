import type {
  Channel,
  IncidentKind,
  MetricKey,
  ScoreBasis,
  ScoreBetter,
  ScorecardItemKind,
  ScorecardRuleSetInput,
  ScorecardStatus,
  UnitLevel,
} from '../../gql/graphql';

// Between a stored scorecard rule set and the editor's form: the values to start from (a version, or
// an empty new rule set), and the input the server checks and saves (RULES.md §5). The server is the
// judge of what is valid; the form only keeps an item's inputs to its kind's parameters.

export interface ItemValues {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: ScorecardItemKind;
  max?: number | null;
  metric?: MetricKey | null;
  basis?: ScoreBasis | null;
  channels?: Channel[];
  better?: ScoreBetter | null;
  bands?: { threshold?: number | null; points?: number | null }[];
  best?: number | null;
  worst?: number | null;
  incidentKind?: IncidentKind | null;
  pointsEach?: number | null;
  cap?: number | null;
}

export interface RuleSetValues {
  code: string;
  nameZh: string;
  nameEn: string;
  effectiveFrom: string;
  effectiveTo: string;
  total: number;
  peers: 'level' | 'parent';
  peerLevel?: UnitLevel | null;
  peerParent?: string | null;
  status: ScorecardStatus;
  /** Over the version edited, or as a new version. */
  mode: 'inPlace' | 'asNew';
  items: ItemValues[];
}

/** A stored version as the fragment gives it. */
export interface StoredRuleSet {
  code: string;
  version: number;
  name: { zh: string; en: string };
  effectiveFrom: string;
  effectiveTo: string;
  total: number;
  peerLevel?: UnitLevel | null;
  peerParent?: string | null;
  status: ScorecardStatus;
  items: readonly (Omit<ItemValues, 'nameZh' | 'nameEn' | 'bands' | 'channels'> & {
    name: { zh: string; en: string };
    bands: readonly { threshold: number; points: number }[];
    channels: readonly Channel[];
  })[];
}

export const ITEM_KINDS: ScorecardItemKind[] = [
  'METRIC_BAND',
  'METRIC_LINEAR',
  'RANK',
  'CHANGE_RATE',
  'MANUAL',
  'DEDUCTION',
];
export const METRIC_KINDS = new Set<ScorecardItemKind>(['METRIC_BAND', 'METRIC_LINEAR', 'RANK', 'CHANGE_RATE']);

export function newItem(kind: ScorecardItemKind = 'MANUAL'): ItemValues {
  return { code: '', nameZh: '', nameEn: '', kind, basis: 'ALL', better: 'LOWER', channels: [], bands: [] };
}

/** The form's values for a version (edited in place by default), or for a new rule set. */
export function formValues(set: StoredRuleSet | null): RuleSetValues {
  if (!set) {
    const year = new Date().getFullYear() + 1;
    return {
      code: '',
      nameZh: '',
      nameEn: '',
      effectiveFrom: `${year}-01-01`,
      effectiveTo: `${year}-12-31`,
      total: 100,
      peers: 'level',
      peerLevel: 'PROVINCE',
      status: 'DRAFT',
      mode: 'asNew',
      items: [newItem()],
    };
  }
  return {
    code: set.code,
    nameZh: set.name.zh,
    nameEn: set.name.en,
    effectiveFrom: set.effectiveFrom,
    effectiveTo: set.effectiveTo,
    total: set.total,
    peers: set.peerParent ? 'parent' : 'level',
    peerLevel: set.peerLevel ?? null,
    peerParent: set.peerParent ?? null,
    status: set.status,
    mode: 'inPlace',
    items: set.items.map(({ name, bands, channels, ...item }) => ({
      ...item,
      nameZh: name.zh,
      nameEn: name.en,
      bands: bands.map((band) => ({ ...band })),
      channels: [...channels],
    })),
  };
}

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** What the server is sent: each item with the parameters of its kind only. */
export function saveInput(values: RuleSetValues, version: number | null): ScorecardRuleSetInput {
  return {
    code: values.code.trim(),
    version: values.mode === 'inPlace' ? version : null,
    name: { zh: values.nameZh, en: values.nameEn },
    effectiveFrom: values.effectiveFrom,
    effectiveTo: values.effectiveTo,
    total: values.total,
    peerLevel: values.peers === 'level' ? orNull(values.peerLevel) : null,
    peerParent: values.peers === 'parent' ? orNull(values.peerParent?.trim()) : null,
    status: values.status,
    items: values.items.map((item) => {
      const metric = METRIC_KINDS.has(item.kind);
      const banded = item.kind === 'METRIC_BAND' || item.kind === 'CHANGE_RATE';
      return {
        code: item.code.trim(),
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        kind: item.kind,
        max: item.kind === 'DEDUCTION' ? null : orNull(item.max),
        metric: metric ? orNull(item.metric) : null,
        basis: metric ? orNull(item.basis) : null,
        channels: metric ? (item.channels ?? []) : [],
        better: item.kind === 'METRIC_BAND' || item.kind === 'RANK' ? orNull(item.better) : null,
        // The form requires both figures of a band; the server checks the rest.
        bands: banded
          ? (item.bands ?? []).map((band) => ({ threshold: band.threshold ?? 0, points: band.points ?? 0 }))
          : null,
        best: item.kind === 'METRIC_LINEAR' ? orNull(item.best) : null,
        worst: item.kind === 'METRIC_LINEAR' ? orNull(item.worst) : null,
        incidentKind: item.kind === 'DEDUCTION' ? orNull(item.incidentKind) : null,
        pointsEach: item.kind === 'DEDUCTION' ? orNull(item.pointsEach) : null,
        cap: item.kind === 'DEDUCTION' ? orNull(item.cap) : null,
      };
    }),
  };
}

/** The maxima of the items that are not deductions, summed in cents (they must make the total). */
export function maximaSum(items: readonly ItemValues[] | undefined): number {
  return (
    (items ?? []).reduce((sum, item) => sum + (item.kind === 'DEDUCTION' ? 0 : Math.round((item.max ?? 0) * 100)), 0) /
    100
  );
}
