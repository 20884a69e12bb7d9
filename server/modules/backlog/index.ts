// Backlog aging: the open complaints of a unit's subtree at an instant, by whole days past their
// deadline, in one statement.
export { createBacklogReader, type BacklogReader } from './backlog.reader.js';
export type { BacklogFilter } from './backlog.service.js';
export {
  backlogAging,
  type BacklogAging,
  type BacklogAgingQuestion,
  type BacklogAgingReaders,
} from './backlog-aging.use-case.js';
