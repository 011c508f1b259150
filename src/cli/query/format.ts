// Text output of `claimgraph query`: one line per statement that a journalist can read
// aloud (`Sergey Lavrov accuses United States: "of backtracking"  [aleppo-2016/s9 2648–2655
// "accused"]`), the bracket pointing back to the exact characters (statement, cue offsets
// in the document text, cue words). Columns are padded so that lists line up; quoted text
// is kept whole (it is evidence) but put on one line.
import type {
  ActorRef,
  ContestedClaim,
  Path,
  Provenance,
  ReachedNode,
  ResponseChain,
  StatementRef,
  Triple,
} from '../../query/index.ts';
import type { Span } from '../../model/schema.ts';

const CONTESTED_BY = { denies: 'denied by', rejects: 'rejected by' } as const;

/** `claim:aleppo-2016/s9` → `aleppo-2016/s9`, the form the command line accepts back. */
export function claimId(key: string): string {
  return key.startsWith('claim:') ? key.slice('claim:'.length) : key;
}

export function statementLines(statements: readonly StatementRef[]): string[] {
  const width = Math.max(0, ...statements.map((s) => s.speaker.label.length));
  return statements.map((s) => statementLine(s, width));
}

/** Speaker, speech act and whom it is about, what was said, what it answers, where it is. */
export function statementLine(s: StatementRef, speakerWidth = 0): string {
  const subjects =
    s.stance === 'accuses' && s.targets.length
      ? ` ${labels(s.targets)}`
      : s.about.length
        ? ` about ${labels(s.about)}`
        : '';
  const answers = s.responds.length ? ` (answers ${s.responds.map(claimId).join(', ')})` : '';
  return `${s.speaker.label.padEnd(speakerWidth)} ${s.stance}${subjects}: ${quote(s.content.text)}${answers}  ${where(s.claim, s.cue)}`;
}

export function tripleLines(triples: readonly Triple[]): string[] {
  const rows = triples.map((t) => [
    t.speaker.label,
    t.relations.includes('targets') ? t.stance : `${t.stance} about`,
    t.subject.label,
    `${quote(t.text)}  ${where(t.claim, t.cue)}`,
  ]);
  return table(rows);
}

export function contestedLines(items: readonly ContestedClaim[]): string[] {
  return items.flatMap((item, i) => [
    ...(i ? [''] : []),
    statementLine(item.claim),
    ...item.contestedBy.map(
      (by) =>
        `  ${CONTESTED_BY[by.stance]} ${by.statement.speaker.label}: ${quote(by.statement.content.text)}  ${where(by.statement.claim, by.statement.cue)}`,
    ),
  ]);
}

export function chainLines(chain: ResponseChain): string[] {
  const side = (title: string, links: ResponseChain['answers']): string[] =>
    links.length
      ? [`${title}:`, ...links.map((link) => `  ${link.depth}  ${statementLine(link.statement)}`)]
      : [`${title}: nothing`];
  return [statementLine(chain.claim), ...side('answers', chain.answers), ...side('answered by', chain.answeredBy)];
}

export function provenanceLines(p: Provenance): string[] {
  const doc = p.document;
  const docDetails = [
    doc.title !== undefined ? quote(doc.title) : undefined,
    doc.outlet,
    doc.dateline,
    doc.published !== undefined ? `published ${doc.published}` : undefined,
    doc.url,
    doc.file !== undefined ? `file ${doc.file}` : undefined,
  ].filter((part): part is string => part !== undefined);
  const speaksFor = p.speaksFor.length ? `, speaking for ${p.speaksFor.map((a) => a.label).join(' → ')}` : '';
  const rows: [string, string][] = [
    ['claim', claimId(p.claim)],
    ['speaker', `${p.speaker.label} (${p.speaker.actorKind})${speaksFor}`],
    ['stance', p.implicit ? `${p.stance} (implicit: no cue in the sentence)` : p.stance],
    ['document', [doc.id, ...docDetails].join(', ')],
    ...(p.publishedBy.length ? [['published by', labels(p.publishedBy)] as [string, string]] : []),
    ['evidence', span(p.evidence)],
    ['cue', p.cue ? span(p.cue) : 'none'],
    ['content', span(p.content)],
    ['about', p.about.length ? labels(p.about) : 'nobody named'],
    ['targets', p.targets.length ? labels(p.targets) : 'nobody'],
    ['answers', p.responds.length ? p.responds.map(claimId).join(', ') : 'nothing'],
    ['answered by', p.respondedBy.length ? p.respondedBy.map(claimId).join(', ') : 'nothing'],
  ];
  return table(rows);
}

export function reachLines(nodes: readonly ReachedNode[]): string[] {
  return table([['depth', 'kind', 'node', 'key'], ...nodes.map((n) => [String(n.depth), n.kind, nodeLabel(n), n.key])]);
}

export function pathLines(path: Path): string[] {
  const [first, ...rest] = path.nodes;
  if (!first) return [];
  return [
    `${nodeLabel(first)}  (${first.key})`,
    ...rest.map((node, i) => {
      const edge = path.edges[i];
      const arrow = !edge ? '—' : edge.source === node.key ? `←${edge.kind}—` : `—${edge.kind}→`;
      return `  ${arrow} ${nodeLabel(node)}  (${node.key})`;
    }),
  ];
}

function nodeLabel(node: { kind: string; label: string }): string {
  return node.kind === 'claim' ? quote(node.label) : node.label;
}

function where(claim: string, cue: Span | null): string {
  return `[${claimId(claim)} ${cue ? `${cue.start}–${cue.end} ${quote(cue.text)}` : 'implicit'}]`;
}

function span(s: Span): string {
  return `${s.start}–${s.end} ${quote(s.text)}`;
}

function labels(actors: readonly ActorRef[]): string {
  return actors.map((a) => a.label).join(', ');
}

function quote(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

/** Rows padded into columns two spaces apart; the last column is never padded. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
  );
}
