// The name resolver (src/query/resolve.ts) on the store: the same tiers in the same order (key,
// id, actor label, actor alias, bare statement id), answered by indexed lookups on the folded
// names; the "did you mean" suggestions search the actors' names with MiniSearch, as in memory.
import MiniSearch from 'minisearch';
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.ts';
import { fold, type ResolveOptions } from '../../query/resolve.ts';
import { describeValue, listOption, readOptions } from '../../query/validate.ts';
import { claimLabel } from '../../model/build.ts';
import { claimParts, nodeOf } from './refs.ts';

const MODULE = 'claimgraph/query/resolve';
const PREFIXES: Record<NodeKind, string> = { actor: 'actor:', claim: 'claim:', document: 'doc:' };
const MAX_CANDIDATES = 8;
const MAX_SUGGESTIONS = 3;

export async function resolveNode(pool: Pool, text: string, options?: ResolveOptions): Promise<string> {
  if (typeof text !== 'string' || text.trim() === '')
    throw new QueryError(MODULE, `expected a node key, id, label or alias, got ${describeValue(text)}`, text);
  const opts = readOptions(MODULE, options, ['kinds']);
  const kinds = listOption(MODULE, opts, 'kinds', NODE_KINDS, NODE_KINDS, 'node kind');
  const wanted = kinds.join(' or ');
  const expected = `expected ${/^[aeiou]/.test(wanted) ? 'an' : 'a'} ${wanted}`;
  const query = text.trim();

  const direct = await nodeOf(pool, query);
  if (direct) {
    if (!kinds.includes(direct.kind))
      throw new QueryError(MODULE, `${expected}, got ${direct.kind} ${describeValue(query)}`, text);
    return query;
  }
  const folded = fold(query);
  const tiers: (() => Promise<string[]>)[] = [
    () => idMatches(pool, kinds, query),
    async () =>
      kinds.includes('actor')
        ? (
            await pool.query<{ id: string }>('SELECT id FROM actors WHERE label_fold = $1 ORDER BY pos', [folded])
          ).rows.map((r) => `actor:${r.id}`)
        : [],
    async () =>
      kinds.includes('actor')
        ? (
            await pool.query<{ id: string }>(
              'SELECT id FROM actors WHERE alias_folds @> ARRAY[$1::text] ORDER BY pos',
              [folded],
            )
          ).rows.map((r) => `actor:${r.id}`)
        : [],
    async () =>
      kinds.includes('claim')
        ? (
            await pool.query<{ doc: string; id: string }>('SELECT doc, id FROM statements WHERE id = $1 ORDER BY pos', [
              query,
            ])
          ).rows.map((r) => `claim:${r.doc}/${r.id}`)
        : [],
  ];
  for (const tier of tiers) {
    const found = await tier();
    if (found.length === 1) return found[0] as string;
    if (found.length > 1) {
      const shown = await Promise.all(found.slice(0, MAX_CANDIDATES).map((key) => describeNode(pool, key)));
      const more = found.length > shown.length ? `, … ${found.length - shown.length} more` : '';
      throw new QueryError(
        MODULE,
        `${describeValue(query)} is ambiguous: it could be ${shown.join(', ')}${more}`,
        text,
      );
    }
  }
  const other = await idMatches(pool, NODE_KINDS, query);
  if (other.length === 1) {
    const key = other[0] as string;
    throw new QueryError(MODULE, `${expected}, got ${(await nodeOf(pool, key))?.kind} ${describeValue(key)}`, text);
  }
  const suggestions = kinds.includes('actor') ? await suggestActors(pool, query) : [];
  const hint = suggestions.length ? ` (did you mean ${suggestions.join(', ')}?)` : '';
  throw new QueryError(MODULE, `no ${wanted} matches ${describeValue(query)}${hint}`, text);
}

async function idMatches(pool: Pool, kinds: readonly NodeKind[], query: string): Promise<string[]> {
  const ids = [...new Set([query, query.toLowerCase()])];
  const found: string[] = [];
  for (const key of kinds.flatMap((kind) => ids.map((id) => PREFIXES[kind] + id)))
    if (await nodeOf(pool, key)) found.push(key);
  return found;
}

async function describeNode(pool: Pool, key: string): Promise<string> {
  return `${JSON.stringify((await nodeOf(pool, key))?.label)} (${key})`;
}

async function suggestActors(pool: Pool, query: string): Promise<string[]> {
  const index = new MiniSearch<{ id: string; names: string }>({ fields: ['names'], storeFields: [] });
  const { rows } = await pool.query<{ id: string; label: string; aliases: string[] }>(
    'SELECT id, label, aliases FROM actors ORDER BY pos',
  );
  const labels = new Map<string, string>();
  for (const row of rows) {
    index.add({ id: `actor:${row.id}`, names: [row.id, row.label, ...row.aliases].join(' ') });
    labels.set(`actor:${row.id}`, row.label);
  }
  const hits = index.search(query, {
    fuzzy: (term) => (term.length >= 4 ? 0.3 : false),
    prefix: (term) => term.length >= 3,
    combineWith: 'OR',
  });
  const best = hits[0]?.score ?? 0;
  return hits
    .filter((hit) => hit.score >= best / 2)
    .slice(0, MAX_SUGGESTIONS)
    .map((hit) => `${JSON.stringify(labels.get(String(hit.id)))} (${String(hit.id)})`);
}

export { claimParts };

export interface SearchHit {
  key: string;
  kind: 'actor' | 'claim';
  label: string;
}

/**
 * Actors whose label or alias contains the text (folded), then claims whose content holds its
 * words (full-text index), at most `limit` of each. The text is a parameter, never SQL.
 */
export async function search(pool: Pool, text: string, limit: number): Promise<SearchHit[]> {
  const like = `%${fold(text).replace(/[\\%_]/g, '\\$&')}%`;
  const actors = await pool.query<{ id: string; label: string }>(
    `SELECT id, label FROM actors
      WHERE label_fold LIKE $1 OR EXISTS (SELECT 1 FROM unnest(alias_folds) a WHERE a LIKE $1)
      ORDER BY (label_fold = $2) DESC, length(label), pos LIMIT $3`,
    [like, fold(text), limit],
  );
  const claims = await pool.query<{ doc: string; id: string; content_text: string }>(
    `SELECT doc, id, content_text FROM statements
      WHERE to_tsvector('simple', content_text) @@ plainto_tsquery('simple', $1) ORDER BY pos LIMIT $2`,
    [text, limit],
  );
  return [
    ...actors.rows.map((r) => ({ key: `actor:${r.id}`, kind: 'actor' as const, label: r.label })),
    ...claims.rows.map((r) => ({
      key: `claim:${r.doc}/${r.id}`,
      kind: 'claim' as const,
      label: claimLabel(r.content_text),
    })),
  ];
}
