// Server mode (`?server=`): the search box asks the server; picking a match, selecting an actor
// or a claim, or following one from the Details panel opens it on the server and grows the graph
// with what is linked to it (one request at a time, in the order asked). Nodes already drawn keep
// their places, new ones start beside what they link to, and the layout settles them. A failure
// is one message; the graph on screen stays as it was.
import type Graph from 'graphology';
import type { SearchBox } from '../search/searchBox.ts';
import type { ClaimData } from '../viewer/graphData.ts';
import type { Viewer } from '../viewer/viewer.ts';
import { opensOnServer, type ServerSource } from './serverSource.ts';

export interface ServerModeHooks {
  status(text: string): void;
  describe(): string;
  fail(what: string, error: unknown): void;
  /** Whether the page still shows this server (a file opened since ends server mode). */
  active(): boolean;
  /** The graph grew: the address must list what was opened. */
  grew(): void;
}

export interface ServerMode {
  /** Opens a search match (loading it first) and selects it. */
  pick(key: string): void;
}

/** Copies the positions of nodes already drawn; places new nodes beside their placed neighbours. */
export function carryPositions(from: Graph, to: Graph): void {
  const at = (graph: Graph, node: string): { x: number; y: number } | null => {
    const { x, y } = graph.getNodeAttributes(node) as { x?: unknown; y?: unknown };
    return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
  };
  to.forEachNode((node) => {
    const old = from.hasNode(node) ? at(from, node) : null;
    if (old) to.mergeNodeAttributes(node, old);
  });
  let spread = 0;
  to.forEachNode((node) => {
    if (at(to, node)) return;
    const placed = to.neighbors(node).flatMap((n) => at(to, n) ?? []);
    if (!placed.length) return;
    const angle = (spread++ * 2.399963) % (2 * Math.PI);
    const x = placed.reduce((sum, p) => sum + p.x, 0) / placed.length + Math.cos(angle) * 5;
    const y = placed.reduce((sum, p) => sum + p.y, 0) / placed.length + Math.sin(angle) * 5;
    to.mergeNodeAttributes(node, { x, y });
  });
}

export function bindServerMode(
  source: ServerSource,
  viewer: Viewer,
  search: SearchBox,
  hooks: ServerModeHooks,
): ServerMode {
  search.setFinder({
    remote: true,
    find: async (text, signal) =>
      text.trim() ? (await source.api.search(text.trim(), signal)).map((hit) => ({ ...hit, score: 0 })) : [],
  });
  hooks.status(hooks.describe());

  let queue: Promise<void> = Promise.resolve();
  const open = (key: string, thenSelect: boolean): Promise<void> =>
    (queue = queue.then(async () => {
      if (!hooks.active() || !opensOnServer(key)) return;
      if (source.hasOpened(key)) {
        if (thenSelect) viewer.select(key, 'jump');
        return;
      }
      const label = viewer.graph.hasNode(key) ? String(viewer.graph.getNodeAttribute(key, 'label')) : key;
      hooks.status(`Asking ${source.name} for what is linked to ${label}…`);
      let grown: ClaimData | null;
      try {
        grown = await source.open(key);
      } catch (error) {
        hooks.fail(`Could not open ${label} on ${source.name}`, error);
        hooks.status(hooks.describe());
        return;
      }
      if (!hooks.active()) return;
      if (grown) {
        carryPositions(viewer.graph, grown.graph);
        const state = viewer.store.get();
        const selected = thenSelect ? key : state.selected;
        viewer.load(grown, source.name, {
          selected: selected !== null && grown.graph.hasNode(selected) ? selected : null,
          trail: (thenSelect ? [key] : state.trail).filter((k) => grown.graph.hasNode(k)),
          camera: state.camera,
        });
        viewer.startLayout();
      } else if (thenSelect) viewer.select(key, 'jump');
      hooks.grew();
      hooks.status(hooks.describe());
    }));

  viewer.store.subscribe((state, changed) => {
    if (changed.has('selected') && state.selected !== null && !source.hasOpened(state.selected))
      void open(state.selected, false);
  });
  return { pick: (key) => void open(key, true) };
}
