// The corpus queries of src/corpus/queries on the store: corroboration from the clusters the
// writer keeps, changes of position and the accusation network from SQL selections, ordered
// with the in-memory queries' comparators.
import { DirectedGraph } from 'graphology';
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import { DEFAULT_SIMILARITY } from '../../corpus/cluster/index.ts';
import { contentSignature, sameContent, type ContentSignature } from '../../corpus/normalise.ts';
import type { AccusationNetwork, Corroboration, PositionChange } from '../../corpus/queries/index.ts';
import { byPublication, type ClaimReport } from '../../corpus/queries/reports.ts';
import type { ActorKind } from '../../model/kinds.ts';
import { idOf } from '../../model/keys.ts';
import { readOptions } from '../../query/validate.ts';
import { isBefore } from '../../time/index.ts';
import { assertNodeIn, claimParts, dateOf } from './refs.ts';

const MODULE = 'claimgraph/corpus';

interface ReportRow {
  doc: string;
  id: string;
  cluster: string;
  speaker: string;
  stance: string;
  content_text: string;
  published: string | null;
  dateline: string | null;
  date_key: string;
  outlet: string | null;
}

const REPORT = `SELECT s.doc, s.id, s.cluster, s.speaker, s.stance, s.content_text, d.published, d.dateline, d.date_key,
    d.outlet FROM statements s JOIN documents d ON d.id = s.doc`;

function reportOf(row: ReportRow): ClaimReport {
  const report: ClaimReport = { claim: `claim:${row.doc}/${row.id}`, doc: row.doc };
  if (row.published !== null) report.published = row.published;
  const date = dateOf(row);
  if (date !== undefined) report.date = date;
  if (row.outlet !== null) report.outlet = row.outlet;
  return report;
}

function describe(rows: ReportRow[], head: string): Corroboration {
  const first = rows.find((r) => `claim:${r.doc}/${r.id}` === head) as ReportRow;
  const reports = rows.map(reportOf).sort(byPublication);
  return {
    head,
    speaker: `actor:${first.speaker}`,
    stance: first.stance,
    text: first.content_text,
    reports,
    documents: new Set(reports.map((r) => r.doc)).size,
    outlets: new Set(reports.map((r) => r.outlet ?? `doc:${r.doc}`)).size,
    first: reports[0] as ClaimReport,
  };
}

async function clusters(pool: Pool, heads: readonly string[]): Promise<Corroboration[]> {
  const { rows } = await pool.query<ReportRow>(`${REPORT} WHERE s.cluster = ANY($1::text[])`, [heads]);
  const byCluster = new Map<string, ReportRow[]>();
  for (const row of rows) byCluster.set(row.cluster, [...(byCluster.get(row.cluster) ?? []), row]);
  return heads.map((head) => describe(byCluster.get(head) as ReportRow[], `claim:${head}`));
}

export async function corroboration(pool: Pool, claim: string): Promise<Corroboration> {
  const module = `${MODULE}/corroboration`;
  const key = await assertNodeIn(pool, module, claim, 'claim');
  const [doc, id] = claimParts(key) as [string, string];
  const { rows } = await pool.query<{ cluster: string }>('SELECT cluster FROM statements WHERE doc = $1 AND id = $2', [
    doc,
    id,
  ]);
  return (await clusters(pool, [rows[0]?.cluster as string]))[0] as Corroboration;
}

