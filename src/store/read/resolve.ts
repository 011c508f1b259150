// The name resolver (src/query/resolve.ts) on the store: the same tiers in the same order (key,
// id, actor label, actor alias, bare statement id), answered by indexed lookups on the folded
// names; the "did you mean" suggestions search the actors' names with MiniSearch, as in memory.
import type { Pool } from 'pg';
import {
  ambiguous,
  candidates,
  describeCandidate,
  fold,
  idKeys,
  noMatch,
  readRequest,
  suggestKeys,
  wrongKind,
  type ResolveOptions,
} from '../../query/resolve.ts';
import { NODE_KINDS, type NodeKind } from '../../model/kinds.ts';
import { claimLabel } from '../../model/build.ts';
import { claimParts, nodeOf, nodesOf } from './refs.ts';

export async function resolveNode(pool: Pool, text: string, options?: ResolveOptions): Promise<string> {
  const request = readRequest(text, options);
  const { query, kinds } = request;
  const direct = await nodeOf(pool, query);
  if (direct) {
    if (!kinds.includes(direct.kind)) throw wrongKind(request, direct.kind, query);
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
      const shown = candidates(found);
      const nodes = await nodesOf(pool, shown);
      throw ambiguous(
        request,
        found,
        shown.map((key) => describeCandidate(key, nodes.get(key)?.label)),
      );
    }
  }
  const other = await idMatches(pool, NODE_KINDS, query);
  if (other.length === 1) throw wrongKind(request, (await nodeOf(pool, other[0] as string))?.kind, other[0]);
  throw noMatch(request, kinds.includes('actor') ? await suggestActors(pool, query) : []);
}

/** Tier 2: the keys of the typed id that the store holds, in idKeys' order. */
async function idMatches(pool: Pool, kinds: readonly NodeKind[], query: string): Promise<string[]> {
  const keys = idKeys(kinds, query);
  const found = await nodesOf(pool, keys);
  return keys.filter((key) => found.has(key));
}

async function suggestActors(pool: Pool, query: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string; label: string; aliases: string[] }>(
    'SELECT id, label, aliases FROM actors ORDER BY pos',
  );
  const labels = new Map(rows.map((row) => [`actor:${row.id}`, row.label]));
  const actors = rows.map((row) => ({ key: `actor:${row.id}`, names: [row.id, row.label, ...row.aliases] }));
  return suggestKeys(actors, query).map((key) => describeCandidate(key, labels.get(key)));
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
