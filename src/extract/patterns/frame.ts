// What every attribution rule returns before stance refinement and linking.
import type { Stance } from '../../model/kinds.ts';
import type { Fired } from '../rules/index.ts';
import type { TokenRange } from '../types.ts';

export interface Attribution {
  speaker: string;
  /** The speaker mention's first token when it is in this sentence (for clause trimming). */
  speakerAt: number | null;
  stance: Stance;
  cue: TokenRange | null;
  content: TokenRange;
  /** First sentence of the evidence when a quotation began earlier; else the cue's sentence. */
  firstSentence?: number;
  targets: string[];
  /** Actors the content is about that are not mentioned inside it (a relative clause's antecedent). */
  aboutExtra: string[];
  pattern: string;
  /** Content came from a quotation (quotes carry over to the next sentence). */
  quoted: boolean;
  /** The subject was inherited from a coordinated verb ("…, but have said"). */
  coordinated: boolean;
  /**
   * The rules that produced the statement, in the order they fired (`attribution/<rule>`,
   * `stance/<rule>`): set by the engines, not by the rules themselves.
   */
  rules?: string[];
  /** The speaker rule (`speaker/<rule>`) that chose the speaker, when speaker resolution names one. */
  speakerRule?: string;
}

/** The attribution a rule gave, with that rule's name (and the speaker rule's, when known) as its first rules. */
export function fired({ rule, result }: Fired<Attribution>): Attribution {
  return { ...result, rules: result.speakerRule ? [rule, result.speakerRule] : [rule] };
}
