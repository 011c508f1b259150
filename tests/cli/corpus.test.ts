// `claimgraph corpus actors` (the actor network on the command line) and `corpus changes`
// on dates written as feeds write them: exact text and JSON outputs, in this process.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATEMENTS_FORMAT, type StatementsFile } from '../../src/model/index.ts';
import { runCli as claimgraph } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const freshDir = tempDirs('corpus-cli');
const span = (text: string, sentence: string, start = 0) => {
  const at = sentence.indexOf(text);
  return { start: start + at, end: start + at + text.length, text };
};

/** Norland asserts a figure, later denies it; Ostria accuses Norland. Dates as an RSS feed writes them. */
function feedCorpus(): StatementsFile {
  const first = 'Norland said the bridge was destroyed.';
  const second = 'Norland denied the bridge was destroyed. Ostria accused Norland of lying.';
  const denial = 'Norland denied the bridge was destroyed.';
  return {
    format: STATEMENTS_FORMAT,
    // "Wed" sorts after "Thu" as text: only a parsed date puts 30 November first.
    documents: [
      { id: 'late', text: second, published: 'Thu, 01 Dec 2016 08:00:00 +0000' },
      { id: 'early', text: first, published: 'Wed, 30 Nov 2016 18:00:00 +0000' },
    ],
    actors: [
      { id: 'norland', label: 'Norland', kind: 'state', aliases: [] },
      { id: 'ostria', label: 'Ostria', kind: 'state', aliases: [] },
    ],
    statements: [
      {
        id: 's1',
        doc: 'early',
        speaker: 'norland',
        stance: 'asserts',
        cue: span('said', first),
        content: span('the bridge was destroyed', first),
        evidence: span(first, first),
        targets: [],
        about: [],
        responds: [],
      },
      {
        id: 's2',
        doc: 'late',
        speaker: 'norland',
        stance: 'denies',
        cue: span('denied', second),
        content: span('the bridge was destroyed', second),
        evidence: span(denial, second),
        targets: [],
        about: [],
        responds: [],
      },
      {
        id: 's3',
        doc: 'late',
        speaker: 'ostria',
        stance: 'accuses',
        cue: span('accused', second),
        content: span('of lying', second),
        evidence: span('Ostria accused Norland of lying.', second),
        targets: ['norland'],
        about: ['norland'],
        responds: [],
      },
    ],
  };
}

describe('claimgraph corpus', () => {
  it('changes: finds the change of position when dates are RFC 2822 feed dates', async () => {
    const dir = await freshDir();
    const file = join(dir, 'feed.statements.json');
    await writeFile(file, JSON.stringify(feedCorpus()));
    const run = await claimgraph('corpus', 'changes', '-g', file);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      'Norland denied "the bridge was destroyed" in late (Thu, 01 Dec 2016 08:00:00 +0000) after asserting it in early (Wed, 30 Nov 2016 18:00:00 +0000)\n',
    );
    const json = JSON.parse((await claimgraph('corpus', 'changes', '-g', file, '--json')).stdout);
    expect(json[0].denial.date).toEqual({ day: '2016-12-01', time: Date.UTC(2016, 11, 1, 8), from: 'published' });
  });

  it('actors: the actor network as lines, as JSON and as GEXF, narrowed by dates given any way', async () => {
    const dir = await freshDir();
    const file = join(dir, 'feed.statements.json');
    const gexf = join(dir, 'actors.gexf');
    await writeFile(file, JSON.stringify(feedCorpus()));
    const run = await claimgraph('corpus', 'actors', '-g', file, '--gexf', gexf);
    expect(run).toEqual({
      code: 0,
      stdout: `2 actors, 1 edge; GEXF written to ${gexf}\nOstria accuses Norland: 1 statement, 1 document\n`,
      stderr: '',
    });
    expect(await readFile(gexf, 'utf8')).toMatch(
      /<edge [^>]*source="actor:ostria" target="actor:norland"[^>]*weight="1"/,
    );
    const json = JSON.parse((await claimgraph('corpus', 'actors', '-g', file, '--json')).stdout);
    expect(json.links).toEqual([
      {
        key: 'link:accuses:actor:ostria→actor:norland',
        from: 'actor:ostria',
        to: 'actor:norland',
        stance: 'accuses',
        statements: 1,
        claims: ['claim:late/s3'],
        documents: 1,
      },
    ]);
    expect(
      json.actors.map((a: { key: string; made: number; received: number }) => [a.key, a.made, a.received]),
    ).toEqual([
      ['actor:norland', 0, 1],
      ['actor:ostria', 1, 0],
    ]);
    const before = await claimgraph('corpus', 'actors', '-g', file, '--to', 'Nov. 30, 2016');
    expect(before.stdout).toBe('0 actors, 0 edges\n');
  });

  it('actors: a bad stance or date is one line and exit code 1', async () => {
    const dir = await freshDir();
    const file = join(dir, 'feed.statements.json');
    await writeFile(file, JSON.stringify(feedCorpus()));
    const stance = await claimgraph('corpus', 'actors', '-g', file, '--stances', 'accuses,claims');
    expect(stance.code).not.toBe(0);
    expect(stance.stderr).toMatch(/unknown stance "claims"/);
    const date = await claimgraph('corpus', 'actors', '-g', file, '--from', 'someday');
    expect(date).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'claimgraph: claimgraph/corpus/actorNetwork: option from: expected a date such as 2016-12-07, got "someday"\n',
    });
  });
});
