// Assembling a corpus: the per-document extraction results → one statements@1 set.
// Documents in publication order; actors resolved across documents (identity/); each
// outlet an actor that publishes its documents' claims; statements renumbered so ids are
// unique in the corpus (`doc/sN`, stable as documents arrive); statements that report the
// same claim share a cluster (cluster/).
// CorpusAssembler does it in three passes over the documents in publication order (identify,
// cluster, emit), so a corpus on disk is assembled while only one document at a time is in
// memory, besides the actors and one signature per distinct claim; assembleCorpus runs the
// same passes over documents held in memory.
import { ClaimGraphError } from '../errors.ts';
import {
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
  type StatementsFile,
} from '../model/index.ts';
import { ClaimClusterer, ClusterTally, IntList, type ClusterOptions } from './cluster/index.ts';
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

/** Clusters found outside the assembler (ingest's spilled clustering), by each statement's place in corpus order. */
export interface ClusterAssignment {
  /** The statement's cluster id when two statements or more report the claim. */
  clusterName(statement: number): string | undefined;
  /** Clusters reported by two documents or more. */
  readonly multiDocument: number;
}

/** A document's place in corpus order: its publication date (parsed, so any written form sorts right; undated last), then id. */
export interface CorpusOrderKey {
  dateKey: string;
  id: string;
}

/** What documents are ordered by before their id: the parsed publication date's key (undated last). */
export const publicationKey = (doc: DocumentRecord): string => dateKey(documentDate(doc));

