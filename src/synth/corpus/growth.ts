// A cast that grows with the corpus, as the actors of real news do: besides the gazetteer's,
// invented persons, armed groups and organisations join the cast as articles appear (`rate`
// per 1,000 articles), and each article draws its actors Zipf-like by seniority (the k-th actor
// to have joined is chosen with weight 1/k), so a few actors dominate and most are seldom heard.
// Deterministic: names come from the actor's number, draws from the corpus's seeded generator
// (one number per draw, like Random.pick).
import type { ActorKind } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import type { Random } from '../random.ts';

/** Actors in order of joining, the article each joined at, and cumulative Zipf weights. */
export interface GrowingList {
  entries: readonly GazetteerEntry[];
  joins: readonly number[];
  cumulative: readonly number[];
}

const ONSETS = [
  'Ar',
  'Bel',
  'Cor',
  'Dav',
  'El',
  'Fen',
  'Gar',
  'Hal',
  'Is',
  'Jor',
  'Kal',
  'Lor',
  'Mar',
  'Nor',
  'Os',
  'Per',
];
const MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ae', 'ia', 'io', 'an', 'en', 'in', 'on', 'ar', 'er', 'ir', 'or'];
const CODAS = ['ch', 'd', 'k', 'l', 'm', 'n', 'r', 's', 'sk', 'st', 'th', 'v', 'x', 'z', 'ny', 'ndt'];
const GIVEN = [
  'Amira',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hassan',
  'Ines',
  'Jonas',
  'Karim',
  'Lena',
];
const GROUPS = ['Liberation Front', 'Brigade', 'Defence Forces', 'People’s Army', 'Resistance Movement', 'Guard'];
const BODIES = ['Relief Committee', 'Human Rights League', 'Civic Union', 'Peace Council', 'Medical Aid Network'];

/** A made-up word, distinct for each n below 16³ (and distinct with a numeral suffix beyond). */
function word(n: number): string {
  const base = `${ONSETS[n % 16]}${MIDDLES[Math.floor(n / 16) % 16]}${CODAS[Math.floor(n / 256) % 16]}`;
  const round = Math.floor(n / 4096);
  return round ? `${base}${MIDDLES[round % 16]}${CODAS[Math.floor(round / 16) % 16]}` : base;
}

const KINDS: readonly ActorKind[] = ['person', 'armed-group', 'ngo', 'person', 'political-group'];

/** The j-th invented actor (0-based): a person, an armed group, an organisation, in turn. */
export function inventedActor(j: number): GazetteerEntry {
  const kind = KINDS[j % KINDS.length] as ActorKind;
  const name = word(j);
  const label =
    kind === 'person'
      ? `${GIVEN[j % GIVEN.length] as string} ${name}`
      : `${name} ${(kind === 'armed-group' ? GROUPS : BODIES)[j % (kind === 'armed-group' ? GROUPS.length : BODIES.length)] as string}`;
  return { id: `x-${kind}-${j}`, label, kind, aliases: [] };
}

/** `first` present from article 0, then `invented` joining one every 1000/rate articles. */
export function growingList(
  first: readonly GazetteerEntry[],
  invented: readonly { entry: GazetteerEntry; join: number }[],
): GrowingList {
  const entries = [...first, ...invented.map((i) => i.entry)];
  const joins = [...first.map(() => 0), ...invented.map((i) => i.join)];
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 0; k < entries.length; k++) cumulative.push((sum += 1 / (k + 1)));
  return { entries, joins, cumulative };
}

/** An actor that has joined by article `at`, drawn by 1/rank. */
export function drawFrom(random: Random, list: GrowingList, at: number): GazetteerEntry {
  const present = upperBound(list.joins, at);
  const target = random.next() * (list.cumulative[present - 1] as number);
  let lo = 0;
  let hi = present - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list.cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return list.entries[lo] as GazetteerEntry;
}

/** How many of the sorted `values` are ≤ `at`. */
function upperBound(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The invented actors a corpus of `articles` needs at `rate` per 1,000 articles, with the article each joins at. */
export function inventedCast(articles: number, rate: number): { entry: GazetteerEntry; join: number }[] {
  const count = Math.floor((articles * rate) / 1000);
  return Array.from({ length: count }, (_, j) => ({ entry: inventedActor(j), join: Math.floor((j * 1000) / rate) }));
}
