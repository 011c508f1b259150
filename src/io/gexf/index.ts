// GEXF 1.3 export and import of claim graphs. Browser-safe (string in, string out).
export { graphToGexf, GEXF_META } from './write.ts';
export { gexfToGraph, GexfGraphReader } from './parse.ts';
export { gexfChunks } from './streamWrite.ts';
export { escapeValue, escapeListItem, unescapeValue, ESCAPE_MARK } from './xmlSafe.ts';
