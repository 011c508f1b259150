// Validates the gazetteer (graph/gazetteer/*.json): its shape, the uniqueness of ids and
// names across both files, memberOf links, and that well-known actors resolve exactly, so
// that a careless edit to the data fails here rather than as a silent extraction miss.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTOR_KINDS } from '../../src/model/kinds.ts';
import statesJson from '../../graph/gazetteer/states.json';
import organisationsJson from '../../graph/gazetteer/organisations.json';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Name = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'untrimmed or doubled space');
const Names = z
  .array(Name)
  .min(1)
  .refine((a) => new Set(a).size === a.length, 'duplicate name in list');

const EntrySchema = z.strictObject({
  id: z.string().regex(SLUG),
  label: Name,
  kind: z.enum(ACTOR_KINDS).refine((k) => k !== 'person', 'no persons in the gazetteer'),
  aliases: Names,
  demonyms: Names.optional(),
  capitals: Names.optional(),
  metonyms: Names.optional(),
  memberOf: z.string().regex(SLUG).optional(),
});
const GazetteerSchema = z.strictObject({
  source: z.string().min(40),
  notes: z.string().optional(),
  ambiguous: z.array(z.strictObject({ name: Name, ids: z.array(z.string()).min(2), note: z.string().min(10) })),
  entries: z.array(EntrySchema).min(1),
});
type Entry = z.infer<typeof EntrySchema>;

const states = GazetteerSchema.parse(statesJson);
const organisations = GazetteerSchema.parse(organisationsJson);
const entries: Entry[] = [...states.entries, ...organisations.entries];
const byId = new Map(entries.map((e) => [e.id, e]));
const fold = (name: string): string => name.normalize('NFC').toLowerCase();
const namesOf = (e: Entry): string[] => [
  ...e.aliases,
  ...(e.demonyms ?? []),
  ...(e.capitals ?? []),
  ...(e.metonyms ?? []),
];

/** Every name (case-folded) with the ids of the entries that list it. */
const owners = new Map<string, Set<string>>();
for (const e of entries) {
  for (const n of namesOf(e)) {
    const set = owners.get(fold(n)) ?? new Set<string>();
    set.add(e.id);
    owners.set(fold(n), set);
  }
}
const ambiguous = [...states.ambiguous, ...organisations.ambiguous];

describe('gazetteer files', () => {
  it.each([
    ['states.json', statesJson],
    ['organisations.json', organisationsJson],
  ])('%s matches the schema', (_name, json) => {
    const result = GazetteerSchema.safeParse(json);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('rejects an entry with a bad slug, an unknown kind or a person', () => {
    const base = { id: 'x', label: 'X', kind: 'state', aliases: ['X'] };
    expect(EntrySchema.safeParse(base).success).toBe(true);
    expect(EntrySchema.safeParse({ ...base, id: 'Bad Id' }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...base, kind: 'country' }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...base, kind: 'person' }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...base, aliases: ['X', 'X'] }).success).toBe(false);
  });

  it('has ids unique across both files', () => {
    const seen = new Set<string>();
    const dup = entries.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false))).map((e) => e.id);
    expect(dup).toEqual([]);
  });

  it('lists only states in states.json, and no states in organisations.json', () => {
    expect(states.entries.filter((e) => e.kind !== 'state').map((e) => e.id)).toEqual([]);
    expect(organisations.entries.filter((e) => e.kind === 'state').map((e) => e.id)).toEqual([]);
  });

  it('repeats each label among its aliases', () => {
    expect(entries.filter((e) => !e.aliases.includes(e.label)).map((e) => e.id)).toEqual([]);
  });

  it('has memberOf pointing at another existing entry', () => {
    const bad = entries.filter((e) => e.memberOf !== undefined && (e.memberOf === e.id || !byId.has(e.memberOf)));
    expect(bad.map((e) => `${e.id} → ${e.memberOf}`)).toEqual([]);
  });

  it('gives each name to one entry, unless the name is documented as ambiguous with exactly those entries', () => {
    const documented = new Map(ambiguous.map((a) => [fold(a.name), [...a.ids].sort()]));
    const clashes = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([name, ids]) => [name, [...ids].sort()] as const);
    for (const [name, ids] of clashes) expect({ name, ids: documented.get(name) }).toEqual({ name, ids });
  });

  it('documents as ambiguous only names that really are shared', () => {
    for (const a of ambiguous) expect([...(owners.get(fold(a.name)) ?? [])].sort()).toEqual([...a.ids].sort());
  });

  it('lists straight-apostrophe names also with the curly apostrophe', () => {
    const missing = entries
      .flatMap(namesOf)
      .filter((n) => n.includes("'") && !owners.has(fold(n.replaceAll("'", '\u2019'))));
    expect(missing).toEqual([]);
  });
});

describe('coverage', () => {
  it('has the 193 UN members, the 2 observer states and some territories', () => {
    expect(states.entries.length).toBeGreaterThanOrEqual(195);
  });

  it.each([
    ['united-states', 'United States'],
    ['united-kingdom', 'United Kingdom'],
    ['russia', 'Russia'],
    ['china', 'China'],
    ['france', 'France'],
    ['germany', 'Germany'],
    ['india', 'India'],
    ['brazil', 'Brazil'],
    ['nigeria', 'Nigeria'],
    ['syria', 'Syria'],
    ['ukraine', 'Ukraine'],
    ['south-korea', 'South Korea'],
    ['north-korea', 'North Korea'],
    ['dr-congo', 'DR Congo'],
    ['tuvalu', 'Tuvalu'],
    ['holy-see', 'Holy See'],
    ['palestine', 'Palestine'],
  ])('has state %s labelled %s', (id, label) => {
    expect(byId.get(id)).toMatchObject({ id, label, kind: 'state' });
  });

  it.each([
    ['U.S.', 'united-states'],
    ['America', 'united-states'],
    ['Americans', 'united-states'],
    ['the White House', 'united-states'],
    ['Britons', 'united-kingdom'],
    ['Downing Street', 'united-kingdom'],
    ['Russian Federation', 'russia'],
    ['the Kremlin', 'russia'],
    ['Kiev', 'ukraine'],
    ['Kyiv', 'ukraine'],
    ['The Hague', 'netherlands'],
    ['the Élysée', 'france'],
    ['Zhongnanhai', 'china'],
    ['Côte d’Ivoire', 'ivory-coast'],
    ['Türkiye', 'turkey'],
    ['Syrian Arab Republic', 'syria'],
    ['UNSC', 'un-security-council'],
    ['U.N.', 'united-nations'],
    ['Doctors Without Borders', 'msf'],
    ['Agence France-Presse', 'afp'],
    ['the Pentagon', 'pentagon'],
    ['Foggy Bottom', 'us-state-department'],
    ['Israel Defense Forces', 'idf'],
    ['Red Cross', 'icrc'],
  ])('resolves %s to %s', (name, id) => {
    expect([...(owners.get(fold(name)) ?? [])]).toEqual([id]);
  });

  it.each([
    ['un-security-council', 'united-nations'],
    ['unicef', 'united-nations'],
    ['european-commission', 'european-union'],
    ['pentagon', 'united-states'],
    ['tass', 'russia'],
    ['idf', 'israel'],
  ])('has %s memberOf %s', (id, parent) => {
    expect(byId.get(id)?.memberOf).toBe(parent);
  });
});
