// Assembling a corpus: the per-document extraction results → one statements@1 set.
// Documents in publication order; actors resolved across documents (identity/); each
// outlet an actor that publishes its documents' claims; statements renumbered so ids are
// unique in the corpus; statements that report the same claim share a cluster (cluster/).
// CorpusAssembler does it in three passes over the documents in publication order (identify,
// cluster, emit), so a corpus on disk is assembled while only one document at a time is in
// memory, besides the actors and one signature per distinct claim; assembleCorpus runs the
// same passes over documents held in memory.
import {
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
  type StatementsFile,
} from '../model/index.ts';
import { ClaimClusterer, type ClusterOptions } from './cluster/index.ts';
import type { GazetteerEntry } from '../extract/index.ts';
import { ActorResolver, type ActorMerge } from './identity/index.ts';
import { normaliseName, slug } from './normalise.ts';
import { dateKey, documentDate } from '../time/index.ts';

/** What extraction gave for one document: the unit the ingest cache stores and skips by hash. */
export interface DocResult {
  document: DocumentRecord;
  actors: ActorRecord[];
  statements: StatementRecord[];
}

export interface AssembleOptions extends ClusterOptions {
  gazetteer?: readonly GazetteerEntry[];
}

export interface AssembledCorpus {
  statements: StatementsFile;
  merges: ActorMerge[];
  /** Clusters reported by two documents or more. */
  clusters: number;
}

/** A document's place in corpus order: its publication date (parsed, so any written form sorts right; undated last), then id. */
export interface CorpusOrderKey {
  dateKey: string;
  id: string;
}

export const orderKey = (document: DocumentRecord): CorpusOrderKey => ({
  dateKey: dateKey(documentDate(document)),
  id: document.id,
});

export const byCorpusOrder = (a: CorpusOrderKey, b: CorpusOrderKey): number =>
  compare(a.dateKey, b.dateKey) || compare(a.id, b.id);

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function assembleCorpus(records: Iterable<DocResult>, options: AssembleOptions = {}): AssembledCorpus {
  const list = [...records]
    .map((record) => ({ record, ...orderKey(record.document) }))
    .sort(byCorpusOrder)
    .map(({ record }) => record);
  const assembler = new CorpusAssembler(options);
  for (const record of list) assembler.identify(record);
  for (const record of list) assembler.cluster(record);
  const documents: DocumentRecord[] = [];
  const statements: StatementRecord[] = [];
  for (const record of list) {
    documents.push(assembler.emitDocument(record));
    statements.push(...assembler.emitStatements(record, statements.length));
  }
  return {
    statements: { format: STATEMENTS_FORMAT, documents, actors: assembler.actors, statements },
    merges: assembler.merges,
    clusters: assembler.multiDocumentClusters,
  };
}

/**
 * The passes, each over every document in corpus order (byCorpusOrder): `identify`
 * (actors), `cluster` (statement numbers, claim clusters, outlets), then `emitDocument` and
 * `emitStatements` (the final records; one pass or two). `actors` is complete after the cluster pass.
 */
export class CorpusAssembler {
  private readonly gazetteer: readonly GazetteerEntry[];
  private readonly identity = new ActorResolver();
  private readonly clusterer: ClaimClusterer;
  private canonical = new Map<string, string>();
  private actorById = new Map<string, ActorRecord>();
  private readonly outletIds = new Map<string, string>();
  /** Per statement, in corpus order: the id of its cluster. */
  private readonly clusterOf: string[] = [];
  private readonly clusterSize = new Map<string, { statements: number; documents: number; lastDoc: string }>();
  private resolved = false;
  private numbered = 0;
  actors: ActorRecord[] = [];
  merges: ActorMerge[] = [];

  constructor(options: AssembleOptions = {}) {
    this.gazetteer = options.gazetteer ?? [];
    this.clusterer = new ClaimClusterer(options);
  }

  identify(record: DocResult): void {
    for (const actor of record.actors) this.identity.add({ doc: record.document.id, actor });
  }

  cluster(record: DocResult): void {
    if (!this.resolved) this.resolveIdentities();
    this.outletOf(record.document);
    const local = new Map<string, string>();
    for (const st of this.renumber(record, this.numbered)) {
      const cluster = this.clusterer.add(st, (id) => local.get(id));
      local.set(st.id, cluster);
      this.clusterOf.push(cluster);
      const size = this.clusterSize.get(cluster) ?? { statements: 0, documents: 0, lastDoc: '' };
      size.statements++;
      if (size.lastDoc !== st.doc) [size.documents, size.lastDoc] = [size.documents + 1, st.doc];
      this.clusterSize.set(cluster, size);
    }
    this.numbered += record.statements.length;
  }

  /** The document as the corpus has it: its outlet actor added. */
  emitDocument(record: DocResult): DocumentRecord {
    const document = { ...record.document };
    const outlet = this.outletOf(document);
    if (outlet) document.outletActor = outlet;
    else delete document.outletActor;
    return document;
  }

  /** The document's statements as the corpus has them; `first` counts the statements of the documents before it. */
  emitStatements(record: DocResult, first: number): StatementRecord[] {
    const statements = this.renumber(record, first);
    statements.forEach((st, i) => {
      const cluster = this.clusterOf[first + i] as string;
      if ((this.clusterSize.get(cluster)?.statements ?? 0) > 1) st.cluster = cluster;
      else delete st.cluster;
    });
    return statements;
  }

  /** Claims reported by two documents or more. */
  get multiDocumentClusters(): number {
    let n = 0;
    for (const size of this.clusterSize.values()) if (size.documents > 1) n++;
    return n;
  }

  private resolveIdentities(): void {
    this.resolved = true;
    const resolved = this.identity.resolve(this.gazetteer);
    this.actors = resolved.actors;
    this.canonical = resolved.canonical;
    this.merges = resolved.merges;
    this.actorById = new Map(this.actors.map((a) => [a.id, a]));
  }

  /** A document's statements with corpus-wide ids (`s<n>` from `first + 1`) and resolved actors. */
  private renumber(record: DocResult, first: number): StatementRecord[] {
    const local = new Map<string, string>();
    record.statements.forEach((st, i) => local.set(st.id, `s${first + i + 1}`));
    const id = (old: string) => this.canonical.get(old) ?? old;
    return record.statements.map((st) => ({
      ...st,
      id: local.get(st.id) as string,
      doc: record.document.id,
      speaker: id(st.speaker),
      targets: [...new Set(st.targets.map(id))],
      about: [...new Set(st.about.map(id))],
      responds: st.responds.filter((r) => local.has(r)).map((r) => local.get(r) as string),
    }));
  }

  /** The outlet actor of a document: the gazetteer's media entry of that name, else a new media actor. */
  private outletOf(doc: DocumentRecord): string | undefined {
    if (!doc.outlet) return undefined;
    const name = normaliseName(doc.outlet);
    const known = this.outletIds.get(name);
    if (known !== undefined) return known;
    const entry = this.gazetteer.find(
      (e) => e.kind === 'media' && [e.label, ...e.aliases].some((a) => normaliseName(a) === name),
    );
    let id = entry?.id ?? slug(doc.outlet);
    const existing = this.actorById.get(id);
    if (existing && existing.kind !== 'media') id = `outlet-${id}`;
    if (!this.actorById.has(id)) {
      const actor: ActorRecord = {
        id,
        label: entry?.label ?? doc.outlet,
        kind: 'media',
        aliases: [...new Set([doc.outlet, ...(entry?.aliases ?? [])])],
      };
      this.actorById.set(id, actor);
      this.actors.push(actor);
    }
    this.outletIds.set(name, id);
    return id;
  }
}
