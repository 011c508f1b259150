// Writing batches of extracted documents into the store. One batch is one transaction, taken
// under the store's write lock, so several ingest processes can write to one store: they extract
// in parallel and commit one batch at a time, and a killed process loses only the batch it had
// not committed, never part of a document. In each batch: documents already held with the same
// content hash are left alone (a changed one is taken out first), the new documents' rows are
// added, and the corpus layer is brought up to date: cross-document identity (the groups, then
// every actor, extracted id and outlet that changed), then the claim clusters of every bucket the
// batch touched. The result is what assembling the whole corpus at once gives, whatever order
// and whichever batches the documents came in.
import type { Pool, PoolClient } from 'pg';
import type { DocResult } from '../../corpus/assemble.ts';
import { corpusStatementId, publicationKey } from '../../corpus/assemble.ts';
import { contentSignature, normaliseName } from '../../corpus/normalise.ts';
import type { GazetteerEntry } from '../../extract/index.ts';
import { localStatementId } from '../../model/index.ts';
import { fold } from '../../query/resolve.ts';
import { WRITE_LOCK } from '../connect.ts';
import { bytea, documentOrderKey, itemKey } from '../order.ts';
import { placeFresh, settleClusters, statementKey, type FreshStatement } from './clusters.ts';
import { addMention, emptyGroup, type StoredGroup } from './groups.ts';
import { countPairs, statementsNaming } from './pairs.ts';
import { corpusActors, sameActor, type CorpusActors, type StoredOutlet } from './identity.ts';

export interface WriterOptions {
  gazetteer: readonly GazetteerEntry[];
  similarity: number;
}

export interface BatchOutcome {
  added: number;
  replaced: number;
  unchanged: number;
}

interface Mirror {
  gen: number;
  groups: Map<string, StoredGroup>;
  resolution?: CorpusActors;
}

export class StoreWriter {
  private mirror: Mirror = { gen: -1, groups: new Map() };

  constructor(
    private readonly pool: Pool,
    private readonly options: WriterOptions,
  ) {}

