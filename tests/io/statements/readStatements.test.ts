// readStatementsFile: texts resolved beside the file, every problem at once, nothing
// returned from an invalid file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, StatementsValidationError } from '../../../src/errors.ts';
import { readStatementsFile } from '../../../src/io/statements/readStatements.ts';
import { STATEMENTS_FORMAT } from '../../../src/model/index.ts';
import { tempDirs } from '../../support/tempDir.ts';

const freshDir = tempDirs('statements');

const TEXT = 'Kerry denied the charge.';
const file = (documents: object[]) => ({
  format: STATEMENTS_FORMAT,
  documents,
  actors: [{ id: 'kerry', label: 'John Kerry', kind: 'person', aliases: [] }],
  statements: [
    {
      id: 's1',
      doc: 'd1',
      speaker: 'kerry',
      stance: 'denies',
      cue: { start: 6, end: 12, text: 'denied' },
      content: { start: 13, end: 23, text: 'the charge' },
      evidence: { start: 0, end: 24, text: TEXT },
    },
  ],
});

async function problemsOf(path: string): Promise<readonly string[]> {
  try {
    await readStatementsFile(path);
  } catch (error) {
    if (error instanceof StatementsValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a StatementsValidationError');
}

describe('readStatementsFile', () => {
  it.each([
    ['<id>.txt beside the file', { id: 'd1' }, 'd1.txt'],
    ['documents[].file relative to the file', { id: 'd1', file: 'texts/article.txt' }, 'texts/article.txt'],
  ])('finds the text at %s and inlines it', async (_name, doc, textPath) => {
    const dir = freshDir();
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, textPath), TEXT);
    writeFileSync(join(dir, 'st.json'), JSON.stringify(file([doc])));
    const data = await readStatementsFile(join(dir, 'st.json'));
    expect(data.documents).toEqual([{ ...doc, text: TEXT }]);
    expect(data.statements[0]!.targets).toEqual([]);
  });

  it('a missing document text is a problem naming where it looked', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'd2.txt'), TEXT);
    writeFileSync(join(dir, 'st.json'), JSON.stringify(file([{ id: 'd1', file: 'gone.txt' }, { id: 'd2' }])));
    expect(await problemsOf(join(dir, 'st.json'))).toContain(
      `documents[0]: no text for document "d1" (looked for ${join(dir, 'gone.txt')}, ${join(dir, 'd1.txt')})`,
    );
  });

  it('regression: a file with no text for any document (a synth truth file) is one line saying what it is, not a line per document', async () => {
    const dir = freshDir();
    const path = join(dir, 'corpus.truth.statements.json');
    writeFileSync(path, JSON.stringify(file(Array.from({ length: 500 }, (_, i) => ({ id: `d${i}` })))));
    const error = await readStatementsFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      `claimgraph/io/readStatements: ${path}: has statements but none of the texts of its 500 documents (no documents[].text, no file or <id>.txt beside it), which a graph needs; for a file of true statements (OUT.truth.statements.json of claimgraph synth), ingest the corpus itself and compare with claimgraph score or corpus check`,
    );
  });

  it('regression: JSON nested 100,000 levels deep is one InputError naming the file, not a stack overflow', async () => {
    const dir = freshDir();
    const path = join(dir, 'deep.json');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    writeFileSync(path, `{"format":"${STATEMENTS_FORMAT}","documents":${deep},"actors":[],"statements":[]}`);
    const error = await readStatementsFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^claimgraph/io/[\\w/]+: ${path}: .*nested deep`));
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });

  it('several documents without text are one problem, not one each', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'd0.txt'), TEXT);
    writeFileSync(join(dir, 'st.json'), JSON.stringify(file([{ id: 'd0' }, { id: 'd1' }, { id: 'd2' }])));
    const problems = await problemsOf(join(dir, 'st.json'));
    expect(problems.filter((p) => p.includes('no text'))).toEqual([
      `2 documents have no text; the first: documents[1]: no text for document "d1" (looked for ${join(dir, 'd1.txt')})`,
    ]);
  });

  it('reports text and span problems together, and returns nothing', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'd1.txt'), TEXT.slice(0, 20));
    const data = file([{ id: 'd1' }, { id: 'd2' }]);
    writeFileSync(join(dir, 'st.json'), JSON.stringify(data));
    expect(await problemsOf(join(dir, 'st.json'))).toEqual([
      `documents[1]: no text for document "d2" (looked for ${join(dir, 'd2.txt')})`,
      'statements[0].content.end: 23 is past the end of document d1 (20 characters)',
      'statements[0].evidence.end: 24 is past the end of document d1 (20 characters)',
    ]);
  });

  it('invalid JSON is an InputError with the parser message', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'st.json'), '{"format": ');
    await expect(readStatementsFile(join(dir, 'st.json'))).rejects.toBeInstanceOf(InputError);
    await expect(readStatementsFile(join(dir, 'st.json'))).rejects.toThrow(
      `claimgraph/io/json/readJson: ${join(dir, 'st.json')}: is not valid JSON (`,
    );
  });
});
