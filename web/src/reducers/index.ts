// The viewer's pure drawing rules: resting styles, filters, focus, and the two reducers.
export * from './palette.ts';
export * from './graphIndex.ts';
export * from './visibility.ts';
export * from './focus.ts';
export type * from './view.ts';
export { reduceNode } from './nodeReducer.ts';
export { reduceEdge } from './edgeReducer.ts';
