// The vocabularies claimgraph's JSON-LD speaks, as data: the inline @context (no remote
// context, so it parses offline), schema.org types for actor kinds, and claimgraph's own
// terms. A statement is two resources: the reported speech act in the article, a
// schema:Quotation (prov:wasQuotedFrom and prov:wasDerivedFrom the document, schema:isPartOf
// it, with cue and evidence spans), and what was said, a schema:Claim (prov:wasDerivedFrom
// the quotation, with its content span); both prov:wasAttributedTo the speaker. Spans are Web
// Annotation oa:SpecificResources on the document with an oa:TextPositionSelector (start/end
// in Unicode code points, as the Web Annotation model counts) and an oa:TextQuoteSelector
// (the exact text), plus cg:utf16Start/cg:utf16End (JavaScript string indices).
import type { ActorKind } from '../../model/index.ts';

export const VOCAB = 'urn:claimgraph:vocab:';

export const CONTEXT = {
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  oa: 'http://www.w3.org/ns/oa#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cg: VOCAB,
} as const;

/** schema.org's closest type for each actor kind (every actor is also a prov:Agent). */
export const ACTOR_TYPES: Record<ActorKind, string> = {
  state: 'schema:Country',
  government: 'schema:GovernmentOrganization',
  military: 'schema:GovernmentOrganization',
  'armed-group': 'schema:Organization',
  ngo: 'schema:NGO',
  media: 'schema:NewsMediaOrganization',
  person: 'schema:Person',
  intergovernmental: 'schema:Organization',
  company: 'schema:Corporation',
  union: 'schema:WorkersUnion',
  'political-group': 'schema:PoliticalParty',
  other: 'schema:Organization',
};

export const JSONLD_DESCRIPTION =
  'claimgraph graph as linked data: each statement is a schema:Quotation in its document and the schema:Claim it ' +
  'makes, both prov:wasAttributedTo the speaker, with cg:stance (asserts, accuses, denies, rejects), schema:about, ' +
  'cg:targets (the accused) and cg:respondsTo. Spans: oa:TextPositionSelector oa:start/oa:end in Unicode code points ' +
  "(Python's text[start:end]) and cg:utf16Start/cg:utf16End in UTF-16 code units (JavaScript), into the document's schema:text, end exclusive.";
