// Keyboard control of the graph: arrow keys move a cursor over the selection's neighbours
// (shown highlighted and named in the status line), Enter follows the cursor, Escape clears
// the selection. Keys typed into form fields are left alone.
import type { Viewer } from '../viewer/viewer.ts';
import { moveCursor } from './neighbourCursor.ts';

const isField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && target.matches('input, select, textarea, button, [contenteditable]');

export function bindKeys(viewer: Viewer, announce: (text: string) => void): void {
  window.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { store } = viewer;
    const state = store.get();
    if (event.key === 'Escape') {
      if (state.selected !== null) {
        viewer.select(null);
        announce('Selection cleared');
        event.preventDefault();
      }
      return;
    }
    if (isField(event.target) || state.selected === null) return;
    if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(event.key)) {
      const neighbours = viewer.scene.neighbours(state.selected);
      const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
      const cursor = moveCursor(neighbours, state.cursor, step);
      store.update({ cursor });
      if (cursor)
        announce(
          `${neighbours.indexOf(cursor) + 1} of ${neighbours.length}: ${String(viewer.scene.graph.getNodeAttribute(cursor, 'label') ?? cursor)} — Enter to follow`,
        );
      event.preventDefault();
    } else if (event.key === 'Enter' && state.cursor !== null) {
      const next = state.cursor;
      viewer.select(next, 'follow');
      void viewer.centreOn(next);
      event.preventDefault();
    }
  });
}