export async function corroborations(
  pool: Pool,
  options?: { minDocuments?: number; speaker?: string },
): Promise<Corroboration[]> {
  const module = `${MODULE}/corroboration`;
  const opts = readOptions(module, options, ['minDocuments', 'speaker']);
  const min = opts.minDocuments ?? 2;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1)
    throw new QueryError(module, `option minDocuments: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  if (opts.speaker !== undefined) await assertNodeIn(pool, module, opts.speaker, 'actor');
  const { rows } = await pool.query<{ cluster: string }>(
    `SELECT cluster FROM statements ${opts.speaker !== undefined ? 'WHERE speaker = $2' : ''}
      GROUP BY cluster HAVING count(DISTINCT doc) >= $1`,
    opts.speaker !== undefined ? [min, idOf(opts.speaker as string)] : [min],
  );
  const found = await clusters(
    pool,
    rows.map((r) => r.cluster),
  );
  return found
    .filter((c) => c.documents >= min && (opts.speaker === undefined || c.speaker === opts.speaker))
    .sort((a, b) => b.documents - a.documents || byPublication(a.first, b.first));
}

export async function positionChanges(
  pool: Pool,
  options?: { actor?: string; similarity?: number },
): Promise<PositionChange[]> {
  const module = `${MODULE}/positionChanges`;
  const opts = readOptions(module, options, ['actor', 'similarity']);
  if (opts.actor !== undefined) await assertNodeIn(pool, module, opts.actor, 'actor');
  const threshold = opts.similarity ?? DEFAULT_SIMILARITY;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1))
    throw new QueryError(
      module,
      `option similarity: expected a number in (0, 1], got ${JSON.stringify(threshold)}`,
      threshold,
    );
  const { rows } = await pool.query<ReportRow & { responds: string[] }>(
    `${REPORT.replace('SELECT ', 'SELECT s.responds, ')}
      WHERE s.stance IN ('asserts', 'denies') ${opts.actor !== undefined ? 'AND s.speaker = $1' : ''} ORDER BY s.pos`,
    opts.actor !== undefined ? [idOf(opts.actor as string)] : [],
  );
  const bySpeaker = new Map<string, typeof rows>();
  for (const row of rows) bySpeaker.set(row.speaker, [...(bySpeaker.get(row.speaker) ?? []), row]);
  const changes: PositionChange[] = [];
  for (const [speaker, list] of bySpeaker) {
    const assertions = new Map<string, { report: ClaimReport; signature: ContentSignature }>();
    const index = new Map<string, { report: ClaimReport; signature: ContentSignature }[]>();
    for (const row of list.filter((r) => r.stance === 'asserts')) {
      const assertion = { report: reportOf(row), signature: contentSignature(row.content_text) };
      assertions.set(`${row.doc}/${row.id}`, assertion);
      for (const token of assertion.signature.tokens) index.set(token, [...(index.get(token) ?? []), assertion]);
    }
    if (!assertions.size) continue;
    for (const row of list.filter((r) => r.stance === 'denies')) {
      const denial = reportOf(row);
      if (denial.date === undefined) continue;
      const signature = contentSignature(row.content_text);
      const matched = new Set<{ report: ClaimReport; signature: ContentSignature }>();
      for (const answered of row.responds) {
        const assertion = assertions.get(`${row.doc}/${answered}`);
        if (assertion) matched.add(assertion);
      }
      for (const token of signature.tokens)
        for (const assertion of index.get(token) ?? [])
          if (sameContent(assertion.signature, signature, threshold)) matched.add(assertion);
      const earlier = [...matched].map((a) => a.report).filter((r) => isBefore(r.date, denial.date));
      if (earlier.length)
        changes.push({
          actor: `actor:${speaker}`,
          denial,
          assertions: earlier.sort(byPublication),
          text: row.content_text,
        });
    }
  }
  return changes.sort((a, b) => byPublication(a.denial, b.denial) || a.actor.localeCompare(b.actor));
}

export async function accusationNetwork(pool: Pool, options?: { minStatements?: number }): Promise<AccusationNetwork> {
  const module = `${MODULE}/accusationNetwork`;
  const opts = readOptions(module, options, ['minStatements']);
  const min = opts.minStatements ?? 1;
  if (typeof min !== 'number' || !Number.isInteger(min) || min < 1)
    throw new QueryError(module, `option minStatements: expected a whole number ≥ 1, got ${JSON.stringify(min)}`, min);
  const { rows } = await pool.query<{
    accuser: string;
    accused: string;
    statements: number;
    claims: number;
    documents: number;
    accuser_label: string;
    accuser_kind: ActorKind;
    accused_label: string;
    accused_kind: ActorKind;
  }>(
    `SELECT n.*, a.label AS accuser_label, a.kind AS accuser_kind, b.label AS accused_label, b.kind AS accused_kind
       FROM (SELECT s.speaker AS accuser, l.actor AS accused, count(*)::int AS statements,
                    count(DISTINCT s.cluster)::int AS claims, count(DISTINCT s.doc)::int AS documents,
                    min(encode(s.pos, 'hex') || lpad(l.idx::text, 10, '0') COLLATE "C") AS first
               FROM statements s JOIN links l ON l.doc = s.doc AND l.statement = s.id AND l.kind = 'targets' AND NOT l.dup
              WHERE s.stance = 'accuses' GROUP BY s.speaker, l.actor) n
       JOIN actors a ON a.id = n.accuser JOIN actors b ON b.id = n.accused
      WHERE n.statements >= $1 ORDER BY n.first`,
    [min],
  );
  const network: AccusationNetwork = new DirectedGraph();
  const add = (id: string, label: string, actorKind: ActorKind) => {
    const key = `actor:${id}`;
    if (!network.hasNode(key)) network.addNode(key, { label, actorKind });
    return key;
  };
  for (const r of rows) {
    const from = add(r.accuser, r.accuser_label, r.accuser_kind);
    const to = add(r.accused, r.accused_label, r.accused_kind);
    network.addDirectedEdge(from, to, {
      kind: 'accuses',
      statements: r.statements,
      claims: r.claims,
      documents: r.documents,
    });
  }
  return network;
}
