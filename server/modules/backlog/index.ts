// Backlog aging: the open complaints of a unit's subtree at an instant, by whole days past their
// deadline, in one statement.
export { createBacklogReader, type BacklogReader } from './backlog.reader.js';
