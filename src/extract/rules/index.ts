export type { Fired, Rule, RuleExample, RuleTable } from './rule.ts';
export { ANY_GATE, allRules, firstRule, mayFire, tableProblems } from './rule.ts';
export { perContext } from './perContext.ts';
