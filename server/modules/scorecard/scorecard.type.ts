import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  INCIDENT_KINDS,
  SCORECARD_STATUSES,
  type Channel,
  type IncidentKind,
  type UnitLevel,
} from '../../../db/domain.js';
import { LocalizedText } from '../../kernel/localized-text.js';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars.js';
import { MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import { Unit, UnitLevelEnum } from '../units/index.js';
import { asEnum, ChannelEnum } from '../vocabulary/index.js';
import type { Band, Better } from './scorecard.rules.js';
import type { Basis, ItemKind } from './scorecard.rule-set.js';

export const ScorecardItemKindEnum = asEnum([
  'METRIC_BAND',
  'METRIC_LINEAR',
  'RANK',
  'CHANGE_RATE',
  'MANUAL',
  'DEDUCTION',
] as const satisfies readonly ItemKind[]);
registerEnumType(ScorecardItemKindEnum, {
  name: 'ScorecardItemKind',
  description:
    'How an item scores (RULES.md §5): a metric in bands, linear between worst and best, a rank among peers, a change rate in bands, points entered by HQ, or a deduction per incident.',
});
export const ScorecardStatusEnum = asEnum(SCORECARD_STATUSES);
registerEnumType(ScorecardStatusEnum, {
  name: 'ScorecardStatus',
  description: 'DRAFT: being edited; PUBLISHED: scores use it.',
});
export const IncidentKindEnum = asEnum(INCIDENT_KINDS);
registerEnumType(IncidentKindEnum, {
  name: 'IncidentKind',
  description: 'MEDIA_EXPOSURE 媒体负面报道 · MASS_INCIDENT 重大群体性事件.',
});
export const ScoreBetterEnum = asEnum(['LOWER', 'HIGHER'] as const satisfies readonly Better[]);
registerEnumType(ScoreBetterEnum, { name: 'ScoreBetter', description: 'Which way of the value scores better.' });
export const ScoreBasisEnum = asEnum(['ALL', 'ASSESSED'] as const satisfies readonly Basis[]);
registerEnumType(ScoreBasisEnum, { name: 'ScoreBasis', description: 'ALL complaints, or ASSESSED only (考核口径).' });
export const ScoreFlagEnum = asEnum(['NO_VALUE'] as const);
registerEnumType(ScoreFlagEnum, {
  name: 'ScoreFlag',
  description: 'NO_VALUE: the item had no value (no figure, no previous year, no entry, no rank) and scored 0.',
});

@ObjectType({
  description:
    'A band of a METRIC_BAND or CHANGE_RATE item: the points for a value on the better side of the threshold.',
})
export class ScoreBand {
  @Field(() => Float) threshold!: number;
  @Field(() => Float) points!: number;
}

@ObjectType({ description: 'One item of a scorecard rule set: its kind and parameters.' })
export class ScorecardRuleItem {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => ScorecardItemKindEnum) kind!: ItemKind;
  @Field(() => Float, { nullable: true, description: 'The most the item gives; null for a deduction.' })
  max!: number | null;
  @Field(() => MetricKeyEnum, { nullable: true }) metric!: MetricKey | null;
  @Field(() => ScoreBasisEnum, { nullable: true }) basis!: Basis | null;
  @Field(() => [ChannelEnum], { description: 'The channels the metric is measured on; empty: all.' })
  channels!: Channel[];
  @Field(() => ScoreBetterEnum, { nullable: true }) better!: Better | null;
  @Field(() => [ScoreBand]) bands!: Band[];
  @Field(() => Float, { nullable: true, description: 'METRIC_LINEAR: the value that gives the max.' })
  best!: number | null;
  @Field(() => Float, { nullable: true, description: 'METRIC_LINEAR: the value that gives 0.' })
  worst!: number | null;
  @Field(() => IncidentKindEnum, { nullable: true }) incidentKind!: IncidentKind | null;
  @Field(() => Float, { nullable: true }) pointsEach!: number | null;
  @Field(() => Float, { nullable: true }) cap!: number | null;
}

