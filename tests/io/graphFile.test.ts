// Graph files on disk: format sniffing, atomic writes that never leave partial output, and
// the command line's inputs (none → curated graph, several → merged, bad → named errors).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FormatError, InputError, MergeConflictError, StatementsValidationError } from '../../src/errors.ts';
import { loadDefaultGraph } from '../../src/io/defaultGraph.ts';
import {
  formatFromPath,
  loadGraphInputs,
  readGraphFile,
  serializeGraph,
  writeGraphFile,
} from '../../src/io/graphFile.ts';
import { manyStatements } from './gexf/manyStatements.ts';
import {
  STATEMENTS_FORMAT,
  buildGraph,
  createClaimGraph,
  toStatements,
  type ActorNode,
  type StatementsFile,
} from '../../src/model/index.ts';
import { tempDirs } from '../support/tempDir.ts';
import { CHUNK_BYTES } from '../../src/io/files/readChunks.ts';
import { syntheticGraph } from '../../src/synth/index.ts';

const freshDir = tempDirs('graphfile');

const curated = await loadDefaultGraph();
const curatedStatements = toStatements(curated);

const other: StatementsFile = {
  format: STATEMENTS_FORMAT,
  documents: [{ id: 'other-doc', text: 'Moscow said it would stay.' }],
  actors: [{ id: 'russia', label: 'Russia', kind: 'state', aliases: ['Moscow', 'Russian Federation'] }],
  statements: [
    {
      id: 'o1',
      doc: 'other-doc',
      speaker: 'russia',
      stance: 'asserts',
      cue: { start: 7, end: 11, text: 'said' },
      content: { start: 12, end: 25, text: 'it would stay' },
      evidence: { start: 0, end: 26, text: 'Moscow said it would stay.' },
      targets: [],
      about: ['russia'],
      responds: [],
    },
  ],
};

