// statements@1 as a stream of text chunks: documents, actors and statements each come one at
// a time (from a cache on disk, from extraction batch by batch), so a set of any size is
// written without ever being one object or one string. The bytes are those of
// `JSON.stringify(set, null, indent)` plus a final newline (with `"offsets": "utf16"` after the
// format, as statementsToJson writes it). Actors are asked for only once the
// documents are written, since a corpus knows its actors last.
import { jsonObjectChunks } from '../json/jsonChunks.ts';
import { OFFSET_UNIT, STATEMENTS_FORMAT } from '../../model/format.ts';
import type { ActorRecord, DocumentRecord, StatementRecord } from '../../model/schema.ts';

type Many<T> = Iterable<T> | AsyncIterable<T>;

export interface StatementsParts {
  documents: Many<DocumentRecord>;
  actors: () => Many<ActorRecord>;
  statements: () => Many<StatementRecord>;
}

/** `indent` 0 writes compact JSON, as `JSON.stringify(set)`; 2 as `JSON.stringify(set, null, 2)`. */
export async function* statementsChunks(parts: StatementsParts, indent = 2): AsyncGenerator<string> {
  yield* jsonObjectChunks(
    [
      ['format', STATEMENTS_FORMAT],
      ['offsets', OFFSET_UNIT],
      ['documents', () => parts.documents, true],
      ['actors', parts.actors, true],
      ['statements', parts.statements, true],
    ],
    indent,
  );
  yield '\n';
}
