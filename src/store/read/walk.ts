// reach and shortestPath on the store. The walks are those of the in-memory queries (graphology-
// traversal's breadth-first search, graphology-shortest-path's bidirectional search) with each
// step's neighbours read from the store, one query per frontier, in graphology's neighbour order:
// a node's in-neighbours, then its out-neighbours, each in the order of the first edge (of any
// kind) that joined them, which is the order buildGraph adds edges in: per statement in corpus
// order its speech act, report, about, targets and publishes edges, then the responds edges, then
// memberOf, then corroborates. So the store visits nodes, and picks among equally short paths,
// exactly as the in-memory graph does.
import type { Pool } from 'pg';
import { EDGE_KINDS, STANCES, type EdgeKind, type NodeKind } from '../../model/kinds.ts';
import { REACH_DEFAULTS } from '../../query/reach.ts';
import { DIRECTIONS, type Direction, type Path, type PathEdge, type ReachedNode } from '../../query/types.ts';
import { booleanOption, choiceOption, depthOption, edgeKindsOption, readOptions } from '../../query/validate.ts';
import { assertNodeIn, claimParts, nodesOf } from './refs.ts';
import { compareKeys } from '../order.ts';

export interface Incident {
  node: string;
  dir: 'in' | 'out';
  neighbor: string;
  kind: EdgeKind;
  /** The edge's place in insertion order: phase, statement or actor key, then its place within that. */
  phase: number;
  pos: string;
  sub: number;
  key: string;
}

const CLAIM = `'claim:' || s.doc || '/' || s.id`;
/** The edge's place among a statement's links of its kind (the `#n` of its graph key). */
const LINK_PLACE = `(SELECT count(*) FROM links b WHERE b.doc = l.doc AND b.statement = l.statement AND b.kind = l.kind
                  AND NOT b.dup AND b.idx < l.idx)`;
/** The claims asked about, read once per query (a CTE): `picked` rows are statements' walk columns. */
const PICKED = `picked AS MATERIALIZED (
  SELECT s.doc, s.id, s.pos, s.speaker, s.stance, s.responds, s.cluster FROM unnest($3::text[], $4::text[]) AS p(doc, id) JOIN statements s ON s.doc = p.doc AND s.id = p.id)`;

export type End = 'actor' | 'doc' | 'claim';

/**
 * The edges incident to a node, one SQL part per kind of edge: from a node of kind `from`, in
 * direction `dir`, to a node of kind `to`, giving edges of `kinds`. Each part selects (node, dir,
 * neighbour, kind, phase, pos, sub, key); $1 are actor ids, $2 document ids, `picked` the claims.
 */
export interface EdgePart {
  from: End;
  dir: 'in' | 'out';
  to: End;
  kinds: readonly EdgeKind[] | 'stances';
  sql: string;
}

