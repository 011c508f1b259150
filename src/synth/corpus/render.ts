// Sentence templates: one fact rendered as one sentence in the attribution patterns an
// extractor must handle (said, told … that, according to, announced, a direct quote,
// accused … of, blamed … for, denied the charge, denied that, rejected talks, ruled out),
// with the offsets of the cue and the content inside the sentence.
import { capitalise } from './cast.ts';
import type { Fact } from './facts.ts';
import type { Random } from '../random.ts';

export interface RenderedPart {
  at: number;
  text: string;
}

export interface RenderedStatement {
  sentence: string;
  cue: RenderedPart | null;
  content: RenderedPart;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A template is a list of pieces: literal text, the cue, the content, or a name. */
type Piece = string | { cue: string } | { content: true };

function assemble(pieces: readonly Piece[], content: string): RenderedStatement {
  let sentence = '';
  let cue: RenderedPart | null = null;
  let span: RenderedPart = { at: 0, text: '' };
  for (const piece of pieces) {
    if (typeof piece === 'string') sentence += piece;
    else if ('cue' in piece) {
      cue = { at: sentence.length, text: piece.cue };
      sentence += piece.cue;
    } else {
      span = { at: sentence.length, text: content };
      sentence += content;
    }
  }
  return { sentence: capitalise(sentence), cue, content: span };
}

/** `speaker` and `target` are the names used in this article. */
export function renderStatement(random: Random, fact: Fact, speaker: string, target: string): RenderedStatement {
  const C = { content: true } as const;
  const day = random.pick(DAYS);
  const S = speaker;
  switch (fact.type) {
    case 'toll':
    case 'pledge': {
      const options: Piece[][] = [
        [`${S} `, { cue: 'said' }, ' ', C, '.'],
        [`${S} `, { cue: 'said' }, ` on ${day} that `, C, '.'],
        [`${S} `, { cue: 'told' }, ' reporters that ', C, '.'],
        [`${S} `, { cue: 'announced' }, ' that ', C, '.'],
      ];
      if (fact.type === 'toll') {
        return random.chance(0.25)
          ? assemble([C, ', ', { cue: 'according to' }, ` ${S}.`], capitalise(fact.content))
          : assemble(random.pick(options), fact.content);
      }
      return assemble(random.pick(options), fact.content);
    }
    case 'quote':
      return random.chance(0.5)
        ? assemble(['"', C, `," ${S} `, { cue: 'said' }, '.'], fact.content)
        : assemble([`${S} `, { cue: 'said' }, ': "', C, '."'], fact.content);
    case 'accusation':
      return assemble([`${S} `, { cue: random.pick(['accused', 'has accused']) }, ` ${target} `, C, '.'], fact.content);
    case 'blame':
      return assemble([`${S} `, { cue: 'blamed' }, ` ${target} `, C, '.'], fact.content);
    case 'charge':
      return assemble([`${S} `, { cue: random.pick(['denied', 'denied', 'dismissed']) }, ' ', C, '.'], fact.content);
    case 'retraction':
      return assemble([`${S} `, { cue: 'denied' }, random.pick([' that ', ` on ${day} that `]), C, '.'], fact.content);
    case 'talks':
    case 'calls':
      return assemble(
        [`${S} `, { cue: random.pick(['rejected', 'has rejected', 'ruled out']) }, ' ', C, '.'],
        fact.content,
      );
  }
}

const NARRATION = [
  (place: string) => `Fighting continued in ${place} overnight.`,
  (place: string) => `Aid convoys were waiting near ${place}.`,
  (place: string) => `Residents of ${place} described a night of heavy shelling.`,
  (place: string) => `The road to ${place} remained closed.`,
  () => 'The situation remained tense.',
];

/** A sentence in the narrator's own voice: no speaker, so not a statement. */
export function narration(random: Random, place: string): string {
  return random.pick(NARRATION)(place);
}
