export type { Fired, Rule, RuleExample, RuleTable } from './rule.ts';
export { allRules, firstRule, tableProblems } from './rule.ts';
