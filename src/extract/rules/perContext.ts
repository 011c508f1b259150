// What several rules of a table ask of the same context ("the cue's subject", "the accuser"),
// worked out once per context: a pure function of the context, kept while the context lives (a
// rule context is made for one token or one cue and dropped after its table was tried).

/** `read`, computed once per context object; the context must not change while rules read it (they are pure). */
export function perContext<Context extends object, Result>(
  read: (context: Context) => Result,
): (context: Context) => Result {
  const known = new WeakMap<Context, Result>();
  return (context) => {
    if (known.has(context)) return known.get(context) as Result;
    const result = read(context);
    known.set(context, result);
    return result;
  };
}
