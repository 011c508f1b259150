// reach a page at a time: the breadth-first walk of walk.ts run lazily, so that a page costs what
// comes before it in the answer and no more. Around a busy actor the answer is mostly its own
// claims (at 1M statements the busiest actor's depth-2 answer holds ~120,000 claims and ~7,000
// actors): an actor's neighbours are therefore read a chunk of claims at a time, by keyset on the
// statements' order key straight from the indexes (statements by speaker and pos, links by actor
// and pos, documents by outlet and order), and other nodes' neighbours a batch of nodes at a time.
// A page is `limit` nodes in visit order; its cursor is the last node's key (hex), and the next
// page is the nodes visited after that node.
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import type { NodeKind } from '../../model/kinds.ts';
import { REACH_DEFAULTS } from '../../query/reach.ts';
import { DIRECTIONS, type Direction, type ReachedNode } from '../../query/types.ts';
import { choiceOption, depthOption, edgeKindsOption } from '../../query/validate.ts';
import { bytea, compareKeys } from '../order.ts';
import { cursorNode, nodeCursor, pageOptions, type Page } from '../page.ts';
import { assertNodeIn, nodesOf } from './refs.ts';
import { neighbours, partsFor, type EdgePart } from './walk.ts';

const MODULE = 'claimgraph/query/reach';

/** A claim edge of an actor as a chunk reads it: the claim's order key and the edge's kind. */
interface ClaimEdge {
  claim: string;
  pos: string;
  kind: string;
}

/**
 * A keyset read of one of an actor's claim parts: the edges whose claim's order key is after
 * `after`, in that order, `size` claims or so a round. `upTo` is the key up to which the read is
 * whole (every edge of this part at or before it has been read); `done` when nothing is left.
 */
type ChunkRead = (
  pool: Pool,
  actor: string,
  after: string,
  size: number,
) => Promise<{ edges: ClaimEdge[]; upTo: string; done: boolean }>;

const rowsOf = (rows: { claim: string; pos: Buffer; kind: string }[]): ClaimEdge[] =>
  rows.map((r) => ({ claim: r.claim, pos: r.pos.toString('hex'), kind: r.kind }));

/** The chunked reads of the parts walk.ts names (by their kinds), for an actor's claim edges. */
const CHUNKS: readonly { dir: 'in' | 'out'; kinds: string; read: ChunkRead }[] = [
  {
    // about and targets: a claim's links to the actor share its pos, so whole claims are read
    dir: 'in',
    kinds: 'about,targets',
    read: async (pool, actor, after, size) => {
      const { rows } = await pool.query<{ claim: string; pos: Buffer; kind: string }>(
        `SELECT 'claim:' || l.doc || '/' || l.statement AS claim, l.pos, l.kind FROM links l
          WHERE l.actor = $1 AND NOT l.dup AND l.pos IN (
            SELECT pos FROM links WHERE actor = $1 AND NOT dup AND pos > $2 ORDER BY pos LIMIT $3)`,
        [actor, bytea(after), size],
      );
      const edges = rowsOf(rows).sort((a, b) => compareKeys(a.pos, b.pos));
      return { edges, upTo: edges[edges.length - 1]?.pos ?? after, done: edges.length < size };
    },
  },
  {
    dir: 'out',
    kinds: 'asserts,accuses,denies,rejects',
    read: async (pool, actor, after, size) => {
      const { rows } = await pool.query<{ claim: string; pos: Buffer; kind: string }>(
        `SELECT 'claim:' || doc || '/' || id AS claim, pos, stance AS kind FROM statements
          WHERE speaker = $1 AND pos > $2 ORDER BY pos LIMIT $3`,
        [actor, bytea(after), size],
      );
      const edges = rowsOf(rows);
      return { edges, upTo: edges[edges.length - 1]?.pos ?? after, done: edges.length < size };
    },
  },
  {
    // the documents an outlet publishes, in document order (a statement's key is its document's and then its place)
    dir: 'out',
    kinds: 'publishes',
    read: async (pool, actor, after, size) => {
      const docs = Math.max(1, Math.ceil(size / 4));
      const { rows } = await pool.query<{ ord: Buffer; claim: string | null; pos: Buffer | null }>(
        `SELECT d.ord, 'claim:' || s.doc || '/' || s.id AS claim, s.pos
           FROM (SELECT id, ord FROM documents WHERE outlet_actor = $1 AND ord >= substring($2::bytea FROM 1 FOR greatest(octet_length($2::bytea) - 4, 0))
                  ORDER BY ord LIMIT $3) d
           LEFT JOIN statements s ON s.doc = d.id AND s.pos > $2
          ORDER BY d.ord, s.pos`,
        [actor, bytea(after), docs],
      );
      const edges = rows
        .filter((r): r is { ord: Buffer; claim: string; pos: Buffer } => r.claim !== null && r.pos !== null)
        .map((r) => ({ claim: r.claim, pos: r.pos.toString('hex'), kind: 'publishes' }));
      const lastDoc = rows[rows.length - 1]?.ord.toString('hex');
      const done = new Set(rows.map((r) => r.ord.toString('hex'))).size < docs;
      // every statement of the last document read is read: up to the end of its keys
      return { edges, upTo: lastDoc === undefined ? after : `${lastDoc}ffffffff`, done };
    },
  },
];

