// The search box: an ARIA combobox labelled "Search actors and claims" whose listbox shows
// matches as the user types. Arrow keys move through the matches, Enter picks the active
// one (or the first), Escape closes the list. Matches come from a finder: the loaded graph's
// index at once, or a server (answers that come after newer typing are dropped; a failure is
// reported once, the list closed).
import { h, replaceChildren } from '../dom/h.ts';
import { searchGraph, type SearchHit, type SearchIndex } from './searchIndex.ts';

export const SEARCH_LABEL = 'Search actors and claims';

/** The matches for a text: at once (an index in the page), or later (a server: asked after a pause in typing). */
export interface Finder {
  remote: boolean;
  find(text: string, signal: AbortSignal): SearchHit[] | Promise<SearchHit[]>;
}

export const indexFinder = (index: SearchIndex): Finder => ({
  remote: false,
  find: (text) => searchGraph(index, text),
});

export interface SearchBox {
  input: HTMLInputElement;
  setIndex(index: SearchIndex): void;
  setFinder(find: Finder): void;
}

export function createSearchBox(
  root: HTMLElement,
  initial: Finder,
  onPick: (key: string) => void,
  onError: (error: unknown) => void = () => {},
): SearchBox {
  let find = initial;
  let hits: SearchHit[] = [];
  let active = -1;
  let asking: AbortController | null = null;
  /** Runs the finder for the input's text; later answers for older text are dropped. */
  const lookUp = async (): Promise<SearchHit[]> => {
    asking?.abort();
    const ask = (asking = new AbortController());
    try {
      const found = await find.find(input.value, ask.signal);
      return ask.signal.aborted ? hits : found;
    } catch (error) {
      if (!ask.signal.aborted) onError(error);
      return [];
    }
  };
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

  let typing: ReturnType<typeof setTimeout> | undefined;
  const refresh = async (): Promise<void> => {
    const text = input.value;
    const found = await lookUp();
    if (text !== input.value) return;
    hits = found;
    active = hits.length ? 0 : -1;
    draw();
  };
  input.addEventListener('input', () => {
    clearTimeout(typing);
    // An index in the page answers on every key; a server after a pause in typing.
    if (find.remote) typing = setTimeout(() => void refresh(), 150);
    else void refresh();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      draw();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length) pick(Math.max(active, 0));
      else
        void lookUp().then((found) => {
          hits = found;
          pick(0);
        });
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
      find = indexFinder(next);
      close();
    },
    setFinder: (next) => {
      find = next;
      close();
    },
  };
}
