// `claimgraph query …`: the exact text and JSON outputs, the exit codes and the one-line
// errors, in this process through main(argv), and as a user runs it (node bin/claimgraph.mjs
// in a child process) for an error, a usage error and a success.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contested, provenance, reach } from '../../src/query/index.ts';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import { STATEMENTS_FORMAT, type StatementsFile } from '../../src/model/index.ts';
import { runCli as claimgraph, runCliProcess } from '../support/cli.ts';
import { tempDirs } from '../support/tempDir.ts';

const freshDir = tempDirs('query');
const graph = await loadDefaultGraph();

describe('claimgraph query: errors', () => {
  it('an unknown actor is one line on stderr and exit code 1 (a real process)', async () => {
    const run = await runCliProcess('query', 'statements-by', 'Nobody');
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'claimgraph: claimgraph/query/resolve: no actor matches "Nobody"\n',
    });
  });

  it('a misspelt actor gets a suggestion', async () => {
    const run = await claimgraph('query', 'accusations-against', 'Rusia');
    expect(run.stderr).toBe(
      'claimgraph: claimgraph/query/resolve: no actor matches "Rusia" (did you mean "Russia" (actor:russia)?)\n',
    );
    expect(run.code).toBe(1);
  });

  it('an unknown edge kind is refused by the query, naming it', async () => {
    const run = await claimgraph('query', 'reach', 'Lavrov', '--edges', 'accuses,says');
    expect(run.stderr).toBe(
      'claimgraph: claimgraph/query/reach: unknown edge kind "says" (expected asserts, accuses, denies, rejects, reports, about, targets, responds, memberOf, publishes, corroborates)\n',
    );
    expect(run.code).toBe(1);
  });

  it('a malformed depth is a usage error (exit code 2; a real process)', async () => {
    const run = await runCliProcess('query', 'reach', 'Lavrov', '--depth', 'two');
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      `error: option '--depth <n>' argument 'two' is invalid. expected a whole number ≥ 0 or "all"`,
    );
  });

  it('a missing graph file is one line on stderr', async () => {
    const run = await claimgraph('query', 'contested', '--graph', 'no/such/file.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no/such/file.json');
  });
});

