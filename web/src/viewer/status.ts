// The status line and the error message: what the viewer is doing (layout, extraction with
// a progress bar), and a visible, dismissable message when a file could not be opened.
import { byId, h, replaceChildren } from '../dom/h.ts';

export function setStatus(text: string, progress?: { done: number; total: number }): void {
  const bar = progress ? h('progress', { max: progress.total, value: progress.done, 'aria-label': 'Progress' }) : null;
  replaceChildren(byId('status'), text, bar);
}

export function showMessage(text: string): void {
  const box = byId('message');
  replaceChildren(
    box,
    text,
    h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => (box.hidden = true) }, '×'),
  );
  box.hidden = false;
}

export function hideMessage(): void {
  byId('message').hidden = true;
}