  async write(results: readonly DocResult[]): Promise<BatchOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const outcome = await this.writeLocked(client, results);
      await client.query('COMMIT');
      return outcome;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      this.mirror = { gen: -1, groups: new Map() };
      throw error;
    } finally {
      client.release();
    }
  }

  private async writeLocked(client: PoolClient, results: readonly DocResult[]): Promise<BatchOutcome> {
    const gen = Number(
      (await client.query<{ value: string }>(`SELECT value FROM cg_meta WHERE key = 'gen'`)).rows[0]?.value,
    );
    const newGen = gen + 1;
    await this.sync(client, gen);
    const outlets = await loadOutlets(client);
    const before =
      this.mirror.resolution ?? corpusActors(this.mirror.groups, [...outlets.values()], this.options.gazetteer);

    const held = new Map(
      (
        await client.query<{ id: string; hash: string }>(`SELECT id, hash FROM documents WHERE id = ANY($1::text[])`, [
          results.map((r) => r.document.id),
        ])
      ).rows.map((r) => [r.id, r.hash]),
    );
    const fresh = results.filter((r) => held.get(r.document.id) !== r.document.hash);
    const replaced = fresh.filter((r) => held.has(r.document.id)).map((r) => r.document.id);
    const changedGroups = new Set<string>();
    const dirtyBuckets = new Set<string>();
    if (replaced.length) await this.remove(client, replaced, outlets, changedGroups, dirtyBuckets);

    const placed = fresh.map((result) => {
      const dateKey = publicationKey(result.document);
      return { result, dateKey, key: documentOrderKey(dateKey, result.document.id) };
    });
    for (const { result, key } of placed) {
      result.actors.forEach((actor, i) => {
        let group = this.mirror.groups.get(actor.id);
        if (!group) this.mirror.groups.set(actor.id, (group = emptyGroup()));
        addMention(group, result.document.id, key, i, actor);
        changedGroups.add(actor.id);
      });
      const outlet = result.document.outlet ? normaliseName(result.document.outlet) : undefined;
      if (outlet !== undefined && result.document.outlet) {
        const known = outlets.get(outlet);
        if (!known) outlets.set(outlet, { key: outlet, name: result.document.outlet, pos: key, docs: 1 });
        else {
          known.docs++;
          if (key < known.pos) [known.name, known.pos] = [result.document.outlet, key];
        }
      }
    }
    const after = corpusActors(this.mirror.groups, [...outlets.values()], this.options.gazetteer);

    const dirty = await this.applyIdentity(client, before, after, newGen);
    await saveOutlets(client, outlets);
    const rows = statementRows(placed, after);
    const similarity = this.options.similarity;
    const changed = await placeFresh(
      client,
      dirty,
      dirtyBuckets,
      similarity,
      rows.map((r) => r.fresh),
    );
    await insertDocuments(client, placed, rows, after, newGen);
    await settleClusters(client, changed, similarity);

    const groups = [...changedGroups].map((id) => ({ id, group: this.mirror.groups.get(id) as StoredGroup }));
    await client.query(
      `INSERT INTO actor_groups (id, data, canonical, gen)
       SELECT g.id, g.data, g.canonical, $4 FROM unnest($1::text[], $2::jsonb[], $3::text[]) AS g(id, data, canonical)
       ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data, canonical = EXCLUDED.canonical, gen = EXCLUDED.gen`,
      [
        groups.map((g) => g.id),
        groups.map((g) => JSON.stringify(g.group)),
        groups.map((g) => after.canonical.get(g.id) ?? g.id),
        newGen,
      ],
    );
    await client.query(`UPDATE cg_meta SET value = $1 WHERE key = 'gen'`, [String(newGen)]);
    await client.query(`UPDATE cg_meta SET value = $1 WHERE key = 'merges'`, [String(after.merges)]);
    this.mirror.gen = newGen;
    this.mirror.resolution = after;
    return {
      added: fresh.length - replaced.length,
      replaced: replaced.length,
      unchanged: results.length - fresh.length,
    };
  }

  /** Reads the groups other writers changed since this writer last wrote. */
  private async sync(client: PoolClient, gen: number): Promise<void> {
    if (this.mirror.gen === gen) return;
    const { rows } = await client.query<{ id: string; data: StoredGroup }>(
      `SELECT id, data FROM actor_groups WHERE gen > $1`,
      [this.mirror.gen],
    );
    for (const row of rows) this.mirror.groups.set(row.id, row.data);
    this.mirror.gen = gen;
    delete this.mirror.resolution;
  }

  /** Takes documents out (their text changed): their rows, and their part of the groups and outlets. */
  private async remove(
    client: PoolClient,
    ids: readonly string[],
    outlets: Map<string, StoredOutlet>,
    changedGroups: Set<string>,
    dirtyBuckets: Set<string>,
  ): Promise<void> {
    const buckets = await client.query<{ bucket: string }>(
      `SELECT DISTINCT bucket FROM statements WHERE doc = ANY($1::text[])`,
      [ids],
    );
    for (const row of buckets.rows) dirtyBuckets.add(row.bucket);
    const touched = await client.query<{ id: string }>(
      `SELECT DISTINCT id FROM doc_actors WHERE doc = ANY($1::text[])`,
      [ids],
    );
    const outletKeys = await client.query<{ outlet_key: string }>(
      `SELECT DISTINCT outlet_key FROM documents WHERE id = ANY($1::text[]) AND outlet_key IS NOT NULL`,
      [ids],
    );
    const held = await client.query<{ doc: string; id: string }>(
      `SELECT doc, id FROM statements WHERE doc = ANY($1::text[])`,
      [ids],
    );
    await countPairs(
      client,
      held.rows.map((r) => [r.doc, r.id]),
      -1,
    );
    await client.query(`DELETE FROM documents WHERE id = ANY($1::text[])`, [ids]);
    const groupIds = touched.rows.map((r) => r.id);
    const mentions = await client.query<{
      doc: string;
      ord: Buffer;
      idx: number;
      id: string;
      label: string;
      kind: string;
      aliases: string[];
      member_of: string | null;
    }>(
      `SELECT a.doc, d.ord, a.idx, a.id, a.label, a.kind, a.aliases, a.member_of
         FROM doc_actors a JOIN documents d ON d.id = a.doc WHERE a.id = ANY($1::text[])`,
      [groupIds],
    );
    for (const id of groupIds) {
      this.mirror.groups.set(id, emptyGroup());
      changedGroups.add(id);
    }
    for (const m of mentions.rows) {
      addMention(this.mirror.groups.get(m.id) as StoredGroup, m.doc, m.ord.toString('hex'), m.idx, {
        id: m.id,
        label: m.label,
        kind: m.kind as never,
        aliases: m.aliases,
        ...(m.member_of !== null ? { memberOf: m.member_of } : {}),
      });
    }
    for (const { outlet_key: key } of outletKeys.rows) {
      const first = await client.query<{ outlet: string; ord: Buffer; n: number }>(
        `SELECT outlet, ord, count(*) OVER () AS n FROM documents WHERE outlet_key = $1 ORDER BY ord LIMIT 1`,
        [key],
      );
      const row = first.rows[0];
      outlets.set(
        key,
        row
          ? { key, name: row.outlet, pos: row.ord.toString('hex'), docs: Number(row.n) }
          : { key, name: '', pos: '', docs: 0 },
      );
    }
  }

  /**
   * Writes what identity changed: actors added, changed or gone; statements and links whose
   * extracted id now resolves elsewhere; documents whose outlet's actor changed. Returns the
   * statements whose actors changed (their bucket may have).
   */
  private async applyIdentity(
    client: PoolClient,
    before: CorpusActors,
    after: CorpusActors,
    gen: number,
  ): Promise<[string, string][]> {
    const gone = [...before.actors.keys()].filter((id) => !after.actors.has(id));
    if (gone.length) await client.query(`DELETE FROM actors WHERE id = ANY($1::text[])`, [gone]);
    const changed = [...after.actors.values()].filter((a) => {
      const old = before.actors.get(a.id);
      return !old || !sameActor(old, a);
    });
    if (changed.length)
      await client.query(
        `INSERT INTO actors (id, label, kind, aliases, member_of, note, pos, label_fold, alias_folds, gen)
         SELECT a.id, a.label, a.kind, ARRAY(SELECT jsonb_array_elements_text(a.aliases)), a.member_of, a.note, a.pos,
                a.label_fold, ARRAY(SELECT jsonb_array_elements_text(a.alias_folds)), $10
           FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::bytea[], $8::text[], $9::jsonb[])
             AS a(id, label, kind, aliases, member_of, note, pos, label_fold, alias_folds)
         ON CONFLICT (id) DO UPDATE SET label = EXCLUDED.label, kind = EXCLUDED.kind, aliases = EXCLUDED.aliases,
           member_of = EXCLUDED.member_of, note = EXCLUDED.note, pos = EXCLUDED.pos, label_fold = EXCLUDED.label_fold,
           alias_folds = EXCLUDED.alias_folds, gen = EXCLUDED.gen`,
        [
          changed.map((a) => a.id),
          changed.map((a) => a.label),
          changed.map((a) => a.kind),
          changed.map((a) => JSON.stringify(a.aliases)),
          changed.map((a) => a.memberOf ?? null),
          changed.map((a) => a.note ?? null),
          changed.map((a) => bytea(a.pos)),
          changed.map((a) => fold(a.label)),
          changed.map((a) => JSON.stringify(a.aliases.map(fold))),
          gen,
        ],
      );
    const moved = [...before.canonical].filter(
      ([raw, id]) => after.canonical.get(raw) !== id && after.canonical.has(raw),
    );
    const dirty: [string, string][] = [];
    if (moved.length) {
      const raws = moved.map(([raw]) => raw);
      const ids = moved.map(([raw]) => after.canonical.get(raw) as string);
      // the pairs of the statements naming a moved id, taken away as they stand and counted again after the move
      const naming = await statementsNaming(client, raws);
      await countPairs(client, naming, -1);
      const speakers = await client.query<{ doc: string; id: string }>(
        `UPDATE statements s SET speaker = m.id FROM unnest($1::text[], $2::text[]) AS m(raw, id)
          WHERE s.speaker_raw = m.raw RETURNING s.doc, s.id`,
        [raws, ids],
      );
      const linked = await client.query<{ doc: string; statement: string }>(
        `UPDATE links l SET actor = m.id FROM unnest($1::text[], $2::text[]) AS m(raw, id)
          WHERE l.actor_raw = m.raw RETURNING l.doc, l.statement`,
        [raws, ids],
      );
      const relinked = [...new Set(linked.rows.map((r) => statementKey(r.doc, r.statement)))].map(
        (k) => linked.rows.find((r) => statementKey(r.doc, r.statement) === k) as { doc: string; statement: string },
      );
      if (relinked.length)
        await client.query(
          `UPDATE links l SET dup = d.dup FROM (
             SELECT l2.doc, l2.statement, l2.kind, l2.idx,
                    row_number() OVER (PARTITION BY l2.doc, l2.statement, l2.kind, l2.actor ORDER BY l2.idx) > 1 AS dup
               FROM links l2 JOIN unnest($1::text[], $2::text[]) AS p(doc, statement)
                 ON l2.doc = p.doc AND l2.statement = p.statement) d
           WHERE l.doc = d.doc AND l.statement = d.statement AND l.kind = d.kind AND l.idx = d.idx AND l.dup <> d.dup`,
          [relinked.map((r) => r.doc), relinked.map((r) => r.statement)],
        );
      await countPairs(client, naming, 1);
      for (const r of speakers.rows) dirty.push([r.doc, r.id]);
      for (const r of relinked) dirty.push([r.doc, r.statement]);
    }
    const outletMoves = [...after.outletIds].filter(([key, id]) => before.outletIds.get(key) !== id);
    if (outletMoves.length)
      await client.query(
        `UPDATE documents d SET outlet_actor = m.id FROM unnest($1::text[], $2::text[]) AS m(key, id) WHERE d.outlet_key = m.key`,
        [outletMoves.map(([key]) => key), outletMoves.map(([, id]) => id)],
      );
    return dirty;
  }
}