const EDGE_PARTS: readonly EdgePart[] = [
  {
    from: 'actor',
    dir: 'in',
    to: 'claim',
    kinds: ['about', 'targets'],
    // (links carry their statement's pos: no join)
    sql: `SELECT 'actor:' || l.actor, 'in', 'claim:' || l.doc || '/' || l.statement, l.kind, 0, l.pos,
                 CASE l.kind WHEN 'about' THEN 2 ELSE 1000002 END + l.idx,
                 l.kind || ':' || l.doc || '/' || l.statement || '#' || ${LINK_PLACE}
            FROM links l WHERE l.actor = ANY($1::text[]) AND NOT l.dup`,
  },
  {
    from: 'actor',
    dir: 'in',
    to: 'actor',
    kinds: ['memberOf'],
    sql: `SELECT 'actor:' || a.member_of, 'in', 'actor:' || a.id, 'memberOf', 2, a.pos, 0, 'memberOf:' || a.id
            FROM actors a WHERE a.member_of = ANY($1::text[])`,
  },
  {
    from: 'actor',
    dir: 'out',
    to: 'claim',
    kinds: 'stances',
    sql: `SELECT 'actor:' || s.speaker, 'out', ${CLAIM}, s.stance, 0, s.pos, 0, s.stance || ':' || s.doc || '/' || s.id
            FROM statements s WHERE s.speaker = ANY($1::text[])`,
  },
  {
    from: 'actor',
    dir: 'out',
    to: 'claim',
    kinds: ['publishes'],
    sql: `SELECT 'actor:' || d.outlet_actor, 'out', ${CLAIM}, 'publishes', 0, s.pos, 3000000, 'publishes:' || s.doc || '/' || s.id
            FROM documents d JOIN statements s ON s.doc = d.id WHERE d.outlet_actor = ANY($1::text[])`,
  },
  {
    from: 'actor',
    dir: 'out',
    to: 'actor',
    kinds: ['memberOf'],
    sql: `SELECT 'actor:' || a.id, 'out', 'actor:' || a.member_of, 'memberOf', 2, a.pos, 0, 'memberOf:' || a.id
            FROM actors a WHERE a.id = ANY($1::text[]) AND a.member_of IS NOT NULL`,
  },
  {
    from: 'doc',
    dir: 'out',
    to: 'claim',
    kinds: ['reports'],
    sql: `SELECT 'doc:' || s.doc, 'out', ${CLAIM}, 'reports', 0, s.pos, 1, 'reports:' || s.doc || '/' || s.id
            FROM statements s WHERE s.doc = ANY($2::text[])`,
  },
  {
    from: 'claim',
    dir: 'in',
    to: 'actor',
    kinds: 'stances',
    sql: `SELECT ${CLAIM}, 'in', 'actor:' || s.speaker, s.stance, 0, s.pos, 0, s.stance || ':' || s.doc || '/' || s.id
            FROM picked s`,
  },
  {
    from: 'claim',
    dir: 'in',
    to: 'doc',
    kinds: ['reports'],
    sql: `SELECT ${CLAIM}, 'in', 'doc:' || s.doc, 'reports', 0, s.pos, 1, 'reports:' || s.doc || '/' || s.id FROM picked s`,
  },
  {
    from: 'claim',
    dir: 'in',
    to: 'actor',
    kinds: ['publishes'],
    sql: `SELECT ${CLAIM}, 'in', 'actor:' || d.outlet_actor, 'publishes', 0, s.pos, 3000000, 'publishes:' || s.doc || '/' || s.id
            FROM picked s JOIN documents d ON d.id = s.doc WHERE d.outlet_actor IS NOT NULL`,
  },
  {
    from: 'claim',
    dir: 'in',
    to: 'claim',
    kinds: ['responds'],
    sql: `SELECT 'claim:' || s.doc || '/' || p.id, 'in', ${CLAIM}, 'responds', 1, s.pos, r.k,
                 'responds:' || s.doc || '/' || s.id || '→' || s.doc || '/' || r.id
            FROM picked p JOIN statements s ON s.doc = p.doc AND p.id = ANY(s.responds)
            CROSS JOIN LATERAL unnest(s.responds) WITH ORDINALITY AS r(id, k) WHERE r.id = p.id`,
  },
  {
    from: 'claim',
    dir: 'in',
    to: 'claim',
    kinds: ['corroborates'],
    sql: `SELECT 'claim:' || m.cluster, 'in', 'claim:' || m.doc || '/' || m.id, 'corroborates', 3, m.pos, 0,
                 'corroborates:' || m.doc || '/' || m.id
            FROM picked p JOIN statements m ON m.cluster = p.doc || '/' || p.id
           WHERE m.doc <> p.doc OR m.id <> p.id`,
  },
  {
    from: 'claim',
    dir: 'out',
    to: 'actor',
    kinds: ['about', 'targets'],
    sql: `SELECT ${CLAIM}, 'out', 'actor:' || l.actor, l.kind, 0, s.pos, CASE l.kind WHEN 'about' THEN 2 ELSE 1000002 END + l.idx,
                 l.kind || ':' || s.doc || '/' || s.id || '#' || ${LINK_PLACE}
            FROM picked s JOIN links l ON l.doc = s.doc AND l.statement = s.id WHERE NOT l.dup`,
  },
  {
    from: 'claim',
    dir: 'out',
    to: 'claim',
    kinds: ['responds'],
    sql: `SELECT ${CLAIM}, 'out', 'claim:' || s.doc || '/' || r.id, 'responds', 1, s.pos, r.k,
                 'responds:' || s.doc || '/' || s.id || '→' || s.doc || '/' || r.id
            FROM picked s CROSS JOIN LATERAL unnest(s.responds) WITH ORDINALITY AS r(id, k)`,
  },
  {
    from: 'claim',
    dir: 'out',
    to: 'claim',
    kinds: ['corroborates'],
    sql: `SELECT ${CLAIM}, 'out', 'claim:' || s.cluster, 'corroborates', 3, s.pos, 0, 'corroborates:' || s.doc || '/' || s.id
            FROM picked s WHERE s.cluster <> s.doc || '/' || s.id`,
  },
];

const kindsOf = (part: EdgePart): readonly EdgeKind[] => (part.kinds === 'stances' ? STANCES : part.kinds);

/**
 * The parts a walk along `kinds` in `direction` needs. A neighbour's place is that of the first
 * edge of any kind joining it, so a part whose own kinds are not followed is still read when it
 * may join the same neighbours (same end kinds, same direction) as a part that is.
 */
