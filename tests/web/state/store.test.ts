// The view-state store: listeners hear only real changes, with the fields that changed.
import { describe, expect, it } from 'vitest';
import { Store, initialState, type ViewState } from '../../../web/src/state/index.ts';

describe('Store', () => {
  it('notifies the changed fields and replaces the state object', () => {
    const store = new Store(initialState());
    const before = store.get();
    const heard: (keyof ViewState)[][] = [];
    store.subscribe((_state, changed) => heard.push([...changed]));
    store.update({ hovered: 'actor:a', selected: null });
    store.update((state) => ({ selected: state.hovered }));
    store.update({ hovered: 'actor:a' });
    expect(heard).toEqual([['hovered'], ['selected']]);
    expect(store.get()).not.toBe(before);
    expect(before.hovered).toBeNull();
    expect(store.get().selected).toBe('actor:a');
  });

  it('stops notifying after unsubscribe', () => {
    const store = new Store(initialState());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.update({ hovered: 'x' });
    off();
    store.update({ hovered: 'y' });
    expect(calls).toBe(1);
  });
});
