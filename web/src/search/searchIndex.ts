// The search index over a graph: actor names and aliases, claim text, document titles,
// through minisearch (prefix and fuzzy matching, names weighted above claim text). A foreign
// graph's nodes are found by their label (or key).
import type Graph from 'graphology';
import MiniSearch from 'minisearch';
import { isNodeKind, type NodeKind } from '../../../src/model/index.ts';

/** A claim graph's node kinds, or `node` for a node of a foreign graph. */
export type HitKind = NodeKind | 'node';

export interface SearchHit {
  key: string;
  label: string;
  kind: HitKind;
  score: number;
}

interface Entry {
  id: string;
  label: string;
  aliases: string;
  text: string;
  kind: HitKind;
}

export type SearchIndex = MiniSearch<Entry>;

export function buildSearchIndex(graph: Graph): SearchIndex {
  const index = new MiniSearch<Entry>({
    fields: ['label', 'aliases', 'text'],
    storeFields: ['label', 'kind'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 3, aliases: 2 }, combineWith: 'AND' },
  });
  const entries: Entry[] = [];
  graph.forEachNode((key, attrs) => {
    const kind: HitKind = isNodeKind(attrs.kind) ? attrs.kind : 'node';
    entries.push({
      id: key,
      label: typeof attrs.label === 'string' && attrs.label ? attrs.label : key,
      aliases: kind === 'actor' && Array.isArray(attrs.aliases) ? attrs.aliases.join(' ; ') : '',
      text: kind === 'claim' ? String(attrs.text ?? '') : kind === 'document' ? String(attrs.title ?? '') : '',
      kind,
    });
  });
  index.addAll(entries);
  return index;
}

/** The best matches; actors first among equals, since names are what people search for most. */
export function searchGraph(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const rank = { actor: 0, document: 1, claim: 2, node: 0 } as const;
  return index
    .search(trimmed)
    .map((hit) => ({ key: hit.id as string, label: hit.label as string, kind: hit.kind as HitKind, score: hit.score }))
    .sort((a, b) => b.score - a.score || rank[a.kind] - rank[b.kind])
    .slice(0, limit);
}