describe('claimgraph query: text output', () => {
  it.each([
    [
      ['accusations-against', 'Russia'],
      [
        'United States accuses Russia: "of heavy civilian casualties"  [aleppo-2016/s13 2938–2949 "has accused"]',
        'United States accuses Russia: "for stalling attempts at implementing a ceasefire"  [aleppo-2016/s14 2990–2996 "blamed"]',
      ],
    ],
    [
      ['statements-by', 'Russia', '--members'],
      [
        'Russia        asserts about United States, Syrian rebels: "talks with the US in Geneva on Wednesday to organise a rebel withdrawal before putting in place a ceasefire"  [aleppo-2016/s8 2468–2481 "had announced"]',
        'Sergey Lavrov accuses United States: "of backtracking"  [aleppo-2016/s9 2648–2655 "accused"]',
        'Russia        asserts about United States, Syrian rebels: "backs the rebels"  [aleppo-2016/s10 2681–2690 "maintains"]',
        'Sergey Lavrov asserts about United States, Syrian rebels: "It looks like an attempt to buy time for the rebels to have a breather, take a pause and replenish their reserves"  [aleppo-2016/s11 2852–2856 "said"]',
      ],
    ],
    [['statements-by', 'China'], ['no statements by China']],
    [
      ['response-chain', 'aleppo-2016/s12'],
      [
        'John Kerry denies: "the charge" (answers aleppo-2016/s9)  [aleppo-2016/s12 2902–2908 "denied"]',
        'answers:',
        '  1  Sergey Lavrov accuses United States: "of backtracking"  [aleppo-2016/s9 2648–2655 "accused"]',
        'answered by: nothing',
      ],
    ],
    [
      ['triples', 'Lavrov'],
      [
        'Sergey Lavrov  accuses        United States  "of backtracking"  [aleppo-2016/s9 2648–2655 "accused"]',
        'Sergey Lavrov  asserts about  United States  "It looks like an attempt to buy time for the rebels to have a breather, take a pause and replenish their reserves"  [aleppo-2016/s11 2852–2856 "said"]',
        'Sergey Lavrov  asserts about  Syrian rebels  "It looks like an attempt to buy time for the rebels to have a breather, take a pause and replenish their reserves"  [aleppo-2016/s11 2852–2856 "said"]',
      ],
    ],
    [
      ['contested', '--stances', 'rejects'],
      [
        'Syrian government asserts about Syrian rebels: "no ceasefire can be implemented till the rebels guarantee withdrawal"  [aleppo-2016/s15 3185–3193 "has said"]',
        '  rejected by Syrian rebels: "any talk of leaving the city, let alone guaranteeing a withdrawal"  [aleppo-2016/s17 3463–3476 "have rejected"]',
      ],
    ],
    [
      ['path', 'Lavrov', 'John Kerry'],
      [
        'Sergey Lavrov  (actor:lavrov)',
        '  —accuses→ "of backtracking"  (claim:aleppo-2016/s9)',
        '  ←responds— "the charge"  (claim:aleppo-2016/s12)',
        '  ←denies— John Kerry  (actor:kerry)',
      ],
    ],
    [['path', 'Lavrov', 'China'], ['no path from Sergey Lavrov to China along any edge kind']],
    [
      ['reach', 'actor:lavrov', '--depth', '1', '--direction', 'out'],
      [
        'depth  kind   node                                                            key',
        '0      actor  Sergey Lavrov                                                   actor:lavrov',
        '1      claim  "of backtracking"                                               claim:aleppo-2016/s9',
        '1      claim  "It looks like an attempt to buy time for the rebels to have…"  claim:aleppo-2016/s11',
        '1      actor  Russia                                                          actor:russia',
      ],
    ],
    [
      ['provenance', 'claim:aleppo-2016/s3'],
      [
        'claim        aleppo-2016/s3',
        'speaker      Syrian army (military), speaking for Syrian government',
        'stance       asserts',
        'document     aleppo-2016, NEW DELHI, published 2016-12-07, file ../articles/aleppo-2016.txt',
        'evidence     1526–1714 "The Syrian army said it had also taken over other areas to the east of the Old City, including Marja and Karm al-Qaterji, bringing it closer to cutting off another pocket of rebel control."',
        'cue          1542–1546 "said"',
        'content      1547–1713 "it had also taken over other areas to the east of the Old City, including Marja and Karm al-Qaterji, bringing it closer to cutting off another pocket of rebel control"',
        'about        Syrian army, Syrian rebels',
        'targets      nobody',
        'answers      nothing',
        'answered by  aleppo-2016/s4',
      ],
    ],
    [['resolve', 'moscow'], ['actor:russia  actor  Russia']],
  ])('query %j', async (args, lines) => {
    const run = await claimgraph('query', ...args);
    expect(run).toEqual({ code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' });
  });
});

describe('claimgraph query: --json prints the query result', () => {
  it('provenance', async () => {
    const run = await claimgraph('query', 'provenance', 'aleppo-2016/s9', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(provenance(graph, 'claim:aleppo-2016/s9'));
  });

  it('contested', async () => {
    const run = await claimgraph('query', 'contested', '--json');
    expect(JSON.parse(run.stdout)).toEqual(contested(graph));
  });

  it('reach a page at a time: --limit pages, --after the printed cursor, together the whole answer', async () => {
    const whole: unknown[] = [];
    let after: string[] = [];
    for (let pages = 0; pages < 100; pages++) {
      const run = await claimgraph('query', 'reach', 'Russia', '--depth', '2', '--limit', '4', ...after, '--json');
      expect(run.code).toBe(0);
      const page = JSON.parse(run.stdout) as { items: unknown[]; next?: string };
      whole.push(...page.items);
      if (page.next === undefined) break;
      expect(page.items).toHaveLength(4);
      after = ['--after', page.next];
    }
    expect(whole).toEqual(reach(graph, 'actor:russia', { depth: 2 }));
    const text = await claimgraph('query', 'reach', 'Russia', '--limit', '2');
    expect(
      text.stdout
        .trim()
        .split('\n')
        .slice(1, 3)
        .map((line) => line.split(/\s+/)[0]),
    ).toEqual(['0', '1']);
    expect(text.stdout).toMatch(/next page: --after [0-9a-f]+\n$/);
  });

  it('path with no answer is null', async () => {
    const run = await claimgraph('query', 'path', 'Lavrov', 'China', '--json');
    expect(run).toEqual({ code: 0, stdout: 'null\n', stderr: '' });
  });

  it('statements-by, with the statement ids of Russia and its members', async () => {
    const run = await claimgraph('query', 'statements-by', 'Russia', '--members', '--json');
    expect(JSON.parse(run.stdout).map((s: { claim: string }) => s.claim)).toEqual([
      'claim:aleppo-2016/s8',
      'claim:aleppo-2016/s9',
      'claim:aleppo-2016/s10',
      'claim:aleppo-2016/s11',
    ]);
  });
});

describe('claimgraph query --graph', () => {
  it('queries the given statements file instead of the curated graph (a real process)', async () => {
    const text = 'Ann said the bridge is closed.';
    const data: StatementsFile = {
      format: STATEMENTS_FORMAT,
      documents: [{ id: 'bridge', text }],
      actors: [
        { id: 'ann', label: 'Ann Smith', kind: 'person', aliases: ['Ann'] },
        { id: 'city', label: 'City council', kind: 'government', aliases: [] },
      ],
      statements: [
        {
          id: 's1',
          doc: 'bridge',
          speaker: 'ann',
          stance: 'asserts',
          cue: { start: 4, end: 8, text: 'said' },
          content: { start: 9, end: 29, text: 'the bridge is closed' },
          evidence: { start: 0, end: 30, text },
          targets: [],
          about: ['city'],
          responds: [],
        },
      ],
    };
    const file = join(freshDir(), 'bridge.json');
    await writeFile(file, JSON.stringify(data));
    const run = await runCliProcess('query', 'statements-about', 'city council', '--graph', file);
    expect(run).toEqual({
      code: 0,
      stdout: 'Ann Smith asserts about City council: "the bridge is closed"  [bridge/s1 4–8 "said"]\n',
      stderr: '',
    });
  });
});

// eslint-disable-next-line no-control-regex -- the control characters a terminal obeys
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

/** A statements file whose one quotation holds `content`, spoken by Ann about the city council. */
async function quoteFile(content: string, name = 'quote.json'): Promise<string> {
  const text = `Ann said ${content}.`;
  const data: StatementsFile = {
    format: STATEMENTS_FORMAT,
    documents: [{ id: name.replace(/\.json$/, ''), text }],
    actors: [
      { id: 'ann', label: 'Ann Smith', kind: 'person', aliases: ['Ann'] },
      { id: 'city', label: 'City council', kind: 'government', aliases: [] },
    ],
    statements: [
      {
        id: 's1',
        doc: name.replace(/\.json$/, ''),
        speaker: 'ann',
        stance: 'asserts',
        cue: { start: 4, end: 8, text: 'said' },
        content: { start: 9, end: 9 + content.length, text: content },
        evidence: { start: 0, end: text.length, text },
        targets: [],
        about: ['city'],
        responds: [],
      },
    ],
  };
  const file = join(freshDir(), name);
  await writeFile(file, JSON.stringify(data));
  return file;
}

describe('claimgraph query: option parsing and terminal safety', () => {
  it('regression: an actor after --graph FILE is the actor, not a second file', async () => {
    const file = await quoteFile('the bridge is closed');
    const run = await claimgraph('query', 'statements-by', '--graph', file, 'Ann');
    expect(run).toEqual({
      code: 0,
      stdout: 'Ann Smith asserts about City council: "the bridge is closed"  [quote/s1 4–8 "said"]\n',
      stderr: '',
    });
  });

  it('--graph repeats to merge several files', async () => {
    const one = await quoteFile('the bridge is closed', 'one.json');
    const two = await quoteFile('the road is open', 'two.json');
    const run = await claimgraph('query', 'statements-by', 'Ann', '--graph', one, '--graph', two, '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { content: { text: string } }[]).map((s) => s.content.text)).toEqual([
      'the bridge is closed',
      'the road is open',
    ]);
  });

  it('regression: control characters in a quotation are escaped in text output, never sent raw', async () => {
    // ESC ]0;…BEL retitles a terminal, ESC [2J clears it, U+202E reverses what follows, U+009B is a C1 CSI
    const file = await quoteFile('the \u001b]0;pwned\u0007bridge\u001b[2J is \u202eclosed\u009b1m\r\nnow');
    const text = await claimgraph('query', 'statements-by', 'Ann', '--graph', file);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW_CONTROLS);
    expect(text.stdout).toContain('"the \\x1b]0;pwned\\x07bridge\\x1b[2J is \\u202eclosed\\x9b1m now"');
    expect(text.stdout.trimEnd().split('\n')).toHaveLength(1);
    const json = await claimgraph('query', 'statements-by', 'Ann', '--graph', file, '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROLS);
    // the same data: only its spelling in JSON changed
    expect((JSON.parse(json.stdout) as { content: { text: string } }[])[0]!.content.text).toBe(
      'the \u001b]0;pwned\u0007bridge\u001b[2J is \u202eclosed\u009b1m\r\nnow',
    );
  });
});

describe('claimgraph query --help', () => {
  it.each([
    'statements-by',
    'statements-about',
    'accusations-against',
    'triples',
    'contested',
    'response-chain',
    'provenance',
    'reach',
    'path',
    'resolve',
  ])('%s --help shows usage and an example', async (name) => {
    const run = await claimgraph('query', name, '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: claimgraph query ${name} `));
    expect(run.stdout).toContain(`npx claimgraph query ${name} `);
  });
});