export const orderKey = (document: DocumentRecord): CorpusOrderKey => ({
  dateKey: publicationKey(document),
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
  /** Until identities are resolved; then released, since it is needed no more. */
  private identity: ActorResolver | undefined = new ActorResolver();
  private readonly clusterer: ClaimClusterer;
  private canonical = new Map<string, string>();
  private outlets = new OutletResolver([], []);
  /** Per statement, in corpus order: its cluster (the clusterer's number for it). */
  private readonly clusterOf = new IntList();
  /** Per cluster: its statements and its documents. */
  private readonly tally = new ClusterTally();
  /** Documents clustered so far. */
  private clustered = 0;
  /** Set when the cluster pass ends (the first emit): clusters reported by two documents or more. */
  private multiDocument: number | undefined;
  /** Clusters found outside (assign), instead of the clusterer's. */
  private assigned: ClusterAssignment | undefined;
  private resolved = false;
  private resolvedActors: ActorRecord[] = [];
  merges: ActorMerge[] = [];

  constructor(options: AssembleOptions = {}) {
    this.gazetteer = options.gazetteer ?? [];
    this.clusterer = new ClaimClusterer(options);
  }

  identify(record: DocResult): void {
    if (!this.identity) throw new ClaimGraphError('claimgraph/corpus/assemble', 'identify() after cluster()');
    for (const actor of record.actors) this.identity.add({ doc: record.document.id, actor });
  }

  cluster(record: DocResult): void {
    if (this.multiDocument !== undefined || this.assigned)
      throw new ClaimGraphError('claimgraph/corpus/assemble', 'cluster() after emitDocument() or emitStatements()');
    if (!this.resolved) this.resolveIdentities();
    this.outletOf(record.document);
    const doc = this.clustered++;
    const local = new Map<string, string>();
    for (const st of this.renumber(record)) {
      const cluster = this.clusterer.join(st, (id) => local.get(id));
      local.set(st.id, this.clusterer.idOf(cluster));
      this.clusterOf.push(cluster);
      this.tally.count(cluster, doc);
    }
  }

  /**
   * The cluster pass done outside the assembler: a document's statements as the clusterer sees
   * them (corpus ids, resolved actors), each document in corpus order; then assign() the clusters.
   */
  forClustering(record: DocResult): StatementRecord[] {
    if (this.multiDocument !== undefined)
      throw new ClaimGraphError(
        'claimgraph/corpus/assemble',
        'forClustering() after emitDocument() or emitStatements()',
      );
    if (!this.resolved) this.resolveIdentities();
    this.outletOf(record.document);
    return this.renumber(record);
  }

  /** The clusters of every statement, found outside (forClustering); before the first emit. */
  assign(clusters: ClusterAssignment): void {
    if (this.multiDocument !== undefined || this.clusterOf.length)
      throw new ClaimGraphError('claimgraph/corpus/assemble', 'assign() after cluster() or an emit');
    this.assigned = clusters;
  }

  /** The document as the corpus has it: its outlet actor added. */
  emitDocument(record: DocResult): DocumentRecord {
    this.endClustering();
    const document = { ...record.document };
    const outlet = this.outletOf(document);
    if (outlet) document.outletActor = outlet;
    else delete document.outletActor;
    return document;
  }

  /** The document's statements as the corpus has them; `first` counts the statements of the documents before it. */
  emitStatements(record: DocResult, first: number): StatementRecord[] {
    this.endClustering();
    const statements = this.renumber(record);
    const assigned = this.assigned;
    statements.forEach((st, i) => {
      if (assigned) {
        const name = assigned.clusterName(first + i);
        if (name !== undefined) st.cluster = name;
        else delete st.cluster;
        return;
      }
      const cluster = this.clusterOf.at(first + i);
      if (this.tally.statements(cluster) > 1) st.cluster = this.clusterer.idOf(cluster);
      else delete st.cluster;
    });
    return statements;
  }

  /** The corpus's actors: those resolved, then the outlets' actors in order of first appearance. */
  get actors(): ActorRecord[] {
    return [...this.resolvedActors, ...this.outlets.made];
  }

  /** Claims reported by two documents or more. */
  get multiDocumentClusters(): number {
    this.endClustering();
    return this.multiDocument as number;
  }

  /**
   * The cluster pass is over: what only it needs, and most of what grows with the corpus (the
   * clusterer's index and signatures, each cluster's documents), is released before the
   * output is written; each statement's cluster, each cluster's size and id stay.
   */
  private endClustering(): void {
    if (this.multiDocument !== undefined) return;
    if (this.assigned) {
      this.multiDocument = this.assigned.multiDocument;
      this.clusterer.seal();
      return;
    }
    this.multiDocument = this.tally.multiDocument();
    this.tally.release();
    this.clusterer.seal();
  }

  private resolveIdentities(): void {
    this.resolved = true;
    const resolved = (this.identity as ActorResolver).resolve(this.gazetteer);
    this.identity = undefined;
    this.resolvedActors = resolved.actors;
    this.canonical = resolved.canonical;
    this.merges = resolved.merges;
    this.outlets = new OutletResolver(resolved.actors, this.gazetteer);
  }

  /** A document's statements with corpus ids (corpusStatementId) and resolved actors. */
  private renumber(record: DocResult): StatementRecord[] {
    const local = new Map<string, string>();
    record.statements.forEach((st, i) => local.set(st.id, corpusStatementId(record.document.id, i)));
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

  /** The outlet actor of a document (see OutletResolver). */
  private outletOf(doc: DocumentRecord): string | undefined {
    return doc.outlet ? this.outlets.idOf(doc.outlet) : undefined;
  }
}

/**
 * A statement's id in a corpus: its document's id and its place in the document (`d1/s3`, the
 * claim `claim:d1/s3`). It never changes when other documents arrive, so that a link to a claim
 * stays good as the corpus grows (and the store, which adds documents one batch at a time,
 * numbers statements the same way).
 */
export function corpusStatementId(docId: string, index: number): string {
  return `${docId}/s${index + 1}`;
}

/** The outlets' actors: each outlet name's actor id, and the actors made for outlets no actor stands for. */
export interface ResolvedOutlets {
  idOf: (outlet: string) => string;
  actors: ActorRecord[];
}

/**
 * Each outlet is a media actor: the gazetteer's media entry of that name, else an actor of the
 * outlet's name (`outlet-<slug>` when an actor of another kind has the slug). Outlets are met
 * in publication order; the first spelling of a name labels a new actor.
 */
export class OutletResolver {
  private readonly byId: Map<string, ActorRecord>;
  private readonly ids = new Map<string, string>();
  /** The actors made for outlets no actor stands for, in order of first appearance. */
  readonly made: ActorRecord[] = [];

  constructor(
    actors: readonly ActorRecord[],
    private readonly gazetteer: readonly GazetteerEntry[],
  ) {
    this.byId = new Map(actors.map((a) => [a.id, a]));
  }

  idOf(outlet: string): string {
    const name = normaliseName(outlet);
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const entry = this.gazetteer.find(
      (e) => e.kind === 'media' && [e.label, ...e.aliases].some((a) => normaliseName(a) === name),
    );
    let id = entry?.id ?? slug(outlet);
    const existing = this.byId.get(id);
    if (existing && existing.kind !== 'media') id = `outlet-${id}`;
    if (!this.byId.has(id)) {
      const actor: ActorRecord = {
        id,
        label: entry?.label ?? outlet,
        kind: 'media',
        aliases: [...new Set([outlet, ...(entry?.aliases ?? [])])],
      };
      this.byId.set(id, actor);
      this.made.push(actor);
    }
    this.ids.set(name, id);
    return id;
  }
}

/** The outlets of `names` (in publication order) resolved against `actors` and the gazetteer. */
export function resolveOutlets(
  names: Iterable<string>,
  actors: readonly ActorRecord[],
  gazetteer: readonly GazetteerEntry[],
): ResolvedOutlets {
  const resolver = new OutletResolver(actors, gazetteer);
  for (const outlet of names) resolver.idOf(outlet);
  return { idOf: (outlet) => resolver.idOf(outlet), actors: resolver.made };
}
