import { Field, Float, InputType, Int } from 'type-graphql';
import type { Channel, IncidentKind, ScorecardStatus, UnitLevel } from '../../../db/domain.js';
import { DateScalar } from '../../kernel/scalars.js';
import { MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import { UnitLevelEnum } from '../units/index.js';
import { ChannelEnum } from '../vocabulary/index.js';
import type { Basis, ItemKind } from './scorecard.rule-set.js';
import type { Better } from './scorecard.rules.js';
import {
  IncidentKindEnum,
  ScoreBasisEnum,
  ScoreBetterEnum,
  ScorecardItemKindEnum,
  ScorecardStatusEnum,
} from './scorecard.type.js';

// A scorecard rule set as HQ_ADMIN saves it (RULES.md §5): checked whole by save-rule-set.check.ts
// before anything is written.

@InputType({ description: 'A text in Chinese and English.' })
export class LocalizedTextInput {
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

@InputType({ description: 'A band: the points for a value on the better side of the threshold.' })
export class ScoreBandInput {
  @Field(() => Float) threshold!: number;
  @Field(() => Float) points!: number;
}

@InputType({
  description:
    'One item and the parameters its kind needs: METRIC_BAND metric, bands (better); METRIC_LINEAR metric, best, worst; RANK metric (better); CHANGE_RATE metric, bands; MANUAL none; DEDUCTION incidentKind, pointsEach, cap. Parameters a kind does not use are not stored.',
})
export class ScorecardRuleItemInput {
  @Field(() => String) code!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => ScorecardItemKindEnum) kind!: ItemKind;
  @Field(() => Float, { nullable: true, description: 'The most the item gives; none for a DEDUCTION.' })
  max?: number | null;
  @Field(() => MetricKeyEnum, { nullable: true }) metric?: MetricKey | null;
  @Field(() => ScoreBasisEnum, { nullable: true, description: 'ALL when left out.' }) basis?: Basis | null;
  @Field(() => [ChannelEnum], { nullable: true, description: 'The channels measured; empty or left out: all.' })
  channels?: Channel[] | null;
  @Field(() => ScoreBetterEnum, { nullable: true, description: 'LOWER when left out.' }) better?: Better | null;
  @Field(() => [ScoreBandInput], { nullable: true }) bands?: ScoreBandInput[] | null;
  @Field(() => Float, { nullable: true }) best?: number | null;
  @Field(() => Float, { nullable: true }) worst?: number | null;
  @Field(() => IncidentKindEnum, { nullable: true }) incidentKind?: IncidentKind | null;
  @Field(() => Float, { nullable: true }) pointsEach?: number | null;
  @Field(() => Float, { nullable: true }) cap?: number | null;
}

@InputType({
  description:
    'A scorecard rule set to save: with a version, that version replaced in place (refused once a submitted report used it); without, a new version of the code.',
})
export class ScorecardRuleSetInput {
  @Field(() => String) code!: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => DateScalar) effectiveFrom!: string;
  @Field(() => DateScalar) effectiveTo!: string;
  @Field(() => Float) total!: number;
  @Field(() => UnitLevelEnum, { nullable: true, description: 'Peers: the units of this level (or peerParent).' })
  peerLevel?: UnitLevel | null;
  @Field(() => String, { nullable: true, description: 'Peers: the children of this unit (or peerLevel).' })
  peerParent?: string | null;
  @Field(() => ScorecardStatusEnum) status!: ScorecardStatus;
  @Field(() => [ScorecardRuleItemInput]) items!: ScorecardRuleItemInput[];
}
