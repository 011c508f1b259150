// The search index over a graph: actor names and aliases, claim text, document titles,
// through minisearch (prefix and fuzzy matching, names weighted above claim text).
import MiniSearch from 'minisearch';
import type { ClaimGraph, NodeKind } from '../../../src/model/index.ts';

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  score: number;
}

interface Entry {
  id: string;
  label: string;
  aliases: string;
  text: string;
  kind: NodeKind;
}

export type SearchIndex = MiniSearch<Entry>;

export function buildSearchIndex(graph: ClaimGraph): SearchIndex {
  const index = new MiniSearch<Entry>({
    fields: ['label', 'aliases', 'text'],
    storeFields: ['label', 'kind'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { label: 3, aliases: 2 }, combineWith: 'AND' },
  });
  const entries: Entry[] = [];
  graph.forEachNode((key, attrs) => {
    entries.push({
      id: key,
      label: attrs.label,
      aliases: attrs.kind === 'actor' ? attrs.aliases.join(' ; ') : '',
      text: attrs.kind === 'claim' ? attrs.text : attrs.kind === 'document' ? (attrs.title ?? '') : '',
      kind: attrs.kind,
    });
  });
  index.addAll(entries);
  return index;
}

/** The best matches; actors first among equals, since names are what people search for most. */
export function searchGraph(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const rank = { actor: 0, document: 1, claim: 2 } as const;
  return index
    .search(trimmed)
    .map((hit) => ({ key: hit.id as string, label: hit.label as string, kind: hit.kind as NodeKind, score: hit.score }))
    .sort((a, b) => b.score - a.score || rank[a.kind] - rank[b.kind])
    .slice(0, limit);
}
