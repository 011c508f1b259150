// The attribution scorer applies the reference rules (../shared/tools/score-attributions.mjs)
// to invented gold and system sets with counts worked out by hand: half-overlap candidates,
// one-to-one matching, ignored gold outside the subset, pieces, speaker names, cues, and what
// becomes of each statement. (The quality test checks it against the script on real data.)
import { describe, expect, it } from 'vitest';
import {
  goldNames,
  nameMeets,
  normSpeakerName,
  scoreAttributions,
  speakerRight,
  type AttributionGold,
  type GoldAttribution,
  type SystemStatements,
} from '../../src/evaluate/index.ts';

const span = (text: string, part: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`no "${part}"`);
  return { start, end: start + part.length, text: part };
};

const TEXT =
  'Sen. Maria Okafor said the budget was a disgrace. "We will not sign it. Not today," she told reporters. ' +
  'The mayor believes the port will reopen. Delmar Port Authority said: "Ships are waiting."';

const gold = (attributions: Omit<GoldAttribution, 'doc' | 'primary'>[]): AttributionGold => ({
  format: 'polnear-gold@1',
  documents: [{ id: 'd' }],
  attributions: attributions.map((a) => ({ doc: 'd', primary: true, ...a })),
});

const GOLD = gold([
  {
    id: 'g1',
    kind: 'speech',
    source: span(TEXT, 'Sen. Maria Okafor'),
    cue: span(TEXT, 'said'),
    content: span(TEXT, 'the budget was a disgrace'),
  },
  {
    id: 'g2',
    kind: 'speech',
    source: span(TEXT, 'she'),
    cue: span(TEXT, 'told'),
    content: span(TEXT, 'We will not sign it. Not today,'),
    sourceCoref: ['Maria Okafor'],
  },
  {
    id: 'g3',
    kind: 'other',
    source: span(TEXT, 'The mayor'),
    cue: span(TEXT, 'believes'),
    content: span(TEXT, 'the port will reopen'),
  },
  {
    id: 'g4',
    kind: 'speech',
    source: span(TEXT, 'Delmar Port Authority'),
    cue: span(TEXT, ':'),
    content: span(TEXT, '"Ships are waiting."'),
  },
]);

const statement = (
  id: string,
  speaker: string,
  content: string,
  cue?: string,
): SystemStatements['statements'][number] => ({
  id,
  doc: 'd',
  speaker,
  content: span(TEXT, content),
  cue: cue ? span(TEXT, cue) : null,
});

const SYSTEM: SystemStatements = {
  actors: [
    { id: 'okafor', label: 'Maria Okafor', aliases: ['Okafor'] },
    { id: 'mayor', label: 'the mayor' },
    { id: 'port', label: 'Delmar Port' },
    { id: 'x', label: 'Someone Else' },
  ],
  statements: [
    statement('s1', 'okafor', 'the budget was a disgrace', 'said'), // right, exact
    statement('s2', 'okafor', 'We will not sign it.', 'told'), // matches g2 (the larger share of it)
    statement('s3', 'x', 'Not today', 'told'), // a piece of g2: spurious
    statement('s4', 'mayor', 'the port will reopen', 'believes'), // matches g3, outside the speech subset
    statement('s5', 'x', 'Ships are waiting', null as unknown as string), // matches g4, wrong speaker, no cue
    statement('s6', 'x', 'budget'), // overlaps g1 by half of itself, but g1 is taken: a piece
  ],
};

describe('scoreAttributions', () => {
  it('speech subset: matches, ignored gold, pieces, speakers, cues and boundaries counted as the reference does', () => {
    const { micro, outcomes } = scoreAttributions(GOLD, SYSTEM);
    expect(micro).toMatchObject({ gold: 3, system: 5, ignored: 1, matched: 3, pieces: 2 });
    expect(micro.content.p).toBe(3 / 5);
    expect(micro.content.r).toBe(1);
    expect(micro.content.f).toBeCloseTo(0.75, 12);
    expect(micro.contentPiecesIgnored.p).toBe(1);
    expect(micro.attributed.p).toBe(2 / 5);
    expect(micro.attributed.r).toBe(2 / 3);
    expect(micro.attributed.f).toBeCloseTo(0.5, 12);
    // g2's source is "she": only the coreferent name makes it right
    expect(micro.sourceAccText).toBe(1 / 3);
    expect(micro.sourceAccCoref).toBe(2 / 3);
    expect(micro.cueAcc).toBe(2 / 3);
    // g1 and g4 (quotation marks and the stop trimmed) match exactly; g2 does not
    expect(micro.exactBoundaries).toBe(2 / 3);
    expect(Object.fromEntries(outcomes)).toEqual({
      s1: 'right',
      s2: 'right',
      s3: 'spurious',
      s4: 'ignored',
      s5: 'wrong-speaker',
      s6: 'spurious',
    });
  });

  it('the sourced subset counts beliefs too', () => {
    const { micro, outcomes } = scoreAttributions(GOLD, SYSTEM, { subset: 'sourced' });
    expect(micro).toMatchObject({ gold: 4, system: 6, ignored: 0, matched: 4 });
    expect(outcomes.get('s4')).toBe('right');
  });

  it('one to one, the largest overlap ratio first', () => {
    const twice: SystemStatements = {
      actors: SYSTEM.actors,
      statements: [
        statement('a', 'okafor', 'Sen. Maria Okafor said the budget'),
        statement('b', 'okafor', 'budget was'),
      ],
    };
    const { outcomes, micro } = scoreAttributions(gold([GOLD.attributions[0] as GoldAttribution]), twice);
    // 'a' overlaps g1 by "the budget" (10 of 25 gold characters): under half of the shorter span, no candidate
    expect(Object.fromEntries(outcomes)).toEqual({ a: 'spurious', b: 'right' });
    expect(micro.pieces).toBe(0);
  });

  it('argument validation names the problem', () => {
    expect(() => scoreAttributions({ ...GOLD, format: 'other' }, SYSTEM)).toThrow(
      'claimgraph/evaluate/attributions: gold is not polnear-gold@1',
    );
    expect(() => scoreAttributions(GOLD, { statements: [] } as unknown as SystemStatements)).toThrow(
      'system output lacks statements[] or actors[]',
    );
    expect(() => scoreAttributions(GOLD, SYSTEM, { subset: 'some' as 'all' })).toThrow('unknown subset "some"');
  });
});

describe('speaker names', () => {
  it.each([
    ['Sen. Maria Okafor', 'Maria Okafor', true],
    ['Donald J. Trump', 'Donald Trump', true], // last word capitalised in the text
    ['donald j. trump', 'donald trump', false],
    ['Okafor’s campaign', 'Okafor campaign', true],
    ['the Delmar Port Authority', 'Delmar Port Authority', true],
    ['Delmar Port Authority', 'Port', true], // whole words held
    ['Delmar Port Authority', 'Delmar Po', false],
    ['she', 'Maria Okafor', false],
    ['he', 'he', true],
  ])('%s ~ %s: %s', (g, p, meets) => {
    expect(speakerRight(goldNames([g]), [normSpeakerName(p)])).toBe(meets);
  });

  it('normalises case, possessives, punctuation, articles and titles', () => {
    expect(normSpeakerName('Mr. O’Neil’s')).toBe('o neil');
    expect(normSpeakerName('The Rev. Al Sharpton')).toBe('al sharpton');
    expect(nameMeets('', false, 'x')).toBe(false);
  });
});
