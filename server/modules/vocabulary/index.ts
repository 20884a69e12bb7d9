// DOMAIN.md's closed vocabularies (channels, lines, categories, outcomes) as GraphQL enums, with
// their Chinese and English names written once: what complaints, filters and breakdowns are made of.
export { asEnum, CategoryEnum, ChannelEnum, LineEnum, OutcomeEnum } from './vocabulary.enums.js';
export { CATEGORY_LABELS, CHANNEL_LABELS, LINE_LABELS, type Label } from './vocabulary.labels.js';
