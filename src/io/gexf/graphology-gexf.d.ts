// graphology-gexf's value parser (typed scalars and GEXF list syntaxes), which the streaming
// reader shares with graphology-gexf's own parser; the package declares no types for it.
declare module 'graphology-gexf/common/helpers.js' {
  export function parseValue(type: string, value: string): unknown;
}
