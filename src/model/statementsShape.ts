// statements@1 (schema.ts) as exact shapes (shape.ts), field for field and in the schema's key
// order: data that conforms is what StatementsFileSchema's parse would return, so a reader that
// owns the data can skip zod's copy of every record. Defaulted lists are required here.
import { ACTOR_KINDS, STANCES } from './kinds.ts';
import { OFFSET_UNIT, STATEMENTS_FORMAT } from './format.ts';
import {
  conforms,
  isArrayOf,
  isBoolean,
  isNonEmptyString,
  isOneOf,
  isSpan,
  isSpanOrNull,
  isString,
  isUnitNumber,
  shape,
  type Check,
} from './shape.ts';

const optionalStrings = (names: readonly string[]) => names.map((name) => [name, isString, false] as const);

const DOCUMENT = shape([
  ['id', isNonEmptyString, true],
  ...optionalStrings(['file', 'title', 'dateline', 'published', 'url', 'outlet']),
  ['outletActor', isNonEmptyString, false],
  ...optionalStrings(['hash', 'note', 'text']),
]);

const ACTOR = shape([
  ['id', isNonEmptyString, true],
  ['label', isString, true],
  ['kind', isOneOf(ACTOR_KINDS), true],
  ['aliases', isArrayOf(isString), true],
  ['memberOf', isNonEmptyString, false],
  ['note', isString, false],
]);

const STATEMENT = shape([
  ['id', isNonEmptyString, true],
  ['doc', isNonEmptyString, true],
  ['speaker', isNonEmptyString, true],
  ['stance', isOneOf(STANCES), true],
  ['cue', isSpanOrNull, true],
  ['content', isSpan, true],
  ['evidence', isSpan, true],
  ['targets', isArrayOf(isString), true],
  ['about', isArrayOf(isString), true],
  ['responds', isArrayOf(isString), true],
  ['implicit', isBoolean, false],
  ['cluster', isNonEmptyString, false],
  ['confidence', isUnitNumber, false],
  ['rules', isArrayOf(isNonEmptyString, 1), false],
  ['note', isString, false],
]);

const inOrder =
  (of: typeof DOCUMENT): Check =>
  (value) =>
    conforms(of, value, true);

const STATEMENTS_FILE = shape([
  ['format', isOneOf([STATEMENTS_FORMAT]), true],
  ['offsets', isOneOf([OFFSET_UNIT]), false],
  ['documents', isArrayOf(inOrder(DOCUMENT)), true],
  ['actors', isArrayOf(inOrder(ACTOR)), true],
  ['statements', isArrayOf(inOrder(STATEMENT)), true],
]);

/** The shapes, for the tests that hold them against the schema. */
export const STATEMENTS_SHAPES = { file: STATEMENTS_FILE, document: DOCUMENT, actor: ACTOR, statement: STATEMENT };

/** Whether `data` is exactly what StatementsFileSchema's parse would return for it. */
export const isExactStatementsFile = (data: unknown): boolean => conforms(STATEMENTS_FILE, data, true);
