// A veto: tokens where no mention starts, however they look ("Senior" before "Kenyan officials",
// the "(D-Calif.)" after a senator's name). It returns the last token it covers, and the engine
// moves past them. Its examples say a label the text's mentions must still include and a text no
// mention may start with.
import type { Rule } from '../../../rules/rule.ts';
import type { MentionQuery } from '../query.ts';

export interface VetoExample {
  /** A label some mention of the text has. */
  readonly label: string;
  /** No mention's text starts with this. */
  readonly absent?: string;
}

export type MentionVeto = Rule<MentionQuery, number, VetoExample>;
