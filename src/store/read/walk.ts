// reach and shortestPath on the store. The walks are those of the in-memory queries (graphology-
// traversal's breadth-first search, graphology-shortest-path's bidirectional search) with each
// step's neighbours read from the store, one query per frontier, in graphology's neighbour order:
// a node's in-neighbours, then its out-neighbours, each in the order of the first edge (of any
// kind) that joined them, which is the order buildGraph adds edges in: per statement in corpus
// order its speech act, report, about, targets and publishes edges, then the responds edges, then
// memberOf, then corroborates. So the store visits nodes, and picks among equally short paths,
// exactly as the in-memory graph does.
import type { Pool } from 'pg';
import { EDGE_KINDS, type EdgeKind, type NodeKind } from '../../model/kinds.ts';
import { REACH_DEFAULTS } from '../../query/reach.ts';
import { DIRECTIONS, type Direction, type Path, type PathEdge, type ReachedNode } from '../../query/types.ts';
import { booleanOption, choiceOption, depthOption, edgeKindsOption, readOptions } from '../../query/validate.ts';
import { assertNodeIn, claimParts, nodeOf } from './refs.ts';

interface Incident {
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

/** Every edge touching the nodes, with its place in insertion order and its graph key. */
async function incident(pool: Pool, nodes: readonly string[]): Promise<Incident[]> {
  const actors = nodes.filter((n) => n.startsWith('actor:')).map((n) => n.slice(6));
  const docs = nodes.filter((n) => n.startsWith('doc:')).map((n) => n.slice(4));
  const claims = nodes.map(claimParts).filter((p): p is [string, string] => p !== undefined);
  const parts: string[] = [];
  const params: unknown[] = [actors, docs, claims.map((c) => c[0]), claims.map((c) => c[1])];
  const link = `(SELECT count(*) FROM links b WHERE b.doc = l.doc AND b.statement = l.statement AND b.kind = l.kind
                  AND NOT b.dup AND b.idx < l.idx)`;
  if (actors.length)
    parts.push(
      `SELECT 'actor:' || l.actor, 'in', ${CLAIM}, l.kind, 0, s.pos, CASE l.kind WHEN 'about' THEN 2 ELSE 1000002 END + l.idx,
              l.kind || ':' || s.doc || '/' || s.id || '#' || ${link}
         FROM links l JOIN statements s ON s.doc = l.doc AND s.id = l.statement WHERE l.actor = ANY($1::text[]) AND NOT l.dup`,
      `SELECT 'actor:' || a.member_of, 'in', 'actor:' || a.id, 'memberOf', 2, a.pos, 0, 'memberOf:' || a.id
         FROM actors a WHERE a.member_of = ANY($1::text[])`,
      `SELECT 'actor:' || s.speaker, 'out', ${CLAIM}, s.stance, 0, s.pos, 0, s.stance || ':' || s.doc || '/' || s.id
         FROM statements s WHERE s.speaker = ANY($1::text[])`,
      `SELECT 'actor:' || d.outlet_actor, 'out', ${CLAIM}, 'publishes', 0, s.pos, 3000000, 'publishes:' || s.doc || '/' || s.id
         FROM documents d JOIN statements s ON s.doc = d.id WHERE d.outlet_actor = ANY($1::text[])`,
      `SELECT 'actor:' || a.id, 'out', 'actor:' || a.member_of, 'memberOf', 2, a.pos, 0, 'memberOf:' || a.id
         FROM actors a WHERE a.id = ANY($1::text[]) AND a.member_of IS NOT NULL`,
    );
  if (docs.length)
    parts.push(
      `SELECT 'doc:' || s.doc, 'out', ${CLAIM}, 'reports', 0, s.pos, 1, 'reports:' || s.doc || '/' || s.id
         FROM statements s WHERE s.doc = ANY($2::text[])`,
    );
  if (claims.length) {
    const picked = `statements s JOIN unnest($3::text[], $4::text[]) AS p(doc, id) ON s.doc = p.doc AND s.id = p.id`;
    parts.push(
      `SELECT ${CLAIM}, 'in', 'actor:' || s.speaker, s.stance, 0, s.pos, 0, s.stance || ':' || s.doc || '/' || s.id FROM ${picked}`,
      `SELECT ${CLAIM}, 'in', 'doc:' || s.doc, 'reports', 0, s.pos, 1, 'reports:' || s.doc || '/' || s.id FROM ${picked}`,
      `SELECT ${CLAIM}, 'in', 'actor:' || d.outlet_actor, 'publishes', 0, s.pos, 3000000, 'publishes:' || s.doc || '/' || s.id
         FROM ${picked} JOIN documents d ON d.id = s.doc WHERE d.outlet_actor IS NOT NULL`,
      `SELECT 'claim:' || s.doc || '/' || p.id, 'in', ${CLAIM}, 'responds', 1, s.pos, r.k,
              'responds:' || s.doc || '/' || s.id || '→' || s.doc || '/' || r.id
         FROM unnest($3::text[], $4::text[]) AS p(doc, id) JOIN statements s ON s.doc = p.doc AND p.id = ANY(s.responds)
         CROSS JOIN LATERAL unnest(s.responds) WITH ORDINALITY AS r(id, k) WHERE r.id = p.id`,
      `SELECT m.cluster, 'in', 'claim:' || m.doc || '/' || m.id, 'corroborates', 3, m.pos, 0,
              'corroborates:' || m.doc || '/' || m.id
         FROM statements m JOIN unnest($3::text[], $4::text[]) AS p(doc, id) ON m.cluster = p.doc || '/' || p.id
        WHERE m.doc <> p.doc OR m.id <> p.id`,
      `SELECT ${CLAIM}, 'out', 'actor:' || l.actor, l.kind, 0, s.pos, CASE l.kind WHEN 'about' THEN 2 ELSE 1000002 END + l.idx,
              l.kind || ':' || s.doc || '/' || s.id || '#' || ${link}
         FROM ${picked} JOIN links l ON l.doc = s.doc AND l.statement = s.id WHERE NOT l.dup`,
      `SELECT ${CLAIM}, 'out', 'claim:' || s.doc || '/' || r.id, 'responds', 1, s.pos, r.k,
              'responds:' || s.doc || '/' || s.id || '→' || s.doc || '/' || r.id
         FROM ${picked} CROSS JOIN LATERAL unnest(s.responds) WITH ORDINALITY AS r(id, k)`,
      `SELECT ${CLAIM}, 'out', 'claim:' || s.cluster, 'corroborates', 3, s.pos, 0, 'corroborates:' || s.doc || '/' || s.id
         FROM ${picked} WHERE s.cluster <> s.doc || '/' || s.id`,
    );
  }
  if (!parts.length) return [];
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
    `SELECT * FROM (${parts.join('\nUNION ALL\n')}) AS e(node, dir, neighbor, kind, phase, pos, sub, key)
      WHERE cardinality($1::text[]) + cardinality($2::text[]) + cardinality($3::text[]) + cardinality($4::text[]) > 0`,
    params,
  );
  return rows.map((r) => ({ ...r, pos: r.pos.toString('hex'), sub: Number(r.sub) }));
}