export function partsFor(kinds: ReadonlySet<string>, direction: Direction): EdgePart[] {
  const group = (part: EdgePart) => `${part.from} ${part.dir} ${part.to}`;
  const followed = new Set(EDGE_PARTS.filter((part) => kindsOf(part).some((kind) => kinds.has(kind))).map(group));
  return EDGE_PARTS.filter((part) => (direction === 'both' || part.dir === direction) && followed.has(group(part)));
}

/**
 * The edges of the given parts touching the nodes, with their place in insertion order and, with
 * `keys`, their graph key (a walk needs only the place: without keys, an about or targets edge's
 * `#n` is not counted and its key is left incomplete).
 */
async function incident(
  pool: Pool,
  nodes: readonly string[],
  parts: readonly EdgePart[] = EDGE_PARTS,
  keys = true,
): Promise<Incident[]> {
  const actors = nodes.filter((n) => n.startsWith('actor:')).map((n) => n.slice(6));
  const docs = nodes.filter((n) => n.startsWith('doc:')).map((n) => n.slice(4));
  const claims = nodes.map(claimParts).filter((p): p is [string, string] => p !== undefined);
  const asked: Record<End, boolean> = { actor: actors.length > 0, doc: docs.length > 0, claim: claims.length > 0 };
  const chosen = parts.filter((part) => asked[part.from]);
  if (!chosen.length) return [];
  const { rows } = await pool.query<{
    node: string;
    dir: 'in' | 'out';
    neighbor: string;
    kind: EdgeKind;
    phase: number;
    pos: Buffer;
    sub: string | number;
    key: string;
  }>(
    // every parameter is named once, whichever parts are asked for
    `WITH ${PICKED}
     SELECT * FROM (${chosen.map((part) => (keys ? part.sql : part.sql.replaceAll(LINK_PLACE, "''"))).join('\nUNION ALL\n')}) AS e(node, dir, neighbor, kind, phase, pos, sub, key)
      WHERE cardinality($1::text[]) + cardinality($2::text[]) + cardinality($3::text[]) + cardinality($4::text[]) > 0`,
    [actors, docs, claims.map((c) => c[0]), claims.map((c) => c[1])],
  );
  return rows.map((r) => ({ ...r, pos: r.pos.toString('hex'), sub: Number(r.sub) }));
}

export const before = (a: Incident, b: Incident): number =>
  a.phase - b.phase || compareKeys(a.pos, b.pos) || a.sub - b.sub;

/** Each node's neighbours one step along `direction` by allowed edges, in graphology's order. */
export async function neighbours(
  pool: Pool,
  nodes: readonly string[],
  kinds: ReadonlySet<string>,
  direction: Direction,
  only: (part: EdgePart) => boolean = () => true,
): Promise<Map<string, string[]>> {
  const byNode = new Map<string, Incident[]>();
  for (const edge of await incident(pool, nodes, partsFor(kinds, direction).filter(only), false)) {
    const mine = byNode.get(edge.node);
    if (mine) mine.push(edge);
    else byNode.set(edge.node, [edge]);
  }
  const result = new Map<string, string[]>();
  for (const node of nodes) {
    const mine = byNode.get(node) ?? [];
    const out: string[] = [];
    const seen = new Set<string>();
    for (const dir of ['in', 'out'] as const) {
      if ((dir === 'in' && direction === 'out') || (dir === 'out' && direction === 'in')) continue;
      const first = new Map<string, { at: Incident; allowed: boolean }>();
      for (const edge of mine) {
        if (edge.dir !== dir) continue;
        const known = first.get(edge.neighbor);
        const allowed = kinds.has(edge.kind);
        if (!known) first.set(edge.neighbor, { at: edge, allowed });
        else {
          if (before(edge, known.at) < 0) known.at = edge;
          known.allowed ||= allowed;
        }
      }
      for (const [neighbor] of [...first].filter(([, v]) => v.allowed).sort(([, a], [, b]) => before(a.at, b.at))) {
        if (seen.has(neighbor)) continue;
        seen.add(neighbor);
        out.push(neighbor);
      }
    }
    result.set(node, out);
  }
  return result;
}

