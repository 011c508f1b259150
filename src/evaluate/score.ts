// Scoring extracted statements against gold statements, with exactly the matching rules of
// the project's reference scorer (../shared/tools/score-statements.mjs, documented in its
// header): a system statement matches a gold one in the same document when the speakers'
// name sets meet (directly, through the gold speaker's memberOf, or through a member of the
// gold speaker), the stances are equal, and the content spans overlap with F1 ≥ 0.5 — or,
// for accusations, a system target's names meet a gold target's. `attributed` drops the
// stance condition, `loose` the speaker too. Gold statements marked implicit count when
// found and are not missed when not. Pure: data in, numbers out.
import { ClaimGraphError } from '../errors.ts';

const MODULE = 'claimgraph/evaluate/score';
export const MODES = ['strict', 'attributed', 'loose'] as const;
export type Mode = (typeof MODES)[number];
const STANCES = new Set(['asserts', 'accuses', 'denies', 'rejects']);

interface SpanLike {
  start: number;
  end: number;
  text?: string;
}
export interface ScoredStatement {
  id: string;
  doc: string;
  speaker: string;
  stance: string;
  content: SpanLike;
  targets?: string[];
  implicit?: boolean;
}
export interface ScoredActor {
  id: string;
  label?: string;
  aliases?: string[];
  memberOf?: string;
}
export interface ScoreInput {
  documents: { id: string }[];
  actors: ScoredActor[];
  statements: ScoredStatement[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface PRF {
  p: number;
  r: number;
  f: number;
}
export interface ScoreReport {
  rows: ({ doc: string } & Record<Mode, Counts>)[];
  micro: Record<Mode, PRF>;
  /** Strict-mode misses and extras, one line each, as the reference scorer prints them. */
  details: string[];
}

/** The reference scorer's name normalisation: lower case, no possessive, no punctuation, no articles. */
export const normName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\b(the|a|an)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function nameSets(data: ScoreInput): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const a of data.actors ?? []) {
    names.set(
      a.id,
      new Set(
        [a.label, ...(a.aliases ?? [])]
          .filter((x): x is string => !!x)
          .map(normName)
          .filter(Boolean),
      ),
    );
  }
  return names;
}

const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  for (const x of a) if (b.has(x)) return true;
  return false;
};

export function spanF1(a: SpanLike | undefined, b: SpanLike | undefined): number {
  if (!a || !b) return 0;
  const overlap = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  if (overlap === 0) return 0;
  const p = overlap / (a.end - a.start);
  const r = overlap / (b.end - b.start);
  return (2 * p * r) / (p + r);
}

export const prf = ({ tp, fp, fn }: Counts): PRF => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

