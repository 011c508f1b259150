// A minimal observable store for the view state: updates replace the state object (never
// mutate it) and listeners learn which top-level fields changed, so that, for instance, a
// hover only refreshes the renderer while a selection also rebuilds the panel.
import type { ViewState } from './types.ts';

export type Listener = (state: ViewState, changed: ReadonlySet<keyof ViewState>) => void;

export class Store {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.state = initial;
  }

  get(): ViewState {
    return this.state;
  }

  update(patch: Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)): void {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    const changed = new Set<keyof ViewState>();
    for (const key of Object.keys(next) as (keyof ViewState)[]) {
      if (next[key] !== this.state[key]) changed.add(key);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener(this.state, changed);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
