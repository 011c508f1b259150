// Which nodes the filters hide. Claims pass on stance, document, publication day and
// "contested only"; documents on the document filter and the day; actors on their kind and,
// while a claim filter is on, only if some shown claim still touches them, so that a
// filtered view is not a cloud of disconnected actors.
//
// A filter change on a large graph must not walk the graph: the VisibilityIndex reads what
// the filters test (stance, document, day, contested, actor kind, the claims beside each
// actor) into plain arrays once, and each change is then one pass over them into a mask,
// which the diff against the previous mask turns into the few nodes to redraw.
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

const CLAIM = 0;
const DOCUMENT = 1;
const ACTOR = 2;

/** The hidden nodes of one filter setting: a mask over the index's nodes. */
export class HiddenNodes {
  constructor(
    private readonly index: VisibilityIndex | null,
    readonly mask: Uint8Array,
  ) {}

  has(node: string): boolean {
    const at = this.index?.position.get(node);
    return at !== undefined && this.mask[at] === 1;
  }

  /** The hidden nodes' keys. */
  keys(): string[] {
    const keys: string[] = [];
    if (this.index) for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) keys.push(this.index.keys[i]!);
    return keys;
  }
}

export const NOTHING_HIDDEN = new HiddenNodes(null, new Uint8Array(0));

export class VisibilityIndex {
  readonly keys: string[] = [];
  readonly position = new Map<string, number>();
  private readonly kind: Uint8Array;
  /** Claims: the stance; documents and claims: the document id and its day; actors: the kind. */
  private readonly stance: (string | undefined)[] = [];
  private readonly doc: string[] = [];
  private readonly day: (string | undefined)[] = [];
  private readonly actorKind: string[] = [];
  private readonly contested: Uint8Array;
  /** Actor i's neighbouring claims: claims[from[i] .. from[i + 1]). */
  private readonly from: Int32Array;
  private readonly claims: Int32Array;

  constructor(graph: ClaimGraph, index: GraphIndex) {
    const n = graph.order;
    this.kind = new Uint8Array(n);
    this.contested = new Uint8Array(n);
    graph.forEachNode((node, attrs) => {
      const i = this.keys.length;
      this.keys.push(node);
      this.position.set(node, i);
      if (attrs.kind === 'claim') {
        this.kind[i] = CLAIM;
        this.stance[i] = index.stanceOf.get(node);
        this.doc[i] = attrs.doc;
        this.day[i] = index.dayOf.get(attrs.doc);
        this.contested[i] = index.contested.has(node) ? 1 : 0;
      } else if (attrs.kind === 'document') {
        this.kind[i] = DOCUMENT;
        this.doc[i] = node;
        this.day[i] = index.dayOf.get(node.slice('doc:'.length));
      } else {
        this.kind[i] = ACTOR;
        this.actorKind[i] = attrs.actorKind;
      }
    });
    // The claims beside each actor, from one pass over the edges (counting, then filling).
    this.from = new Int32Array(n + 1);
    const pairs: number[] = [];
    graph.forEachEdge((_edge, _attrs, source, target, sourceAttrs, targetAttrs) => {
      if (sourceAttrs.kind === 'actor' && targetAttrs.kind === 'claim')
        pairs.push(this.position.get(source)!, this.position.get(target)!);
      else if (targetAttrs.kind === 'actor' && sourceAttrs.kind === 'claim')
        pairs.push(this.position.get(target)!, this.position.get(source)!);
    });
    for (let p = 0; p < pairs.length; p += 2) this.from[pairs[p]! + 1]!++;
    for (let i = 0; i < n; i++) this.from[i + 1]! += this.from[i]!;
    const fill = this.from.slice(0, n);
    this.claims = new Int32Array(pairs.length / 2);
    for (let p = 0; p < pairs.length; p += 2) this.claims[fill[pairs[p]!]!++] = pairs[p + 1]!;
  }

  /** The nodes `filters` hide. */
  hidden(filters: Filters): HiddenNodes {
    const n = this.keys.length;
    const mask = new Uint8Array(n);
    if (!filtersActive(filters)) return new HiddenNodes(this, mask);
    const stances = new Set<string>(filters.stances);
    const kinds = new Set<string>(filters.actorKinds);
    const docs = new Set(filters.docs);
    const docKeys = new Set(filters.docs.map(docKey));
    const byClaims = claimFilterActive(filters);
    for (let i = 0; i < n; i++) {
      const kind = this.kind[i];
      if (kind === CLAIM) {
        const stance = this.stance[i];
        const shown =
          (stance === undefined || stances.has(stance)) &&
          (!docs.size || docs.has(this.doc[i]!)) &&
          (!filters.contestedOnly || this.contested[i] === 1) &&
          inDateRange(filters, this.day[i]);
        if (!shown) mask[i] = 1;
      } else if (kind === DOCUMENT) {
        if ((docKeys.size && !docKeys.has(this.doc[i]!)) || !inDateRange(filters, this.day[i])) mask[i] = 1;
      }
    }
    for (let i = 0; i < n; i++) {
      if (this.kind[i] !== ACTOR) continue;
      if (!kinds.has(this.actorKind[i]!)) {
        mask[i] = 1;
        continue;
      }
      if (!byClaims) continue;
      let touches = false;
      for (let k = this.from[i]!; k < this.from[i + 1]! && !touches; k++) touches = mask[this.claims[k]!] === 0;
      if (!touches) mask[i] = 1;
    }
    return new HiddenNodes(this, mask);
  }

  /** The nodes hidden in one mask and shown in the other. */
  changed(before: HiddenNodes, after: HiddenNodes): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.keys.length; i++)
      if ((before.mask[i] ?? 0) !== (after.mask[i] ?? 0)) out.push(this.keys[i]!);
    return out;
  }
}

/** The nodes `filters` hide, as a set (the index built for this one call). */
export function hiddenNodes(graph: ClaimGraph, index: GraphIndex, filters: Filters): Set<string> {
  if (!filtersActive(filters)) return new Set();
  return new Set(new VisibilityIndex(graph, index).hidden(filters).keys());
}
