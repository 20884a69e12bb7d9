// The deadline rule sets (处理时限规则) in words, and HQ_ADMIN's change of the company standard.
// Pages import from here only.
export { CompanyStandardForm } from './CompanyStandardForm';
export { DeadlineRuleSets, DeadlineRuleSets_ruleSet } from './DeadlineRuleSets';
