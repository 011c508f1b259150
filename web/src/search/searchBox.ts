// The search box: an ARIA combobox labelled "Search actors and claims" whose listbox shows
// matches as the user types. Arrow keys move through the matches, Enter picks the active
// one (or the first), Escape closes the list.
import { h, replaceChildren } from '../dom/h.ts';
import { searchGraph, type SearchHit, type SearchIndex } from './searchIndex.ts';

export const SEARCH_LABEL = 'Search actors and claims';

export interface SearchBox {
  input: HTMLInputElement;
  setIndex(index: SearchIndex): void;
}

export function createSearchBox(root: HTMLElement, initial: SearchIndex, onPick: (key: string) => void): SearchBox {
  let index = initial;
  let hits: SearchHit[] = [];
  let active = -1;
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'Search actors and claims…',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
  });
  const list = h('ul', { id: 'search-results', role: 'listbox', 'aria-label': 'Matches', hidden: true });
  const label = h('label', { for: 'search-input', className: 'visually-hidden' }, SEARCH_LABEL);

  const close = (): void => {
    hits = [];
    active = -1;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const draw = (): void => {
    replaceChildren(
      list,
      hits.map((hit, i) =>
        h(
          'li',
          {
            id: `search-hit-${i}`,
            role: 'option',
            'aria-selected': String(i === active),
            'data-key': hit.key,
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(i);
            },
          },
          h('span', { className: 'kind' }, hit.kind),
          h('span', { className: 'text' }, hit.label),
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number): void => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit.key);
  };

  input.addEventListener('input', () => {
    hits = searchGraph(index, input.value);
    active = hits.length ? 0 : -1;
    draw();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!hits.length) hits = searchGraph(index, input.value);
      pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', close);
  replaceChildren(root, label, input, list);
  return {
    input,
    setIndex: (next) => {
      index = next;
      close();
    },
  };
}
