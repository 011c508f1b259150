// Synthetic claim graphs for the scale test and the benchmark: statements@1 data with a
// chosen number of nodes and about five edges per node (speech act, report, two to four
// `about` links, targets of accusations, answers to earlier claims, memberOf), built by the
// library's buildGraph like any other input. Seeded, so a size always gives the same graph.
import { ACTOR_KINDS, STANCES, buildGraph, type ClaimGraph, type StatementsFile } from '../../../src/model/index.ts';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['ceasefire', 'talks', 'attack', 'convoy', 'border', 'report', 'troops', 'aid', 'sanctions', 'election', 'strike', 'city'];
const span = (text: string) => ({ start: 0, end: text.length, text });

export function syntheticStatements(nodes: number, seed = 7): StatementsFile {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const docCount = Math.max(1, Math.round(nodes * 0.02));
  const actorCount = Math.max(4, Math.round(nodes * 0.1));
  const statementCount = Math.max(1, nodes - docCount - actorCount);
  const documents = Array.from({ length: docCount }, (_, i) => ({ id: `d${i}`, title: `Synthetic article ${i}` }));
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${i}`,
    label: `Actor ${i}`,
    kind: pick(ACTOR_KINDS),
    aliases: [`A${i}`],
    ...(i > 10 && rnd() < 0.3 ? { memberOf: `a${Math.floor(rnd() * 10)}` } : {}),
  }));
  const statements: StatementsFile['statements'] = [];
  for (let i = 0; i < statementCount; i++) {
    const stance = rnd() < 0.5 ? 'asserts' : pick(STANCES);
    const text = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const about = [...new Set(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => `a${Math.floor(rnd() * actorCount)}`))];
    statements.push({
      id: `s${i}`,
      doc: `d${Math.floor(rnd() * docCount)}`,
      speaker: `a${Math.floor(rnd() * actorCount)}`,
      stance,
      cue: null,
      content: span(text),
      evidence: span(text),
      targets: stance === 'accuses' ? [about[0] as string] : [],
      about,
      responds: (stance === 'denies' || stance === 'rejects') && i > 0 ? [`s${Math.floor(rnd() * i)}`] : [],
    });
  }
  return { format: 'claimgraph/statements@1', documents, actors, statements };
}

export function syntheticGraph(nodes: number, seed = 7): ClaimGraph {
  return buildGraph([{ source: `synthetic-${nodes}`, data: syntheticStatements(nodes, seed) }]);
}
