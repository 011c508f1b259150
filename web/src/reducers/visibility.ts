// Which nodes the filters hide. Claims pass on stance, document, publication day and
// "contested only";
// documents on the document filter; actors on their kind and, while a claim filter is on,
// only if some shown claim still touches them, so that a filtered view is not a cloud of
// disconnected actors.
import type { ClaimGraph } from '../../../src/model/index.ts';
import { ACTOR_KINDS, STANCES, docKey } from '../../../src/model/index.ts';
import type { Filters } from '../state/types.ts';
import type { GraphIndex } from './graphIndex.ts';

export function claimFilterActive(filters: Filters): boolean {
  return (
    filters.stances.length !== STANCES.length ||
    filters.docs.length > 0 ||
    filters.contestedOnly ||
    filters.from !== null ||
    filters.to !== null
  );
}

/** Whether a document's day (undefined: undated) is inside the filters' date range; undated documents are outside any range. */
export function inDateRange(filters: Pick<Filters, 'from' | 'to'>, day: string | undefined): boolean {
  if (filters.from === null && filters.to === null) return true;
  return (
    day !== undefined && (filters.from === null || day >= filters.from) && (filters.to === null || day <= filters.to)
  );
}

export function filtersActive(filters: Filters): boolean {
  return claimFilterActive(filters) || filters.actorKinds.length !== ACTOR_KINDS.length;
}

export function hiddenNodes(graph: ClaimGraph, index: GraphIndex, filters: Filters): Set<string> {
  const hidden = new Set<string>();
  if (!filtersActive(filters)) return hidden;
  const stances = new Set(filters.stances);
  const kinds = new Set<string>(filters.actorKinds);
  const docs = new Set(filters.docs);
  const docKeys = new Set(filters.docs.map(docKey));
  const byClaims = claimFilterActive(filters);
  graph.forEachNode((node, attrs) => {
    if (attrs.kind === 'claim') {
      const stance = index.stanceOf.get(node);
      const shown =
        (stance === undefined || stances.has(stance)) &&
        (!docs.size || docs.has(attrs.doc)) &&
        (!filters.contestedOnly || index.contested.has(node)) &&
        inDateRange(filters, index.dayOf.get(attrs.doc));
      if (!shown) hidden.add(node);
    } else if (attrs.kind === 'document') {
      if (docKeys.size && !docKeys.has(node)) hidden.add(node);
      else if (!inDateRange(filters, index.dayOf.get(node.slice('doc:'.length)))) hidden.add(node);
    }
  });
  graph.forEachNode((node, attrs) => {
    if (attrs.kind !== 'actor') return;
    if (!kinds.has(attrs.actorKind)) {
      hidden.add(node);
      return;
    }
    if (!byClaims) return;
    const touchesShownClaim = graph.someNeighbor(node, (neighbour, n) => n.kind === 'claim' && !hidden.has(neighbour));
    if (!touchesShownClaim) hidden.add(node);
  });
  return hidden;
}
