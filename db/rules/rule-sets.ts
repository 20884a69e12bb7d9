// Deadline rule sets (RULES.md §1): data, not code branches. A complaint takes the rule set whose
// range of receipt instants [effectiveFrom, effectiveTo) contains its receivedAt; the ranges neither
// overlap nor leave gaps. These are the sets the portal ships; the database keeps them (versioned),
// and HQ_ADMIN sets the company standard's figures, which are placeholders until HQ confirms them.

/** A name in both languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const HANDLING_CLASSES = ['SIMPLE', 'COMPLEX'] as const;
export type HandlingClass = (typeof HANDLING_CLASSES)[number];

export interface TimeLimit {
  n: number;
  unit: 'WORKING_DAYS' | 'DAYS';
}

export interface DeadlineRuleSet {
  code: string;
  name: LocalizedText;
  version: number;
  /** Instants (ISO 8601 with offset); null: unbounded. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
  limits: Record<HandlingClass, TimeLimit>;
  /** The cap, in calendar days after the receipt date (before pauses). */
  maxDays: number;
}

export const SHIPPED_RULE_SETS: readonly DeadlineRuleSet[] = [
  {
    code: 'COMPANY_STD',
    name: { zh: '公司投诉处理时限标准', en: "The company's own standard" },
    version: 1,
    effectiveFrom: null,
    effectiveTo: '2013-11-01T00:00:00+08:00',
    limits: { SIMPLE: { n: 10, unit: 'WORKING_DAYS' }, COMPLEX: { n: 30, unit: 'DAYS' } },
    maxDays: 60,
  },
  {
    code: 'CIRC_2013',
    name: { zh: '《保险消费投诉处理管理办法》（保监会令2013年第8号）', en: 'CIRC Order No. 8 of 2013' },
    version: 1,
    effectiveFrom: '2013-11-01T00:00:00+08:00',
    effectiveTo: '2020-03-01T00:00:00+08:00',
    limits: { SIMPLE: { n: 10, unit: 'WORKING_DAYS' }, COMPLEX: { n: 30, unit: 'DAYS' } },
    maxDays: 60,
  },
  {
    code: 'CBIRC_2020',
    name: { zh: '《银行业保险业消费投诉处理管理办法》（银保监会令2020年第3号）', en: 'CBIRC Order No. 3 of 2020' },
    version: 1,
    effectiveFrom: '2020-03-01T00:00:00+08:00',
    effectiveTo: null,
    limits: { SIMPLE: { n: 15, unit: 'DAYS' }, COMPLEX: { n: 30, unit: 'DAYS' } },
    maxDays: 60,
  },
];

/** The rule set in force for a receipt instant. */
export function ruleSetFor(ruleSets: readonly DeadlineRuleSet[], receivedAt: Date): DeadlineRuleSet {
  const at = receivedAt.getTime();
  const found = ruleSets.find((set) => {
    const [from, to] = boundsOf(set);
    return from <= at && at < to;
  });
  if (!found) throw new Error(`no deadline rule set covers ${receivedAt.toISOString()}`);
  return found;
}

/** A rule set's effective instants in ms (open ends infinite), parsed once per rule set rather than per complaint. */
const bounds = new WeakMap<DeadlineRuleSet, readonly [number, number]>();
function boundsOf(set: DeadlineRuleSet): readonly [number, number] {
  let found = bounds.get(set);
  if (!found) {
    found = [
      set.effectiveFrom === null ? -Infinity : Date.parse(set.effectiveFrom),
      set.effectiveTo === null ? Infinity : Date.parse(set.effectiveTo),
    ];
    bounds.set(set, found);
  }
  return found;
}
