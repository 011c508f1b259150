// "Share link": a small panel with the address that reopens what is on screen (the graph's
// source in the query, the view in the hash), a button that copies it, and one plain
// sentence about what the link carries. A graph opened from this computer is not in the
// link, and the panel says so rather than hand out a link that silently shows another graph.
import { h, replaceChildren } from '../dom/h.ts';
import { DEFAULT_SOURCE } from '../data/defaultGraph.ts';
import { addressFor } from '../source/fromLocation.ts';
import type { GraphSource } from '../source/types.ts';

export function shareNote(source: GraphSource): string {
  if (source.query === null)
    return (
      `${source.name} was opened from this computer: the file is not in the link, so whoever opens it sees ` +
      `the default graph (${DEFAULT_SOURCE}) instead. To share this graph, put the file on a web server (or beside ` +
      `the viewer) and open it with ?graph=<its address>.`
    );
  if (source.query.graph !== undefined) return `The link opens ${source.query.graph} with this view.`;
  if (source.query.server !== undefined) {
    const opened = source.query.open ? source.query.open.split(',').length : 0;
    return (
      `The link asks the server ${source.query.server} again for the ${opened} node${opened === 1 ? '' : 's'} opened ` +
      `so far and shows this view; whoever opens it must be able to reach that server.`
    );
  }
  if (source.query.synthetic !== undefined)
    return `The link opens the same synthetic graph (${source.query.synthetic} nodes) with this view.`;
  return 'The link opens the default graph with this view.';
}

export function shareLink(source: GraphSource, href: string): string {
  const url = addressFor(source, href);
  return url.href;
}

export function bindShare(button: HTMLButtonElement, panel: HTMLElement, source: () => GraphSource): void {
  const close = (): void => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  const open = (): void => {
    const link = shareLink(source(), location.href);
    const field = h('input', { type: 'text', readonly: true, value: link, id: 'share-link', 'aria-label': 'Link' });
    const status = h('span', { className: 'share-status', role: 'status' });
    const copy = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          field.select();
          navigator.clipboard
            ?.writeText(link)
            .then(() => (status.textContent = 'Copied.'))
            .catch(() => (status.textContent = 'Press Ctrl+C to copy.'));
        },
      },
      'Copy link',
    );
    replaceChildren(
      panel,
      h('p', { className: 'share-note' }, shareNote(source())),
      h('div', { className: 'row' }, field, copy, status),
      h('button', { type: 'button', className: 'share-close', 'aria-label': 'Close', onclick: close }, '×'),
    );
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    field.focus();
    field.select();
  };
  button.addEventListener('click', () => (panel.hidden ? open() : close()));
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      close();
      button.focus();
      event.stopPropagation();
    }
  });
}
