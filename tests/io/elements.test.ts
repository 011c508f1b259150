// The exact shapes of node and edge attributes against their zod schemas: an element that
// conforms is what zod returns for it (spans in zod's key order too, as they are kept), so the
// reader may use it without zod's copy.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  LINK_EDGE,
  LinkEdgeSchema,
  NODE_SCHEMAS,
  NODE_SHAPES,
  REPORTS_EDGE,
  ReportsEdgeSchema,
  SPEECH_EDGE,
  SpeechEdgeSchema,
} from '../../src/io/elements.ts';
import { conforms, type Shape } from '../../src/model/shape.ts';
import { mutations } from '../model/mutations.ts';

const cue = { start: 2, end: 6, text: 'said' };
const evidence = { start: 0, end: 9, text: 'X said Y.' };

const cases: [string, Shape, z.ZodType, Record<string, unknown>][] = [
  ['document', NODE_SHAPES.document, NODE_SCHEMAS.document, { kind: 'document', label: 'D', text: 'X said Y.' }],
  ['actor', NODE_SHAPES.actor, NODE_SCHEMAS.actor, { kind: 'actor', label: 'X', actorKind: 'person', aliases: ['Ex'] }],
  [
    'claim',
    NODE_SHAPES.claim,
    NODE_SCHEMAS.claim,
    { kind: 'claim', label: 'Y', text: 'Y', doc: 'd', start: 7, end: 8, statement: 's1' },
  ],
  [
    'speech edge',
    SPEECH_EDGE,
    SpeechEdgeSchema,
    { kind: 'asserts', statement: 's1', doc: 'd', cue, evidence, confidence: 0.5, rules: ['r'] },
  ],
  ['reports edge', REPORTS_EDGE, ReportsEdgeSchema, { kind: 'reports', doc: 'd', statement: 's1', evidence }],
  ['link edge', LINK_EDGE, LinkEdgeSchema, { kind: 'about' }],
];

describe('element shapes', () => {
  it.each(cases)('%s: the record conforms, and what conforms is what zod returns', (_name, of, schema, base) => {
    expect(conforms(of, base)).toBe(true);
    let refused = 0;
    for (const attrs of mutations(base, [...of.fields.keys()])) {
      if (!conforms(of, attrs)) {
        refused++;
        continue;
      }
      const parsed = schema.safeParse(attrs);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toStrictEqual(attrs);
      const data = parsed.data as Record<string, unknown>;
      for (const key in attrs) expect(JSON.stringify(data[key])).toBe(JSON.stringify(attrs[key]));
    }
    expect(refused).toBeGreaterThan(0);
  });
});
