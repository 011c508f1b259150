// assembleCorpus: the per-document extraction results of a corpus → one statements@1 set.
// Documents in publication order; actors resolved across documents (identity/); each
// outlet an actor that publishes its documents' claims; statements renumbered so ids are
// unique in the corpus (`doc/sN`, stable as documents arrive); statements that report the same claim share a cluster (cluster/).
import {
  STATEMENTS_FORMAT,
  type ActorRecord,
  type DocumentRecord,
  type StatementRecord,
  type StatementsFile,
} from '../model/index.ts';
import { clusterClaims, type ClusterOptions } from './cluster/index.ts';
import type { GazetteerEntry } from '../extract/index.ts';
import { resolveActors, type ActorMerge } from './identity/index.ts';
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

/** What documents are ordered by before their id: the parsed publication date's key (undated last). */
export const publicationKey = (doc: DocumentRecord): string => dateKey(documentDate(doc));

/** Documents by publication date (parsed, so any written form sorts right), then id. */
function inPublicationOrder(records: Iterable<DocResult>): DocResult[] {
  const dated = [...records].map((record) => ({ record, key: publicationKey(record.document) }));
  dated.sort((a, b) => compare(a.key, b.key) || compare(a.record.document.id, b.record.document.id));
  return dated.map(({ record }) => record);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function assembleCorpus(records: Iterable<DocResult>, options: AssembleOptions = {}): AssembledCorpus {
  const gazetteer = options.gazetteer ?? [];
  const list = inPublicationOrder(records);
  const { actors, canonical, merges } = resolveActors(
    list.flatMap((r) => r.actors.map((actor) => ({ doc: r.document.id, actor }))),
    gazetteer,
  );
  const outlets = resolveOutlets(
    list.flatMap((r) => (r.document.outlet ? [r.document.outlet] : [])),
    actors,
    gazetteer,
  );
  const documents = list.map((r) => {
    const document = { ...r.document };
    if (document.outlet) document.outletActor = outlets.idOf(document.outlet);
    return document;
  });
  actors.push(...outlets.actors);

  const statements: StatementRecord[] = [];
  for (const record of list) {
    const local = new Map<string, string>();
    record.statements.forEach((st, i) => local.set(st.id, corpusStatementId(record.document.id, i)));
    const id = (old: string) => canonical.get(old) ?? old;
    for (const st of record.statements) {
      statements.push({
        ...st,
        id: local.get(st.id) as string,
        doc: record.document.id,
        speaker: id(st.speaker),
        targets: [...new Set(st.targets.map(id))],
        about: [...new Set(st.about.map(id))],
        responds: st.responds.filter((r) => local.has(r)).map((r) => local.get(r) as string),
      });
    }
  }
  const clusterOf = clusterClaims(statements, options);
  const size = new Map<string, number>();
  for (const cluster of clusterOf.values()) size.set(cluster, (size.get(cluster) ?? 0) + 1);
  for (const st of statements) {
    const cluster = clusterOf.get(st.id) as string;
    if ((size.get(cluster) ?? 0) > 1) st.cluster = cluster;
    else delete st.cluster;
  }
  const docsOf = new Map<string, Set<string>>();
  for (const st of statements)
    if (st.cluster) docsOf.set(st.cluster, (docsOf.get(st.cluster) ?? new Set()).add(st.doc));
  const clusters = [...docsOf.values()].filter((docs) => docs.size > 1).length;
  return { statements: { format: STATEMENTS_FORMAT, documents, actors, statements }, merges, clusters };
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
 * outlet's name (`outlet-<slug>` when an actor of another kind has the slug). `names` are the
 * documents' outlets in publication order; the first spelling of a name labels a new actor.
 */
export function resolveOutlets(
  names: Iterable<string>,
  actors: readonly ActorRecord[],
  gazetteer: readonly GazetteerEntry[],
): ResolvedOutlets {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const made: ActorRecord[] = [];
  const ids = new Map<string, string>();
  for (const outlet of names) {
    const name = normaliseName(outlet);
    if (ids.has(name)) continue;
    const entry = gazetteer.find(
      (e) => e.kind === 'media' && [e.label, ...e.aliases].some((a) => normaliseName(a) === name),
    );
    let id = entry?.id ?? slug(outlet);
    const existing = byId.get(id);
    if (existing && existing.kind !== 'media') id = `outlet-${id}`;
    if (!byId.has(id)) {
      const actor: ActorRecord = {
        id,
        label: entry?.label ?? outlet,
        kind: 'media',
        aliases: [...new Set([outlet, ...(entry?.aliases ?? [])])],
      };
      byId.set(id, actor);
      made.push(actor);
    }
    ids.set(name, id);
  }
  return {
    idOf: (outlet) => ids.get(normaliseName(outlet)) as string,
    actors: made,
  };
}
