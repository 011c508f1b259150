// The cast of a synthetic corpus: a seeded selection of gazetteer actors that recur across
// the articles (so that identities, clusters and the accusation network are dense), the
// names each may go by in a sentence, the outlets, and the places claims are about.
import type { GazetteerEntry } from '../../extract/index.ts';
import type { Random } from '../random.ts';
import { drawFrom, growingList, inventedCast, type GrowingList } from './growth.ts';

const MODULE = 'claimgraph/synth/corpus';

export interface Cast {
  /** May speak of casualties, accuse, reject talks. */
  speakers: readonly GazetteerEntry[];
  /** May be accused, or pledge and later deny. */
  parties: readonly GazetteerEntry[];
  outlets: readonly GazetteerEntry[];
  places: readonly string[];
  /** Names (lower case) that several gazetteer entries go by ("Congo", "Brussels"): never used, the truth would be a guess. */
  ambiguous: ReadonlySet<string>;
  /** Every speaker and party by id. */
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** A cast that grows with the corpus (growth.ts): speakers and parties drawn from these instead. */
  growth?: { speakers: GrowingList; parties: GrowingList };
}

/** The cast grows by `rate` invented actors per 1,000 of the corpus's `articles`. */
export interface CastGrowth {
  articles: number;
  rate: number;
}

const PARTY_KINDS = new Set(['state', 'government', 'military', 'armed-group']);
const SPEAKER_KINDS = new Set(['state', 'government', 'military', 'armed-group', 'ngo', 'intergovernmental']);

const DIRECTIONS = ['northern', 'southern', 'eastern', 'western', 'central', 'old'];
const FEATURES = [
  'district',
  'suburbs',
  'border crossing',
  'port',
  'airport',
  'industrial zone',
  'market',
  'river valley',
  'highway',
  'hospital',
];

function sample<T>(random: Random, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0] as T);
  return out;
}

export function chooseCast(random: Random, gazetteer: readonly GazetteerEntry[], growth?: CastGrowth): Cast {
  const parties = sample(
    random,
    gazetteer.filter((e) => PARTY_KINDS.has(e.kind)),
    24,
  );
  const others = sample(
    random,
    gazetteer.filter((e) => SPEAKER_KINDS.has(e.kind) && !PARTY_KINDS.has(e.kind)),
    10,
  );
  const outlets = sample(
    random,
    gazetteer.filter((e) => e.kind === 'media'),
    10,
  );
  if (parties.length < 2 || !outlets.length) {
    throw new RangeError(`${MODULE}: the gazetteer needs at least 2 states or armed groups and 1 media outlet`);
  }
  const places = DIRECTIONS.flatMap((d) => FEATURES.map((f) => `the ${d} ${f}`));
  const owners = new Map<string, Set<string>>();
  for (const entry of gazetteer) {
    for (const name of namesOf(entry))
      owners.set(name.toLowerCase(), (owners.get(name.toLowerCase()) ?? new Set()).add(entry.id));
  }
  const ambiguous = new Set([...owners].filter(([, ids]) => ids.size > 1).map(([name]) => name));
  const speakers = [...parties, ...others];
  const cast: Cast = { speakers, parties, outlets, places, ambiguous, byId: new Map() };
  if (growth) {
    const invented = inventedCast(growth.articles, growth.rate);
    cast.growth = {
      speakers: growingList(speakers, invented),
      parties: growingList(
        parties,
        invented.filter((i) => PARTY_KINDS.has(i.entry.kind)),
      ),
    };
  }
  const all = cast.growth?.speakers.entries ?? speakers;
  cast.byId = new Map([...all, ...parties].map((e) => [e.id, e]));
  return cast;
}

/** A speaker for a fact first reported in article `at`. */
export const pickSpeaker = (random: Random, cast: Cast, at: number): GazetteerEntry =>
  cast.growth ? drawFrom(random, cast.growth.speakers, at) : random.pick(cast.speakers);

/** A party (a state, government, military or armed group) for a fact first reported in article `at`. */
export const pickParty = (random: Random, cast: Cast, at: number): GazetteerEntry =>
  cast.growth ? drawFrom(random, cast.growth.parties, at) : random.pick(cast.parties);

/** A name the actor goes by: mostly its label, else an alias, a capital or a metonym ("Moscow", "the Kremlin"). */
export function surfaceName(random: Random, cast: Cast, entry: GazetteerEntry): string {
  if (random.chance(0.5)) return entry.label;
  const names = namesOf(entry).filter((n) => n.length > 1 && !/["“”]/.test(n) && !cast.ambiguous.has(n.toLowerCase()));
  return names.length ? random.pick(names) : entry.label;
}

function namesOf(entry: GazetteerEntry): string[] {
  return [...entry.aliases, ...(entry.capitals ?? []).slice(0, 1), ...(entry.metonyms ?? [])];
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
