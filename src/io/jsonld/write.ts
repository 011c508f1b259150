// graphToJsonLd: ClaimGraph → JSON-LD 1.1 (one document, inline context; vocabulary.ts says
// what is what), read by rdflib, Apache Jena, RDF4J and any triple store that loads JSON-LD.
// Strings are JSON strings, exact. Browser-safe.
import {
  STANCES,
  docKey,
  type ActorNode,
  type ClaimGraph,
  type ClaimNode,
  type DocumentNode,
  type SpeechEdge,
  type Span,
} from '../../model/index.ts';
import { DocumentOffsets, type CodePointOffsets } from '../flat/codePoints.ts';
import { DEFAULT_BASE, encodeKey } from './iri.ts';
import { ACTOR_TYPES, CONTEXT, JSONLD_DESCRIPTION } from './vocabulary.ts';

export interface JsonLdOptions {
  /** The IRI node keys are appended to (default urn:claimgraph:). */
  base?: string;
}

type Resource = Record<string, unknown>;

const STANCE_SET: ReadonlySet<string> = new Set(STANCES);

/** Drops undefined values, so that absent attributes make no triple. */
function defined(resource: Resource): Resource {
  return Object.fromEntries(Object.entries(resource).filter(([, value]) => value !== undefined));
}

function spanResource(span: Span, document: string, offsets: CodePointOffsets | undefined): Resource {
  const selectors: Resource[] = [];
  const position = offsets?.span(span.start, span.end);
  if (position)
    selectors.push({ '@type': 'oa:TextPositionSelector', 'oa:start': position.start, 'oa:end': position.end });
  selectors.push({ '@type': 'oa:TextQuoteSelector', 'oa:exact': span.text });
  return {
    '@type': 'oa:SpecificResource',
    'oa:hasSource': { '@id': document },
    'oa:hasSelector': selectors,
    'cg:utf16Start': span.start,
    'cg:utf16End': span.end,
  };
}

export function graphToJsonLd(graph: ClaimGraph, options: JsonLdOptions = {}): string {
  const base = options.base ?? DEFAULT_BASE;
  const iri = (key: string): string => `${base}${encodeKey(key)}`;
  const ref = (key: string): Resource => ({ '@id': iri(key) });
  const offsets = new DocumentOffsets(graph);
  const resources: Resource[] = [
    { '@id': `${base}graph`, '@type': 'schema:Dataset', 'schema:description': JSONLD_DESCRIPTION },
  ];

  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'document') resources.push(documentResource(key, attrs, iri, graph));
    else if (attrs.kind === 'actor') resources.push(actorResource(key, attrs, iri, graph));
    else resources.push(...statementResources(key, attrs, graph, iri, ref, offsets));
  });
  return `${JSON.stringify({ '@context': CONTEXT, '@graph': resources }, null, 1)}\n`;
}

function documentResource(key: string, attrs: DocumentNode, iri: (key: string) => string, graph: ClaimGraph): Resource {
  const outlet = attrs.outletActor !== undefined ? `actor:${attrs.outletActor}` : undefined;
  return defined({
    '@id': iri(key),
    '@type': ['schema:NewsArticle', 'prov:Entity'],
    'cg:key': key,
    'schema:name': attrs.label,
    'schema:headline': attrs.title,
    'schema:datePublished': attrs.published,
    'schema:url': attrs.url,
    'cg:dateline': attrs.dateline,
    'cg:file': attrs.file,
    'cg:outlet': attrs.outlet,
    'schema:publisher': outlet !== undefined && graph.hasNode(outlet) ? { '@id': iri(outlet) } : undefined,
    'cg:hash': attrs.hash,
    'cg:note': attrs.note,
    'schema:text': attrs.text,
  });
}

function actorResource(key: string, attrs: ActorNode, iri: (key: string) => string, graph: ClaimGraph): Resource {
  const memberOf = graph
    .filterOutEdges(key, (_e, edge) => edge.kind === 'memberOf')
    .map((edge) => ({
      '@id': iri(graph.target(edge)),
    }));
  return defined({
    '@id': iri(key),
    '@type': [ACTOR_TYPES[attrs.actorKind] ?? 'schema:Organization', 'prov:Agent'],
    'cg:key': key,
    'schema:name': attrs.label,
    'schema:alternateName': attrs.aliases.length ? attrs.aliases : undefined,
    'cg:actorKind': attrs.actorKind,
    'schema:memberOf': memberOf.length ? memberOf : undefined,
    'cg:note': attrs.note,
  });
}

function statementResources(
  key: string,
  claim: ClaimNode,
  graph: ClaimGraph,
  iri: (key: string) => string,
  ref: (key: string) => Resource,
  offsets: DocumentOffsets,
): Resource[] {
  let speech: { speaker: string; attrs: SpeechEdge } | undefined;
  const links: Record<'about' | 'targets' | 'responds' | 'corroborates', Resource[]> = {
    about: [],
    targets: [],
    responds: [],
    corroborates: [],
  };
  graph.forEachInEdge(key, (_edge, attrs, source) => {
    if (STANCE_SET.has(attrs.kind)) speech = { speaker: source, attrs: attrs as SpeechEdge };
  });
  graph.forEachOutEdge(key, (_edge, attrs, _source, target) => {
    if (attrs.kind in links) links[attrs.kind as keyof typeof links].push(ref(target));
  });
  const document = iri(docKey(claim.doc));
  const docOffsets = offsets.forClaim(claim);
  const quotation = `${iri(key)}#quotation`;
  const speaker = speech ? ref(speech.speaker) : undefined;
  const edge = speech?.attrs;
  const list = (items: Resource[]): Resource[] | undefined => (items.length ? items : undefined);
  return [
    defined({
      '@id': quotation,
      '@type': ['schema:Quotation', 'prov:Entity'],
      'schema:text': edge?.evidence.text,
      'schema:spokenByCharacter': speaker,
      'schema:creator': speaker,
      'prov:wasAttributedTo': speaker,
      'prov:wasQuotedFrom': { '@id': document },
      'prov:wasDerivedFrom': { '@id': document },
      'schema:isPartOf': { '@id': document },
      'cg:stance': edge?.kind,
      'cg:cue': edge?.cue ? spanResource(edge.cue, document, docOffsets) : undefined,
      'cg:evidence': edge ? spanResource(edge.evidence, document, docOffsets) : undefined,
      'cg:implicit': edge?.implicit,
    }),
    defined({
      '@id': iri(key),
      '@type': ['schema:Claim', 'prov:Entity'],
      'cg:key': key,
      'cg:statement': claim.statement,
      'schema:text': claim.text,
      'cg:stance': edge?.kind,
      'schema:author': speaker,
      'prov:wasAttributedTo': speaker,
      'prov:wasDerivedFrom': { '@id': quotation },
      'schema:appearance': { '@id': quotation },
      'schema:about': list(links.about),
      'cg:targets': list(links.targets),
      'cg:respondsTo': list(links.responds),
      'cg:corroborates': list(links.corroborates),
      'cg:cluster': claim.cluster,
      'cg:content': spanResource({ start: claim.start, end: claim.end, text: claim.text }, document, docOffsets),
      'cg:confidence': edge?.confidence,
      'cg:rules': edge?.rules,
      'cg:note': claim.note,
    }),
  ];
}
