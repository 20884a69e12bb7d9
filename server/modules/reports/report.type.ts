import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { REPORT_TEMPLATES, type Comparison, type ReportTemplate } from '../../../db/domain.js';
import { LocalizedText } from '../../kernel/localized-text.js';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars.js';
import { CategoryEnum, ChannelEnum, LineEnum } from '../vocabulary/index.js';
import { ComparisonEnum, MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import { PeriodInput } from '../../kernel/period.input.js';
import type { Category, Channel, Line } from '../../../db/domain.js';
import type { ReportVerdict } from './report.cells.js';
import type { ReportValueFormat } from './report.content.js';

// The reports API of /work/notes/report-api.graphql, as type-graphql classes. Objects are plain
// values shaped by report.view.ts (pure); versions, live figures and restatements are field resolvers.

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ReportTemplateEnum = asEnum(REPORT_TEMPLATES);
registerEnumType(ReportTemplateEnum, { name: 'ReportTemplate' });
export const ReportStatusEnum = asEnum(['DRAFT', 'SUBMITTED'] as const);
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
export const ReportValueFormatEnum = asEnum([
  'COUNT',
  'DECIMAL',
  'PERCENT',
  'POINTS',
  'DAYS',
  'YUAN',
  'RANK',
  'TEXT',
] as const);
registerEnumType(ReportValueFormatEnum, { name: 'ReportValueFormat' });
export const ReportVerdictEnum = asEnum(['IMPROVED', 'WORSE', 'UNCHANGED'] as const);
registerEnumType(ReportVerdictEnum, {
  name: 'ReportVerdict',
  description:
    "A change or a movement judged by its metric's direction: 改善 / 恶化 / 持平 (improved / worse / unchanged).",
});
export const CAUSE_KINDS = [
  'IMPORTED_LATER',
  'CHANGED_LATER',
  'CLOSED_LATER',
  'PREMIUM_CHANGED',
  'UNITS_CHANGED',
  'RULES_CHANGED',
  'SCORECARD_CHANGED',
] as const;
export const RestatementCauseKindEnum = asEnum(CAUSE_KINDS);
registerEnumType(RestatementCauseKindEnum, { name: 'RestatementCauseKind' });

export { LocalizedText };

@ObjectType()
export class ReportColumn {
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) label!: LocalizedText;
  @Field(() => ReportValueFormatEnum) format!: ReportValueFormat;
}

@ObjectType({
  description:
    'The complaints behind a figure of a report, as the records page lists them (the NUMERATOR part; for a count, the count ' +
    "itself): the unit's subtree on the hierarchy date `at` (the report's `to`), the period, the metric and filter, as of the content's asOf.",
})
export class ReportRecords {
  @Field(() => String) unit!: string;
  @Field(() => DateScalar) at!: string;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => MetricKeyEnum) metric!: MetricKey;
  @Field(() => Boolean) assessedOnly!: boolean;
  @Field(() => [ChannelEnum]) channels!: Channel[];
  @Field(() => [LineEnum]) lines!: Line[];
  @Field(() => [CategoryEnum]) categories!: Category[];
}

@ObjectType({ description: 'A number (raw, full precision) or a text; both null is no value (—).' })
export class ReportCell {
  @Field(() => Float, { nullable: true }) number!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The text in Chinese (or the only text, when it reads the same in both languages).',
  })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'The text in English, when it differs from the Chinese.' })
  textEn!: string | null;

  @Field(() => ReportVerdictEnum, {
    nullable: true,
    description:
      "A change or movement, judged by its metric's direction (a lower-is-better rank falling from 1st to 3rd is IMPROVED); null for any other cell.",
  })
  verdict!: ReportVerdict | null;

  @Field(() => ReportRecords, {
    nullable: true,
    description:
      "A count's or ratio's complaints (not premium, a change, a rank, the company's row or a ranked peer's); null otherwise.",
  })
  records!: ReportRecords | null;
}

@ObjectType()
export class ReportRow {
  @Field(() => [ReportCell]) cells!: ReportCell[];
  @Field(() => Boolean) highlight!: boolean;
}

@ObjectType()
export class ReportChartSeries {
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => [Float], { nullable: 'items' }) values!: (number | null)[];
}

@ObjectType()
export class ReportChart {
  @Field(() => String) kind!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => [String]) categories!: string[];
  @Field(() => [ReportChartSeries]) series!: ReportChartSeries[];
}

@ObjectType()
export class ReportSection {
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => [ReportColumn]) columns!: ReportColumn[];
  @Field(() => [ReportRow]) rows!: ReportRow[];
  @Field(() => ReportChart, { nullable: true }) chart!: ReportChart | null;
  @Field(() => LocalizedText, { nullable: true }) note!: LocalizedText | null;
}

