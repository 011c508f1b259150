// validateStatements and buildGraph on invalid statements@1 data: every problem at once,
// each with its path and the bad value; nothing is built from an invalid file.
import { describe, expect, it } from 'vitest';
import { StatementsValidationError } from '../../src/errors.ts';
import { buildGraph, validateStatements, type StatementsFile } from '../../src/model/index.ts';
import { loadDefaultStatements } from '../../src/io/defaultGraph.ts';

const curated: StatementsFile = (await loadDefaultStatements())[0]!.data;

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const edit = (mutate: (data: Mutable) => void): unknown => {
  const copy = structuredClone(curated) as Mutable;
  mutate(copy);
  return copy;
};

const cases: [string, (data: Mutable) => void, string[]][] = [
  [
    'a span past the end of its document',
    (d) => (d.statements[3].content.end = 4100),
    ['statements[3].content.end: 4100 is past the end of document aleppo-2016 (3543 characters)'],
  ],
  [
    'a span ending before it starts',
    (d) => (d.statements[2].evidence.end = 10),
    [`statements[2].evidence.end: 10 is before its start ${curated.statements[2]!.evidence.start}`],
  ],
  [
    'span text that is not the document slice',
    (d) => (d.statements[0].cue.text = 'has told'),
    ['statements[0].cue.text: "has told" is not the document text at 143–151, which is "has said"'],
  ],
  [
    'an unknown speaker',
    (d) => (d.statements[0].speaker = 'nobody'),
    ['statements[0].speaker: "nobody" is not an actor id'],
  ],
  [
    'an unknown target',
    (d) => (d.statements[5].targets = ['ghost']),
    ['statements[5].targets[0]: "ghost" is not an actor id'],
  ],
  [
    'an unknown about actor',
    (d) => d.statements[4].about.push('ghost'),
    [`statements[4].about[${curated.statements[4]!.about.length}]: "ghost" is not an actor id`],
  ],
  [
    'an unknown answered statement',
    (d) => (d.statements[1].responds = ['s99']),
    ['statements[1].responds[0]: "s99" is not a statement id'],
  ],
  [
    'a statement answering itself',
    (d) => (d.statements[1].responds = ['s2']),
    ['statements[1].responds[0]: "s2" is the statement itself'],
  ],
  [
    'an unknown document',
    (d) => (d.statements[0].doc = 'elsewhere'),
    ['statements[0].doc: "elsewhere" is not a document id'],
  ],
  [
    'an unknown stance',
    (d) => (d.statements[2].stance = 'claims'),
    ['statements[2].stance: "claims": Invalid option: expected one of "asserts"|"accuses"|"denies"|"rejects"'],
  ],
  [
    'an unknown actor kind',
    (d) => (d.actors[0].kind = 'tribe'),
    [
      'actors[0].kind: "tribe": Invalid option: expected one of "state"|"government"|"military"|"armed-group"|"ngo"|"media"|"person"|"intergovernmental"|"company"|"union"|"political-group"|"other"',
    ],
  ],
  ['a duplicate actor id', (d) => d.actors.push({ ...d.actors[0] }), ['actors[12].id: "sohr" duplicates actors[0].id']],
  [
    'a duplicate statement id',
    (d) => d.statements.push({ ...d.statements[0] }),
    ['statements[17].id: "s1" duplicates statements[0].id'],
  ],
  [
    'a duplicate document id',
    (d) => d.documents.push({ id: 'aleppo-2016' }),
    ['documents[1].id: "aleppo-2016" duplicates documents[0].id'],
  ],
  ['an unknown memberOf', (d) => (d.actors[1].memberOf = 'nato'), ['actors[1].memberOf: "nato" is not an actor id']],
  [
    'memberOf the actor itself',
    (d) => (d.actors[1].memberOf = 'rebels'),
    ['actors[1].memberOf: "rebels" is the actor itself'],
  ],
  [
    'a memberOf cycle',
    (d) => (d.actors[6].memberOf = 'lavrov'),
    ['actors: memberOf forms a cycle: russia → lavrov → russia'],
  ],
  [
    'a missing content span',
    (d) => delete d.statements[0].content,
    ['statements[0].content: missing: Invalid input: expected object, received undefined'],
  ],
  [
    'a negative offset',
    (d) => (d.statements[0].content.start = -1),
    ['statements[0].content.start: -1: Too small: expected number to be >=0'],
  ],
  [
    'a wrong format',
    (d) => (d.format = 'claimgraph/statements@2'),
    ['format: "claimgraph/statements@2": Invalid input: expected "claimgraph/statements@1"'],
  ],
];

describe('validateStatements', () => {
  it('accepts the curated statements', () => {
    expect(validateStatements(curated)).toEqual({ data: curated, problems: [] });
  });

  it.each(cases)('%s', (_name, mutate, problems) => {
    const result = validateStatements(edit(mutate));
    expect(result.problems).toEqual(problems);
    expect(result.data).toBeUndefined();
  });

  it('reports every cross-reference problem at once, in file order', () => {
    const data = edit((d) => {
      d.statements[0].speaker = 'nobody';
      d.statements[0].cue.text = 'has told';
      d.statements[3].content.end = 4100;
      d.actors.push({ ...d.actors[0] });
    });
    expect(validateStatements(data).problems).toEqual([
      'actors[12].id: "sohr" duplicates actors[0].id',
      'statements[0].speaker: "nobody" is not an actor id',
      'statements[0].cue.text: "has told" is not the document text at 143–151, which is "has said"',
      'statements[3].content.end: 4100 is past the end of document aleppo-2016 (3543 characters)',
    ]);
  });

  it('reports every schema problem at once', () => {
    const data = edit((d) => {
      d.statements[2].stance = 'claims';
      d.actors[0].kind = 'tribe';
    });
    expect(validateStatements(data).problems.map((p) => p.split(':')[0])).toEqual([
      'actors[0].kind',
      'statements[2].stance',
    ]);
  });

  it('cuts long bad values in messages', () => {
    const long = 'x'.repeat(100);
    expect(validateStatements(edit((d) => (d.statements[0].speaker = long))).problems).toEqual([
      `statements[0].speaker: "${'x'.repeat(59)}… is not an actor id`,
    ]);
  });
});

describe('buildGraph on invalid data', () => {
  it('builds nothing and throws a StatementsValidationError listing every problem', () => {
    const data = edit((d) => {
      d.statements[0].speaker = 'nobody';
      d.statements[3].content.end = 4100;
    }) as StatementsFile;
    let error: unknown;
    try {
      buildGraph([{ source: 'bad.json', data }]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StatementsValidationError);
    expect((error as StatementsValidationError).source).toBe('bad.json');
    expect((error as StatementsValidationError).problems).toEqual([
      'statements[0].speaker: "nobody" is not an actor id',
      'statements[3].content.end: 4100 is past the end of document aleppo-2016 (3543 characters)',
    ]);
    expect((error as Error).message).toBe(
      'claimgraph/statements: bad.json: 2 problems:\n  statements[0].speaker: "nobody" is not an actor id\n  statements[3].content.end: 4100 is past the end of document aleppo-2016 (3543 characters)',
    );
  });
});
