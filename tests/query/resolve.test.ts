import { describe, expect, it } from 'vitest';
import { resolveActor, resolveClaim, resolveNode } from '../../src/query/index.ts';
import { aleppoGraph, documentSet, graphOfSets, queryErrorOf } from './helpers.ts';

const graph = await aleppoGraph();
const M = 'claimgraph/query/resolve';

describe('resolve: argument validation', () => {
  it.each([
    ['not a graph', () => resolveActor('x' as never, 'Russia'), `${M}: expected a graphology graph, got "x"`],
    ['an empty text', () => resolveActor(graph, '  '), `${M}: expected a node key, id, label or alias, got "  "`],
    [
      'a text that is not a string',
      () => resolveNode(graph, 7 as never),
      `${M}: expected a node key, id, label or alias, got number 7`,
    ],
    [
      'an unknown node kind',
      () => resolveNode(graph, 'Russia', { kinds: ['person' as never] }),
      `${M}: unknown node kind "person" (expected document, actor, claim)`,
    ],
  ])('refuses %s', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});

describe('resolveActor on the Aleppo graph', () => {
  it.each([
    ['actor:lavrov', 'actor:lavrov'], // a key
    ['lavrov', 'actor:lavrov'], // an id
    ['US', 'actor:us'], // an id, whatever its case
    ['Sergey Lavrov', 'actor:lavrov'], // a label
    ['sergey   LAVROV', 'actor:lavrov'], // case and spaces do not matter
    ['Lavrov', 'actor:lavrov'], // an alias
    ['Russian Foreign Minister Sergey Lavrov', 'actor:lavrov'],
    ['Moscow', 'actor:russia'],
    ['Washington', 'actor:us'],
    ['Syria', 'actor:syrian-government'],
    ['the army', 'actor:syrian-army'],
    ['  SOHR ', 'actor:sohr'],
  ])('%j → %s', (text, key) => {
    expect(resolveActor(graph, text)).toBe(key);
  });

  it.each([
    ['nobody', `${M}: no actor matches "nobody"`],
    ['Lavrof', `${M}: no actor matches "Lavrof" (did you mean "Sergey Lavrov" (actor:lavrov)?)`],
    ['Kery', `${M}: no actor matches "Kery" (did you mean "John Kerry" (actor:kerry)?)`],
    ['claim:aleppo-2016/s9', `${M}: expected an actor, got claim "claim:aleppo-2016/s9"`],
    ['aleppo-2016/s9', `${M}: expected an actor, got claim "claim:aleppo-2016/s9"`],
    ['aleppo-2016', `${M}: expected an actor, got document "doc:aleppo-2016"`],
  ])('%j is refused', (text, message) => {
    expect(queryErrorOf(() => resolveActor(graph, text))).toBe(message);
  });
});

describe('resolveClaim and resolveNode on the Aleppo graph', () => {
  it.each([
    ['claim:aleppo-2016/s9', 'claim:aleppo-2016/s9'],
    ['aleppo-2016/s9', 'claim:aleppo-2016/s9'],
    ['s12', 'claim:aleppo-2016/s12'],
  ])('resolveClaim(%j) → %s', (text, key) => {
    expect(resolveClaim(graph, text)).toBe(key);
  });

  it.each([
    ['Lavrov', `${M}: expected a claim, got actor "actor:lavrov"`],
    ['s99', `${M}: no claim matches "s99"`],
  ])('resolveClaim(%j) is refused', (text, message) => {
    expect(queryErrorOf(() => resolveClaim(graph, text))).toBe(message);
  });

  it.each([
    ['aleppo-2016', 'doc:aleppo-2016'],
    ['doc:aleppo-2016', 'doc:aleppo-2016'],
    ['Kerry', 'actor:kerry'],
    ['s1', 'claim:aleppo-2016/s1'],
  ])('resolveNode(%j) → %s', (text, key) => {
    expect(resolveNode(graph, text)).toBe(key);
  });
});

describe('resolve: tiers and ambiguity', () => {
  const g = graphOfSets(
    documentSet(
      'one',
      [
        { id: 'georgia', label: 'Georgia', kind: 'state', aliases: ['Tbilisi'] },
        {
          id: 'georgia-us',
          label: 'Georgia (US state)',
          kind: 'government',
          aliases: ['Georgia', 'Atlanta', 'the government'],
        },
        { id: 'ga-gov', label: 'Georgia governor', kind: 'person', aliases: ['the government', 'georgia-us'] },
      ],
      [{ id: 's1', speaker: 'georgia', at: 0 }],
    ),
    documentSet(
      'two',
      [{ id: 'georgia', label: 'Georgia', kind: 'state', aliases: [] }],
      [{ id: 's1', speaker: 'georgia', at: 0 }],
    ),
  );

  it.each([
    ['Georgia', 'actor:georgia'], // a label beats an alias
    ['georgia-us', 'actor:georgia-us'], // an id beats an alias
    ['Atlanta', 'actor:georgia-us'],
  ])('%j → %s', (text, key) => {
    expect(resolveActor(g, text)).toBe(key);
  });

  it.each([
    [
      'the government',
      () => resolveActor(g, 'the government'),
      `${M}: "the government" is ambiguous: it could be "Georgia (US state)" (actor:georgia-us), "Georgia governor" (actor:ga-gov)`,
    ],
    [
      'a statement id in two documents',
      () => resolveClaim(g, 's1'),
      `${M}: "s1" is ambiguous: it could be "s1" (claim:one/s1), "s1" (claim:two/s1)`,
    ],
  ])('%s is ambiguous', (_name, call, message) => {
    expect(queryErrorOf(call)).toBe(message);
  });
});
