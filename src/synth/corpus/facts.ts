// The facts of a synthetic corpus: each is one claim (a speaker, a stance, a content) that
// one or several articles report. Contents are unique per speaker, stance and targets, so
// two facts never look like one claim; numbers and places make them distinct.
import type { Stance } from '../../model/index.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { pickParty, pickSpeaker, surfaceName, type Cast } from './cast.ts';
import type { Random } from '../random.ts';

export const FACT_TYPES = [
  'toll',
  'accusation',
  'blame',
  'quote',
  'talks',
  'calls',
  'pledge',
  'charge',
  'retraction',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface Fact {
  id: string;
  type: FactType;
  stance: Stance;
  speaker: GazetteerEntry;
  /** The content as it reads inside a sentence (the statement's content span). */
  content: string;
  targets: string[];
  about: string[];
  /** Reports still to be made, and the article index it appeared in first. */
  reportsLeft: number;
  born: number;
  /** A denial of this accusation follows it in every article that reports it. */
  denial?: Fact;
  /** For a denial: the fact it answers. */
  answers?: Fact;
  /** The gazetteer entries of `targets`, named afresh in each article. */
  targetEntries?: GazetteerEntry[];
}

const NEW_FACT_WEIGHTS: readonly [FactType, number][] = [
  ['toll', 0.25],
  ['accusation', 0.2],
  ['blame', 0.1],
  ['quote', 0.13],
  ['talks', 0.08],
  ['calls', 0.07],
  ['pledge', 0.17],
];

export class FactFactory {
  private count = 0;
  private readonly used = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly cast: Cast,
  ) {}

  /** A new fact of a random type (the denial companion of an accusation included), or undefined after repeated collisions. */
  create(born: number): Fact | undefined {
    let roll = this.random.next();
    let type: FactType = 'toll';
    for (const [candidate, weight] of NEW_FACT_WEIGHTS) {
      type = candidate;
      if ((roll -= weight) < 0) break;
    }
    return this.createOf(type, born);
  }

  /**
   * A new fact of a type whose contents (with a figure in them) run out last: for an article
   * that got none from create(), which in a large corpus has used up the small types.
   */
  createLastResort(born: number): Fact | undefined {
    for (const type of ['toll', 'blame'] as const) {
      const fact = this.createOf(type, born);
      if (fact) return fact;
    }
    return undefined;
  }

  private createOf(type: FactType, born: number): Fact | undefined {
    const { random } = this;
    for (let attempt = 0; attempt < 8; attempt++) {
      const { fact, place, other } = this.draft(type, born);
      // Places and surface names are left out of the key: two facts of one speaker that differ
      // only there would read as one claim, which no clusterer could be expected to split.
      const content = fact.content.replace(place, '#').replace(other.name, other.id);
      const key = `${fact.speaker.id}|${fact.stance}|${fact.targets.join(',')}|${fact.about.join(',')}|${content}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      if (type === 'accusation' || type === 'blame') {
        if (random.chance(0.4)) fact.denial = this.answer(fact, born);
      }
      return fact;
    }
    return undefined;
  }

  /** The later denial by the same speaker of what a pledge asserted: a change of position. */
  retraction(pledge: Fact, born: number): Fact {
    return this.make('retraction', 'denies', pledge.speaker, pledge.content, [], pledge.about, born, 1);
  }

  private answer(accusation: Fact, born: number): Fact {
    const accused = accusation.targetEntries?.[0] as GazetteerEntry;
    const content = this.random.pick(['the charge', 'the accusation', 'the allegation']);
    const denial = this.make('charge', 'denies', accused, content, [], [], born, 0);
    denial.answers = accusation;
    return denial;
  }

  private draft(type: FactType, born: number): { fact: Fact; place: string; other: { id: string; name: string } } {
    const { random, cast } = this;
    const place = random.pick(cast.places);
    let other = pickParty(random, cast, born);
    const party = pickParty(random, cast, born);
    while (other.id === party.id) other = pickParty(random, cast, born);
    const name = surfaceName(random, cast, other);
    const fact = this.content(type, born, place, party, other, name);
    return { fact, place, other: { id: other.id, name } };
  }

  private content(
    type: FactType,
    born: number,
    place: string,
    party: GazetteerEntry,
    other: GazetteerEntry,
    otherName: string,
  ): Fact {
    const { random, cast } = this;
    const n = random.int(3, 950);
    const reports = random.pick([1, 1, 2, 2, 3, 4, 5, 6]);
    switch (type) {
      case 'toll': {
        const content = random.pick([
          `at least ${n} people were killed in strikes by ${otherName} on ${place}`,
          `${n} civilians had died in shelling by ${otherName} near ${place}`,
          `more than ${n} families had fled ${place} after attacks by ${otherName}`,
        ]);
        return this.make(type, 'asserts', pickSpeaker(random, cast, born), content, [], [other.id], born, reports);
      }
      case 'accusation': {
        const offence = random.pick([
          `violating the ceasefire in ${place}`,
          `shelling civilian areas near ${place}`,
          `obstructing aid deliveries to ${place}`,
          `arming militias around ${place}`,
          `backtracking on the agreement over ${place}`,
        ]);
        return this.accusation(type, `of ${offence}`, party, born, reports);
      }
      case 'blame': {
        const cause = random.pick([
          `the collapse of the truce in ${place}`,
          `the deaths of ${n} civilians in ${place}`,
          `the attack on ${place}`,
        ]);
        return this.accusation(type, `for ${cause}`, party, born, reports);
      }
      case 'quote': {
        const content = random.pick([
          `We will not negotiate with ${otherName} while the fighting in ${place} continues`,
          `There can be no agreement with ${otherName} on ${place} without guarantees`,
          `Our people in ${place} will not be abandoned to ${otherName}`,
        ]);
        return this.make(type, 'asserts', party, content, [], [other.id], born, reports);
      }
      case 'talks':
        return this.make(type, 'rejects', party, `talks with ${otherName} on ${place}`, [], [other.id], born, reports);
      case 'calls':
        return this.make(type, 'rejects', party, `calls for a ceasefire in ${place}`, [], [], born, reports);
      default: {
        const content = random.pick([
          `its forces would withdraw from ${place} within ${(n % 60) + 2} days`,
          `it had agreed to a ceasefire in ${place}`,
          `it would reopen ${place} to aid convoys`,
        ]);
        return this.make('pledge', 'asserts', party, content, [], [party.id], born, random.pick([1, 2, 3]));
      }
    }
  }

  private accusation(type: FactType, content: string, accused: GazetteerEntry, born: number, reports: number): Fact {
    let speaker = pickSpeaker(this.random, this.cast, born);
    while (speaker.id === accused.id) speaker = pickSpeaker(this.random, this.cast, born);
    const fact = this.make(type, 'accuses', speaker, content, [accused.id], [accused.id], born, reports);
    fact.targetEntries = [accused];
    return fact;
  }

  private make(
    type: FactType,
    stance: Stance,
    speaker: GazetteerEntry,
    content: string,
    targets: string[],
    about: string[],
    born: number,
    reportsLeft: number,
  ): Fact {
    return { id: `f${++this.count}`, type, stance, speaker, content, targets, about, reportsLeft, born };
  }
}
