import { registerEnumType } from 'type-graphql';
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../../db/domain.js';

// The GraphQL enums of DOMAIN.md's vocabularies, built from the lists in db/domain.ts.
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ChannelEnum = asEnum(CHANNELS);
registerEnumType(ChannelEnum, { name: 'Channel', description: 'How a complaint arrived (受理渠道).' });

export const LineEnum = asEnum(LINES);
registerEnumType(LineEnum, { name: 'Line', description: 'Business line (险种): AUTO 车险, NON_AUTO 非车险, ACCIDENT_HEALTH 意健险.' });

export const CategoryEnum = asEnum(CATEGORIES);
registerEnumType(CategoryEnum, { name: 'Category', description: 'What the complaint is about (投诉类别).' });

export const OutcomeEnum = asEnum(OUTCOMES);
registerEnumType(OutcomeEnum, { name: 'Outcome', description: 'How the complaint was resolved (处理结果).' });

export const ComplaintStatusEnum = asEnum(['OPEN', 'OVERDUE', 'CLOSED'] as const);
export type ComplaintStatus = keyof typeof ComplaintStatusEnum;
registerEnumType(ComplaintStatusEnum, {
  name: 'ComplaintStatus',
  description:
    'As of an instant: CLOSED (closedAt <= asOf), OVERDUE (not closed and dueAt < asOf), OPEN (not closed). ' +
    'As a filter, OPEN includes the overdue ones.',
});

export const ComplaintOrderEnum = asEnum(['RECEIVED_DESC', 'RECEIVED_ASC'] as const);
export type ComplaintOrder = keyof typeof ComplaintOrderEnum;
registerEnumType(ComplaintOrderEnum, { name: 'ComplaintOrder', description: 'Newest first (default) or oldest first.' });