async function loadOutlets(client: PoolClient): Promise<Map<string, StoredOutlet>> {
  const { rows } = await client.query<{ key: string; name: string; pos: Buffer; docs: number }>(
    `SELECT key, name, pos, docs FROM outlets`,
  );
  return new Map(rows.map((r) => [r.key, { key: r.key, name: r.name, pos: r.pos.toString('hex'), docs: r.docs }]));
}

async function saveOutlets(client: PoolClient, outlets: Map<string, StoredOutlet>): Promise<void> {
  const list = [...outlets.values()];
  await client.query(`DELETE FROM outlets WHERE key = ANY($1::text[])`, [
    list.filter((o) => o.docs <= 0).map((o) => o.key),
  ]);
  const live = list.filter((o) => o.docs > 0);
  await client.query(
    `INSERT INTO outlets (key, name, pos, docs) SELECT * FROM unnest($1::text[], $2::text[], $3::bytea[], $4::int[])
     ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, pos = EXCLUDED.pos, docs = EXCLUDED.docs`,
    [live.map((o) => o.key), live.map((o) => o.name), live.map((o) => bytea(o.pos)), live.map((o) => o.docs)],
  );
}

/** A statement of the batch as it is written: its record, its local id and order key, its links, and its bucket and cluster (FreshStatement). */
interface StatementRow {
  doc: string;
  st: DocResult['statements'][number];
  ordinal: number;
  responds: string[];
  links: { kind: string; idx: number; raw: string; actor: string; dup: boolean }[];
  fresh: FreshStatement;
}

