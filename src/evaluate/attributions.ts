// Scoring statements against human attribution annotations of real news (PolNeAR, converted
// to "polnear-gold@1"; see ../shared/polnear/README.md), with exactly the rules of the reference
// scorer ../shared/tools/score-attributions.mjs (its header states them; the quality test checks
// that both give the same figures). In short: a statement and a gold attribution of the same
// document are candidates when their contents overlap by half the shorter one; candidates are
// matched one to one, best overlap first; gold outside the subset is ignored, not missed, and
// a statement matching it is neither right nor spurious; a match is attributed when the
// speaker's names meet the gold source's (./speakerNames.ts). Unlike the script, it also says
// what became of each statement (`outcomes`), which the reliability table needs. Pure.
import { ClaimGraphError } from '../errors.ts';
import type { PRF } from './score.ts';
import { goldNames, normSpeakerName, speakerRight } from './speakerNames.ts';

const MODULE = 'claimgraph/evaluate/attributions';
export const ATTRIBUTION_FORMAT = 'polnear-gold@1';
export const SUBSETS = ['speech', 'sourced', 'all'] as const;
export type Subset = (typeof SUBSETS)[number];

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  /** Discontinuous spans list their pieces; start/end cover them all. */
  fragments?: [number, number][];
}
export interface GoldAttribution {
  id: string;
  doc: string;
  primary: boolean;
  kind: string;
  noSource?: boolean;
  source?: GoldSpan | null;
  cue?: GoldSpan | null;
  content: GoldSpan;
  /** Proper names coreferent with the source (automatic), for pronoun sources. */
  sourceCoref?: string[];
}
export interface AttributionGold {
  format: string;
  documents: { id: string }[];
  attributions: GoldAttribution[];
}

interface SystemSpan {
  start: number;
  end: number;
}
export interface SystemStatements {
  actors: { id: string; label?: string; aliases?: string[] }[];
  statements: { id: string; doc: string; speaker: string; cue?: SystemSpan | null; content?: SystemSpan | null }[];
}

/** What became of a system statement: content and speaker right, content right only, no match, or matched to gold outside the subset. */
export type Outcome = 'right' | 'wrong-speaker' | 'spurious' | 'ignored';

export interface AttributionSummary {
  gold: number;
  system: number;
  ignored: number;
  matched: number;
  content: PRF;
  /** Unmatched statements that are candidates of a gold attribution another statement matched (pieces of one quotation). */
  pieces: number;
  contentPiecesIgnored: PRF;
  attributed: PRF;
  sourceAccText: number | null;
  sourceAccCoref: number | null;
  cueAcc: number | null;
  exactBoundaries: number | null;
  meanCharF1: number | null;
}
export interface AttributionReport {
  subset: Subset;
  micro: AttributionSummary;
  documents: ({ doc: string } & AttributionSummary)[];
  /** Statement id → outcome, for the statements of the gold's documents. */
  outcomes: Map<string, Outcome>;
}

type Fragments = readonly (readonly [number, number])[];
const frags = (span: GoldSpan): Fragments => span.fragments ?? [[span.start, span.end]];
const len = (fr: Fragments): number => fr.reduce((sum, [a, b]) => sum + (b - a), 0);
function overlap(fa: Fragments, fb: Fragments): number {
  let o = 0;
  for (const [a, b] of fa) for (const [c, d] of fb) o += Math.max(0, Math.min(b, d) - Math.max(a, c));
  return o;
}
const EDGE = '[\\s"“”\'‘’,.;:!?()\\u2014-]';
const LEAD = new RegExp(`^${EDGE}+`);
const TAIL = new RegExp(`${EDGE}+$`);
/** A span's offsets once whitespace, quotation marks and punctuation are trimmed at both ends. */
function trimSpan(start: number, text: string): [number, number] {
  const lead = text.length - text.replace(LEAD, '').length;
  const core = text.replace(LEAD, '').replace(TAIL, '');
  return [start + lead, start + lead + core.length];
}

