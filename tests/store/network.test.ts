// The actor network counted in SQL (src/store/read/network.ts) against the in-memory count, on a
// small hand-made corpus built for the cases a generated corpus seldom holds: targets in another
// order than the about links to the same actors, an accusation whose only target is its speaker,
// a denial answering a statement of a stance left out by the filter, statements tied on every
// span (put in order by their ids as strings: s10 before s9),
// an undated document, and each option alone and together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocResult } from '../../src/corpus/assemble.ts';
import type { ActorNetworkOptions } from '../../src/corpus/queries/index.ts';
import type { ActorRecord, Span, StatementRecord } from '../../src/model/index.ts';
import { MemorySource, PgStore, type ClaimSource } from '../../src/store/index.ts';
import { freshDatabase, reportMissing, storeMissing, type TestDatabase } from '../support/store.ts';
import { assembledGraph, gazetteer } from './corpus.ts';

const missing = await storeMissing();
reportMissing(missing);

const ACTORS: Record<string, ActorRecord> = {
  okafor: { id: 'okafor', label: 'Minister Okafor', kind: 'person', aliases: ['Okafor'] },
  brand: { id: 'brand', label: 'Dana Brand', kind: 'person', aliases: ['Brand'] },
  velmar: { id: 'velmar', label: 'Velmar', kind: 'state', aliases: ['Velmar'] },
  istra: { id: 'istra', label: 'Istra', kind: 'state', aliases: ['Istra'] },
};

interface Said {
  id: string;
  speaker: string;
  stance: StatementRecord['stance'];
  /** The sentence (its evidence), its cue and its content, each found in the text. */
  sentence: string;
  cue: string;
  content: string;
  about?: string[];
  targets?: string[];
  responds?: string[];
}

function documentOf(id: string, published: string | undefined, said: readonly Said[]): DocResult {
  const sentences = [...new Set(said.map((s) => s.sentence))];
  const text = sentences.join(' ');
  const span = (within: Span, phrase: string): Span => {
    const start = text.indexOf(phrase, within.start);
    if (start < 0 || start + phrase.length > within.end) throw new Error(`no "${phrase}" in "${within.text}"`);
    return { start, end: start + phrase.length, text: phrase };
  };
  const statements = said.map((s): StatementRecord => {
    const evidence = span({ start: 0, end: text.length, text }, s.sentence);
    return {
      id: s.id,
      doc: id,
      speaker: s.speaker,
      stance: s.stance,
      cue: span(evidence, s.cue),
      content: span(evidence, s.content),
      evidence,
      about: s.about ?? [],
      targets: s.targets ?? [],
      responds: s.responds ?? [],
    };
  });
  const named = new Set(statements.flatMap((s) => [s.speaker, ...s.about, ...s.targets]));
  return {
    document: { id, text, hash: `sha256:${id}-${text.length}`, ...(published ? { published } : {}) },
    actors: [...named].map((a) => ACTORS[a] as ActorRecord),
    statements,
  };
}