/** The batch's statements with their actors after identity (`actors`): what is written, and what their bucket and cluster are made of. */
function statementRows(placed: readonly { result: DocResult; key: string }[], actors: CorpusActors): StatementRow[] {
  const canonical = (raw: string) => actors.canonical.get(raw) ?? raw;
  return placed.flatMap(({ result, key }) => {
    const doc = result.document.id;
    const local = new Map(result.statements.map((st, i) => [st.id, localStatementId(doc, corpusStatementId(doc, i))]));
    return result.statements.map((st, ordinal): StatementRow => {
      const links: StatementRow['links'] = [];
      const named = { about: [] as string[], targets: [] as string[] };
      for (const kind of ['about', 'targets'] as const) {
        const seen = new Set<string>();
        st[kind].forEach((raw, idx) => {
          const actor = canonical(raw);
          const dup = seen.has(actor);
          links.push({ kind, idx, raw, actor, dup });
          if (!dup) named[kind].push(actor);
          seen.add(actor);
        });
      }
      const responds = st.responds.filter((r) => local.has(r)).map((r) => local.get(r) as string);
      const signature = contentSignature(st.content.text);
      const id = local.get(st.id) as string;
      return {
        doc,
        st,
        ordinal,
        responds,
        links,
        fresh: {
          doc,
          id,
          pos: bytea(itemKey(key, ordinal)),
          speaker: canonical(st.speaker),
          stance: st.stance,
          about: named.about,
          targets: named.targets,
          responds,
          tokens: [...signature.tokens],
          numbers: signature.numbers,
          bucket: '',
          cluster: '',
        },
      };
    });
  });
}

