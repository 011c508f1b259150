// The error hierarchy of claimgraph. Every error names the module that raised it and
// carries the context a caller needs (the bad value, the file, the list of problems).

export class ClaimGraphError extends Error {
  /** The module that raised the error, e.g. `claimgraph/query/statementsBy`. */
  readonly module: string;

  constructor(module: string, message: string, options?: { cause?: unknown }) {
    super(`${module}: ${message}`, options);
    this.name = new.target.name;
    this.module = module;
  }
}

/** A statements@1 file (or object) failed validation; `problems` lists every problem found. */
export class StatementsValidationError extends ClaimGraphError {
  readonly problems: readonly string[];
  readonly source: string;

  constructor(source: string, problems: readonly string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(
      'claimgraph/statements',
      `${source}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${shown.join('\n  ')}${more}`,
    );
    this.problems = problems;
    this.source = source;
  }
}

/** Two statement sets disagree about the same actor or document. */
export class MergeConflictError extends ClaimGraphError {
  constructor(message: string) {
    super('claimgraph/model/buildGraph', message);
  }
}

/** A query was called with a bad argument (unknown node, wrong node kind, bad option). */
export class QueryError extends ClaimGraphError {
  readonly value: unknown;

  constructor(module: string, message: string, value?: unknown) {
    super(module, message);
    this.value = value;
  }
}

/** An input file could not be read: missing, binary, not UTF-8, too large, malformed. */
export class InputError extends ClaimGraphError {
  readonly file: string | undefined;

  constructor(module: string, message: string, file?: string, options?: { cause?: unknown }) {
    super(module, message, options);
    this.file = file;
  }
}

/** An input over a size limit: its size was over it, or reading stopped there (a pipe, a growing file). */
export class InputTooLargeError extends InputError {}

/** A graph could not be written or read in an interchange format (GEXF, JSON). */
export class FormatError extends ClaimGraphError {}

/** The PostgreSQL store could not be reached, opened or written (src/store). */
export class StoreError extends ClaimGraphError {}
