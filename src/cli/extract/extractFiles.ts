// `claimgraph extract` over any number of files: read one at a time (bounded), extracted in
// batches, written as statements@1 while it is produced (documents as they come; statements
// set aside in a spool until the actors, known last, are written), so memory holds one batch
// whatever the number and size of the files. A file that cannot be read, a duplicate id, an
// article the extractor throws on or returns invalid statements for is left out on its own,
// named on stderr; the rest is written. When nothing is left to write, nothing is written.
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { checkpoint } from '../../checkpoint.ts';
import { ClaimGraphError, InputError } from '../../errors.ts';
import type { DocResult } from '../../corpus/assemble.ts';
import { ExtractionPool, DEFAULT_EXTRACTOR } from '../../corpus/ingest/pool.ts';
import { extractResilient, type BatchItem } from '../../corpus/ingest/resilient.ts';
import { writeFileAtomic } from '../../io/files/atomicWrite.ts';
import { readTextFile } from '../../io/files/readText.ts';
import { Spool } from '../../io/files/spool.ts';
import { plainLabel } from '../../extract/lexicon/grammar.ts';
import { statementsChunks } from '../../io/statements/writeStatements.ts';
import type { ActorRecord, DocumentRecord, StatementRecord } from '../../model/index.ts';
import { writeStdout } from '../output/stdout.ts';

const MODULE = 'claimgraph/cli/extract';

export interface ExtractFilesOptions {
  /** Written atomically; stdout without it. */
  output?: string;
  /** Module exporting extractArticles (tests); default the project's extractor. */
  extractor?: string;
  batchSize?: number;
  /** A batch is sent once its texts reach this many characters. */
  batchChars?: number;
  /** One line per file left out, as soon as a document has been extracted (before that, they wait). */
  onLeftOut: (line: string) => void;
}

export interface LeftOut {
  file: string;
  message: string;
  error?: Error;
}

/** Document id of an article file: its name without the extension. */
export function documentId(path: string): string {
  const name = basename(path);
  return name.slice(0, name.length - extname(name).length) || name;
}

/** Extracts and writes; returns the files left out (the output holds all the others). */
export async function extractFiles(files: readonly string[], options: ExtractFilesOptions): Promise<LeftOut[]> {
  const pool = new ExtractionPool(0, options.extractor ?? DEFAULT_EXTRACTOR);
  await pool.ready;
  if (!pool.alive) throw new ClaimGraphError(MODULE, pool.failure);
  const spool = await Spool.create<StatementRecord>(options.output ?? join(tmpdir(), 'claimgraph-extract'));
  const leftOut: LeftOut[] = [];
  let reporting = false;
  const leave = (item: LeftOut) => {
    leftOut.push(item);
    if (reporting) options.onLeftOut(`extract: left out ${item.file}: ${item.message}`);
  };
  const actors = new ActorMerger();
  let numbered = 0;

  async function* extractBatch(batch: BatchItem[]): AsyncGenerator<DocumentRecord> {
    const results = await extractResilient(pool, batch, (p) =>
      leave({ file: p.where, message: `extraction failed: ${p.message}` }),
    );
    checkpoint('extract');
    for (const result of results) {
      for (const st of renumber(result, numbered)) await spool.push(st);
      numbered += result.statements.length;
      actors.add(result.actors);
      const { text: _text, ...document } = result.document;
      yield document;
    }
  }

  async function* documents(): AsyncGenerator<DocumentRecord> {
    const fileOf = new Map<string, string>();
    let batch: BatchItem[] = [];
    let chars = 0;
    for (const file of files) {
      const id = documentId(file);
      const earlier = fileOf.get(id);
      if (earlier !== undefined) {
        leave({ file, message: `gives the document id ${JSON.stringify(id)}, as ${earlier} does; rename one of them` });
        continue;
      }
      let text: string;
      try {
        text = await readTextFile(file);
      } catch (error) {
        leave({ file, message: reasonOf(error, file), error: error as Error });
        continue;
      }
      if (!text.trim()) {
        // as ingest does: an empty article is more likely a failed download than news
        leave({ file, message: text.length ? 'holds only white space' : 'is empty (0 bytes)' });
        continue;
      }
      fileOf.set(id, file);
      checkpoint('read');
      batch.push({ article: { id, text, file: basename(file) }, where: file });
      chars += text.length;
      if (batch.length >= (options.batchSize ?? 16) || chars >= (options.batchChars ?? 4 << 20)) {
        yield* extractBatch(batch);
        [batch, chars] = [[], 0];
      }
    }
    if (batch.length) yield* extractBatch(batch);
  }

  try {
    const docs = documents();
    const first = await docs.next();
    if (first.done) throw nothingExtracted(leftOut, files.length);
    // from the first document on, an output is coming: files left out are named as they happen
    reporting = true;
    for (const item of leftOut) options.onLeftOut(`extract: left out ${item.file}: ${item.message}`);
    const chunks = statementsChunks({
      documents: (async function* () {
        yield first.value;
        yield* docs;
      })(),
      actors: () => actors.records(),
      statements: () => spool.read(),
    });
    if (options.output) await writeFileAtomic(options.output, chunks);
    else await writeStdout(chunks);
    return leftOut;
  } finally {
    await spool.dispose();
    await pool.close();
  }
}

/** Nothing to write: the one file's own error as is, or a summary after the list of files. */
function nothingExtracted(leftOut: readonly LeftOut[], files: number): Error {
  const [only] = leftOut;
  if (leftOut.length === 1 && only) {
    return only.error instanceof ClaimGraphError
      ? only.error
      : new InputError(MODULE, `${only.file}: ${only.message}`, only.file);
  }
  return new ClaimGraphError(
    MODULE,
    `nothing extracted: ${leftOut.length === files ? `all ${files} files were` : `${leftOut.length} of ${files} files were`} left out:\n${leftOut.map((l) => `${l.file}: ${l.message}`).join('\n')}`,
  );
}

/** What went wrong with a file, without the module and the file name the error message starts with. */
function reasonOf(error: unknown, file: string): string {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof ClaimGraphError && message.startsWith(`${error.module}: `))
    message = message.slice(error.module.length + 2);
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}

/** Statement ids unique across the output: `s<n>` from `first + 1`, answers renumbered alike. */
function renumber(result: DocResult, first: number): StatementRecord[] {
  const ids = new Map(result.statements.map((st, i) => [st.id, `s${first + i + 1}`]));
  return result.statements.map((st) => ({
    ...st,
    id: ids.get(st.id) as string,
    responds: st.responds.filter((r) => ids.has(r)).map((r) => ids.get(r) as string),
  }));
}

/** The actors of all documents, one record per id: first label (its plain form, see plainLabel) and kind, aliases in the order found. */
class ActorMerger {
  private readonly byId = new Map<string, ActorRecord>();

  add(actors: readonly ActorRecord[]): void {
    for (const actor of actors) {
      const known = this.byId.get(actor.id);
      if (!known) this.byId.set(actor.id, { ...actor, aliases: [...actor.aliases] });
      else {
        for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
        if (!known.memberOf && actor.memberOf) known.memberOf = actor.memberOf;
      }
    }
  }

  records(): ActorRecord[] {
    return [...this.byId.values()].map((actor) => ({
      ...actor,
      label: plainLabel(actor.label, (name) => actor.aliases.includes(name)),
    }));
  }
}
