// The shape every extraction rule takes: a named, pure function over one context, with the
// example sentences it must handle beside it. Rule tables (ordered arrays of rules) are data:
// the engine tries them in order, the tests loop over their examples, and each statement
// records the names of the rules that produced it (`statements[].rules`, `extract --explain`).

/** A sentence (or short passage) a rule must handle, and what it should give there. */
export interface RuleExample<Expected> {
  readonly text: string;
  /** What the rule gives on `text`; `null` for a counter-example the rule must leave alone. */
  readonly expected: Expected | null;
}

export interface Rule<Context, Result, Expected = unknown> {
  /** Unique in its table, kebab-case; recorded as `<table>/<name>` on each statement it produces. */
  readonly name: string;
  /** One line: the construction the rule recognises. */
  readonly description: string;
  readonly examples: readonly RuleExample<Expected>[];
  /** Pure: reads the context, returns what it found or null; never mutates the context. */
  readonly apply: (context: Context) => Result | null;
}

/** An ordered table of rules, named so that statements can say which table a rule came from. */
export interface RuleTable<Context, Result, Expected = unknown> {
  readonly name: string;
  readonly rules: readonly Rule<Context, Result, Expected>[];
}

export interface Fired<Result> {
  /** `<table>/<rule>`. */
  readonly rule: string;
  readonly result: Result;
}

/** The first rule of the table (in order) that applies, with its result. */
export function firstRule<Context, Result>(table: RuleTable<Context, Result>, context: Context): Fired<Result> | null {
  for (const rule of table.rules) {
    const result = rule.apply(context);
    if (result !== null) return { rule: `${table.name}/${rule.name}`, result };
  }
  return null;
}

/** Every rule of the table that applies, in table order. */
export function allRules<Context, Result>(table: RuleTable<Context, Result>, context: Context): Fired<Result>[] {
  const fired: Fired<Result>[] = [];
  for (const rule of table.rules) {
    const result = rule.apply(context);
    if (result !== null) fired.push({ rule: `${table.name}/${rule.name}`, result });
  }
  return fired;
}

/** Checks a table's shape: unique kebab-case names, a description and at least one example each. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context: only names and examples are read
export function tableProblems(table: RuleTable<any, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of table.rules) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.name))
      problems.push(`${table.name}: rule name ${JSON.stringify(rule.name)} is not kebab-case`);
    if (seen.has(rule.name)) problems.push(`${table.name}: two rules are named ${rule.name}`);
    seen.add(rule.name);
    if (!rule.description.trim()) problems.push(`${table.name}/${rule.name}: no description`);
    if (!rule.examples.some((e) => e.expected !== null))
      problems.push(`${table.name}/${rule.name}: no positive example`);
  }
  return problems;
}
