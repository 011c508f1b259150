import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/extract/index.ts';
import { groupMentions, resolveActors } from '../../src/corpus/identity/index.ts';
import { localActorId, type ActorKind, type ActorRecord } from '../../src/model/index.ts';

const actor = (id: string, label: string, kind: ActorKind, aliases: string[] = [], memberOf?: string): ActorRecord => ({
  id,
  label,
  kind,
  aliases,
  ...(memberOf ? { memberOf } : {}),
});
const gazetteer: GazetteerEntry[] = [
  {
    id: 'russia',
    label: 'Russia',
    kind: 'state',
    aliases: ['Russia', 'Russian Federation'],
    capitals: ['Moscow'],
    metonyms: ['the Kremlin'],
  },
  { id: 'congo', label: 'Republic of the Congo', kind: 'state', aliases: ['Congo'] },
  { id: 'dr-congo', label: 'DR Congo', kind: 'state', aliases: ['Congo', 'DRC'] },
];

describe('resolveActors', () => {
  it('a document-local actor (a pronoun kept as written) is never merged, by id or by name', () => {
    // two documents: the alias rule would join two actors that are each other's only holder of "it"
    const { actors, canonical, merges } = resolveActors([
      { doc: 'd1', actor: actor(localActorId('it', 'd1'), 'it', 'other', ['it']) },
      { doc: 'd2', actor: actor(localActorId('it', 'd2'), 'it', 'other', ['it']) },
      { doc: 'd3', actor: actor('harlow', 'Harlow Ferry Company', 'company', ['it']) },
    ]);
    expect(actors.map((a) => a.id)).toEqual(['it@d1', 'it@d2', 'harlow']);
    expect([...canonical.values()]).toEqual(['it@d1', 'it@d2', 'harlow']);
    expect(merges).toEqual([]);
  });

  it("a label that is another document's label with a possessive mark gives way to the plain one", () => {
    const { actors } = resolveActors([
      { doc: 'd1', actor: actor('peter-okafor', 'Peter Okafor’s', 'person', ['Peter Okafor’s']) },
      { doc: 'd2', actor: actor('peter-okafor', 'Peter Okafor', 'person', ['Peter Okafor']) },
      { doc: 'd3', actor: actor('harlow-bagel', "Harlow Bagel's", 'company', ["Harlow Bagel's"]) },
    ]);
    expect(actors.map((a) => a.label)).toEqual(['Peter Okafor', "Harlow Bagel's"]);
    // the plain name may come from another id merged into the same actor (an alias shared)
    const merged = resolveActors([
      { doc: 'd1', actor: actor('lena-ortiz', 'Lena Ortiz’s', 'person', ['Lena Ortiz’s', 'Mayor Ortiz']) },
      { doc: 'd2', actor: actor('mayor-ortiz', 'Mayor Ortiz', 'person', ['Mayor Ortiz', 'Lena Ortiz']) },
    ]);
    expect(merged.actors.map((a) => [a.id, a.label])).toEqual([['lena-ortiz', 'Lena Ortiz']]);
  });

  it('one id across documents is one actor, its other labels recorded as same-id merges', () => {
    const { actors, merges } = resolveActors([
      { doc: 'd1', actor: actor('sohr', 'SOHR', 'ngo') },
      { doc: 'd2', actor: actor('sohr', 'Syrian Observatory for Human Rights', 'ngo', ['Syrian Observatory']) },
      { doc: 'd3', actor: actor('sohr', 'Syrian Observatory for Human Rights', 'ngo') },
    ]);
    expect(actors.map((a) => [a.id, a.label])).toEqual([['sohr', 'Syrian Observatory for Human Rights']]);
    expect(actors[0]!.aliases).toEqual(['SOHR', 'Syrian Observatory for Human Rights', 'Syrian Observatory']);
    expect(merges).toEqual([
      {
        into: 'sohr',
        from: 'sohr',
        name: 'SOHR',
        reason: 'same-id',
        evidence: 'extracted with the same actor id sohr',
        documents: 1,
      },
    ]);
    expect(actors[0]!.note).toBe('merged names: "SOHR" (same-id: extracted with the same actor id sohr; 1 doc)');
  });

  it('a name the gazetteer lists for one entry joins that entry', () => {
    const { actors, canonical, merges } = resolveActors(
      [
        { doc: 'd1', actor: actor('kremlin', 'the Kremlin', 'government') },
        { doc: 'd2', actor: actor('russia', 'Russia', 'state') },
      ],
      gazetteer,
    );
    expect(canonical.get('kremlin')).toBe('russia');
    expect(actors.map((a) => a.id)).toEqual(['russia']);
    expect(actors[0]!.kind).toBe('state');
    expect(merges[0]).toEqual({
      into: 'russia',
      from: 'kremlin',
      name: 'the Kremlin',
      reason: 'gazetteer',
      evidence: 'the gazetteer lists "the Kremlin" for Russia',
      documents: 1,
    });
  });

  it('an ambiguous gazetteer name ("Congo") merges nothing', () => {
    const { canonical } = resolveActors([{ doc: 'd1', actor: actor('congo-x', 'Congo', 'state') }], gazetteer);
    expect(canonical.get('congo-x')).toBe('congo-x');
  });

  it('a label that is another actor\u2019s alias joins it (the actor seen in more documents keeps its id)', () => {
    const { canonical, merges, actors } = resolveActors([
      {
        doc: 'd1',
        actor: actor('syrian-observatory-for-human-rights', 'Syrian Observatory for Human Rights', 'ngo', ['SOHR']),
      },
      { doc: 'd2', actor: actor('syrian-observatory-for-human-rights', 'Syrian Observatory for Human Rights', 'ngo') },
      { doc: 'd3', actor: actor('sohr', 'SOHR', 'ngo') },
    ]);
    expect(canonical.get('sohr')).toBe('syrian-observatory-for-human-rights');
    expect(actors).toHaveLength(1);
    expect(merges).toEqual([
      {
        into: 'syrian-observatory-for-human-rights',
        from: 'sohr',
        name: 'SOHR',
        reason: 'alias',
        evidence: '"SOHR" is an alias of syrian-observatory-for-human-rights in document d1',
        documents: 1,
      },
    ]);
  });

  it.each([
    ['kinds that cannot be one actor', [actor('a', 'Hamas', 'armed-group', ['Gaza']), actor('b', 'Gaza', 'state')], 2],
    [
      'a name two others claim',
      [
        actor('a', 'Army', 'military', ['Southern Army']),
        actor('c', 'Northern Army', 'military', ['Southern Army']),
        actor('b', 'Southern Army', 'military'),
      ],
      3,
    ],
  ])('no merge across %s', (_name, list, count) => {
    const { actors } = resolveActors(list.map((a, i) => ({ doc: `d${i}`, actor: a })));
    expect(actors).toHaveLength(count);
  });

  it('drops the memberOf link that merging turned into a cycle', () => {
    const { actors } = resolveActors([
      { doc: 'd1', actor: actor('a', 'A', 'government', [], 'b') },
      { doc: 'd1', actor: actor('b', 'B', 'government') },
      { doc: 'd2', actor: actor('b', 'B', 'government', [], 'a') },
      { doc: 'd2', actor: actor('a', 'A', 'government') },
    ]);
    expect(actors.map((a) => [a.id, a.memberOf])).toEqual([
      ['a', undefined],
      ['b', 'a'],
    ]);
  });

  it('counts a document once per actor and a label once per document, kinds and parents once per mention', () => {
    const groups = groupMentions([
      { doc: 'd1', actor: actor('un', 'UN', 'intergovernmental', [], 'world') },
      { doc: 'd1', actor: actor('un', 'UN', 'intergovernmental', [], 'world') },
      { doc: 'd1', actor: actor('un', 'United Nations', 'intergovernmental') },
      { doc: 'd2', actor: actor('un', 'UN', 'other') },
      { doc: 'd3', actor: actor('un', 'United Nations', 'intergovernmental') },
    ]);
    const un = groups.get('un')!;
    expect(un.docs).toBe(3);
    expect([...un.labels]).toEqual([
      ['UN', 2],
      ['United Nations', 2],
    ]);
    expect([...un.kinds]).toEqual([
      ['intergovernmental', 4],
      ['other', 1],
    ]);
    expect([...un.memberOf]).toEqual([['world', 2]]);
    expect([...un.aliases]).toEqual([
      ['UN', 'd1'],
      ['United Nations', 'd1'],
    ]);
  });
});
