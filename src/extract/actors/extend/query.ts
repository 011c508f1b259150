// What an extension rule sees: a mention just found (its first token, and so far its last token,
// actor and how it was found) in its sentence; an extension may lengthen it ("officials familiar
// with the talks") or turn it into what it names ("Okafor's campaign").
import type { Sentence } from '../../nlp/tokens.ts';
import type { Rule } from '../../rules/rule.ts';
import type { MentionVia } from '../../types.ts';
import type { DocContext } from '../document.ts';
import type { Found } from '../found.ts';
import type { Actor } from '../registry.ts';

export interface Hit {
  readonly last: number;
  readonly actor: Actor;
  readonly via: MentionVia;
}

export interface ExtensionQuery {
  readonly doc: DocContext;
  readonly s: Sentence;
  readonly first: number;
  readonly hit: Hit;
}

/** An extension: the mention lengthened or replaced, or null to leave it; its examples give the mention's text. */
export type ExtensionRule = Rule<ExtensionQuery, Found, string>;
