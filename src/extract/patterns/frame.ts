// What every pattern returns before stance refinement and linking.
import type { Stance } from '../../model/kinds.ts';
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
  /** `speaker/<rule>`: the rule that chose the speaker (./speaker.ts `speakerRule`), set once the statement is kept. */
  speakerRule?: string;
}
