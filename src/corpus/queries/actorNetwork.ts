// actorNetwork: who accuses, denies, rejects or asserts about whom, as a graph of actors
// only. Between two actors there is one edge per stance and direction, carrying how many
// statements are behind it (its width and label in the viewer), the claims themselves (in
// document order, so each can be opened) and how many documents report them; each actor
// carries the statements it made and received on those edges. Who a statement is between
// follows the rules of counterparts.ts. Options narrow the statements counted: stances,
// documents, a range of publication days (src/time; undated statements fall outside any
// range) and a minimum count per edge.
//
// The counting itself works on the rows of statementTable (`prepareActorLinks` once, then
// `countActorLinks` per filter), so that a caller holding them (the viewer) can count again
// for each filter without a graph walk.
import { MultiDirectedGraph } from 'graphology';
import { QueryError } from '../../errors.ts';
import { STANCES, type ActorKind, type ActorNode, type ClaimGraph, type Stance } from '../../model/index.ts';
import { statementTable, type ActorRef, type StatementRow } from '../../query/index.ts';
import { assertGraph, listOption, readOptions } from '../../query/validate.ts';
import { parseDate } from '../../time/index.ts';
import { counterparts } from './counterparts.ts';

const MODULE = 'claimgraph/corpus/actorNetwork';

export interface ActorNetworkNode {
  label: string;
  actorKind: ActorKind;
  /** Statements on the network's edges that the actor made, and that were about or against it. */
  made: number;
  received: number;
}

export interface ActorNetworkLink {
  stance: Stance;
  /** Statements behind the edge, the claims (keys, document order) and the documents reporting them. */
  statements: number;
  claims: string[];
  documents: number;
}

export type ActorNetwork = MultiDirectedGraph<ActorNetworkNode, ActorNetworkLink>;

export interface ActorNetworkOptions {
  /** Only statements of these stances. Default: all. */
  stances?: readonly Stance[];
  /** Only statements published on or after / on or before this day (any written date form). */
  from?: string;
  to?: string;
  /** Only statements of these documents (ids). */
  docs?: readonly string[];
  /** Keep only edges with at least this many statements. Default 1. */
  minStatements?: number;
}

const ARROW = '→';
// Only what would make a key ambiguous is escaped: '%' itself and the arrow.
const escapeEnd = (key: string): string => key.replace(/%/g, '%25').replace(/→/g, '%E2%86%92');

/** The key of the edge `from —stance→ to`, e.g. `link:accuses:actor:lavrov→actor:us`. */
export function actorLinkKey(stance: Stance, from: string, to: string): string {
  return `link:${stance}:${escapeEnd(from)}${ARROW}${escapeEnd(to)}`;
}

export function parseActorLinkKey(key: string): { stance: Stance; from: string; to: string } | undefined {
  const match = /^link:(\w+):([^→]*)→([^→]*)$/.exec(key);
  if (!match || !(STANCES as readonly string[]).includes(match[1] as string)) return undefined;
  try {
    return { stance: match[1] as Stance, from: decodeURIComponent(match[2]!), to: decodeURIComponent(match[3]!) };
  } catch {
    return undefined;
  }
}

export interface CountedLink extends ActorLinkEnds {
  key: string;
  statements: number;
  claims: string[];
  documents: Set<string>;
}

interface ActorLinkEnds {
  stance: Stance;
  from: ActorRef;
  to: ActorRef;
}

export interface CountedNetwork {
  /** Edges in the order their first statement comes (document order). */
  links: Map<string, CountedLink>;
  /** Actor key → statements made and received on the edges. */
  actors: Map<string, { ref: ActorRef; made: number; received: number }>;
}

/** A row with the actors at the other end of its edges, worked out once (see counterparts.ts). */
export interface PreparedRow {
  row: StatementRow;
  others: ActorRef[];
  /** The keys of its edges, one per counterpart, in the same order. */
  links: string[];
}

/** Works out, once, who each statement is between; rows without a counterpart are left out. */
export function prepareActorLinks(rows: readonly StatementRow[]): PreparedRow[] {
  const speakers = new Map<string, ActorRef>();
  for (const row of rows) speakers.set(row.claim, row.speaker);
  const speakerOf = (claim: string): ActorRef | undefined => speakers.get(claim);
  const prepared: PreparedRow[] = [];
  for (const row of rows) {
    const others = counterparts({ row, speakerOf });
    if (others.length)
      prepared.push({
        row,
        others,
        links: others.map((other) => actorLinkKey(row.stance, row.speaker.key, other.key)),
      });
  }
  return prepared;
}

/** Counts the edges of the prepared rows that `include` keeps (all by default), in document order. */
export function countActorLinks(
  prepared: readonly PreparedRow[],
  include?: (row: StatementRow) => boolean,
): CountedNetwork {
  const links = new Map<string, CountedLink>();
  const actors: CountedNetwork['actors'] = new Map();
  const actor = (ref: ActorRef) => {
    let found = actors.get(ref.key);
    if (!found) actors.set(ref.key, (found = { ref, made: 0, received: 0 }));
    return found;
  };
  for (const { row, others, links: keys } of prepared) {
    if (include && !include(row)) continue;
    actor(row.speaker).made++;
    others.forEach((other, i) => {
      actor(other).received++;
      const key = keys[i] as string;
      let link = links.get(key);
      if (!link)
        links.set(
          key,
          (link = {
            key,
            stance: row.stance,
            from: row.speaker,
            to: other,
            statements: 0,
            claims: [],
            documents: new Set(),
          }),
        );
      link.statements++;
      link.claims.push(row.claim);
      link.documents.add(row.doc);
    });
  }
  return { links, actors };
}