export async function reach(pool: Pool, actor: string, options?: unknown): Promise<ReachedNode[]> {
  const module = 'claimgraph/query/reach';
  await assertNodeIn(pool, module, actor, 'actor');
  const opts = readOptions(module, options, ['edgeKinds', 'depth', 'direction']);
  const kinds = new Set(edgeKindsOption(module, opts, 'edgeKinds', REACH_DEFAULTS.edgeKinds));
  const maxDepth = depthOption(module, opts, 'depth', REACH_DEFAULTS.depth);
  const direction = choiceOption(module, opts, 'direction', DIRECTIONS, REACH_DEFAULTS.direction);
  const visits: { node: string; depth: number }[] = [{ node: actor, depth: 0 }];
  const seen = new Set([actor]);
  let frontier = [actor];
  for (let depth = 0; frontier.length && depth < maxDepth; depth++) {
    const next: string[] = [];
    const found = await neighbours(pool, frontier, kinds, direction);
    for (const node of frontier)
      for (const neighbor of found.get(node) ?? []) {
        if (seen.has(neighbor)) continue;
        seen.add(neighbor);
        visits.push({ node: neighbor, depth: depth + 1 });
        next.push(neighbor);
      }
    frontier = next;
  }
  const labels = await nodesOf(
    pool,
    visits.map((v) => v.node),
  );
  return visits.map(({ node, depth }) => ({
    key: node,
    ...(labels.get(node) as { kind: NodeKind; label: string }),
    depth,
  }));
}

export async function shortestPath(pool: Pool, from: string, to: string, options?: unknown): Promise<Path | null> {
  const module = 'claimgraph/query/shortestPath';
  await assertNodeIn(pool, module, from, 'actor');
  await assertNodeIn(pool, module, to, 'actor');
  const opts = readOptions(module, options, ['edgeKinds', 'directed']);
  const kindList = edgeKindsOption(module, opts, 'edgeKinds', EDGE_KINDS);
  const kinds = new Set(kindList);
  const direction: Direction = booleanOption(module, opts, 'directed', false) ? 'out' : 'both';
  const reverse: Direction = direction === 'out' ? 'in' : 'both';
  const nodes = await bidirectional(pool, from, to, kinds, direction, reverse);
  if (!nodes) return null;
  const edges: PathEdge[] = [];
  for (let i = 1; i < nodes.length; i++)
    edges.push(await stepEdge(pool, nodes[i - 1] as string, nodes[i] as string, kindList, direction));
  const labels = await nodesOf(pool, nodes);
  return { nodes: nodes.map((key) => ({ key, ...(labels.get(key) as { kind: NodeKind; label: string }) })), edges };
}

/** graphology-shortest-path's bidirectional search, each fringe's neighbours read in one query. */
async function bidirectional(
  pool: Pool,
  source: string,
  target: string,
  kinds: ReadonlySet<string>,
  direction: Direction,
  reverse: Direction,
): Promise<string[] | null> {
  if (source === target) return [source];
  const predecessor = new Map<string, string | null>([[source, null]]);
  const successor = new Map<string, string | null>([[target, null]]);
  let forwardFringe = [source];
  let reverseFringe = [target];
  let meeting: string | undefined;
  outer: while (forwardFringe.length && reverseFringe.length) {
    const forward = forwardFringe.length <= reverseFringe.length;
    const fringe = forward ? forwardFringe : reverseFringe;
    const found = await neighbours(pool, fringe, kinds, forward ? direction : reverse);
    const next: string[] = [];
    if (forward) forwardFringe = next;
    else reverseFringe = next;
    const [mine, theirs] = forward ? [predecessor, successor] : [successor, predecessor];
    for (const node of fringe)
      for (const neighbor of found.get(node) ?? []) {
        if (!mine.has(neighbor)) {
          next.push(neighbor);
          mine.set(neighbor, node);
        }
        if (theirs.has(neighbor)) {
          meeting = neighbor;
          break outer;
        }
      }
  }
  if (meeting === undefined) return null;
  const path: string[] = [];
  for (let at: string | null | undefined = meeting; at; at = predecessor.get(at)) path.unshift(at);
  for (let at = successor.get(path[path.length - 1] as string); at; at = successor.get(at)) path.push(at);
  return path;
}

/** The edge a path step walked (EdgeKindView.stepEdge): stored from → to, else to → from; kinds in the order listed. */
async function stepEdge(
  pool: Pool,
  from: string,
  to: string,
  kinds: readonly EdgeKind[],
  direction: Direction,
): Promise<PathEdge> {
  const edges = await incident(pool, [from]);
  const take = (dir: 'in' | 'out'): Incident | undefined => {
    const between = edges.filter((e) => e.dir === dir && e.neighbor === to);
    for (const kind of kinds) {
      const edge = between.find((e) => e.kind === kind);
      if (edge) return edge;
    }
    return undefined;
  };
  const forward = direction === 'in' ? undefined : take('out');
  const edge = forward ?? (direction === 'out' ? undefined : take('in'));
  if (!edge) throw new Error(`claimgraph/store/walk: no edge between ${from} and ${to}`);
  return forward
    ? { key: edge.key, kind: edge.kind, source: from, target: to }
    : { key: edge.key, kind: edge.kind, source: to, target: from };
}
