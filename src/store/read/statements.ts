// The provenance queries of src/query, in SQL: each selects its statements in the store, reads
// them as StatementRefs (refs.ts) and orders them as the in-memory query does (document order,
// the same comparator). Arguments are checked with the in-memory queries' checks and messages.
import type { Pool } from 'pg';
import { QueryError } from '../../errors.ts';
import { CONTESTING_STANCES } from '../../model/kinds.ts';
import { docKey, idOf } from '../../model/keys.ts';
import type {
  ContestedOptions,
  ContestingStance,
  ResponseChainOptions,
  TripleRole,
  TriplesOptions,
} from '../../query/index.ts';
import { TRIPLE_ROLES } from '../../query/index.ts';
import { documentOrder } from '../../query/order.ts';
import type {
  ActorRef,
  ChainLink,
  ContestedClaim,
  DocumentRef,
  Provenance,
  ResponseChain,
  StatementRef,
  Triple,
} from '../../query/types.ts';
import { booleanOption, choiceOption, depthOption, listOption, readOptions } from '../../query/validate.ts';
import { actorRef, assertNodeIn, claimParts, inDocumentOrder, plain, statementRefs, type PlacedRef } from './refs.ts';

const Q = 'claimgraph/query';

/** The actor and, with includeMembers, its members along memberOf, transitively (actorScope.ts). */
async function actorScope(pool: Pool, module: string, actor: unknown, options: unknown): Promise<string[]> {
  const key = await assertNodeIn(pool, module, actor, 'actor');
  const opts = readOptions(module, options, ['includeMembers']);
  if (!booleanOption(module, opts, 'includeMembers', false)) return [idOf(key) as string];
  return membersOf(pool, idOf(key) as string);
}

/** The actor and its members along memberOf, transitively. */
export async function membersOf(pool: Pool, id: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `WITH RECURSIVE members(id) AS (
       SELECT $1::text COLLATE "C" UNION SELECT a.id FROM actors a JOIN members m ON a.member_of = m.id)
     SELECT id FROM members`,
    [id],
  );
  return rows.map((r) => r.id);
}

const sorted = (refs: PlacedRef[]): StatementRef[] => inDocumentOrder(refs).map(plain);

export async function statementsBy(pool: Pool, actor: string, options?: unknown): Promise<StatementRef[]> {
  const scope = await actorScope(pool, `${Q}/statementsBy`, actor, options);
  return sorted(await statementRefs(pool, 's.speaker = ANY($1::text[])', [scope]));
}

export async function statementsAbout(pool: Pool, actor: string, options?: unknown): Promise<StatementRef[]> {
  const scope = await actorScope(pool, `${Q}/statementsAbout`, actor, options);
  return sorted(
    await statementRefs(
      pool,
      `(s.doc, s.id) IN (SELECT l.doc, l.statement FROM links l WHERE l.actor = ANY($1::text[]) AND NOT l.dup)`,
      [scope],
    ),
  );
}

export async function accusationsAgainst(pool: Pool, actor: string, options?: unknown): Promise<StatementRef[]> {
  const scope = await actorScope(pool, `${Q}/accusationsAgainst`, actor, options);
  return sorted(
    await statementRefs(
      pool,
      `s.stance = 'accuses' AND (s.doc, s.id) IN (SELECT l.doc, l.statement FROM links l
         WHERE l.actor = ANY($1::text[]) AND NOT l.dup AND l.kind = 'targets')`,
      [scope],
    ),
  );
}

export async function statementsInDocument(pool: Pool, doc: string, options?: unknown): Promise<StatementRef[]> {
  const module = `${Q}/statementsInDocument`;
  const key = await assertNodeIn(pool, module, doc, 'document');
  readOptions(module, options, []);
  return sorted(await statementRefs(pool, 's.doc = $1', [idOf(key)]));
}