@ObjectType()
export class ReportNarrative {
  @Field(() => [String]) zh!: string[];
  @Field(() => [String]) en!: string[];
}

@ObjectType()
export class ReportUnit {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType({ description: 'A rule set named by its code and version.' })
export class RuleSetVersion {
  @Field(() => String) code!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'The rules a version\u2019s deadlines were computed under (RULES.md §1, §2).' })
export class ReportRules {
  @Field(() => [RuleSetVersion], {
    description: 'The deadline rule sets in force in its periods, each at its version then.',
  })
  ruleSets!: RuleSetVersion[];
  @Field(() => Int, { description: 'The working-day calendar\u2019s version then.' }) calendarVersion!: number;
}

@ObjectType()
export class ReportContent {
  @Field(() => ReportTemplateEnum) template!: ReportTemplate;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => ReportUnit) unit!: ReportUnit;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => ComparisonEnum) comparison!: Comparison;
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field(() => ReportNarrative) narrative!: ReportNarrative;
  @Field(() => [ReportSection]) sections!: ReportSection[];
  @Field(() => [RuleSetVersion], {
    description:
      'The scorecard rule sets its scorecard section scored with (the period\u2019s and the year before\u2019s); none without one. A submitted report\u2019s rule sets never change.',
  })
  scorecardRuleSets!: RuleSetVersion[];
}

@ObjectType()
export class ReportDifference {
  @Field(() => String) section!: string;
  @Field(() => LocalizedText) sectionTitle!: LocalizedText;
  @Field(() => String, { description: "The row's first cell (a metric's label, a unit's name, a month)." })
  row!: string;
  @Field(() => LocalizedText) column!: LocalizedText;
  @Field(() => Float, { nullable: true }) frozen!: number | null;
  @Field(() => Float, { nullable: true }) live!: number | null;
}

@ObjectType()
export class RestatementCause {
  @Field(() => RestatementCauseKindEnum) kind!: (typeof CAUSE_KINDS)[number];
  @Field(() => Int) count!: number;
  @Field(() => [String], { description: 'Up to 20 complaint refs (none for a regulator).' }) refs!: string[];
  @Field(() => LocalizedText) description!: LocalizedText;
}

@ObjectType()
export class Restatement {
  @Field(() => DateTimeScalar) checkedAt!: Date;
  @Field(() => Boolean) unchanged!: boolean;
  @Field(() => [ReportDifference]) differences!: ReportDifference[];
  @Field(() => [RestatementCause]) causes!: RestatementCause[];
}

@ObjectType()
export class ReportVersion {
  /** Internal: the report it belongs to. */
  reportId!: number;

  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Why this version replaced the previous one; null for version 1.',
  })
  reason!: string | null;
  @Field(() => String) submittedBy!: string;
  @Field(() => DateTimeScalar) submittedAt!: Date;
  @Field(() => DateTimeScalar) asOf!: Date;
  @Field(() => String) fingerprint!: string;
  @Field(() => ReportRules, {
    nullable: true,
    description:
      'The deadline rule sets and calendar its figures were computed under; null for a version submitted before deadlines followed rule sets.',
  })
  rules!: ReportRules | null;
  @Field(() => String, {
    description:
      'Download paths (GET, same cookie/token): /reports/<reportId>/v/<version>.xlsx and .pdf; ?lang=en for English.',
  })
  xlsxUrl!: string;
  @Field(() => String) pdfUrl!: string;
}

@ObjectType()
export class Report {
  @Field(() => ID) id!: string;
  @Field(() => ReportTemplateEnum) template!: ReportTemplate;
  @Field(() => ReportUnit) unit!: ReportUnit;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => ComparisonEnum) comparison!: Comparison;
  @Field(() => ReportStatusEnum) status!: 'DRAFT' | 'SUBMITTED';
  @Field(() => String) createdBy!: string;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => String, {
    description: 'Download paths of the live draft: /reports/<id>/draft.xlsx and .pdf (not for a regulator).',
  })
  draftXlsxUrl!: string;
  @Field(() => String) draftPdfUrl!: string;
}

@InputType()
export class ReportInput {
  @Field(() => ReportTemplateEnum) template!: ReportTemplate;
  @Field(() => String, { description: "A unit code (BRANCH) or a jurisdiction's code (REGULATOR)." }) unit!: string;
  @Field(() => PeriodInput) period!: PeriodInput;
  @Field(() => ComparisonEnum, { defaultValue: 'YOY' }) comparison!: Comparison;
}
