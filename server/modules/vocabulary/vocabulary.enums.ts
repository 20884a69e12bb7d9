import { registerEnumType } from 'type-graphql';
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../../db/domain.js';
import { CATEGORY_LABELS, CHANNEL_LABELS, LINE_LABELS, type Label } from './vocabulary.labels.js';

// The GraphQL enums of DOMAIN.md's vocabularies, built from the lists in db/domain.ts.
export const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
const described = (labels: Record<string, Label>) =>
  Object.fromEntries(Object.entries<Label>(labels).map(([v, { zh, en }]) => [v, { description: `${zh} · ${en}` }]));

export const ChannelEnum = asEnum(CHANNELS);
registerEnumType(ChannelEnum, {
  name: 'Channel',
  description: 'How a complaint arrived (受理渠道).',
  valuesConfig: described(CHANNEL_LABELS),
});

export const LineEnum = asEnum(LINES);
registerEnumType(LineEnum, {
  name: 'Line',
  description: 'Business line (险种).',
  valuesConfig: described(LINE_LABELS),
});

export const CategoryEnum = asEnum(CATEGORIES);
registerEnumType(CategoryEnum, {
  name: 'Category',
  description: 'What the complaint is about (投诉类别).',
  valuesConfig: described(CATEGORY_LABELS),
});

export const OutcomeEnum = asEnum(OUTCOMES);
registerEnumType(OutcomeEnum, { name: 'Outcome', description: 'How the complaint was resolved (处理结果).' });