const partKinds = (part: EdgePart) =>
  part.kinds === 'stances' ? 'asserts,accuses,denies,rejects' : part.kinds.join(',');

/**
 * An actor's neighbours one step along `direction` in graphology's order (walk.ts neighbours for
 * one actor), read lazily: each direction's claims a chunk at a time, in order of their key
 * (every edge between an actor and a claim carries the claim's key, so a claim's edges are read
 * together and it is listed when one of them is of an allowed kind), then its memberOf neighbours.
 * A claim may come twice (in, then out); the walk keeps the first.
 */
async function* actorNeighbours(
  pool: Pool,
  actor: string,
  kinds: ReadonlySet<string>,
  direction: Direction,
): AsyncGenerator<string> {
  const parts = partsFor(kinds, direction).filter((part) => part.from === 'actor');
  const id = actor.slice('actor:'.length);
  for (const dir of ['in', 'out'] as const) {
    const mine = parts.filter((part) => part.dir === dir);
    // a read none of whose kinds is followed is left out: its edges share their claims' keys with
    // the other reads' edges, so they could neither list a claim nor move one
    const reads = CHUNKS.filter(
      (chunk) =>
        chunk.dir === dir &&
        chunk.kinds.split(',').some((kind) => kinds.has(kind)) &&
        mine.some((part) => part.to === 'claim' && partKinds(part) === chunk.kinds),
    ).map((chunk) => ({ read: chunk.read, edges: [] as ClaimEdge[], upTo: '', done: false }));
    let size = 64;
    while (reads.some((r) => r.edges.length || !r.done)) {
      for (const r of reads)
        if (!r.done && r.edges.length < size) {
          const got = await r.read(pool, id, r.upTo, size);
          r.edges.push(...got.edges);
          [r.upTo, r.done] = [got.upTo, got.done];
        }
      // every claim up to the least key read whole by all reads is complete
      const open = reads.filter((r) => !r.done).map((r) => r.upTo);
      const horizon = open.length ? open.reduce((a, b) => (a < b ? a : b)) : undefined;
      const ready: ClaimEdge[] = [];
      for (const r of reads) {
        const cut = horizon === undefined ? r.edges.length : r.edges.findIndex((e) => e.pos > horizon);
        const at = cut < 0 ? r.edges.length : cut;
        ready.push(...r.edges.slice(0, at));
        r.edges = r.edges.slice(at);
      }
      ready.sort((a, b) => compareKeys(a.pos, b.pos));
      for (let i = 0; i < ready.length;) {
        const { claim, pos } = ready[i] as ClaimEdge;
        let allowed = false;
        for (; i < ready.length && (ready[i] as ClaimEdge).pos === pos; i++)
          allowed ||= kinds.has((ready[i] as ClaimEdge).kind);
        if (allowed) yield claim;
      }
      size = Math.min(size * 4, 8192);
    }
    // memberOf: actors, after every claim (walk.ts phases)
    const members = mine.filter((part) => part.to === 'actor');
    if (members.length) {
      const found = await neighbours(pool, [actor], kinds, dir, (part) => part.to === 'actor');
      for (const node of found.get(actor) ?? []) if (node.startsWith('actor:')) yield node;
    }
  }
}