@ObjectType({
  description:
    'A scorecard rule set version (服务效能考评办法): versioned data, immutable once a submitted report used it.',
})
export class ScorecardRuleSet {
  @Field(() => String) code!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => DateScalar) effectiveTo!: string;
  @Field(() => Float) total!: number;
  @Field(() => UnitLevelEnum, { nullable: true, description: 'Peers: the units of this level…' })
  peerLevel!: UnitLevel | null;
  @Field(() => String, { nullable: true, description: '…or the children of this unit.' })
  peerParent!: string | null;
  @Field(() => ScorecardStatusEnum) status!: string;
  @Field(() => [ScorecardRuleItem]) items!: ScorecardRuleItem[];
}

@ObjectType({
  description:
    'One item of a unit\u2019s score, explained: value, band or formula with its numbers, points, max, flag.',
})
export class ScorecardItem {
  @Field(() => ScorecardRuleItem) item!: ScorecardRuleItem;
  @Field(() => Float, {
    nullable: true,
    description: 'The value scored (4 decimals): the metric, its change rate, the entered points, the incidents.',
  })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'CHANGE_RATE: the metric on the period.' })
  current!: number | null;
  @Field(() => Float, { nullable: true, description: 'CHANGE_RATE: the metric a year earlier.' })
  previous!: number | null;
  @Field(() => Int, { nullable: true, description: 'RANK: the rank best first (ties shared) among rankOf peers.' })
  rank!: number | null;
  @Field(() => Int, { nullable: true }) rankOf!: number | null;
  @Field(() => String, { description: 'The band matched or the formula with its numbers; NO_VALUE when none.' })
  rule!: string;
  @Field(() => Float, { description: 'Rounded to 2 decimals; negative for a deduction.' }) points!: number;
  @Field(() => Float, { description: 'The most the item gives (0 for a deduction).' }) max!: number;
  @Field(() => ScoreFlagEnum, { nullable: true }) flag!: 'NO_VALUE' | null;
  @Field(() => String, { nullable: true, description: 'MANUAL: why, as entered.' }) note!: string | null;
  @Field(() => String, { nullable: true }) enteredBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) enteredAt!: Date | null;
}

@ObjectType({ description: 'A unit\u2019s score for a period under the rule set in force, item by item.' })
export class Scorecard {
  @Field(() => Unit) unit!: Unit;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => ScorecardRuleSet) ruleSet!: ScorecardRuleSet;
  @Field(() => [ScorecardItem]) items!: ScorecardItem[];
  @Field(() => Float, { description: 'Σ rounded items, never below 0.' }) total!: number;
  @Field(() => Float, { description: 'The rule set\u2019s total (100).' }) max!: number;
  @Field(() => Int, { description: 'How many items had no value (flag NO_VALUE).' }) noValueCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The same dates a year earlier, under that year\u2019s rule set; null when none covers them.',
  })
  previousTotal!: number | null;
}

@ObjectType({ description: 'A peer\u2019s total and rank; a ranked peer beyond your own units shows nothing else.' })
export class ScorecardRankingRow {
  @Field(() => Unit) unit!: Unit;
  @Field(() => Float) total!: number;
  @Field(() => Int, { description: 'Totals descending, ties sharing a rank (1, 2, 2, 4 — 并列).' }) rank!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'How many items had no value; null for a ranked peer beyond your own units, whose items you do not see.',
  })
  noValueCount!: number | null;
  @Field(() => Float, { nullable: true }) previousTotal!: number | null;
}

@ObjectType({ description: 'Peers ranked by their scorecard totals.' })
export class ScorecardRanking {
  @Field(() => ScorecardRuleSet) ruleSet!: ScorecardRuleSet;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [ScorecardRankingRow]) rows!: ScorecardRankingRow[];
}

@ObjectType({ description: 'MANUAL points as entered (the audit log keeps every entry).' })
export class ScorecardManualEntry {
  @Field(() => String) unit!: string;
  @Field(() => String) item!: string;
  @Field(() => Float) points!: number;
  @Field(() => String) note!: string;
  @Field(() => String) enteredBy!: string;
  @Field(() => DateTimeScalar) enteredAt!: Date;
}