interface Counts {
  gold: number;
  sys: number;
  ignored: number;
  pieces: number;
  tp: number;
  srcText: number;
  srcCoref: number;
  srcN: number;
  cue: number;
  cueN: number;
  exact: number;
  exactN: number;
  f1sum: number;
  attr: number;
}
const zero = (): Counts => ({
  gold: 0,
  sys: 0,
  ignored: 0,
  pieces: 0,
  tp: 0,
  srcText: 0,
  srcCoref: 0,
  srcN: 0,
  cue: 0,
  cueN: 0,
  exact: 0,
  exactN: 0,
  f1sum: 0,
  attr: 0,
});

interface Pair {
  i: number;
  j: number;
  ratio: number;
  f1: number;
}

export function scoreAttributions(
  gold: AttributionGold,
  system: SystemStatements,
  options: { subset?: Subset } = {},
): AttributionReport {
  const subset = options.subset ?? 'speech';
  if (!SUBSETS.includes(subset)) throw new ClaimGraphError(MODULE, `unknown subset ${JSON.stringify(subset)}`);
  if (gold?.format !== ATTRIBUTION_FORMAT) throw new ClaimGraphError(MODULE, `gold is not ${ATTRIBUTION_FORMAT}`);
  if (!Array.isArray(system?.statements) || !Array.isArray(system?.actors))
    throw new ClaimGraphError(MODULE, 'system output lacks statements[] or actors[]');
  const inSubset = (a: GoldAttribution): boolean =>
    subset === 'all' || (!a.noSource && (subset === 'sourced' || a.kind === 'speech'));
  const goldBy = new Map<string, GoldAttribution[]>(gold.documents.map((d) => [d.id, []]));
  for (const a of gold.attributions) if (a.primary) goldBy.get(a.doc)?.push(a);
  const sysBy = new Map<string, SystemStatements['statements']>(gold.documents.map((d) => [d.id, []]));
  for (const st of system.statements) sysBy.get(st.doc)?.push(st);
  const names = new Map<string, string[]>();
  for (const a of system.actors)
    names.set(a.id, [
      ...new Set(
        [a.label, ...(a.aliases ?? [])]
          .filter((x): x is string => !!x)
          .map(normSpeakerName)
          .filter(Boolean),
      ),
    ]);

  const total = zero();
  const documents: AttributionReport['documents'] = [];
  const outcomes = new Map<string, Outcome>();
  for (const { id: doc } of gold.documents) {
    const g = goldBy.get(doc) as GoldAttribution[];
    const s = sysBy.get(doc) as SystemStatements['statements'];
    const c = zero();
    const pairs: Pair[] = [];
    s.forEach((st, i) => {
      if (!st.content) return;
      const sf: Fragments = [[st.content.start, st.content.end]];
      const sl = len(sf);
      g.forEach((ga, j) => {
        const gf = frags(ga.content);
        const o = overlap(sf, gf);
        if (!o) return;
        const ratio = o / Math.min(sl, len(gf));
        if (ratio >= 0.5) pairs.push({ i, j, ratio, f1: (2 * o) / (sl + len(gf)) });
      });
    });
    pairs.sort((a, b) => b.ratio - a.ratio || b.f1 - a.f1 || a.j - b.j || a.i - b.i);
    const sUsed = new Map<number, Pair>();
    const gUsed = new Map<number, Pair>();
    for (const p of pairs)
      if (!sUsed.has(p.i) && !gUsed.has(p.j)) {
        sUsed.set(p.i, p);
        gUsed.set(p.j, p);
      }
    c.gold = g.filter(inSubset).length;
    s.forEach((st, i) => {
      const p = sUsed.get(i);
      if (p && !inSubset(g[p.j] as GoldAttribution)) {
        c.ignored++;
        outcomes.set(st.id, 'ignored');
        return;
      }
      c.sys++;
      if (p) return;
      outcomes.set(st.id, 'spurious');
      if (pairs.some((q) => q.i === i && gUsed.has(q.j) && inSubset(g[q.j] as GoldAttribution))) c.pieces++;
    });
    g.forEach((ga, j) => {
      const p = gUsed.get(j);
      if (!inSubset(ga) || !p) return;
      c.tp++;
      const st = s[p.i] as SystemStatements['statements'][number];
      const systemNames = names.get(st.speaker) ?? [];
      let attributed = false;
      if (ga.source) {
        c.srcN++;
        const byText = speakerRight(goldNames([ga.source.text]), systemNames);
        attributed = byText || speakerRight(goldNames(ga.sourceCoref ?? []), systemNames);
        if (byText) c.srcText++;
        if (attributed) c.srcCoref++;
      }
      if (attributed) c.attr++;
      outcomes.set(st.id, attributed ? 'right' : 'wrong-speaker');
      if (ga.cue) {
        c.cueN++;
        if (st.cue && overlap([[st.cue.start, st.cue.end]], frags(ga.cue)) > 0) c.cue++;
      }
      c.f1sum += p.f1;
      if (frags(ga.content).length === 1) {
        c.exactN++;
        const content = st.content as SystemSpan;
        const [gs, ge] = trimSpan(ga.content.start, ga.content.text);
        const [ss, se] = trimSpan(content.start, (st.content as { text?: string }).text ?? '');
        if (gs === ss && ge === se) c.exact++;
      }
    });
    for (const k of Object.keys(c) as (keyof Counts)[]) total[k] += c[k];
    documents.push({ doc, ...summary(c) });
  }
  return { subset, micro: summary(total), documents, outcomes };
}