/** Nodes read together when they are not actors (claims, documents: a few edges each). */
const BATCH_FIRST = 32;
const BATCH_MAX = 2048;

/** reach's visits in order (walk.ts), read no further than the caller takes them. */
async function* visits(
  pool: Pool,
  actor: string,
  kinds: ReadonlySet<string>,
  direction: Direction,
  maxDepth: number,
): AsyncGenerator<{ node: string; depth: number }> {
  yield { node: actor, depth: 0 };
  const seen = new Set([actor]);
  let frontier = [actor];
  let batch = BATCH_FIRST;
  for (let depth = 0; frontier.length && depth < maxDepth; depth++) {
    const next: string[] = [];
    for (let at = 0; at < frontier.length;) {
      const node = frontier[at] as string;
      if (node.startsWith('actor:')) {
        for await (const neighbor of actorNeighbours(pool, node, kinds, direction)) {
          if (seen.has(neighbor)) continue;
          seen.add(neighbor);
          next.push(neighbor);
          yield { node: neighbor, depth: depth + 1 };
        }
        at++;
        continue;
      }
      let end = at;
      while (end < frontier.length && end - at < batch && !(frontier[end] as string).startsWith('actor:')) end++;
      const parents = frontier.slice(at, end);
      const found = await neighbours(pool, parents, kinds, direction);
      for (const parent of parents)
        for (const neighbor of found.get(parent) ?? []) {
          if (seen.has(neighbor)) continue;
          seen.add(neighbor);
          next.push(neighbor);
          yield { node: neighbor, depth: depth + 1 };
        }
      batch = Math.min(batch * 2, BATCH_MAX);
      at = end;
    }
    frontier = next;
  }
}

export async function reachPage(pool: Pool, actor: string, options?: unknown): Promise<Page<ReachedNode>> {
  const { limit, after, rest } = pageOptions(MODULE, options, ['edgeKinds', 'depth', 'direction']);
  await assertNodeIn(pool, MODULE, actor, 'actor');
  const kinds = new Set(edgeKindsOption(MODULE, rest, 'edgeKinds', REACH_DEFAULTS.edgeKinds));
  const maxDepth = depthOption(MODULE, rest, 'depth', REACH_DEFAULTS.depth);
  const direction = choiceOption(MODULE, rest, 'direction', DIRECTIONS, REACH_DEFAULTS.direction);
  const from = after ? cursorNode(MODULE, after) : undefined;
  const taken: { node: string; depth: number }[] = [];
  let found = from === undefined;
  let more = false;
  for await (const visit of visits(pool, actor, kinds, direction, maxDepth)) {
    if (!found) {
      found = visit.node === from;
      continue;
    }
    if (taken.length === limit) {
      more = true;
      break;
    }
    taken.push(visit);
  }
  if (!found) throw new QueryError(MODULE, `option after: ${from} is not in this answer`, after);
  const labels = await nodesOf(
    pool,
    taken.map((v) => v.node),
  );
  const items = taken.map(({ node, depth }) => ({
    key: node,
    ...(labels.get(node) as { kind: NodeKind; label: string }),
    depth,
  }));
  return more ? { items, next: nodeCursor(items[items.length - 1]?.key as string) } : { items };
}
