// The view state: its types, defaults, store, and its URL form.
export * from './types.ts';
export * from './defaults.ts';
export * from './store.ts';
export * from './url.ts';
export * from './trail.ts';
