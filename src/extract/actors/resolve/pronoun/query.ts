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

/** May this mention's actor be what the pronoun refers to (kind, number, sex, quotation)? */
export function compatible(q: PronounQuery, actor: Actor, m: DocMention): boolean {
  if ((m.quoted || m.reported === true) && !q.quoted) return false;
  switch (q.word) {
    case 'he':
    case 'she': {
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