function dayOption(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const date = typeof value === 'string' ? parseDate(value) : undefined;
  if (!date)
    throw new QueryError(
      MODULE,
      `option ${name}: expected a date such as 2016-12-07, got ${JSON.stringify(value)}`,
      value,
    );
  return date.day;
}

/** The options, checked: the stances, days (YYYY-MM-DD, inclusive) and documents kept, and the least statements an edge needs. */
export interface NetworkSelection {
  stances: readonly Stance[];
  from?: string;
  to?: string;
  docs?: readonly string[];
  minStatements: number;
}

export function networkSelection(options: ActorNetworkOptions | undefined): NetworkSelection {
  const opts = readOptions(MODULE, options, ['stances', 'from', 'to', 'docs', 'minStatements']);
  const stances = listOption(MODULE, opts, 'stances', STANCES, STANCES, 'stance');
  const from = dayOption('from', opts.from);
  const to = dayOption('to', opts.to);
  if (from !== undefined && to !== undefined && from > to)
    throw new QueryError(MODULE, `option from (${from}) is after option to (${to})`, opts.from);
  const docs = opts.docs;
  if (docs !== undefined && (!Array.isArray(docs) || !docs.every((doc) => typeof doc === 'string')))
    throw new QueryError(MODULE, `option docs: expected a list of document ids, got ${JSON.stringify(docs)}`, docs);
  const min = opts.minStatements ?? 1;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1)
    throw new QueryError(MODULE, `option minStatements: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  return {
    stances,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(docs !== undefined ? { docs: docs as string[] } : {}),
    minStatements: min,
  };
}

/** The row filter the options describe. */
export function rowFilter(options: ActorNetworkOptions | undefined): (row: StatementRow) => boolean {
  const { from, to, docs, ...selection } = networkSelection(options);
  const stances = new Set(selection.stances);
  const docSet = docs === undefined ? undefined : new Set(docs);
  const dated = from !== undefined || to !== undefined;
  return (row) => {
    if (!stances.has(row.stance)) return false;
    if (docSet && !docSet.has(row.doc)) return false;
    if (!dated) return true;
    const day = row.date?.day;
    return day !== undefined && (from === undefined || day >= from) && (to === undefined || day <= to);
  };
}

export function actorNetwork(graph: ClaimGraph, options?: ActorNetworkOptions): ActorNetwork {
  assertGraph(MODULE, graph);
  const include = rowFilter(options);
  const { minStatements } = networkSelection(options);
  const counted = countActorLinks(prepareActorLinks(statementTable(graph)), include);
  return networkOf(tallies(counted), minStatements, (key) => {
    const actor = graph.getNodeAttributes(key) as ActorNode;
    return { label: actor.label, actorKind: actor.actorKind };
  });
}

/** An edge as counted, in memory or by the store: its statements, their claims in document order, and how many documents report them. */
export interface LinkTally extends ActorLinkEnds {
  key: string;
  statements: number;
  claims: string[];
  documents: number;
}

/** The counted links as tallies, in their order. */
export const tallies = (counted: CountedNetwork): LinkTally[] =>
  [...counted.links.values()].map((link) => ({ ...link, documents: link.documents.size }));

/**
 * The network of the links (in the order their first statement comes) with at least `min`
 * statements; `actor` names an actor's label and kind (the graph's node, or the store's row).
 */
export function networkOf(
  links: readonly LinkTally[],
  min: number,
  actor: (key: string) => { label: string; actorKind: ActorKind },
): ActorNetwork {
  const network: ActorNetwork = new MultiDirectedGraph();
  const kept = links.filter((link) => link.statements >= min);
  for (const link of kept) {
    for (const end of [link.from, link.to]) {
      if (network.hasNode(end.key)) continue;
      network.addNode(end.key, { ...actor(end.key), made: 0, received: 0 });
    }
    network.addDirectedEdgeWithKey(link.key, link.from.key, link.to.key, {
      stance: link.stance,
      statements: link.statements,
      claims: link.claims,
      documents: link.documents,
    });
  }
  // Statements, not edge ends: a statement against two actors is made once.
  const claimsMade = new Map<string, Set<string>>();
  const claimsReceived = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, claim: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(claim);
  };
  for (const link of kept) {
    for (const claim of link.claims) {
      add(claimsMade, link.from.key, claim);
      add(claimsReceived, link.to.key, claim);
    }
  }
  network.forEachNode((key) => {
    network.mergeNodeAttributes(key, {
      made: claimsMade.get(key)?.size ?? 0,
      received: claimsReceived.get(key)?.size ?? 0,
    });
  });
  return network;
}
