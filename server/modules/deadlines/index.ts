// Deadlines as users see them (RULES.md §1, §3): a complaint's deadline explained, the rule sets and
// their versions, and HQ's change of the company standard, which recomputes stored deadlines.
export { createDeadlineReader, type DeadlineReader } from './deadline.reader.js';
