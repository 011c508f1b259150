// The actor registry: ids from the gazetteer or from slugs, decided without regard to what a
// document named before, and a run's registry absorbing each document's.
import { describe, expect, it } from 'vitest';
import { ActorRegistry } from '../../src/extract/actors/registry.ts';
import { buildGazetteer } from '../../src/extract/actors/gazetteer.ts';
import { extractArticles } from '../../src/extract/index.ts';

const gazetteer = buildGazetteer([
  { id: 'jordan', label: 'Jordan', kind: 'state', aliases: ['Jordan'] },
  { id: 'delmar-ministry', label: 'Delmar Ministry', kind: 'government', aliases: ['Delmar Ministry'] },
]);

describe('ActorRegistry', () => {
  it("a pronoun kept as written is its document's own actor: two articles' unplaced 'it' are two actors", () => {
    const text = (place: string) =>
      `Rain fell on the depot of the ${place} Company in May, and crossings stopped. Weeks later, after the inquiry, it said the storm was to blame.`;
    const out = extractArticles([
      { id: 'a1', text: text('Harlow Ferry') },
      { id: 'a2', text: text('Dover Rail') },
    ]);
    expect(out.statements.map((s) => [s.doc, s.speaker])).toEqual([
      ['a1', 'it@a1'],
      ['a2', 'it@a2'],
    ]);
    expect(out.actors.filter((a) => a.label === 'it').map((a) => a.id)).toEqual(['it@a1', 'it@a2']);
    // nor is it what a statement is about (the mayor's quotation is about nobody known)
    const about = extractArticles([
      {
        id: 'a3',
        text: 'Rain fell on the depot in May, and crossings stopped. Weeks later, Mayor Lena Ortiz said “they stole the boats and they must pay.”',
      },
    ]);
    expect(about.statements.map((s) => [s.speaker, s.about])).toEqual([['lena-ortiz', []]]);
    // named actors are still one actor across documents
    const registry = new ActorRegistry(gazetteer, 'd9');
    expect(registry.named('it', 'other', 'it', { local: true }).id).toBe('it@d9');
    expect(registry.named('Harlow Ferry Company', 'company', 'Harlow Ferry Company').id).toBe('harlow-ferry-company');
  });

  it('a name first seen as a possessive is labelled by its plain form once the document gives it', () => {
    const out = extractArticles([
      {
        id: 'a1',
        text: 'The council’s plan is weaker than Peter Okafor’s, critics said. Peter Okafor said on Monday that the plan would fail.',
      },
    ]);
    expect(out.actors.find((a) => a.id === 'peter-okafor')?.label).toBe('Peter Okafor');
    // across the documents of a run: the first names him only so, the second plainly
    const run = extractArticles([
      { id: 'a1', text: 'The council’s plan is weaker than Peter Okafor’s, critics said on Monday.' },
      { id: 'a2', text: 'Peter Okafor said on Monday that the plan would fail.' },
    ]);
    expect(run.actors.find((a) => a.id === 'peter-okafor')?.label).toBe('Peter Okafor');
    // in one registry: given plain later, the plain form; never given plain, the possessive stays
    const registry = new ActorRegistry(gazetteer, 'd1');
    registry.named("Delmar Burger's", 'company', "Delmar Burger's");
    registry.named('Delmar Burger', 'company', 'Delmar Burger');
    registry.named("Harlow Bagel's", 'company', "Harlow Bagel's");
    expect(registry.records(new Set(['delmar-burger', 'harlow-bagel'])).map((a) => a.label)).toEqual([
      'Delmar Burger',
      "Harlow Bagel's",
    ]);
  });

  it('a name slugged like a gazetteer id is that actor when of its kind or label, another actor otherwise', () => {
    const registry = new ActorRegistry(gazetteer);
    const ministry = registry.named('Delmar ministry', 'government', "Delmar's ministry");
    expect(ministry.id).toBe('delmar-ministry');
    expect(ministry.fromGazetteer).toBe(true);
    expect(ministry.aliases).toEqual(["Delmar's ministry"]);
    expect(registry.named('Jordan', 'person', 'Jordan').kind).toBe('state');
    // another kind under another label: its own id, whether or not the document named the state first
    const other = new ActorRegistry(gazetteer);
    expect(other.named('Jordan’s', 'person', 'Jordan’s').id).toBe('jordan-person');
    other.known(gazetteer.byId.get('jordan')!);
    expect(other.named('Jordan’s', 'person', 'Jordan’s').id).toBe('jordan-person');
  });

  it('absorbing documents: new actors are copied, known ones gain aliases and keep their first label', () => {
    const run = new ActorRegistry(gazetteer);
    const first = new ActorRegistry(gazetteer);
    first.named('PolitiFact', 'media', 'PolitiFact');
    const second = new ActorRegistry(gazetteer);
    const again = second.named('Politifact', 'media', 'Politifact');
    second.named('Maria Okafor', 'person', 'Maria Okafor', {
      memberOf: second.known(gazetteer.byId.get('jordan')!).id,
    });
    run.absorb(first);
    run.absorb(second);
    again.aliases.push('changed later');
    expect(run.records(new Set(['politifact', 'maria-okafor']))).toEqual([
      { id: 'politifact', label: 'PolitiFact', kind: 'media', aliases: ['PolitiFact', 'Politifact'] },
      { id: 'jordan', label: 'Jordan', kind: 'state', aliases: [] },
      { id: 'maria-okafor', label: 'Maria Okafor', kind: 'person', aliases: ['Maria Okafor'], memberOf: 'jordan' },
    ]);
  });
});
