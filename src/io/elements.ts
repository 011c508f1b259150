// The attribute types of ClaimGraph nodes and edges (SPEC.md §2) as a reader checks them: zod
// schemas, which word the problems, and the same schemas as exact shapes (src/model/shape.ts),
// which say in one pass over an element's keys that zod would return it unchanged. An element
// that conforms is used as it is; only one that does not goes through zod (which copies it or
// names what is wrong). tests/io/elements.test.ts holds each shape against its schema.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  DOCUMENT_STRING_FIELDS,
  STANCES,
  SpanSchema,
  type EdgeKind,
  type NodeKind,
} from '../model/index.ts';
import {
  conforms,
  isArrayOf,
  isBoolean,
  isNonEmptyString,
  isOffset,
  isOneOf,
  isSpan,
  isSpanOrNull,
  isString,
  isUnitNumber,
  shape,
  type Shape,
} from '../model/shape.ts';

const optionalString = z.string().optional();

export const NODE_SCHEMAS = {
  document: z.object({
    kind: z.literal('document'),
    label: z.string(),
    title: optionalString,
    dateline: optionalString,
    published: optionalString,
    url: optionalString,
    file: optionalString,
    outlet: optionalString,
    outletActor: optionalString,
    hash: optionalString,
    note: optionalString,
    text: optionalString,
  }),
  actor: z.object({
    kind: z.literal('actor'),
    label: z.string(),
    actorKind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string()),
    note: optionalString,
  }),
  claim: z.object({
    kind: z.literal('claim'),
    label: z.string(),
    text: z.string(),
    doc: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    statement: z.string().min(1),
    cluster: optionalString,
    note: optionalString,
  }),
} as const;

export const SpeechEdgeSchema = z.object({
  kind: z.enum(STANCES),
  statement: z.string().min(1),
  doc: z.string().min(1),
  cue: SpanSchema.nullable(),
  evidence: SpanSchema,
  implicit: z.boolean().optional(),
  confidence: z.number().min(0).max(1).optional(),
  rules: z.array(z.string().min(1)).min(1).optional(),
});
export const ReportsEdgeSchema = z.object({
  kind: z.literal('reports'),
  doc: z.string(),
  statement: z.string(),
  evidence: SpanSchema,
});
const LINK_KINDS = ['about', 'targets', 'responds', 'memberOf', 'publishes', 'corroborates'] as const;
export const LinkEdgeSchema = z.object({ kind: z.enum(LINK_KINDS) });

const optionalStrings = (names: readonly string[]) => names.map((name) => [name, isString, false] as const);
export const NODE_SHAPES: Record<NodeKind, Shape> = {
  document: shape([
    ['kind', isOneOf(['document']), true],
    ['label', isString, true],
    ...optionalStrings(DOCUMENT_STRING_FIELDS),
  ]),
  actor: shape([
    ['kind', isOneOf(['actor']), true],
    ['label', isString, true],
    ['actorKind', isOneOf(ACTOR_KINDS), true],
    ['aliases', isArrayOf(isString), true],
    ['note', isString, false],
  ]),
  claim: shape([
    ['kind', isOneOf(['claim']), true],
    ['label', isString, true],
    ['text', isString, true],
    ['doc', isNonEmptyString, true],
    ['start', isOffset, true],
    ['end', isOffset, true],
    ['statement', isNonEmptyString, true],
    ['cluster', isString, false],
    ['note', isString, false],
  ]),
};
export const SPEECH_EDGE = shape([
  ['kind', isOneOf(STANCES), true],
  ['statement', isNonEmptyString, true],
  ['doc', isNonEmptyString, true],
  ['cue', isSpanOrNull, true],
  ['evidence', isSpan, true],
  ['implicit', isBoolean, false],
  ['confidence', isUnitNumber, false],
  ['rules', isArrayOf(isNonEmptyString, 1), false],
]);
export const REPORTS_EDGE = shape([
  ['kind', isOneOf(['reports']), true],
  ['doc', isString, true],
  ['statement', isString, true],
  ['evidence', isSpan, true],
]);
export const LINK_EDGE = shape([['kind', isOneOf(LINK_KINDS), true]]);

const isStance = (kind: string): boolean => (STANCES as readonly string[]).includes(kind);

/** zod's answer for an element, asked only when the element does not conform to its shape. */
function check(of: Shape, schema: z.ZodType, attrs: unknown): z.ZodSafeParseResult<unknown> {
  return conforms(of, attrs) ? { success: true, data: attrs } : schema.safeParse(attrs);
}

/** A node's attributes checked against its kind's type: the attributes, or zod's problems. */
export const checkNode = (kind: NodeKind, attrs: unknown): z.ZodSafeParseResult<unknown> =>
  check(NODE_SHAPES[kind], NODE_SCHEMAS[kind], attrs);

/** An edge's attributes checked against its kind's type. */
export function checkEdge(kind: EdgeKind, attrs: unknown): z.ZodSafeParseResult<unknown> {
  if (isStance(kind)) return check(SPEECH_EDGE, SpeechEdgeSchema, attrs);
  if (kind === 'reports') return check(REPORTS_EDGE, ReportsEdgeSchema, attrs);
  return check(LINK_EDGE, LinkEdgeSchema, attrs);
}
