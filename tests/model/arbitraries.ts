// fast-check arbitraries for valid statements@1 sets: documents with texts, spans that really
// slice those texts, actors with kinds, aliases and an acyclic memberOf, statements with
// targets, about, responds, clusters and outlets. Shared by the model and io tests.
import fc from 'fast-check';
import { ACTOR_KINDS, STANCES, STATEMENTS_FORMAT, type Span, type StatementsFile } from '../../src/model/index.ts';

/** Pieces a hostile file may hold: controls, XML specials, list syntax, the escape mark, lone surrogates, emoji. */
export const HOSTILE_PIECES = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001F',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '&',
  '<',
  '>',
  '"',
  "'",
  ',',
  ', ',
  '\\',
  '\\n',
  '[',
  ']',
  '¤',
  '¤00A4',
  '¤0001',
  ' ',
  '\u00A0',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '😀',
  '\u{1F1EB}\u{1F1F7}',
  ']]>',
  '&amp;',
  '&#1;',
  'é',
  '中文',
];

const hostileUnit = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

export const plainString = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
export const hostileString = fc.string({ unit: hostileUnit, maxLength: 8 });

const plainId = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/);
// Ids may hold anything but '/', which separates document and statement in claim keys.
const hostileId = hostileString.filter((s) => s.length > 0 && !s.includes('/'));

export interface ArbitraryOptions {
  hostile?: boolean;
  maxStatements?: number;
}

function spanIn(text: string): fc.Arbitrary<Span> {
  return fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([a, b]) => {
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    return { start, end, text: text.slice(start, end) };
  });
}

/** A valid statements@1 file; optional fields are absent or present, never undefined. */
export function statementsFile(options: ArbitraryOptions = {}): fc.Arbitrary<StatementsFile> {
  const str = options.hostile ? hostileString : plainString;
  const id = options.hostile ? hostileId : plainId;
  const text = fc.string({ unit: options.hostile ? hostileUnit : 'grapheme-ascii', maxLength: 60 });
  const ids = fc.record({
    docIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    actorIds: fc.uniqueArray(id, { minLength: 1, maxLength: 5 }),
    statementIds: fc.uniqueArray(id, { maxLength: options.maxStatements ?? 8 }),
  });
  return ids.chain(({ docIds, actorIds, statementIds }) => {
    const actorId = fc.constantFrom(...actorIds);
    const documents = fc.tuple(
      ...docIds.map((docId) =>
        fc.record(
          {
            id: fc.constant(docId),
            text,
            file: str,
            title: str,
            dateline: str,
            published: str,
            url: str,
            outlet: str,
            outletActor: actorId,
            hash: str,
            note: str,
          },
          { requiredKeys: ['id', 'text'], noNullPrototype: true },
        ),
      ),
    );
    const actors = fc.tuple(
      ...actorIds.map((actor, i) => {
        const fields = {
          id: fc.constant(actor),
          label: str,
          kind: fc.constantFrom(...ACTOR_KINDS),
          aliases: fc.array(str, { maxLength: 3 }),
          note: str,
        };
        const required = ['id', 'label', 'kind', 'aliases'] as const;
        // only earlier actors: memberOf can never form a cycle
        return i === 0
          ? fc.record(fields, { requiredKeys: [...required], noNullPrototype: true })
          : fc.record(
              { ...fields, memberOf: fc.constantFrom(...actorIds.slice(0, i)) },
              { requiredKeys: [...required], noNullPrototype: true },
            );
      }),
    );
    return fc.tuple(documents, actors).chain(([docs, actorRecords]) => {
      const statements = fc.tuple(
        ...statementIds.map((statementId) => {
          const others = statementIds.filter((other) => other !== statementId);
          return fc.constantFrom(...docs).chain((doc) =>
            fc.record(
              {
                id: fc.constant(statementId),
                doc: fc.constant(doc.id),
                speaker: actorId,
                stance: fc.constantFrom(...STANCES),
                cue: fc.option(spanIn(doc.text), { nil: null }),
                content: spanIn(doc.text),
                evidence: spanIn(doc.text),
                targets: fc.array(actorId, { maxLength: 2 }),
                about: fc.array(actorId, { maxLength: 2 }),
                responds: others.length
                  ? fc.uniqueArray(fc.constantFrom(...others), { maxLength: 2 })
                  : fc.constant<string[]>([]),
                implicit: fc.boolean(),
                cluster: fc.constantFrom('c1', 'c2'),
                confidence: fc.double({ min: 0, max: 1, noNaN: true }),
                rules: fc.array(
                  str.filter((s) => s.length > 0),
                  { minLength: 1, maxLength: 3 },
                ),
                note: str,
              },
              {
                requiredKeys: [
                  'id',
                  'doc',
                  'speaker',
                  'stance',
                  'cue',
                  'content',
                  'evidence',
                  'targets',
                  'about',
                  'responds',
                ],
                noNullPrototype: true,
              },
            ),
          );
        }),
      );
      return statements.map((statementRecords): StatementsFile => ({
        format: STATEMENTS_FORMAT,
        documents: docs,
        actors: actorRecords,
        statements: statementRecords as StatementsFile['statements'],
      }));
    });
  });
}
