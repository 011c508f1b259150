// A capitalised name the gazetteer does not know, as the unknown-name rules see it: its tokens
// (i..end, the longest capitalised run; end is -1 when there is none), its text, whether every word
// is a proper noun, and whether a demonym opened it ("Syrian Civil Defence").
import type { Sentence } from '../../../nlp/tokens.ts';
import type { Rule } from '../../../rules/rule.ts';
import type { DocContext } from '../../document.ts';
import type { Found, NewActor } from '../../found.ts';
import type { ActorKind } from '../../../../model/kinds.ts';
import { matchCapitalisedRun } from '../../names.ts';

export interface UnknownNameQuery {
  readonly doc: DocContext;
  readonly i: number;
  readonly s: Sentence;
  readonly end: number;
  readonly surface: string;
  readonly allProper: boolean;
  readonly afterDemonym: boolean;
}

export type UnknownNameRule = Rule<UnknownNameQuery, Found, string>;

export function unknownNameQuery(doc: DocContext, i: number, s: Sentence, afterDemonym: boolean): UnknownNameQuery {
  const { t } = doc;
  const end = matchCapitalisedRun(t, i, s.last, s.first);
  let allProper = end >= i;
  for (let j = i; j <= end; j++) if (t.pos[j] !== 'PROPN' && t.lower[j] !== '-') allProper = false;
  return { doc, i, s, end, surface: end >= i ? doc.surface(i, end) : '', allProper, afterDemonym };
}

/** A new actor of `kind` named by the whole run. */
export const runActor = (q: UnknownNameQuery, kind: ActorKind): NewActor => ({
  label: q.surface,
  kind,
  surface: q.surface,
});

/** The same query over a shorter run, i..end ("Ana Okafor" out of "Ana Okafor and Tomas Berg"). */
export function narrowed(q: UnknownNameQuery, end: number): UnknownNameQuery {
  const { t } = q.doc;
  let allProper = end >= q.i;
  for (let j = q.i; j <= end; j++) if (t.pos[j] !== 'PROPN' && t.lower[j] !== '-') allProper = false;
  return { ...q, end, surface: end >= q.i ? q.doc.surface(q.i, end) : '', allProper };
}
