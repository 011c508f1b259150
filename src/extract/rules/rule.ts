// The shape every extraction rule takes: a named, pure function over one context, with the
// example sentences it must handle beside it. Rule tables (ordered arrays of rules) are data:
// the engine tries them in order, the tests loop over their examples, and each statement
// records the names of the rules that produced it (`statements[].rules`, `extract --explain`).
// A rule may declare what it needs to fire (`needs`: flags of its table's gate, which the engine
// reads once per context); the engine indexes each table by those flags, so that at most tokens
// and cues most rules are never called.

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
  /**
   * The gate flags the rule needs to fire, OR-ed (bits its table's context type names, e.g.
   * `MENTION_GATE`, `CUE_GATE`): the engine skips the rule where the context's flags lack one. A
   * gate only saves the call: `apply` returns null without them too, so a rule called on its own
   * stays right, and the flags must follow from what `apply` checks first.
   */
  readonly needs?: number;
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

/** All gate flags set: every rule of the table is tried. */
export const ANY_GATE = -1;

/** A rule as the engine tries it, with the name it is recorded under. */
interface Indexed<Context, Result> {
  readonly rule: Rule<Context, Result>;
  readonly fired: string;
}

/** Per table, per set of gate flags: the rules (in table order) whose needs those flags meet. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one index for tables of any context
const INDEXES = new WeakMap<RuleTable<any, unknown>, Map<number, readonly Indexed<any, unknown>[]>>();

/** The rules of the table that may fire where the context has the flags `have`, in table order. */
function rulesFor<Context, Result>(
  table: RuleTable<Context, Result>,
  have: number,
): readonly Indexed<Context, Result>[] {
  let index = INDEXES.get(table);
  if (!index) INDEXES.set(table, (index = new Map()));
  let rules = index.get(have) as readonly Indexed<Context, Result>[] | undefined;
  if (!rules) {
    rules = table.rules
      .filter((rule) => ((rule.needs ?? 0) & ~have) === 0)
      .map((rule) => ({ rule, fired: `${table.name}/${rule.name}` }));
    index.set(have, rules);
  }
  return rules;
}

/** The first rule of the table (in order) that applies, with its result; `have`: the context's gate flags. */
export function firstRule<Context, Result>(
  table: RuleTable<Context, Result>,
  context: Context,
  have: number = ANY_GATE,
): Fired<Result> | null {
  for (const { rule, fired } of rulesFor(table, have)) {
    const result = rule.apply(context);
    if (result !== null) return { rule: fired, result };
  }
  return null;
}

/** May a rule of the table fire where the context has the flags `have` (does any rule's `needs` hold there)? Lets an engine skip building a context no rule would read. */
export function mayFire<Context, Result>(table: RuleTable<Context, Result>, have: number): boolean {
  return rulesFor(table, have).length > 0;
}

/** Every rule of the table that applies, in table order; `have`: the context's gate flags. */
export function allRules<Context, Result>(
  table: RuleTable<Context, Result>,
  context: Context,
  have: number = ANY_GATE,
): Fired<Result>[] {
  const fired: Fired<Result>[] = [];
  for (const { rule, fired: name } of rulesFor(table, have)) {
    const result = rule.apply(context);
    if (result !== null) fired.push({ rule: name, result });
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