export async function triples(pool: Pool, actor?: string, options?: TriplesOptions): Promise<Triple[]> {
  const module = `${Q}/triples`;
  if (actor !== undefined) await assertNodeIn(pool, module, actor, 'actor');
  const opts = readOptions(module, options, ['role']);
  if (actor === undefined && opts.role !== undefined)
    throw new QueryError(module, `option role ${JSON.stringify(opts.role)} needs an actor`, opts.role);
  const role = choiceOption(module, opts, 'role', TRIPLE_ROLES, 'either');
  const id = actor === undefined ? undefined : (idOf(actor) as string);
  // the statements are picked by key from the speaker and link indexes (an OR of the two would scan them all)
  const spoken = 'SELECT doc, id FROM statements WHERE speaker = $1';
  const subject = 'SELECT doc, statement FROM links WHERE actor = $1 AND NOT dup';
  const where =
    role === 'speaker'
      ? 's.speaker = $1'
      : `(s.doc, s.id) IN (${role === 'subject' ? subject : `${spoken} UNION ${subject}`})`;
  const refs = id === undefined ? await statementRefs(pool, 'true', []) : await statementRefs(pool, where, [id]);
  return tripleRows(inDocumentOrder(refs), id, role);
}

/** The triples of statements in document order: the actor's (`id`, in its role), or all of them. */
export function tripleRows(refs: readonly PlacedRef[], id: string | undefined, role: TripleRole): Triple[] {
  const result: Triple[] = [];
  for (const ref of refs) {
    // a claim reached only as the actor's subject gives only the triple about the actor
    const only = id !== undefined && (role === 'subject' || ref.speaker.id !== id) ? `actor:${id}` : undefined;
    const subjects = new Map<string, { ref: ActorRef; relations: ('about' | 'targets')[] }>();
    for (const about of ref.about) subjects.set(about.key, { ref: about, relations: ['about'] });
    for (const target of ref.targets) {
      const known = subjects.get(target.key);
      if (known) known.relations.push('targets');
      else subjects.set(target.key, { ref: target, relations: ['targets'] });
    }
    for (const [key, { ref: subjectRef, relations }] of subjects) {
      if (only !== undefined && key !== only) continue;
      result.push({
        claim: ref.claim,
        doc: ref.doc,
        statement: ref.statement,
        speaker: ref.speaker,
        stance: ref.stance,
        text: ref.content.text,
        subject: subjectRef,
        relations,
        cue: ref.cue,
      });
    }
  }
  return result;
}

