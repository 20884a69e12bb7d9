import { Field, InputType } from 'type-graphql';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars.js';
import { ComplaintFilter, FigurePartEnum, MetricKeyEnum, type FigurePart, type MetricKey } from '../metrics/index.js';
import { ComplaintStatusEnum, type ComplaintStatus } from './complaint.enums.js';

@InputType({ description: 'A part of a metric, whose complaints a list shows (drill-through).' })
export class FigureInput {
  @Field(() => MetricKeyEnum)
  metric!: MetricKey;

  @Field(() => FigurePartEnum, {
    defaultValue: 'NUMERATOR',
    description: 'One of the metric\u2019s `drillable` parts.',
  })
  part!: FigurePart;
}

@InputType({ description: 'Which complaints to list.' })
export class ComplaintListFilter extends ComplaintFilter {
  @Field(() => String, { nullable: true, description: "Only the responsible units in this unit's subtree." })
  unit?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The date of the tree for `unit`'s subtree; the period's `to` by default, else today. It only narrows: a complaint is listed only if its unit lay in your scope on its day of receipt. Without `unit` it has no effect.",
  })
  at?: string;

  @Field(() => PeriodInput, { nullable: true, description: 'Received in this period (Shanghai dates).' })
  period?: PeriodInput;

  @Field(() => ComplaintStatusEnum, {
    nullable: true,
    description:
      'The status at T, as the figures judge it: asOf, or the end of the period\u2019s last day when earlier (see `instant`).',
  })
  status?: ComplaintStatus;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Closures and deadlines counted up to this instant (now by default). `status`, and a stock figure, are judged at T: the earlier of asOf and the end of the period\u2019s last day (23:59:59.999 Shanghai); asOf without a period.',
  })
  asOf?: Date;

  @Field(() => FigureInput, {
    nullable: true,
    description:
      "Exactly the complaints behind this part of the metric for `unit`'s subtree on `at`, `period`, the filter, `assessedOnly` and `asOf`, as the metric counts them (a stock: open at T, received by T, from any earlier date); `totalCount` is the part's figure (for SATISFACTION_RATE, see `satisfiedFollowups`). Needs `unit` and `period`; not with `status`.",
  })
  figure?: FigureInput;
}
