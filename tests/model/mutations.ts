// One-field mutations of a valid record, to hold an exact shape (src/model/shape.ts) against
// its zod schema: every value a reader could hand over in the wrong place, every missing
// field, an extra field and reordered keys.
const SPAN = { start: 1, end: 2, text: 'a' };

export const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  'x',
  'document',
  'actor',
  'claim',
  'asserts',
  'reports',
  'about',
  'state',
  'claimgraph/statements@1',
  'utf16',
  0,
  -0,
  -1,
  1,
  0.5,
  1.5,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  ['a'],
  [''],
  [1],
  [undefined],
  {},
  SPAN,
  { end: 2, start: 1, text: 'a' },
  { ...SPAN, start: -1 },
  { ...SPAN, end: 1.5 },
  { ...SPAN, text: 1 },
  { ...SPAN, extra: 1 },
  { start: 1, end: 2 },
];

/** Every one-field variant of `base` over `fields` (set to each odd value, or deleted), plus an extra key and reversed keys. */
export function mutations(base: Record<string, unknown>, fields: readonly string[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const field of fields) {
    for (const value of ODD_VALUES) out.push({ ...base, [field]: value });
    const without = { ...base };
    delete without[field];
    out.push(without);
  }
  out.push({ ...base, extra: 'x' });
  out.push(Object.fromEntries(Object.entries(base).reverse()));
  return out;
}