export async function contested(pool: Pool, options?: ContestedOptions): Promise<ContestedClaim[]> {
  const module = `${Q}/contested`;
  const opts = readOptions(module, options, ['stances']);
  const stances = listOption(module, opts, 'stances', CONTESTING_STANCES, CONTESTING_STANCES, 'contesting stance');
  const answers = await statementRefs(pool, `cardinality(s.responds) > 0 AND s.stance = ANY($1::text[])`, [stances]);
  const byClaim = new Map<string, PlacedRef[]>();
  for (const answer of answers)
    for (const claim of answer.responds) byClaim.set(claim, [...(byClaim.get(claim) ?? []), answer]);
  if (!byClaim.size) return [];
  const keys = [...byClaim.keys()].map((k) => claimParts(k) as [string, string]);
  const claims = await statementRefs(pool, `(s.doc, s.id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [
    keys.map((k) => k[0]),
    keys.map((k) => k[1]),
  ]);
  const order = documentOrder();
  return inDocumentOrder(claims).map((claim) => ({
    claim: plain(claim),
    contestedBy: (byClaim.get(claim.claim) as PlacedRef[])
      .sort(order)
      .map((statement) => ({ stance: statement.stance as ContestingStance, statement: plain(statement) })),
  }));
}

export async function responseChain(pool: Pool, claim: string, options?: ResponseChainOptions): Promise<ResponseChain> {
  const module = `${Q}/responseChain`;
  const key = await assertNodeIn(pool, module, claim, 'claim');
  const opts = readOptions(module, options, ['depth']);
  const depth = depthOption(module, opts, 'depth', Infinity);
  const [doc, id] = claimParts(key) as [string, string];
  const side = async (forward: boolean): Promise<ChainLink[]> => {
    // responds stay inside a document: the walk is a recursive query over its statements
    const { rows } = await pool.query<{ id: string; depth: number }>(
      `WITH RECURSIVE chain(id, depth, path) AS (
         SELECT $2::text COLLATE "C", 0, ARRAY[$2::text COLLATE "C"]
         UNION ALL
         SELECT n.id, c.depth + 1, c.path || n.id FROM chain c
           CROSS JOIN LATERAL (
             ${
               forward
                 ? `SELECT r AS id FROM statements s, unnest(s.responds) AS r WHERE s.doc = $1 AND s.id = c.id`
                 : `SELECT s.id FROM statements s WHERE s.doc = $1 AND c.id = ANY(s.responds)`
             }) n
          WHERE c.depth < $3 AND NOT n.id = ANY(c.path))
       SELECT id, min(depth) AS depth FROM chain WHERE depth > 0 GROUP BY id`,
      [doc, id, Number.isFinite(depth) ? depth : 2 ** 31 - 1],
    );
    if (!rows.length) return [];
    const depthOf = new Map(rows.map((r) => [r.id, r.depth]));
    const refs = await statementRefs(pool, 's.doc = $1 AND s.id = ANY($2::text[])', [doc, rows.map((r) => r.id)]);
    const order = documentOrder();
    return refs
      .map((ref) => ({ depth: depthOf.get(ref.statement) as number, ref }))
      .sort((a, b) => a.depth - b.depth || order(a.ref, b.ref))
      .map(({ depth: at, ref }) => ({ depth: at, statement: plain(ref) }));
  };
  const [self] = await statementRefs(pool, 's.doc = $1 AND s.id = $2', [doc, id]);
  return { claim: plain(self as PlacedRef), answers: await side(true), answeredBy: await side(false) };
}

export async function provenance(pool: Pool, claim: string): Promise<Provenance> {
  const module = `${Q}/provenance`;
  const key = await assertNodeIn(pool, module, claim, 'claim');
  const [doc, id] = claimParts(key) as [string, string];
  const [ref] = await statementRefs(pool, 's.doc = $1 AND s.id = $2', [doc, id]);
  const statement = plain(ref as PlacedRef);
  const { rows: docs } = await pool.query<{
    title: string | null;
    dateline: string | null;
    published: string | null;
    url: string | null;
    file: string | null;
    outlet: string | null;
    outlet_actor: string | null;
    outlet_label: string | null;
  }>(
    `SELECT d.title, d.dateline, d.published, d.url, d.file, d.outlet, d.outlet_actor, a.label AS outlet_label
       FROM documents d LEFT JOIN actors a ON a.id = d.outlet_actor WHERE d.id = $1`,
    [doc],
  );
  const d = docs[0];
  const document: DocumentRef = { key: docKey(doc), id: doc };
  for (const field of ['title', 'dateline', 'published', 'url', 'file', 'outlet'] as const) {
    const value = d?.[field];
    if (value !== null && value !== undefined) document[field] = value;
  }
  const { rows: responders } = await pool.query<{ id: string; n: number }>(
    `SELECT s.id, (SELECT count(*) FROM unnest(s.responds) r WHERE r = $2)::int AS n
       FROM statements s WHERE s.doc = $1 AND $2 = ANY(s.responds) ORDER BY s.pos`,
    [doc, id],
  );
  const { rows: chain } = await pool.query<{ id: string; label: string; kind: string; depth: number }>(
    `WITH RECURSIVE up(id, depth, path) AS (
       SELECT a.member_of, 1, ARRAY[a.id, a.member_of] FROM actors a WHERE a.id = $1 AND a.member_of IS NOT NULL
       UNION ALL
       SELECT a.member_of, u.depth + 1, u.path || a.member_of FROM up u JOIN actors a ON a.id = u.id
        WHERE a.member_of IS NOT NULL AND NOT a.member_of = ANY(u.path))
     SELECT u.id, a.label, a.kind, u.depth FROM up u JOIN actors a ON a.id = u.id ORDER BY u.depth`,
    [statement.speaker.id],
  );
  const { rows: speaker } = await pool.query<{ kind: string }>('SELECT kind FROM actors WHERE id = $1', [
    statement.speaker.id,
  ]);
  return {
    claim: key,
    statement: statement.statement,
    stance: statement.stance,
    implicit: statement.implicit,
    document,
    publishedBy: d?.outlet_actor ? [actorRef(d.outlet_actor, d.outlet_label as string)] : [],
    evidence: statement.evidence,
    cue: statement.cue,
    content: statement.content,
    speaker: { ...statement.speaker, actorKind: speaker[0]?.kind as Provenance['speaker']['actorKind'] },
    speaksFor: chain.map((r) => actorRef(r.id, r.label)),
    about: statement.about,
    targets: statement.targets,
    responds: statement.responds,
    respondedBy: responders.flatMap((r) => Array.from({ length: r.n }, () => `claim:${doc}/${r.id}`)),
  };
}