const prf = (tp: number, nsys: number, ngold: number): PRF => {
  const p = nsys ? tp / nsys : 0;
  const r = ngold ? tp / ngold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const ratio = (n: number, of: number): number | null => (of ? n / of : null);

function summary(c: Counts): AttributionSummary {
  return {
    gold: c.gold,
    system: c.sys,
    ignored: c.ignored,
    matched: c.tp,
    content: prf(c.tp, c.sys, c.gold),
    pieces: c.pieces,
    contentPiecesIgnored: prf(c.tp, c.sys - c.pieces, c.gold),
    attributed: prf(c.attr, c.sys, c.gold),
    sourceAccText: ratio(c.srcText, c.srcN),
    sourceAccCoref: ratio(c.srcCoref, c.srcN),
    cueAcc: ratio(c.cue, c.cueN),
    exactBoundaries: ratio(c.exact, c.exactN),
    meanCharF1: ratio(c.f1sum, c.tp),
  };
}

/** The reference scorer's closing lines (micro figures). */
export function formatAttributionReport(report: AttributionReport): string {
  const f = (x: number | null): string => (x === null ? '   - ' : x.toFixed(2).padStart(5));
  const m = report.micro;
  return [
    `micro (${report.documents.length} articles, subset ${report.subset}): gold ${m.gold}, system ${m.system} (+${m.ignored} ignored), matched ${m.matched}`,
    `content    P ${f(m.content.p)}  R ${f(m.content.r)}  F1 ${f(m.content.f)}`,
    `           P ${f(m.contentPiecesIgnored.p)}  R ${f(m.contentPiecesIgnored.r)}  F1 ${f(m.contentPiecesIgnored.f)}   (the ${m.pieces} extra pieces of already-matched gold contents not counted)`,
    `attributed P ${f(m.attributed.p)}  R ${f(m.attributed.r)}  F1 ${f(m.attributed.f)}   (content + right speaker, coref rule)`,
    `source accuracy on matched: text ${f(m.sourceAccText)}, coref ${f(m.sourceAccCoref)}; cue accuracy ${f(m.cueAcc)}; exact boundaries (1-fragment gold) ${f(m.exactBoundaries)}, mean char F1 ${f(m.meanCharF1)}`,
  ].join('\n');
}
