// Hostile XML is refused before it can do harm: external entities (files and the network),
// entity-expansion bombs (billion laughs, quadratic blowup), any DOCTYPE, deep nesting.
// Each is one FormatError naming the problem, and nothing is read, fetched or expanded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FormatError } from '../../../src/errors.ts';
import { gexfToGraph } from '../../../src/io/gexf/index.ts';
import { MAX_DEPTH } from '../../../src/io/gexf/read.ts';
import { readGraphFile } from '../../../src/io/graphFile.ts';
import { tempDirs } from '../../support/tempDir.ts';

const freshDir = tempDirs('hostile-xml');
const secret = 'TOP-SECRET-CONTENT-42';
let secretFile = '';
let requests = 0;
let url = '';
const server = createServer((_request, response) => {
  requests++;
  response.end(`<!ENTITY leak "${secret}">`);
});

beforeAll(async () => {
  secretFile = join(freshDir(), 'secret.txt');
  writeFileSync(secretFile, secret);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/evil.dtd`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const graph = (body: string): string =>
  `<gexf version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="${body}"/></nodes></graph></gexf>`;
const laughs = (levels: number): string => {
  let dtd = '<!ENTITY lol0 "lol">';
  for (let i = 1; i <= levels; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return dtd;
};
const DOCTYPE_REFUSED = /a DOCTYPE at line 1 is not allowed: GEXF has none/;

const cases: [string, () => string][] = [
  [
    'an external entity reading a file (XXE)',
    () => `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file://${secretFile}">]>${graph('&xxe;')}`,
  ],
  ['an external entity fetching a URL (XXE)', () => `<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "${url}">]>${graph('&xxe;')}`],
  [
    'an external parameter entity (out-of-band XXE)',
    () => `<!DOCTYPE gexf [<!ENTITY % dtd SYSTEM "${url}"> %dtd;]>${graph('&leak;')}`,
  ],
  ['an external DTD', () => `<!DOCTYPE gexf SYSTEM "${url}">${graph('x')}`],
  ['billion laughs', () => `<!DOCTYPE gexf [${laughs(9)}]>${graph('&lol9;')}`],
  ['quadratic blowup', () => `<!DOCTYPE gexf [<!ENTITY a "${'a'.repeat(50_000)}">]>${graph('&a;'.repeat(50_000))}`],
  ['a harmless-looking DOCTYPE', () => `<!DOCTYPE gexf>${graph('x')}`],
];

describe('hostile XML', () => {
  it.each(cases)('%s is refused at its DOCTYPE', (_name, xml) => {
    const started = performance.now();
    expect(() => gexfToGraph(xml(), 'evil.gexf')).toThrow(FormatError);
    expect(() => gexfToGraph(xml(), 'evil.gexf')).toThrow(DOCTYPE_REFUSED);
    expect(performance.now() - started).toBeLessThan(5000); // nothing was expanded
    expect(requests).toBe(0);
  });

  it('an entity used without a DOCTYPE is refused by name, not resolved', () => {
    expect(() => gexfToGraph(graph('&xxe;'), 'evil.gexf')).toThrow(
      /entity reference &xxe; at line 1, column \d+: only XML's own entities/,
    );
  });

  it('the secret never appears in an error, and no request was made', async () => {
    const file = join(freshDir(), 'evil.gexf');
    writeFileSync(file, cases[0]![1]());
    const error = await readGraphFile(file).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).not.toContain(secret);
    expect(requests).toBe(0);
  });

  it(`elements nested deeper than ${MAX_DEPTH} levels are refused, however deep`, () => {
    const deep = (levels: number): string => `<gexf>${'<a>'.repeat(levels)}${'</a>'.repeat(levels)}</gexf>`;
    expect(() => gexfToGraph(deep(MAX_DEPTH + 1), 'deep.gexf')).toThrow(
      `elements are nested deeper than ${MAX_DEPTH} levels at line 1, column`,
    );
    expect(() => gexfToGraph(deep(1_000_000), 'deep.gexf')).toThrow(`nested deeper than ${MAX_DEPTH} levels`);
  });

  it('processing instructions and XInclude are ignored, not followed', () => {
    const xml = graph('x').replace(
      '<graph',
      `<?xml-stylesheet href="${url}"?><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://${secretFile}"/><graph`,
    );
    expect(() => gexfToGraph(xml, 'x.gexf')).toThrow(/node "a": kind: undefined is not one of/);
    expect(requests).toBe(0);
  });
});