describe('formatFromPath', () => {
  it.each([
    ['out.gexf', 'gexf'],
    ['OUT.GEXF', 'gexf'],
    ['graph.json', 'json'],
    ['aleppo.statements.json', 'statements'],
    ['graph.xml', undefined],
    ['graph', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });
});

describe('readGraphFile', () => {
  it.each(['gexf', 'json', 'statements'] as const)(
    'reads %s, sniffed from the content whatever the extension',
    async (format) => {
      const dir = freshDir();
      const file = join(dir, 'graph.data');
      writeFileSync(file, serializeGraph(curated, format));
      expect(toStatements(await readGraphFile(file))).toStrictEqual(curatedStatements);
    },
  );

  it.each(['gexf', 'json', 'statements'] as const)(
    'regression: reads %s files of more than one read piece (1 MiB) to the end',
    async (format) => {
      const graph = syntheticGraph(1500, { contentWords: [40, 60] });
      const file = join(freshDir(), 'large');
      await writeGraphFile(graph, file, format);
      expect(statSync(file).size).toBeGreaterThan(CHUNK_BYTES);
      expect((await readGraphFile(file)).export()).toEqual(graph.export());
    },
  );

  it.each([
    ['a missing file', null, /missing\.gexf: no such file$/, InputError],
    [
      'XML that is not GEXF',
      '<?xml version="1.0"?><graphml/>',
      /bad: 1 problem:\n {2}the root element is "graphml", not "gexf"$/,
      FormatError,
    ],
    [
      'JSON of another format',
      '{"format": "claimgraph/statements@2"}',
      /bad: has format "claimgraph\/statements@2", expected "claimgraph\/statements@1"$/,
      InputError,
    ],
    [
      'JSON of no known shape',
      '{"vertices": []}',
      /bad: is neither GEXF, graphology JSON \(nodes and edges arrays\) nor claimgraph\/statements@1 \(a "format" field\)$/,
      InputError,
    ],
    ['invalid JSON', '{"nodes": [', /bad: is not valid JSON \(/, InputError],
    ['a binary file', '\u0000\u0001', /bad: is a binary file, not text \(NUL byte at offset 0\)$/, InputError],
    [
      'broken GEXF',
      '<gexf version="1.3"><graph>',
      /claimgraph\/io\/gexf\/parse: .*bad: 1 problem:\n {2}not well-formed XML/,
      FormatError,
    ],
    [
      'an invalid statements file',
      JSON.stringify({ ...other, actors: [] }),
      /bad: 2 problems:\n {2}statements\[0\]\.speaker: "russia" is not an actor id\n {2}statements\[0\]\.about\[0\]: "russia" is not an actor id$/,
      StatementsValidationError,
    ],
  ])('%s is an error naming the file', async (_name, content, message, type) => {
    const dir = freshDir();
    const file = join(dir, content === null ? 'missing.gexf' : 'bad');
    if (content !== null) writeFileSync(file, content);
    const reading = readGraphFile(file);
    await expect(reading).rejects.toBeInstanceOf(type);
    await expect(readGraphFile(file)).rejects.toThrow(message);
  });
});

describe('writeGraphFile', () => {
  it.each([
    ['out.gexf', 'gexf'],
    ['out.json', 'json'],
    ['out.statements.json', 'statements'],
  ] as const)('%s is written as %s', async (name, format) => {
    const file = join(freshDir(), name);
    await writeGraphFile(curated, file);
    expect(readFileSync(file, 'utf8')).toBe(serializeGraph(curated, format));
  });

  it('an explicit format wins over the extension', async () => {
    const file = join(freshDir(), 'out.json');
    await writeGraphFile(curated, file, 'gexf');
    expect(readFileSync(file, 'utf8')).toBe(serializeGraph(curated, 'gexf'));
  });

  it('an unknown extension without a format is an InputError and writes nothing', async () => {
    const dir = freshDir();
    await expect(writeGraphFile(curated, join(dir, 'out.xml'))).rejects.toThrow(
      `claimgraph/io/graphFile: ${join(dir, 'out.xml')}: cannot tell the format from the file name; use .gexf, .statements.json, .jsonld, .json, .graphml, .csv, or give the format`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a missing directory is an InputError naming the path', async () => {
    const file = join(freshDir(), 'no-such-dir', 'out.gexf');
    await expect(writeGraphFile(curated, file)).rejects.toThrow(
      `claimgraph/io/atomicWrite: cannot write ${file}: no such file`,
    );
  });

  // A graph whose last node cannot be serialised: the failure comes after part of the output.
  const broken = () => {
    const graph = buildGraph(other);
    graph.addNode('actor:broken', { kind: 'actor', label: undefined as never, actorKind: 'person', aliases: [] });
    graph.addNode('claim:other-doc/x', {
      kind: 'claim',
      label: 'x',
      text: 'x',
      doc: 'other-doc',
      start: 0,
      end: 1,
      statement: 'x',
    });
    return graph;
  };

  it.each(['gexf', 'json', 'statements'] as const)(
    'a failing %s export leaves an existing output untouched and no temporary file',
    async (format) => {
      const dir = freshDir();
      const file = join(dir, 'out');
      writeFileSync(file, 'previous content');
      const graph =
        format === 'json'
          ? Object.assign(createClaimGraph(), {
              export: () => {
                throw new Error('cannot serialise');
              },
            })
          : broken();
      await expect(writeGraphFile(graph, file, format)).rejects.toThrow();
      expect(readFileSync(file, 'utf8')).toBe('previous content');
      expect(readdirSync(dir)).toEqual(['out']);
    },
  );
});

describe('writeGraphFile streaming GEXF', () => {
  it('a failure after megabytes of output removes the temporary file and keeps the old output', async () => {
    const graph = buildGraph(manyStatements(3000));
    graph.addNode('actor:broken', { kind: 'actor', label: undefined as never, actorKind: 'person', aliases: [] });
    const dir = freshDir();
    const file = join(dir, 'out.gexf');
    writeFileSync(file, 'previous content');
    // the output before the broken (last) node is over 1 MiB, so the temporary file was
    // flushed to before the failure
    expect(serializeGraph(buildGraph(manyStatements(3000)), 'gexf').length).toBeGreaterThan(1 << 20);
    await expect(writeGraphFile(graph, file)).rejects.toThrow(`claimgraph/io/atomicWrite: cannot write ${file}: `);
    expect(readFileSync(file, 'utf8')).toBe('previous content');
    expect(readdirSync(dir)).toEqual(['out.gexf']);
  });
});

describe('loadGraphInputs', () => {
  it('no path → the curated graph', async () => {
    expect(toStatements(await loadGraphInputs([]))).toStrictEqual(curatedStatements);
  });

  it('several files of different formats merge into one graph', async () => {
    const dir = freshDir();
    const gexf = join(dir, 'curated.gexf');
    const statements = join(dir, 'other.statements.json');
    writeFileSync(gexf, serializeGraph(curated, 'gexf'));
    writeFileSync(statements, JSON.stringify(other));
    const merged = await loadGraphInputs([gexf, statements]);
    expect(merged.order).toBe(curated.order + 2);
    expect((merged.getNodeAttributes('actor:russia') as ActorNode).aliases).toEqual([
      'Russia',
      'Moscow',
      'Russian',
      'Russian Federation',
    ]);
    expect(toStatements(merged).statements.map((s) => s.id)).toEqual([
      ...curatedStatements.statements.map((s) => s.id),
      'o1',
    ]);
  });

  it('a conflict between files is a MergeConflictError naming both', async () => {
    const dir = freshDir();
    const first = join(dir, 'a.json');
    const second = join(dir, 'b.json');
    writeFileSync(first, JSON.stringify(other));
    writeFileSync(
      second,
      JSON.stringify({
        ...other,
        documents: [{ id: 'second', text: other.documents[0]!.text }],
        statements: [],
        actors: [{ ...other.actors[0], kind: 'government' }],
      }),
    );
    await expect(loadGraphInputs([first, second])).rejects.toBeInstanceOf(MergeConflictError);
    await expect(loadGraphInputs([first, second])).rejects.toThrow(
      `actor "russia" is a state in ${first} but a government in ${second}`,
    );
  });

  it('a bad file among good ones is an error naming it', async () => {
    const dir = freshDir();
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.gexf');
    writeFileSync(good, JSON.stringify(other));
    writeFileSync(bad, '<gexf version="1.3"><graph>');
    await expect(loadGraphInputs([good, bad])).rejects.toThrow(`${bad}: 1 problem:\n  not well-formed XML`);
  });
});
