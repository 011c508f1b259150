// buildGraph over several statement sets: shared actors merge, conflicts name both sources.
import { describe, expect, it } from 'vitest';
import { MergeConflictError } from '../../src/errors.ts';
import {
  STATEMENTS_FORMAT,
  buildGraph,
  toStatements,
  type ActorNode,
  type ActorRecord,
  type StatementsFile,
} from '../../src/model/index.ts';

function set(docId: string, actors: ActorRecord[], statementId = `${docId}-s1`): StatementsFile {
  const text = 'A said B.';
  return {
    format: STATEMENTS_FORMAT,
    documents: [{ id: docId, text }],
    actors,
    statements: [
      {
        id: statementId,
        doc: docId,
        speaker: actors[0]!.id,
        stance: 'asserts',
        cue: { start: 2, end: 6, text: 'said' },
        content: { start: 7, end: 8, text: 'B' },
        evidence: { start: 0, end: 9, text },
        targets: [],
        about: [],
        responds: [],
      },
    ],
  };
}

const actor = (id: string, kind: ActorRecord['kind'], aliases: string[], memberOf?: string): ActorRecord => ({
  id,
  label: id.toUpperCase(),
  kind,
  aliases,
  ...(memberOf ? { memberOf } : {}),
});

describe('buildGraph merging several sets', () => {
  it('one node per actor id, with the union of aliases in first-seen order', () => {
    const graph = buildGraph([
      { source: 'one.json', data: set('d1', [actor('x', 'state', ['X', 'Ex'])]) },
      { source: 'two.json', data: set('d2', [actor('x', 'state', ['Ex', 'Xland'])]) },
    ]);
    expect(graph.filterNodes((_key, attrs) => attrs.kind === 'actor')).toEqual(['actor:x']);
    expect((graph.getNodeAttributes('actor:x') as ActorNode).aliases).toEqual(['X', 'Ex', 'Xland']);
    expect(toStatements(graph).statements.map((s) => [s.id, s.doc, s.speaker])).toEqual([
      ['d1-s1', 'd1', 'x'],
      ['d2-s1', 'd2', 'x'],
    ]);
  });

  it('a statement id used in two sets stays distinct (qualified by its document)', () => {
    const graph = buildGraph([
      { source: 'one.json', data: set('d1', [actor('x', 'state', [])], 's1') },
      { source: 'two.json', data: set('d2', [actor('x', 'state', [])], 's1') },
    ]);
    expect(graph.hasNode('claim:d1/s1') && graph.hasNode('claim:d2/s1')).toBe(true);
    expect(toStatements(graph).statements.map((s) => s.id)).toEqual(['d1/s1', 'd2/s1']);
  });

  it.each([
    [
      'a conflicting actor kind',
      [set('d1', [actor('x', 'state', [])]), set('d2', [actor('x', 'person', [])])],
      'claimgraph/model/buildGraph: actor "x" is a state in one.json but a person in two.json',
    ],
    [
      'a conflicting memberOf',
      [
        set('d1', [actor('x', 'person', [], 'p'), actor('p', 'state', [])]),
        set('d2', [actor('x', 'person', [], 'q'), actor('q', 'state', [])]),
      ],
      'claimgraph/model/buildGraph: actor "x" is a member of "p" in one.json but of "q" in two.json',
    ],
    [
      'the same document in two sets',
      [set('d1', [actor('x', 'state', [])], 'a'), set('d1', [actor('x', 'state', [])], 'b')],
      'claimgraph/model/buildGraph: document "d1" is in both one.json and two.json',
    ],
  ])('%s is a MergeConflictError naming both sources', (_name, [first, second], message) => {
    const build = () =>
      buildGraph([
        { source: 'one.json', data: first! },
        { source: 'two.json', data: second! },
      ]);
    expect(build).toThrow(MergeConflictError);
    expect(build).toThrow(message);
  });
});

describe('buildGraph: node keys', () => {
  it('regression: ids holding "/" that map two statements to one claim key are a MergeConflictError, not a graphology crash', () => {
    const build = () =>
      buildGraph([
        { source: 'one.json', data: set('a/b', [actor('x', 'state', [])], 'c') },
        { source: 'two.json', data: set('a', [actor('x', 'state', [])], 'b/c') },
      ]);
    expect(build).toThrow(MergeConflictError);
    expect(build).toThrow(
      'claimgraph/model/buildGraph: statement "b/c" of document "a" and statement "c" of document "a/b" share the node key "claim:a/b/c"; rename one of the ids',
    );
  });
});