const RESULTS: DocResult[] = [
  documentOf('d-east', '2031-03-04', [
    {
      id: 's1',
      speaker: 'okafor',
      stance: 'accuses',
      sentence: 'Okafor accused Istra and Velmar of arming the smugglers.',
      cue: 'accused',
      content: 'arming the smugglers',
      targets: ['velmar', 'istra'],
      about: ['istra', 'velmar'],
    },
    {
      id: 's2',
      speaker: 'brand',
      stance: 'denies',
      sentence: 'Brand denied that Istra had armed anyone.',
      cue: 'denied',
      content: 'Istra had armed anyone',
      about: ['istra'],
      responds: ['s1'],
    },
    {
      id: 's3',
      speaker: 'istra',
      stance: 'accuses',
      sentence: 'Istra accused itself of negligence, and blamed Brand.',
      cue: 'accused',
      content: 'negligence',
      targets: ['istra'],
      about: ['brand'],
    },
    {
      id: 's4',
      speaker: 'velmar',
      stance: 'rejects',
      sentence: 'Velmar rejected the plan from Okafor.',
      cue: 'rejected',
      content: 'the plan from Okafor',
      about: ['okafor'],
    },
    // fillers, so that the tied statements below are the document's ninth and tenth (s9 and s10)
    ...['north', 'south', 'east', 'west'].map((side, n): Said => ({
      id: `f${n}`,
      speaker: 'brand',
      stance: 'asserts',
      sentence: `Brand said the ${side} road to Velmar was open.`,
      cue: 'said',
      content: `the ${side} road to Velmar was open`,
      about: ['velmar'],
    })),
    // tied on every span: document order puts s10 before s9 (ids compared as strings), the file s9 first
    ...['t9', 't10'].map((id): Said => ({
      id,
      speaker: 'okafor',
      stance: 'asserts',
      sentence: 'Okafor said Velmar would close the border.',
      cue: 'said',
      content: 'Velmar would close the border',
      about: ['velmar'],
    })),
  ]),
  documentOf('d-west', '2031-03-20', [
    {
      id: 's1',
      speaker: 'brand',
      stance: 'asserts',
      sentence: 'Brand said Okafor had misled the council.',
      cue: 'said',
      content: 'Okafor had misled the council',
      about: ['okafor'],
    },
    {
      id: 's2',
      speaker: 'okafor',
      stance: 'denies',
      sentence: 'Okafor denied misleading anyone.',
      cue: 'denied',
      content: 'misleading anyone',
      responds: ['s1'],
    },
    {
      id: 's3',
      speaker: 'okafor',
      stance: 'accuses',
      sentence: 'Okafor accused Velmar of stalling the talks.',
      cue: 'accused',
      content: 'stalling the talks',
      targets: ['velmar'],
    },
  ]),
  documentOf('d-undated', undefined, [
    {
      id: 's1',
      speaker: 'okafor',
      stance: 'accuses',
      sentence: 'Okafor accused Velmar of lying.',
      cue: 'accused',
      content: 'lying',
      targets: ['velmar'],
    },
  ]),
];

const CASES: ActorNetworkOptions[] = [
  {},
  { from: '2031-03-05' },
  { to: '2031-03-10' },
  { from: '2031-03-04', to: '2031-03-04' },
  { from: '2031-03-20', to: 'March 20, 2031' },
  { docs: ['d-west', 'd-undated'] },
  { docs: [] },
  { stances: ['denies'] },
  { stances: ['denies', 'rejects'], from: '2031-03-01' },
  { minStatements: 2 },
  { stances: ['accuses'], minStatements: 2 },
  { from: 'soon' },
  { from: '2031-04-01', to: '2031-03-01' },
  { minStatements: 0 },
  { stances: ['praises'] as never },
  { colour: 'red' } as never,
];

describe.skipIf(missing !== null)('the actor network counted in SQL', { timeout: 120_000 }, () => {
  let db: TestDatabase;
  let store: PgStore;
  let memory: MemorySource;

  beforeAll(async () => {
    memory = new MemorySource(assembledGraph(RESULTS));
    db = await freshDatabase();
    store = await PgStore.open(db.url, { gazetteer });
    await store.write(structuredClone(RESULTS));
  });

  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const network = async (source: ClaimSource, options: ActorNetworkOptions) => {
    try {
      const found = await source.actorNetwork(options);
      return { nodes: found.mapNodes((n, a) => [n, a]), edges: found.mapEdges((e, a, f, t) => [e, f, t, a]) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  it.each(CASES.map((options) => [JSON.stringify(options), options] as const))(
    'gives the in-memory network for %s',
    async (_name, options) => {
      expect(await network(store, options)).toEqual(await network(memory, options));
    },
  );

  it('holds the cases it is written for', async () => {
    const whole = await memory.actorNetwork({});
    // the accusation's edges come in the graph's order of its targets (its about order), not the list's
    const accused = whole.filterOutEdges('actor:okafor', (_e, a) => a.stance === 'accuses').map((e) => whole.target(e));
    expect(accused.slice(0, 2)).toEqual(['actor:istra', 'actor:velmar']);
    // tied statements: s10 before s9
    const asserted = whole.getEdgeAttributes('link:asserts:actor:okafor→actor:velmar');
    expect(asserted.claims).toEqual(['claim:d-east/s10', 'claim:d-east/s9']);
    // a denial answering an assertion, with only denials counted
    expect((await memory.actorNetwork({ stances: ['denies'] })).hasEdge('link:denies:actor:okafor→actor:brand')).toBe(
      true,
    );
    // an accusation of itself falls back to what it is about
    expect(whole.hasEdge('link:accuses:actor:istra→actor:brand')).toBe(true);
  });
});
