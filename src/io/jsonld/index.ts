// JSON-LD export (schema.org Claim / Quotation, W3C PROV-O, Web Annotation spans), for rdflib
// and triple stores. Browser-safe.
export { graphToJsonLd, type JsonLdOptions } from './write.ts';
export { DEFAULT_BASE, encodeKey } from './iri.ts';
export { CONTEXT, VOCAB, ACTOR_TYPES, JSONLD_DESCRIPTION } from './vocabulary.ts';
