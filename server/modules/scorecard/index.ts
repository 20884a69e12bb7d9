// The annual scorecard (服务效能考评, RULES.md §5): rule sets as versioned data, saved by HQ_ADMIN; the pure
// arithmetic; scores per unit and period item by item, the ranking of totals, MANUAL points and incidents.
export { ScorecardReader, type ScorecardReaderDeps } from './scorecard.reader.js';
export {
  scoreUnits,
  rankScores,
  type ExplainedItem,
  type ScorecardReaders,
  type UnitScore,
} from './score-units.use-case.js';
export {
  scorecardRanking,
  unitScorecard,
  yearBefore,
  type ScorecardRanking,
  type UnitScorecard,
} from './unit-scorecard.use-case.js';
export type { RuleItem, RuleSet } from './scorecard.rule-set.js';
