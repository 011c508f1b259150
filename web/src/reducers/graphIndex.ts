// What the reducers need to know about each node that the graph does not say directly: its
// resting colour and size, a claim's stance and document, and which claims are contested.
// Built once per loaded graph (linear in nodes and edges), so a refresh is a lookup per item.
import { isStance, type ActorKind, type ClaimGraph, type Stance } from '../../../src/model/index.ts';
import { contested } from '../../../src/query/index.ts';
import { documentDate } from '../../../src/time/index.ts';
import { ACTOR_KIND_COLORS, DOCUMENT_COLOR, SIZES, STANCE_COLORS, actorSize, sizeScale } from './palette.ts';

export interface NodeStyle {
  color: string;
  size: number;
  /** Higher draws on top and wins the label grid first. */
  zIndex: number;
}

export interface GraphIndex {
  styles: ReadonlyMap<string, NodeStyle>;
  /** Claim key → stance of the statement that made it. */
  stanceOf: ReadonlyMap<string, Stance>;
  /** Claim key → document id. */
  docOf: ReadonlyMap<string, string>;
  /** Claims that some statement denies or rejects, and the claims that do. */
  contested: ReadonlySet<string>;
  /** Document id → its publication day (src/time), for dated documents. */
  dayOf: ReadonlyMap<string, string>;
  /** Actor key → actor kind. */
  actorKindOf: ReadonlyMap<string, ActorKind>;
  /** How many documents the graph holds. */
  documents: number;
}

/** Contested claims and the claims that contest them, from the library's `contested` query. */
export function contestedKeys(graph: ClaimGraph): string[] {
  return contested(graph).flatMap((item) => [item.claim.claim, ...item.contestedBy.map((by) => by.statement.claim)]);
}

export function buildGraphIndex(graph: ClaimGraph): GraphIndex {
  const stanceOf = new Map<string, Stance>();
  const docOf = new Map<string, string>();
  const styles = new Map<string, NodeStyle>();
  const dayOf = new Map<string, string>();
  const actorKindOf = new Map<string, ActorKind>();
  let documents = 0;
  const scale = sizeScale(graph.order);
  graph.forEachEdge((_edge, attrs, _source, target) => {
    if (isStance(attrs.kind)) stanceOf.set(target, attrs.kind);
  });
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'actor') {
      actorKindOf.set(node, attrs.actorKind);
      const color = ACTOR_KIND_COLORS[attrs.actorKind] ?? ACTOR_KIND_COLORS.other;
      styles.set(node, { color, size: actorSize(graph.degree(node)) * scale, zIndex: 2 });
    } else if (attrs.kind === 'claim') {
      docOf.set(node, attrs.doc);
      const stance = stanceOf.get(node);
      styles.set(node, {
        color: stance ? STANCE_COLORS[stance] : DOCUMENT_COLOR,
        size: Math.max(1.5, SIZES.claim * scale),
        zIndex: 0,
      });
    } else {
      documents++;
      const day = documentDate(attrs)?.day;
      if (day !== undefined) dayOf.set(node.slice('doc:'.length), day);
      styles.set(node, { color: DOCUMENT_COLOR, size: SIZES.document * scale, zIndex: 1 });
    }
  });
  return { styles, stanceOf, docOf, contested: new Set(contestedKeys(graph)), dayOf, actorKindOf, documents };
}
