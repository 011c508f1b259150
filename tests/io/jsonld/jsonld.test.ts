// JSON-LD export parsed by rdflib: a SPARQL query answers "who accused Russia" on the Aleppo
// graph from the triples alone; Web Annotation position selectors (code points) slice every
// span in Python on an article with emoji; hostile strings parse.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { encodeKey, graphToJsonLd } from '../../../src/io/jsonld/index.ts';
import { buildGraph, type ClaimGraph } from '../../../src/model/index.ts';
import { pythonReaders, runPython } from '../../support/python.ts';
import { tempDirs } from '../../support/tempDir.ts';
import { EMOJI_STATEMENTS } from '../emojiArticle.ts';
import { HOSTILE_STATEMENTS } from '../gexf/hostileGraph.ts';

const freshDir = tempDirs('jsonld');
const READER = fileURLToPath(new URL('./read_jsonld.py', import.meta.url));
const missing = pythonReaders(['rdflib']);
const curated = await loadDefaultGraph();

interface JsonLdView {
  triples: number;
  accusers: { speaker: string; claim: string; text: string; document: string }[];
  checked: number;
  mismatches: unknown[];
  types: string[];
}

function readInPython(graph: ClaimGraph, actor: string): JsonLdView {
  const file = join(freshDir(), 'graph.jsonld');
  writeFileSync(file, graphToJsonLd(graph));
  return runPython<JsonLdView>(READER, [file, actor]);
}

describe('JSON-LD IRIs', () => {
  it.each([
    ['claim:aleppo-2016/s9', 'claim:aleppo-2016/s9'],
    ['actor:a b#c', 'actor:a%20b%23c'],
    ['actor:é', 'actor:%C3%A9'],
    ['actor:\uD800', 'actor:%ED%A0%80'],
    ['actor:\uFFFD', 'actor:%EF%BF%BD'],
  ])('%s → %s', (key, encoded) => {
    expect(encodeKey(key)).toBe(encoded);
  });
});

describe.skipIf(missing !== null)('JSON-LD in rdflib', () => {
  it('SPARQL: who accused Russia on the Aleppo graph', () => {
    const view = readInPython(curated, 'Russia');
    expect(view.accusers).toEqual([
      {
        speaker: 'United States',
        claim: 'urn:claimgraph:claim:aleppo-2016/s13',
        text: 'of heavy civilian casualties',
        document: 'aleppo-2016',
      },
      {
        speaker: 'United States',
        claim: 'urn:claimgraph:claim:aleppo-2016/s14',
        text: 'for stalling attempts at implementing a ceasefire',
        document: 'aleppo-2016',
      },
    ]);
    expect(view.types).toEqual(
      expect.arrayContaining([
        'https://schema.org/Claim',
        'https://schema.org/Quotation',
        'https://schema.org/NewsArticle',
        'https://schema.org/Country',
        'http://www.w3.org/ns/prov#Agent',
        'http://www.w3.org/ns/oa#TextPositionSelector',
      ]),
    );
  });

  it.each([
    ['the curated graph', curated, 'Russia'],
    ['the emoji article', buildGraph(EMOJI_STATEMENTS), 'Verdania'],
    ['the hostile-strings graph', buildGraph(HOSTILE_STATEMENTS), '¤'],
  ])('%s: every Web Annotation position (code points) slices its exact text', (_name, graph, actor) => {
    const view = readInPython(graph, actor);
    expect(view.mismatches).toEqual([]);
    expect(view.checked).toBeGreaterThan(0);
    if (actor === 'Verdania') expect(view.accusers.map((a) => a.speaker)).toEqual(['Lakeside Authority 😠']);
  });
});
