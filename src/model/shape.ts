// Exact-shape checks: a fast yes to "is this value already what the zod schema would give back?",
// for readers that validate millions of records. A shape is a table of named fields, each with
// a check; a value conforms when it is a plain object whose every key is a field of the shape
// whose check passes, every required field is present and, where asked, the keys come in the
// shape's order. A conforming value is what zod's parse would return (zod strips unknown keys,
// fills defaults and writes keys in schema order; a conforming value has nothing to strip, no
// default to fill and, when ordered, the same order), so it can be used as it is, without
// zod's copy. A value that does not conform may still be valid: callers then ask zod, which
// also words the problems. The checks are stricter than zod, never looser (undefined values,
// unsafe integers and missing defaulted lists do not conform); tests/model/shape.test.ts holds
// each shape against its zod schema.

export type Check = (value: unknown) => boolean;

interface Field {
  check: Check;
  required: boolean;
  index: number;
}

export interface Shape {
  readonly fields: ReadonlyMap<string, Field>;
  readonly required: number;
}

/** A shape from its fields in order: [name, check, required]. */
export function shape(fields: readonly (readonly [string, Check, boolean])[]): Shape {
  return {
    fields: new Map(fields.map(([name, check, required], index) => [name, { check, required, index }])),
    required: fields.filter(([, , required]) => required).length,
  };
}

/** Whether `value` has exactly the shape (in its key order too when `ordered`). */
export function conforms(of: Shape, value: unknown, ordered = false): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  let required = 0;
  let next = 0;
  for (const key in record) {
    const field = of.fields.get(key);
    if (field === undefined || !field.check(record[key])) return false;
    if (ordered) {
      if (field.index < next) return false;
      next = field.index + 1;
    }
    if (field.required) required++;
  }
  return required === of.required;
}

export const isString: Check = (value) => typeof value === 'string';
export const isNonEmptyString: Check = (value) => typeof value === 'string' && value.length > 0;
export const isBoolean: Check = (value) => typeof value === 'boolean';
/** A character offset: a non-negative safe integer. */
export const isOffset: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
/** A number in [0, 1] (NaN fails both comparisons). */
export const isUnitNumber: Check = (value) => typeof value === 'number' && value >= 0 && value <= 1;

export const isOneOf = (values: readonly string[]): Check => {
  const set: ReadonlySet<unknown> = new Set(values);
  return (value) => set.has(value);
};

export const isArrayOf =
  (item: Check, min = 0): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length < min) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };

const SPAN = shape([
  ['start', isOffset, true],
  ['end', isOffset, true],
  ['text', isString, true],
]);

/** A span { start, end, text } in that key order (spans are kept as they are read). */
export const isSpan: Check = (value) => conforms(SPAN, value, true);
export const isSpanOrNull: Check = (value) => value === null || isSpan(value);
