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
  const request = readRequest(text, options);
  const { query, kinds } = request;
  if (graph.hasNode(query)) {
    const kind = graph.getNodeAttribute(query, 'kind');
    if (!kinds.includes(kind)) throw wrongKind(request, kind, query);
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
    if (found.length > 1)
      throw ambiguous(
        request,
        found,
        candidates(found).map((key) => describeNode(graph, key)),
      );
  }
  const other = idMatches(graph, NODE_KINDS, query);
  if (other.length === 1) throw wrongKind(request, graph.getNodeAttribute(other[0] as string, 'kind'), other[0]);
  const suggestions = kinds.includes('actor') ? suggestActors(graph, query) : [];
  throw noMatch(request, suggestions);
}

export function resolveActor(graph: ClaimGraph, text: string): string {
  return resolveNode(graph, text, { kinds: ['actor'] });
}

export function resolveClaim(graph: ClaimGraph, text: string): string {
  return resolveNode(graph, text, { kinds: ['claim'] });
}

function idMatches(graph: ClaimGraph, kinds: readonly NodeKind[], query: string): string[] {
  return idKeys(kinds, query).filter((key) => graph.hasNode(key));
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
  const actors: NamedActor[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'actor')
      actors.push({ key, names: [key.slice(PREFIXES.actor.length), attrs.label, ...attrs.aliases] });
  });
  return suggestKeys(actors, query).map((key) => describeNode(graph, key));
}

function describeNode(graph: ClaimGraph, key: string): string {
  return describeCandidate(key, graph.getNodeAttribute(key, 'label'));
}

/** Case, accents' composition and runs of white space do not matter when matching names. */
export function fold(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

// The resolver's rules and messages, shared with the store's resolver (src/store/read/resolve.ts),
// which asks the same tiers of the database: both answer, and fail, alike.

/** What resolveNode was asked: the trimmed text, the kinds accepted, the words of its messages. */
export interface ResolveRequest {
  text: unknown;
  query: string;
  kinds: readonly NodeKind[];
  wanted: string;
  expected: string;
}

/** Checks the text and options (the QueryError of bad ones) and reads them as a request. */
export function readRequest(text: unknown, options: unknown): ResolveRequest {
  if (typeof text !== 'string' || text.trim() === '')
    throw new QueryError(MODULE, `expected a node key, id, label or alias, got ${describeValue(text)}`, text);
  const opts = readOptions(MODULE, options, ['kinds']);
  const kinds = listOption(MODULE, opts, 'kinds', NODE_KINDS, NODE_KINDS, 'node kind');
  const wanted = kinds.join(' or ');
  return {
    text,
    query: text.trim(),
    kinds,
    wanted,
    expected: `expected ${/^[aeiou]/.test(wanted) ? 'an' : 'a'} ${wanted}`,
  };
}

/** The keys tier 2 tries: the ids as typed and lower-cased (ids are usually lower-case slugs: `US` → `actor:us`). */
export function idKeys(kinds: readonly NodeKind[], query: string): string[] {
  const ids = [...new Set([query, query.toLowerCase()])];
  return kinds.flatMap((kind) => ids.map((id) => PREFIXES[kind] + id));
}

/** The candidates of an ambiguous tier that its message shows. */
export const candidates = (found: readonly string[]): string[] => found.slice(0, MAX_CANDIDATES);

/** A candidate as messages show it: `"label" (key)`. */
export const describeCandidate = (key: string, label: string | undefined): string =>
  `${JSON.stringify(label)} (${key})`;

export function ambiguous(request: ResolveRequest, found: readonly string[], shown: readonly string[]): QueryError {
  const more = found.length > shown.length ? `, … ${found.length - shown.length} more` : '';
  return new QueryError(
    MODULE,
    `${describeValue(request.query)} is ambiguous: it could be ${shown.join(', ')}${more}`,
    request.text,
  );
}

export function wrongKind(request: ResolveRequest, kind: string | undefined, key: string | undefined): QueryError {
  return new QueryError(MODULE, `${request.expected}, got ${kind} ${describeValue(key)}`, request.text);
}

export function noMatch(request: ResolveRequest, suggestions: readonly string[]): QueryError {
  const hint = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  return new QueryError(MODULE, `no ${request.wanted} matches ${describeValue(request.query)}${hint}`, request.text);
}

/** An actor's key with every name it goes by (its id, label and aliases), for suggestions. */
export interface NamedActor {
  key: string;
  names: readonly string[];
}

/** The actors to suggest for a query no tier matched: MiniSearch's fuzzy search over their names, best first. */
export function suggestKeys(actors: Iterable<NamedActor>, query: string): string[] {
  const index = new MiniSearch<{ id: string; names: string }>({ fields: ['names'], storeFields: [] });
  for (const actor of actors) index.add({ id: actor.key, names: actor.names.join(' ') });
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
    .map((hit) => String(hit.id));
}
