// The annual scorecard (考评): the ranking of totals, a unit's items explained, the rule set in words,
// and HQ_ADMIN's editor of rule sets. Pages import from here only.
export { RuleSetEditor, RuleSetEditor_ruleSet } from './RuleSetEditor';
export { RuleSetWords, RuleSetWords_ruleSet } from './RuleSetWords';
export { ScorecardItems, ScorecardItems_card } from './ScorecardItems';
export { ScoreRankingTable, ScoreRankingTable_row } from './ScoreRankingTable';
