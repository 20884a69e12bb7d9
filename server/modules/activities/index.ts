// Service activities (on-line duty, reception days, training): totals of a unit's subtree in a
// period, one for every kind.
export { createActivityReader, type ActivityReader } from './activity.reader.js';
export { ACTIVITY_LABELS } from './activity.labels.js';
