// extractArticles is a pure function of each article: the statements an article gets do not
// depend on which articles were extracted before it in the process, nor on the articles beside
// it in the same call (the ingest workers and the viewer's worker reuse their process, so a
// corpus must not depend on batch order). The articles are invented for this test: possessive
// names (curly and straight, one closing a sentence, where the tokenizer keeps "Okafor’s"
// whole), one surname for different actors in different articles, acronyms, ministries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';
import type { ArticleInput } from '../../src/extract/index.ts';
import type { StatementsFile } from '../../src/model/index.ts';

const ARTICLES: readonly ArticleInput[] = [
  {
    id: 'budget-comparison',
    text:
      'The budget plan was far less detailed than Okafor’s. Analysts compared it with Kessler’s, and ' +
      "found it thinner than Ruiz's.\n\nThe Delmar Workers Union (DWU) said the plan would cut pensions. " +
      '"This is a betrayal," the union said in a statement.',
  },
  {
    id: 'okafor-campaign',
    text:
      'Senator Maria Okafor’s campaign opened an office in Lagos on Monday. "We will win this state," ' +
      'Okafor’s spokesman said.\n\nMaria Okafor said the polls were wrong. Okafor’s rival, Paul Kessler, ' +
      'accused her of inventing the figures. She denied the claim.',
  },
  {
    id: 'kessler-group',
    text:
      'Kessler Group, the logistics company, said its drivers would strike on Friday. The DWU rejected ' +
      "the company's offer of a 2 percent raise.\n\nRussia's defence ministry said it had not been told " +
      'of the strike. A company spokesman said talks would resume.',
  },
  {
    id: 'ruiz-hearing',
    text:
      "Judge Elena Ruiz's ruling was read out on Tuesday. Ruiz said the evidence did not support the " +
      "charges.\n\nProsecutors said they would appeal. Ruiz's clerk told reporters the court had received " +
      'no appeal yet. "We disagree with the decision," said Tomas Berg, a lawyer for the state.',
  },
  {
    id: 'dwu-strike',
    text:
      'DWU members voted to strike, the union said on Wednesday. Its leader, Amara Diallo, said the vote ' +
      "showed the workers' anger.\n\nThe Russian Defence Ministry said the strike did not concern it. " +
      'Diallo’s deputy said the union would meet Kessler’s managers on Thursday.',
  },
];

/** Each document's statements with what identifies them (statement ids are per run: left out; links by content). */
function perDocument(file: StatementsFile): Map<string, string[]> {
  const contentOf = new Map(file.statements.map((s) => [s.id, `${s.content.start}-${s.content.end}`]));
  const out = new Map<string, string[]>(file.documents.map((d) => [d.id, []]));
  for (const s of file.statements) {
    out
      .get(s.doc)
      ?.push(
        JSON.stringify([
          s.speaker,
          s.stance,
          s.cue && [s.cue.start, s.cue.end],
          [s.content.start, s.content.end],
          [s.evidence.start, s.evidence.end],
          s.targets,
          s.about,
          s.responds.map((id) => contentOf.get(id)),
          s.implicit ?? false,
        ]),
      );
  }
  return out;
}

const speakerLabels = (file: StatementsFile): string[] => {
  const labels = new Map(file.actors.map((a) => [a.id, a.label]));
  return file.statements.map((s) => labels.get(s.speaker) as string);
};

describe('extraction is pure', () => {
  const alone = new Map(ARTICLES.map((a) => [a.id, perDocument(extractArticles([a])).get(a.id)]));

  it('the articles give statements (the test would be empty otherwise)', () => {
    for (const [id, statements] of alone) expect(statements?.length, id).toBeGreaterThan(0);
  });

  it('regression: a speaker keeps its name ("Maria Okafor", not "Maria Okafor’s") after an article ending a sentence with "Okafor’s." was read', () => {
    const article = ARTICLES[1] as ArticleInput;
    const before = extractArticles([article]);
    extractArticles([ARTICLES[0] as ArticleInput]);
    const after = extractArticles([article]);
    expect(speakerLabels(after)).toEqual(speakerLabels(before));
    expect(speakerLabels(after)).toContain('Maria Okafor');
    expect(perDocument(after)).toEqual(perDocument(before));
  });

  it('any order and grouping of the articles gives each the statements it gets alone', () => {
    const batches = fc
      .tuple(fc.shuffledSubarray([...ARTICLES], { minLength: 1 }), fc.array(fc.integer({ min: 1, max: 4 })))
      .map(([picked, sizes]) => {
        const out: ArticleInput[][] = [];
        let at = 0;
        for (const size of sizes) if (at < picked.length) out.push(picked.slice(at, (at += size)));
        if (at < picked.length) out.push(picked.slice(at));
        return out;
      });
    fc.assert(
      fc.property(batches, (groups) => {
        for (const group of groups) {
          const got = perDocument(extractArticles(group));
          for (const a of group) expect(got.get(a.id), a.id).toEqual(alone.get(a.id));
        }
      }),
      { numRuns: 40 },
    );
  });
});
