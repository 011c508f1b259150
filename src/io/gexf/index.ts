// GEXF 1.3 and 1.2 export and import of claim graphs. Browser-safe (strings in and out; the
// reader also takes text in pieces, for files of any size).
export { graphToGexf, writeGexf, GEXF_META } from './write.ts';
export { gexfToGraph, GexfGraphReader } from './parse.ts';
export { gexfChunks } from './streamWrite.ts';
export { GEXF_VERSIONS, DEFAULT_GEXF_VERSION, isGexfVersion, type GexfVersion, type GexfOptions } from './version.ts';
export { escapeValue, escapeListItem, unescapeValue, ESCAPE_MARK } from './xmlSafe.ts';