export function scoreStatements(gold: ScoreInput, system: ScoreInput): ScoreReport {
  if (!Array.isArray(system?.statements) || !Array.isArray(system?.actors)) {
    throw new ClaimGraphError(MODULE, 'system output lacks statements[] or actors[]');
  }
  if (!Array.isArray(gold?.statements) || !Array.isArray(gold?.documents))
    throw new ClaimGraphError(MODULE, 'gold lacks documents[] or statements[]');
  const gNames = nameSets(gold);
  const sNames = nameSets(system);
  const gActor = new Map(gold.actors.map((a) => [a.id, a]));
  const namesOrId = (names: Map<string, Set<string>>, id: string): Set<string> =>
    names.get(id) ?? new Set([normName(String(id))]);

  const speakerOk = (sysSpeaker: string, goldSpeaker: string): boolean => {
    const s = namesOrId(sNames, sysSpeaker);
    const related = [goldSpeaker];
    const g = gActor.get(goldSpeaker);
    if (g?.memberOf) related.push(g.memberOf);
    for (const a of gold.actors) if (a.memberOf === goldSpeaker) related.push(a.id);
    return related.some((id) => meets(s, gNames.get(id) ?? new Set()));
  };
  const targetsOk = (sysTargets: readonly string[] = [], goldTargets: readonly string[] = []): boolean =>
    sysTargets.some((t) => goldTargets.some((g) => meets(namesOrId(sNames, t), gNames.get(g) ?? new Set())));

  const rows: ScoreReport['rows'] = [];
  const totals = Object.fromEntries(MODES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Record<Mode, Counts>;
  const details: string[] = [];
  for (const { id: doc } of gold.documents) {
    const G = gold.statements.filter((s) => s.doc === doc);
    const S = system.statements.filter((s) => s.doc === doc);
    for (const s of S)
      if (!STANCES.has(s.stance))
        throw new ClaimGraphError(MODULE, `statement ${s.id}: unknown stance ${JSON.stringify(s.stance)}`);
    const row = { doc } as ScoreReport['rows'][number];
    for (const mode of MODES) {
      const pairs: [number, ScoredStatement, ScoredStatement][] = [];
      for (const g of G) {
        for (const s of S) {
          const f = spanF1(s.content, g.content);
          let ok = f >= 0.5;
          if (mode === 'strict') {
            if (g.stance === 'accuses' && s.stance === 'accuses' && !ok)
              ok = targetsOk(s.targets, g.targets) && speakerOk(s.speaker, g.speaker);
            ok = ok && s.stance === g.stance && speakerOk(s.speaker, g.speaker);
          } else if (mode === 'attributed') {
            ok = ok && speakerOk(s.speaker, g.speaker);
          }
          if (ok) pairs.push([f, g, s]);
        }
      }
      pairs.sort((a, b) => b[0] - a[0]);
      const usedG = new Set<ScoredStatement>();
      const usedS = new Set<ScoredStatement>();
      for (const [, g, s] of pairs) {
        if (usedG.has(g) || usedS.has(s)) continue;
        usedG.add(g);
        usedS.add(s);
      }
      const counts = {
        tp: usedG.size,
        fp: S.length - usedS.size,
        fn: G.filter((g) => !usedG.has(g) && !g.implicit).length,
      };
      row[mode] = counts;
      totals[mode].tp += counts.tp;
      totals[mode].fp += counts.fp;
      totals[mode].fn += counts.fn;
      if (mode === 'strict') {
        for (const g of G)
          if (!usedG.has(g) && !g.implicit)
            details.push(`${doc} missed  ${g.id} ${g.speaker} ${g.stance}: ${(g.content.text ?? '').slice(0, 70)}`);
        for (const s of S)
          if (!usedS.has(s))
            details.push(`${doc} extra   ${s.id} ${s.speaker} ${s.stance}: ${(s.content?.text ?? '').slice(0, 70)}`);
      }
    }
    rows.push(row);
  }
  return { rows, micro: Object.fromEntries(MODES.map((m) => [m, prf(totals[m])])) as Record<Mode, PRF>, details };
}

/** Several gold files as one: actor ids are per file, so they are prefixed with the document id (as the reference scorer does). */
export function mergeGold(files: readonly ScoreInput[]): ScoreInput {
  const merged: ScoreInput = { documents: [], actors: [], statements: [] };
  for (const one of files) {
    const doc = one.documents[0]?.id;
    if (doc === undefined) throw new ClaimGraphError(MODULE, 'a gold file has no document');
    merged.documents.push(...one.documents);
    for (const a of one.actors)
      merged.actors.push({ ...a, id: `${doc}/${a.id}`, ...(a.memberOf ? { memberOf: `${doc}/${a.memberOf}` } : {}) });
    for (const s of one.statements) {
      merged.statements.push({
        ...s,
        speaker: `${doc}/${s.speaker}`,
        targets: (s.targets ?? []).map((t) => `${doc}/${t}`),
      });
    }
  }
  return merged;
}

/** The reference scorer's text report. */
export function formatReport(report: ScoreReport): string {
  const fmt = (x: number): string => x.toFixed(2);
  const lines: string[] = [];
  for (const r of report.rows) {
    const s = prf(r.strict);
    const a = prf(r.attributed);
    const l = prf(r.loose);
    lines.push(
      `${r.doc.padEnd(24)} strict P ${fmt(s.p)} R ${fmt(s.r)} F1 ${fmt(s.f)}   attributed F1 ${fmt(a.f)}   loose F1 ${fmt(l.f)}`,
    );
  }
  for (const d of report.details) lines.push(`  ${d}`);
  const { strict: s, attributed: a, loose: l } = report.micro;
  lines.push(`loose micro F1 ${fmt(l.f)} (P ${fmt(l.p)} R ${fmt(l.r)})`);
  lines.push(`attributed micro F1 ${fmt(a.f)} (P ${fmt(a.p)} R ${fmt(a.r)})`);
  lines.push(`strict micro F1 ${fmt(s.f)} (P ${fmt(s.p)} R ${fmt(s.r)})`);
  return lines.join('\n');
}
