// Resolving what a user typed into a node key, for the command line and the viewer's
// search box. Tried in turn, the first tier with a match wins:
//   1. a node key as is (`actor:lavrov`, `claim:aleppo-2016/s9`, `doc:aleppo-2016`);
//   2. an id, i.e. the key without its prefix (`lavrov`, `aleppo-2016/s9`, `aleppo-2016`);
//   3. an actor's label, then 4. an actor's alias, case-insensitively ("russian foreign
//      minister sergey lavrov");
//   5. a bare statement id (`s9`) when one document has it.
// Several matches in one tier is an ambiguity, reported with every candidate; no match is
// an error with a few "did you mean" suggestions (MiniSearch's fuzzy search over actor
// labels and aliases, built only on that error path). Tiers 1 and 2 are lookups; the
// later ones scan the graph's nodes, which is fine for a command line or a search box.
import MiniSearch from 'minisearch';
import { QueryError } from '../errors.ts';
import { NODE_KINDS, type NodeKind } from '../model/kinds.ts';
import type { ClaimGraph } from '../model/types.ts';
import { assertGraph, describeValue, listOption, readOptions } from './validate.ts';

const MODULE = 'claimgraph/query/resolve';
const PREFIXES: Record<NodeKind, string> = { actor: 'actor:', claim: 'claim:', document: 'doc:' };
const MAX_CANDIDATES = 8;
const MAX_SUGGESTIONS = 3;

export interface ResolveOptions {
  /** The node kinds to accept. Default: every kind. */
  kinds?: readonly NodeKind[];
}

export function resolveNode(graph: ClaimGraph, text: string, options?: ResolveOptions): string {
  assertGraph(MODULE, graph);
  if (typeof text !== 'string' || text.trim() === '') {
    throw new QueryError(MODULE, `expected a node key, id, label or alias, got ${describeValue(text)}`, text);
  }
  const opts = readOptions(MODULE, options, ['kinds']);
  const kinds = listOption(MODULE, opts, 'kinds', NODE_KINDS, NODE_KINDS, 'node kind');
  const wanted = kinds.join(' or ');
  const expected = `expected ${/^[aeiou]/.test(wanted) ? 'an' : 'a'} ${wanted}`;
  const query = text.trim();

  if (graph.hasNode(query)) {
    const kind = graph.getNodeAttribute(query, 'kind');
    if (!kinds.includes(kind)) throw new QueryError(MODULE, `${expected}, got ${kind} ${describeValue(query)}`, text);
    return query;
  }
  const folded = fold(query);
  const tiers: (() => string[])[] = [
    () => idMatches(graph, kinds, query),
    () => (kinds.includes('actor') ? actorsNamed(graph, folded, 'label') : []),
    () => (kinds.includes('actor') ? actorsNamed(graph, folded, 'aliases') : []),
    () => (kinds.includes('claim') ? claimsWithStatementId(graph, query) : []),
  ];
  for (const tier of tiers) {
    const found = tier();
    if (found.length === 1) return found[0] as string;
    if (found.length > 1) {
      const shown = found.slice(0, MAX_CANDIDATES).map((key) => describeNode(graph, key));
      const more = found.length > shown.length ? `, … ${found.length - shown.length} more` : '';
      throw new QueryError(
        MODULE,
        `${describeValue(query)} is ambiguous: it could be ${shown.join(', ')}${more}`,
        text,
      );
    }
  }
  const other = idMatches(graph, NODE_KINDS, query);
  if (other.length === 1) {
    const key = other[0] as string;
    throw new QueryError(MODULE, `${expected}, got ${graph.getNodeAttribute(key, 'kind')} ${describeValue(key)}`, text);
  }
  const suggestions = kinds.includes('actor') ? suggestActors(graph, query) : [];
  const hint = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  throw new QueryError(MODULE, `no ${wanted} matches ${describeValue(query)}${hint}`, text);
}

export function resolveActor(graph: ClaimGraph, text: string): string {
  return resolveNode(graph, text, { kinds: ['actor'] });
}

export function resolveClaim(graph: ClaimGraph, text: string): string {
  return resolveNode(graph, text, { kinds: ['claim'] });
}

/** Ids as typed, and lower-cased (ids are usually lower-case slugs: `US` → `actor:us`). */
function idMatches(graph: ClaimGraph, kinds: readonly NodeKind[], query: string): string[] {
  const ids = [...new Set([query, query.toLowerCase()])];
  return kinds.flatMap((kind) => ids.map((id) => PREFIXES[kind] + id)).filter((key) => graph.hasNode(key));
}

function actorsNamed(graph: ClaimGraph, folded: string, by: 'label' | 'aliases'): string[] {
  const found: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'actor') return;
    const names = by === 'label' ? [attrs.label] : attrs.aliases;
    if (names.some((name) => fold(name) === folded)) found.push(key);
  });
  return found;
}

function claimsWithStatementId(graph: ClaimGraph, id: string): string[] {
  const found: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'claim' && attrs.statement === id) found.push(key);
  });
  return found;
}

function suggestActors(graph: ClaimGraph, query: string): string[] {
  const index = new MiniSearch<{ id: string; names: string }>({ fields: ['names'], storeFields: [] });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor')
      index.add({ id: key, names: [key.slice(PREFIXES.actor.length), attrs.label, ...attrs.aliases].join(' ') });
  });
  // Short words match too much by prefix or by edit distance (`s9` is not `us`), and hits
  // far below the best one are noise.
  const hits = index.search(query, {
    fuzzy: (term) => (term.length >= 4 ? 0.3 : false),
    prefix: (term) => term.length >= 3,
    combineWith: 'OR',
  });
  const best = hits[0]?.score ?? 0;
  return hits
    .filter((hit) => hit.score >= best / 2)
    .slice(0, MAX_SUGGESTIONS)
    .map((hit) => describeNode(graph, String(hit.id)));
}

function describeNode(graph: ClaimGraph, key: string): string {
  return `${JSON.stringify(graph.getNodeAttribute(key, 'label'))} (${key})`;
}

/** Case, accents' composition and runs of white space do not matter when matching names. */
export function fold(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