const before = (a: Incident, b: Incident): number =>
  a.phase - b.phase || (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : 0) || a.sub - b.sub;

/** Each node's neighbours one step along `direction` by allowed edges, in graphology's order. */
async function neighbours(
  pool: Pool,
  nodes: readonly string[],
  kinds: ReadonlySet<string>,
  direction: Direction,
): Promise<Map<string, string[]>> {
  const edges = await incident(pool, nodes);
  const result = new Map<string, string[]>();
  for (const node of nodes) {
    const mine = edges.filter((e) => e.node === node);
    const out: string[] = [];
    const seen = new Set<string>();
    for (const dir of ['in', 'out'] as const) {
      if ((dir === 'in' && direction === 'out') || (dir === 'out' && direction === 'in')) continue;
      const first = new Map<string, { at: Incident; allowed: boolean }>();
      for (const edge of mine.filter((e) => e.dir === dir)) {
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
  const labels = await describe(
    pool,
    visits.map((v) => v.node),
  );
  return visits.map(({ node, depth }) => ({
    key: node,
    ...(labels.get(node) as { kind: NodeKind; label: string }),
    depth,
  }));
}

async function describe(pool: Pool, keys: readonly string[]): Promise<Map<string, { kind: NodeKind; label: string }>> {
  const result = new Map<string, { kind: NodeKind; label: string }>();
  for (const key of keys) result.set(key, (await nodeOf(pool, key)) as { kind: NodeKind; label: string });
  return result;
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
  const labels = await describe(pool, nodes);
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
