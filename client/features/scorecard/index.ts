// The annual scorecard (考评): the ranking of totals, a unit's items explained, the rule set in words.
// Pages import from here only.
export { RuleSetWords, RuleSetWords_ruleSet } from './RuleSetWords';
export { ScorecardItems, ScorecardItems_card } from './ScorecardItems';
export { ScoreRankingTable, ScoreRankingTable_row } from './ScoreRankingTable';
