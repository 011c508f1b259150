// Random claim graphs of a chosen size, for benchmarks, the viewer's scale test and tests:
// valid statements@1 data (documents with their texts, actors, statements whose cue, content
// and evidence spans point into the texts) built by the library's buildGraph like any other
// input. Seeded, so a size and a seed always give the same graph. No `node:` imports: the
// viewer runs it in the browser.
import { ACTOR_KINDS, STANCES, buildGraph, type ClaimGraph, type Stance, type StatementsFile } from '../model/index.ts';
import { Random } from './random.ts';

export interface SyntheticOptions {
  /** Default 7. */
  seed?: number;
  /** Share of the nodes that are documents (default 0.02) and actors (default 0.1); the rest are claims. */
  documentShare?: number;
  actorShare?: number;
  /** How many actors each statement is about, at least and at most (default 2 to 4). */
  about?: readonly [number, number];
  /**
   * Speakers and subjects are drawn as actor ⌊n·r^skew⌋ for r uniform in [0, 1): 1 (the
   * default) is uniform, 2 or more gives a few much-discussed actors and a long tail.
   */
  skew?: number;
  /** Words in each claim's content, at least and at most (default 2; each content ends with its statement number). */
  contentWords?: readonly [number, number];
}

const WORDS = [
  'ceasefire',
  'talks',
  'attack',
  'convoy',
  'border',
  'report',
  'troops',
  'aid',
  'sanctions',
  'election',
  'strike',
  'city',
];
const CUES: Record<Stance, string> = { asserts: 'said', accuses: 'accused', denies: 'denied', rejects: 'rejected' };

/** About `nodes` nodes (documents, actors, claims) and, with the defaults, five edges per node. */
export function syntheticStatements(nodes: number, options: SyntheticOptions = {}): StatementsFile {
  const {
    seed = 7,
    documentShare = 0.02,
    actorShare = 0.1,
    about: [minAbout, maxAbout] = [2, 4],
    skew = 1,
    contentWords: [minWords, maxWords] = [2, 2],
  } = options;
  const random = new Random(seed);
  const rnd = (): number => random.next();
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const docCount = Math.max(1, Math.round(nodes * documentShare));
  const actorCount = Math.max(4, Math.round(nodes * actorShare));
  const statementCount = Math.max(1, nodes - docCount - actorCount);
  const pickActor = (): string => `a${Math.floor(actorCount * rnd() ** skew)}`;
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    kind: pick(ACTOR_KINDS),
    aliases: [`A${i}`],
    ...(i > 10 && rnd() < 0.3 ? { memberOf: `a${Math.floor(rnd() * 10)}` } : {}),
  }));
  const texts = Array.from({ length: docCount }, () => '');
  const statements: StatementsFile['statements'] = [];
  for (let i = 0; i < statementCount; i++) {
    const stance: Stance = rnd() < 0.5 ? 'asserts' : pick(STANCES);
    const doc = Math.floor(rnd() * docCount);
    const speaker = pickActor();
    const subjects = [
      ...new Set(Array.from({ length: minAbout + Math.floor(rnd() * (maxAbout - minAbout + 1)) }, pickActor)),
    ];
    // The sentence "Actor 3 denied talks aid 17." is appended to its document's text.
    const start = (texts[doc] as string).length;
    const speakerLabel = `Actor ${speaker.slice(1)}`;
    const cue = CUES[stance];
    const words = Array.from({ length: minWords + Math.floor(rnd() * (maxWords - minWords + 1)) }, () => pick(WORDS));
    const content = `${words.join(' ')} ${i}`;
    const sentence = `${speakerLabel} ${cue} ${content}.`;
    texts[doc] += `${sentence} `;
    const cueStart = start + speakerLabel.length + 1;
    const contentStart = cueStart + cue.length + 1;
    statements.push({
      id: `s${i}`,
      doc: `d${doc}`,
      speaker,
      stance,
      cue: { start: cueStart, end: cueStart + cue.length, text: cue },
      content: { start: contentStart, end: contentStart + content.length, text: content },
      evidence: { start, end: start + sentence.length, text: sentence },
      targets: stance === 'accuses' ? [subjects[0] as string] : [],
      about: subjects,
      responds: (stance === 'denies' || stance === 'rejects') && i > 0 ? [`s${Math.floor(rnd() * i)}`] : [],
    });
  }
  const documents = texts.map((text, i) => ({
    id: `d${i}`,
    title: `Synthetic article ${i}`,
    published: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    text,
  }));
  return { format: 'claimgraph/statements@1', documents, actors, statements };
}

export function syntheticGraph(nodes: number, options: SyntheticOptions = {}): ClaimGraph {
  return buildGraph([{ source: `synthetic-${nodes}`, data: syntheticStatements(nodes, options) }]);
}
