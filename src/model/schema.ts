// The claimgraph/statements@1 interchange format (SPEC.md §1) as a zod schema; the
// TypeScript types of the format are inferred from it, so schema and types cannot drift.
// Structural checks live here; checks that need the document texts or cross-references
// (span text, unknown ids, duplicates) live in src/io/statements/validate.ts.
//
// Extensions to SPEC.md (additive, never breaking): `documents[].text` may carry the
// article text inline; `documents[].outlet` names the publishing outlet; `note` is kept
// on documents, actors and statements. Corpus extensions (src/corpus): `documents[].hash`
// is the content hash that lets a re-run skip a document, `documents[].outletActor` the
// actor id of the outlet (a `publishes` edge to each of its claims), `statements[].cluster`
// the id shared by statements that report the same claim (`corroborates` edges).
// Extraction extensions (src/extract): `statements[].confidence` in [0, 1], how likely the
// statement is right given the rules that produced it, and `statements[].rules`, the names of
// those rules in the order they fired (`attribution/…`, `speaker/…`, `stance/…`).
import { z } from 'zod';
import { ACTOR_KINDS, STANCES } from './kinds.ts';

import { OFFSET_UNIT, STATEMENTS_FORMAT } from './format.ts';

export { OFFSET_UNIT, STATEMENTS_FORMAT };

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const DocumentSchema = z.object({
  id: z.string().min(1),
  file: z.string().optional(),
  title: z.string().optional(),
  dateline: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  outletActor: z.string().min(1).optional(),
  hash: z.string().optional(),
  note: z.string().optional(),
  text: z.string().optional(),
});

export const ActorSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()).default([]),
  memberOf: z.string().min(1).optional(),
  note: z.string().optional(),
});

export const StatementSchema = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  speaker: z.string().min(1),
  stance: z.enum(STANCES),
  cue: SpanSchema.nullable(),
  content: SpanSchema,
  evidence: SpanSchema,
  targets: z.array(z.string()).default([]),
  about: z.array(z.string()).default([]),
  responds: z.array(z.string()).default([]),
  implicit: z.boolean().optional(),
  cluster: z.string().min(1).optional(),
  confidence: z.number().min(0).max(1).optional(),
  rules: z.array(z.string().min(1)).min(1).optional(),
  note: z.string().optional(),
});

export const StatementsFileSchema = z.object({
  format: z.literal(STATEMENTS_FORMAT),
  offsets: z.literal(OFFSET_UNIT).optional(),
  documents: z.array(DocumentSchema),
  actors: z.array(ActorSchema),
  statements: z.array(StatementSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type DocumentRecord = z.infer<typeof DocumentSchema>;
export type ActorRecord = z.infer<typeof ActorSchema>;
export type StatementRecord = z.infer<typeof StatementSchema>;
export type StatementsFile = z.infer<typeof StatementsFileSchema>;