/** Inserts the documents' rows, a statement per table; the statements with their bucket and cluster (placeFresh). */
async function insertDocuments(
  client: PoolClient,
  placed: readonly { result: DocResult; dateKey: string; key: string }[],
  rows: readonly StatementRow[],
  actors: CorpusActors,
  gen: number,
): Promise<void> {
  if (!placed.length) return;
  const docs = placed.map((p) => p.result.document);
  const outletKeys = docs.map((doc) => (doc.outlet ? normaliseName(doc.outlet) : null));
  const field = (name: 'title' | 'dateline' | 'published' | 'url' | 'file' | 'outlet' | 'note' | 'text') =>
    docs.map((doc) => doc[name] ?? null);
  await client.query(
    `INSERT INTO documents (id, hash, title, dateline, published, url, file, outlet, note, text, date_key, ord,
                            outlet_key, outlet_actor, statements, gen)
     SELECT *, $16 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                               $8::text[], $9::text[], $10::text[], $11::text[], $12::bytea[], $13::text[], $14::text[],
                               $15::int[])`,
    [
      docs.map((doc) => doc.id),
      docs.map((doc) => doc.hash ?? ''),
      field('title'),
      field('dateline'),
      field('published'),
      field('url'),
      field('file'),
      field('outlet'),
      field('note'),
      field('text'),
      placed.map((p) => p.dateKey),
      placed.map((p) => bytea(p.key)),
      outletKeys,
      outletKeys.map((key) => (key === null ? null : (actors.outletIds.get(key) ?? null))),
      placed.map((p) => p.result.statements.length),
      gen,
    ],
  );
  const mentions = placed.flatMap(({ result }) =>
    result.actors.map((actor, idx) => ({ doc: result.document.id, idx, actor })),
  );
  await client.query(
    `INSERT INTO doc_actors (doc, idx, id, label, kind, aliases, member_of)
     SELECT a.doc, a.idx, a.id, a.label, a.kind, ARRAY(SELECT jsonb_array_elements_text(a.aliases)), a.member_of
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[])
         AS a(doc, idx, id, label, kind, aliases, member_of)`,
    [
      mentions.map((m) => m.doc),
      mentions.map((m) => m.idx),
      mentions.map((m) => m.actor.id),
      mentions.map((m) => m.actor.label),
      mentions.map((m) => m.actor.kind),
      mentions.map((m) => JSON.stringify(m.actor.aliases)),
      mentions.map((m) => m.actor.memberOf ?? null),
    ],
  );
  await client.query(
    `INSERT INTO statements (doc, id, ordinal, pos, speaker_raw, speaker, stance, cue_start, cue_end, cue_text,
        content_start, content_end, content_text, evidence_start, evidence_end, evidence_text, implicit, confidence,
        rules, note, responds, tokens, numbers, bucket, cluster)
     SELECT s.doc, s.id, s.ordinal, s.pos, s.speaker_raw, s.speaker, s.stance, s.cue_start, s.cue_end, s.cue_text,
        s.content_start, s.content_end, s.content_text, s.evidence_start, s.evidence_end, s.evidence_text, s.implicit,
        s.confidence, CASE WHEN s.rules IS NULL THEN NULL ELSE ARRAY(SELECT jsonb_array_elements_text(s.rules)) END,
        s.note, ARRAY(SELECT jsonb_array_elements_text(s.responds)), ARRAY(SELECT jsonb_array_elements_text(s.tokens)),
        s.numbers, s.bucket, s.cluster
       FROM unnest($1::text[], $2::text[], $3::int[], $4::bytea[], $5::text[], $6::text[], $7::text[], $8::int[],
                   $9::int[], $10::text[], $11::int[], $12::int[], $13::text[], $14::int[], $15::int[], $16::text[],
                   $17::boolean[], $18::float8[], $19::jsonb[], $20::text[], $21::jsonb[], $22::jsonb[], $23::text[],
                   $24::text[], $25::text[])
         AS s(doc, id, ordinal, pos, speaker_raw, speaker, stance, cue_start, cue_end, cue_text, content_start,
              content_end, content_text, evidence_start, evidence_end, evidence_text, implicit, confidence, rules, note,
              responds, tokens, numbers, bucket, cluster)`,
    [
      rows.map((r) => r.doc),
      rows.map((r) => r.fresh.id),
      rows.map((r) => r.ordinal),
      rows.map((r) => r.fresh.pos),
      rows.map((r) => r.st.speaker),
      rows.map((r) => r.fresh.speaker),
      rows.map((r) => r.st.stance),
      rows.map((r) => r.st.cue?.start ?? null),
      rows.map((r) => r.st.cue?.end ?? null),
      rows.map((r) => r.st.cue?.text ?? null),
      rows.map((r) => r.st.content.start),
      rows.map((r) => r.st.content.end),
      rows.map((r) => r.st.content.text),
      rows.map((r) => r.st.evidence.start),
      rows.map((r) => r.st.evidence.end),
      rows.map((r) => r.st.evidence.text),
      rows.map((r) => r.st.implicit ?? null),
      rows.map((r) => r.st.confidence ?? null),
      rows.map((r) => (r.st.rules ? JSON.stringify(r.st.rules) : null)),
      rows.map((r) => r.st.note ?? null),
      rows.map((r) => JSON.stringify(r.responds)),
      rows.map((r) => JSON.stringify(r.fresh.tokens)),
      rows.map((r) => r.fresh.numbers),
      rows.map((r) => r.fresh.bucket),
      rows.map((r) => r.fresh.cluster),
    ],
  );
  const links = rows.flatMap((r) =>
    r.links.map((l) => ({ ...l, doc: r.doc, statement: r.fresh.id, pos: r.fresh.pos })),
  );
  if (links.length)
    await client.query(
      `INSERT INTO links (doc, statement, kind, idx, actor_raw, actor, dup, pos)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::boolean[],
                            $8::bytea[])`,
      [
        links.map((l) => l.doc),
        links.map((l) => l.statement),
        links.map((l) => l.kind),
        links.map((l) => l.idx),
        links.map((l) => l.raw),
        links.map((l) => l.actor),
        links.map((l) => l.dup),
        links.map((l) => l.pos),
      ],
    );
  await countPairs(
    client,
    rows.map((r): [string, string] => [r.doc, r.fresh.id]),
    1,
  );
}
