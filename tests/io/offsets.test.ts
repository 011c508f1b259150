// Offsets every reader can use: claimgraph's own offsets are UTF-16 code units; on an article
// with emoji they differ from the code points Python counts, so the tabular and linked-data
// exports carry both. Checked in Python itself (tests/io/csv, graphml, jsonld); here, that the
// two units really differ on the test article and that each format says which unit it uses.
import { describe, expect, it } from 'vitest';
import { graphToCsv } from '../../src/io/csv/index.ts';
import { CodePointOffsets } from '../../src/io/flat/codePoints.ts';
import { graphToGexf } from '../../src/io/gexf/index.ts';
import { graphToGraphml } from '../../src/io/graphml/index.ts';
import { graphToJsonLd } from '../../src/io/jsonld/index.ts';
import { graphToStatementsJson } from '../../src/io/json/index.ts';
import { buildGraph } from '../../src/model/index.ts';
import { EMOJI_STATEMENTS } from './emojiArticle.ts';

const graph = buildGraph(EMOJI_STATEMENTS);
const text = EMOJI_STATEMENTS.documents[0]!.text!;
const cue = EMOJI_STATEMENTS.statements[0]!.cue!;

describe('offset units', () => {
  it("regression: UTF-16 offsets used as Python indices slice the wrong words ('cused …')", () => {
    const pythonSlice = (start: number, end: number) => [...text].slice(start, end).join('');
    expect(text.slice(cue.start, cue.end)).toBe('accused');
    expect(pythonSlice(cue.start, cue.end)).not.toBe('accused');
    const offsets = new CodePointOffsets(text);
    const span = offsets.span(cue.start, cue.end)!;
    expect(pythonSlice(span.start, span.end)).toBe('accused');
  });

  it('CodePointOffsets counts each surrogate pair once; half a pair has no code-point offset', () => {
    const offsets = new CodePointOffsets('a😀b🇨🇭c');
    expect([0, 1, 3, 4, 6, 8, 9].map((i) => offsets.at(i))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect([2, 5, 7].map((i) => offsets.at(i))).toEqual([undefined, undefined, undefined]);
    expect(offsets.span(1, 2)).toBeUndefined();
    expect(offsets.span(1, 3)).toEqual({ start: 1, end: 2 });
  });

  it.each([
    ['GEXF <meta><description>', () => graphToGexf(graph), 'UTF-16 code units'],
    ['GraphML key descriptions', () => graphToGraphml(graph), 'Unicode code points (Python str index)'],
    ['GraphML key descriptions', () => graphToGraphml(graph), 'UTF-16 code units (JavaScript string index)'],
    ['CSV headers', () => graphToCsv(graph).edges.split('\n')[0]!, 'cueStartCp'],
    ['JSON-LD', () => graphToJsonLd(graph), 'oa:TextPositionSelector oa:start/oa:end in Unicode code points'],
    ['statements@1', () => graphToStatementsJson(graph), '"offsets": "utf16"'],
  ])('%s state the unit', (_name, write, words) => {
    expect(write()).toContain(words);
  });
});
