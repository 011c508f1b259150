// A pronoun to resolve ("he", "she", "it", "they") and what its referent may be: a person of the
// same sex (when the document says) for "he"/"she", a singular organisation or state for "it", a
// group or organisation for "they"; outside a quotation, never a name inside one.
import type { Actor } from '../../registry.ts';
import type { ActorKind } from '../../../../model/kinds.ts';
import { PRONOUN_GENDER } from '../../../lexicon/genders.ts';
import type { DocMention, ResolveContext } from '../candidates.ts';

export interface PronounQuery {
  readonly ctx: ResolveContext;
  /** "he", "she", "it" or "they" (a possessive is asked as its pronoun: "his" as "he"). */
  readonly word: string;
  /** The pronoun's token. */
  readonly at: number;
  /** The pronoun is inside a quotation (then so may its referent be). */
  readonly quoted: boolean;
  /** First token of the sentence before, when the pronoun opens its sentence. */
  readonly previousFirst?: number;
  /** First token of the sentence before, when the pronoun tags a quotation opening its sentence ('“…,” he said'). */
  readonly tagFirst?: number;
}

export const ORGANISATION: ReadonlySet<ActorKind> = new Set([
  'government',
  'military',
  'armed-group',
  'ngo',
  'media',
  'intergovernmental',
  'company',
  'union',
  'political-group',
  'state',
]);

const FINITE: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** A capitalised word as surnames are written, not the plural of a party or a people ("Democrats", "Republicans"). */
const PLAIN_NAME = /^(?!.*(?:crats|cans|ists|ians)$)\p{Lu}\p{Ll}*(?:['’-]?\p{Lu}?\p{Ll}+)+$/u;

/**
 * "Okafor denied it. “We never met,” he said.": a lone capitalised word nobody was named by (a weak
 * mention, kind unknown), the speaker of a statement or standing as a subject right before its verb (an adverb may come between),
 * may be the person a later "he" or "she" takes up, when it spoke (a speaker is no common noun) or the
 * document writes it capitalised inside a sentence somewhere (a name, not a common noun opening a
 * sentence: "Sales rose. “…,” he said.").
 */
export function loneNameSubject(ctx: ResolveContext, m: DocMention): boolean {
  if (m.via !== 'weak' || (m.role !== 'subject' && m.role !== 'speaker') || m.quoted || m.first !== m.last)
    return false;
  const { pos, value } = ctx.t;
  const word = value[m.first] as string;
  if (pos[m.first] !== 'PROPN' || !PLAIN_NAME.test(word)) return false;
  // (the speaker of a statement found before: '“We show anger,” said Harvey', 'Cruz admitted that …')
  if (m.role === 'speaker') return true;
  if (!ctx.capitalisedInside(word)) return false;
  const next = m.last + 1;
  return FINITE.has(pos[next] ?? '') || (pos[next] === 'ADV' && FINITE.has(pos[next + 1] ?? ''));
}

/**
 * What the subject rules look back for: a compatible actor standing as a subject or a speaker
 * (`accept`), where a lone capitalised name counts too (`weak`, loneNameSubject). For firstIn/findBack.
 */
export function subjectLookup(q: PronounQuery): {
  accept: (actor: Actor, m: DocMention) => boolean;
  weak: (m: DocMention) => boolean;
} {
  return {
    accept: (a, m) => (m.role === 'subject' || m.role === 'speaker') && compatible(q, a, m),
    weak: (m) => loneNameSubject(q.ctx, m),
  };
}

/**
 * "Berg's victory speech ranged widely. He told supporters …": a compatible possessor opening the
 * sentence that starts at token `from` owns that sentence's subject, so the passage is about it; the
 * referent when that sentence has no compatible subject of its own.
 */
export function openingPossessor(q: PronounQuery, from: number): Actor | undefined {
  const { mentions, registry } = q.ctx;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as DocMention;
    if (m.first < from) break;
    if (m.first !== from || m.role !== 'possessor' || m.via === 'weak') continue;
    const actor = registry.get(m.actor);
    return actor && compatible(q, actor, m) ? actor : undefined;
  }
  return undefined;
}

/** May this mention's actor be what the pronoun refers to (kind, number, sex, quotation)? */
export function compatible(q: PronounQuery, actor: Actor, m: DocMention): boolean {
  if ((m.quoted || m.reported === true) && !q.quoted) return false;
  switch (q.word) {
    case 'he':
    case 'she': {
      if (m.via === 'weak') return actor.kind === 'other' && loneNameSubject(q.ctx, m);
      if (actor.kind !== 'person') return false;
      const gender = q.ctx.genders.get(actor.id);
      return gender === undefined || gender === PRONOUN_GENDER.get(q.word);
    }
    case 'it':
      return actor.kind !== 'person' && !actor.plural && m.via !== 'demonym';
    case 'they':
      return ORGANISATION.has(actor.kind) && actor.kind !== 'state';
    default:
      return false;
  }
}

export const isPersonal = (q: PronounQuery): boolean => q.word === 'he' || q.word === 'she';
