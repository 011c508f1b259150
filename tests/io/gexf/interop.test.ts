// GEXF that third-party readers take whole, and take back: claimgraph's GEXF 1.2 read and
// written back by networkx (Debian's 2.8, GEXF 1.2 only), and GEXF 1.3 and 1.2 opened and
// exported again by Gephi Lite (its writer reproduced in gephiLite.ts), import to the same
// statements; networkx sees the colours, sizes, positions, edge kinds and weights, and the
// aliases as JSON arrays. Files written before the interop columns (legacy fixture) import.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDefaultGraph } from '../../../src/io/defaultGraph.ts';
import { gexfToGraph, graphToGexf, type GexfVersion } from '../../../src/io/gexf/index.ts';
import { buildGraph, toStatements, type ActorNode, type ClaimGraph } from '../../../src/model/index.ts';
import * as palette from '../../../src/style/index.ts';
import { pythonReaders, runPython } from '../../support/python.ts';
import { tempDirs } from '../../support/tempDir.ts';
import { gephiLiteRoundTrip } from './gephiLite.ts';
import { HOSTILE_STATEMENTS } from './hostileGraph.ts';
import { skip12Reason, skipReason, validateGexf, validateGexf12 } from './validateGexf.ts';

const freshDir = tempDirs('gexf-interop');
const NETWORKX = fileURLToPath(new URL('./networkx_roundtrip.py', import.meta.url));
const LEGACY = fileURLToPath(new URL('../../fixtures/legacy-aleppo-2016.gexf', import.meta.url));
const missingNetworkx = pythonReaders(['networkx']);

const curated = await loadDefaultGraph();
const GRAPHS: [string, ClaimGraph][] = [
  ['the curated graph', curated],
  ['the hostile-strings graph', buildGraph(HOSTILE_STATEMENTS)],
];
const VERSIONS: GexfVersion[] = ['1.3', '1.2'];

interface NetworkxView {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, { kind: string; label: string; color: string; size: number; aliases?: string[] }>;
  edges: Record<string, { source: string; target: string; kind: string; label: string; weight: number }>;
}

function networkxRoundTrip(xml: string): { view: NetworkxView; written: string } {
  const dir = freshDir();
  const [input, output] = [join(dir, 'in.gexf'), join(dir, 'out.gexf')];
  writeFileSync(input, xml);
  const view = runPython<NetworkxView>(NETWORKX, [input, output]);
  return { view, written: readFileSync(output, 'utf8') };
}

describe.skipIf(missingNetworkx !== null)('GEXF 1.2 through networkx', () => {
  it.each(GRAPHS)('%s: written back by networkx, imports to the same statements', (_name, graph) => {
    const { written } = networkxRoundTrip(graphToGexf(graph, { version: '1.2' }));
    expect(toStatements(gexfToGraph(written, 'networkx.gexf'))).toStrictEqual(toStatements(graph));
  });

  it('networkx reads colours, sizes, edge kinds and weights, and aliases as JSON arrays', () => {
    const { view } = networkxRoundTrip(graphToGexf(curated, { version: '1.2' }));
    expect(view.directed && view.multigraph).toBe(true);
    expect(Object.keys(view.nodes)).toHaveLength(curated.order);
    expect(Object.keys(view.edges)).toHaveLength(curated.size);
    expect(view.nodes['actor:russia']).toMatchObject({
      kind: 'actor',
      label: 'Russia',
      color: palette.ACTOR_KIND_COLORS.state,
    });
    expect(view.nodes['actor:russia']?.aliases).toEqual(
      (curated.getNodeAttributes('actor:russia') as ActorNode).aliases,
    );
    expect(view.nodes['claim:aleppo-2016/s9']?.color).toBe(palette.STANCE_COLORS.accuses);
    expect(view.edges['accuses:aleppo-2016/s9']).toEqual({
      source: 'actor:lavrov',
      target: 'claim:aleppo-2016/s9',
      kind: 'accuses',
      label: 'accuses',
      weight: 2,
    });
    expect(view.edges['memberOf:lavrov']).toMatchObject({ kind: 'memberOf', weight: 1 });
  });

  it('regression: claims keep no start/end columns, which networkx wrote back as GEXF time bounds', () => {
    const { written } = networkxRoundTrip(graphToGexf(curated, { version: '1.2' }));
    expect(written).not.toMatch(/mode="dynamic"|<node [^>]* start=/);
  });
});

describe('GEXF through Gephi Lite (its writer reproduced)', () => {
  it.each(VERSIONS.flatMap((version) => GRAPHS.map(([name, graph]) => [version, name, graph] as const)))(
    'GEXF %s of %s: opened and exported by Gephi Lite, imports to the same statements',
    (version, _name, graph) => {
      const exported = gephiLiteRoundTrip(graphToGexf(graph, { version }));
      expect(toStatements(gexfToGraph(exported, 'gephi-lite.gexf'))).toStrictEqual(toStatements(graph));
    },
  );

  it('Gephi Lite keeps the colours, sizes and weights it sizes edges by', () => {
    const exported = gephiLiteRoundTrip(graphToGexf(curated));
    const edge = exported.slice(exported.indexOf('<edge id="accuses:aleppo-2016/s9"'));
    expect(edge.slice(0, edge.indexOf('</edge>'))).toMatch(/weight="2"[\s\S]*<viz:color r="214" g="39" b="40"\/>/);
  });
});

describe('files written before the interop columns', () => {
  const legacy = readFileSync(LEGACY, 'utf8');

  it('import: claims with start/end columns, liststring aliases, kinds only on <edge>', () => {
    expect(legacy).toContain('<attribute id="start" title="start" type="integer"/>');
    expect(legacy).toContain('type="liststring"');
    expect(toStatements(gexfToGraph(legacy, 'legacy.gexf'))).toStrictEqual(toStatements(curated));
  });

  it('import after Gephi Lite turned their lists into JSON text', () => {
    const exported = gephiLiteRoundTrip(legacy);
    expect(exported).toContain('value="[&quot;SOHR&quot;,');
    expect(toStatements(gexfToGraph(exported, 'legacy-gephi-lite.gexf'))).toStrictEqual(toStatements(curated));
  });

  it('import when a list arrives as the text of its old GEXF list (as networkx hands it on)', () => {
    const asText = legacy.replace('type="liststring"', 'type="string"');
    expect(toStatements(gexfToGraph(asText, 'legacy-as-text.gexf'))).toStrictEqual(toStatements(curated));
  });
});

describe.each(VERSIONS)('GEXF %s validates', (version) => {
  const skip = version === '1.3' ? skipReason : skip12Reason;
  const validate = version === '1.3' ? validateGexf : validateGexf12;
  it.skipIf(skip !== undefined).each(GRAPHS)('%s', (_name, graph) => {
    const file = join(freshDir(), `graph-${version}.gexf`);
    writeFileSync(file, graphToGexf(graph, { version }));
    const validation = validate(file);
    expect(validation.output).toBe(`${file} validates`);
    expect(validation.ok).toBe(true);
  });
});
