// What several rules of a table ask of the same context ("the cue's subject", "the accuser"),
// worked out once per context: a pure function of the context, kept while the engine tries the
// rules of a table on that context (a rule context is made for one token or one cue and dropped
// after its table was tried, so the last context asked about is the one the next rule asks about).

/**
 * `read`, computed once per context object; the context must not change while rules read it (they
 * are pure). Only the last context's answer is kept: the engine tries a table's rules on one
 * context after the other, and a slot costs nothing to fill, where a map keyed by contexts cost an
 * entry (and a collector's weak reference) for every cue and token.
 */
export function perContext<Context extends object, Result>(
  read: (context: Context) => Result,
): (context: Context) => Result {
  let last: Context | undefined;
  let known: Result | undefined;
  return (context) => {
    if (context !== last) {
      // (the slot is cleared first: should `read` throw, no answer is kept for the context)
      last = undefined;
      known = read(context);
      last = context;
    }
    return known as Result;
  };
}
