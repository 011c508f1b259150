// All attributions of one sentence: each cue is tried against the vetoes, then the attribution
// rules in table order (src/extract/patterns/table.ts); then coordinated statements are cut
// apart ("accused Russia of A and blamed Moscow for B", "deny the developments, but have said
// that …") so that two statements in one sentence do not swallow each other.
import { cueFlags, type Cue } from './cues.ts';
import type { CueContext, SentenceContext } from './context.ts';
import { fired, type Attribution } from './frame.ts';
import { reciprocal } from './accusation.ts';
import { afterGerundPreposition } from './participle.ts';
import { dropTrailingJoiners } from './spans.ts';
import { closesSentence, trailingReport, wrapsEarlier } from './trailingReport.ts';
import { ATTRIBUTION, VETOES } from './table.ts';
import { CLAUSE_OPENERS } from '../lexicon/grammar.ts';
import { CLAIM_NOUNS } from '../lexicon/nouns.ts';
import { SHARE_LEADS } from '../lexicon/sources.ts';
import { firstRule } from '../rules/index.ts';
import type { SentenceView } from './view.ts';

export function sentenceAttributions(base: Omit<SentenceContext, 'earlier'>, cues: readonly Cue[]): Attribution[] {
  const out: Attribution[] = [];
  for (const cue of cues) {
    if (out.some((a) => a.cue && cue.verb >= a.cue.first && cue.verb <= a.cue.last)) continue;
    // reporting inside reported content ("denied that it had refused mediation") is the speaker's claim, not a new
    // statement, unless it is a report closing the sentence ("…, Brenner said.": ./trailingReport.ts)
    const reported = out.some(
      (a) =>
        a.pattern !== 'content-first' &&
        a.pattern !== 'according-to' &&
        cue.verb > a.content.first &&
        cue.verb <= a.content.last &&
        // (", saying …" after reported content is the speaker's; "by saying …" inside it is part of it)
        !(cue.sense.participle && !afterGerundPreposition(base.v, cue.first)) &&
        !isCoordinated(base.v, a, cue) &&
        !(cue.according && dashBefore(base.v, a.content.first, cue.first)) &&
        !appositiveClaim(base.v, cue),
    );
    if (reported && !closesSentence(base.v, cue)) continue;
    // (field by field, no spread: every cue context gets one object shape, which keeps the rules' reads monomorphic)
    const ctx: CueContext = {
      v: base.v,
      start: base.start,
      earlier: out,
      openQuote: base.openQuote,
      actorKind: base.actorKind,
      cue,
    };
    const have = cueFlags(cue);
    if (firstRule(VETOES, ctx, have)) continue;
    const hit = firstRule(ATTRIBUTION, ctx, have);
    if (!hit) continue;
    // (a cue inside an earlier content makes a statement only as a report closing the sentence: ./trailingReport.ts)
    const found = reported ? trailingReport(base.v, out, fired(hit)) : fired(hit);
    if (found) out.push(...reciprocal(base.v, found));
  }
  return separate(base.v, out);
}

/** Cuts a content at the start of the next statement's clause when that clause is coordinated or set off. */
function separate(v: SentenceView, found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Attribution;
    const b = found[i + 1];
    // ("Berg promised A, Brenner said.": Berg's promise is part of what Brenner reports)
    if (b && wrapsEarlier(v, a, b)) continue;
    const laterSource = b && (b.pattern === 'according-to' || (b.cue !== null && b.content.last < b.cue.first));
    if (b && laterSource && b.content.first > a.content.first && b.content.first <= a.content.last) {
      // "X said A -- B, according to Y": the report set off by the dash is Y's, not X's;
      // "X said A, a claim Y denied": the claim is A, Y's denial is not part of it
      const cut = dropTrailingJoiners(v, { first: a.content.first, last: b.content.first - 1 });
      if (cut) out.push({ ...a, content: cut });
      continue;
    }
    if (b?.cue && a.cue && b.cue.first > a.cue.last && a.content.last >= b.cue.first) {
      const speakerStart =
        b.speakerAt !== null && b.speakerAt > a.cue.last && b.speakerAt < b.cue.first ? b.speakerAt : b.cue.first;
      const separated = b.coordinated || hasSeparator(v, a.content.first, speakerStart);
      if (separated && speakerStart > a.content.first) {
        let end = speakerStart - 1;
        while (end > a.content.first && v.pos(end) === 'ADV') end--;
        if (v.lower(end) === 'the') end--;
        if (v.lower(end) === 'which') end--;
        const cut = dropTrailingJoiners(v, { first: a.content.first, last: end });
        if (!cut) continue;
        out.push({ ...a, content: cut });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function isCoordinated(v: SentenceView, a: Attribution, cue: Cue): boolean {
  let k = cue.first - 1;
  while (k > a.content.first && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
  if (/^(and|but|while|yet)$/.test(v.lower(k)) || v.value(k) === ';') return true;
  // "…, though she acknowledged …", "…, but Ortiz noted that …": a clause of its own, with its own subject
  const subject = v.mentionEndingAt(k);
  if (!subject || subject.first <= a.content.first || v.insideQuote(subject.first)) return false;
  // ("…, and more than 4 in 10 said …": the words leading a share stand between the joiner and its subject)
  let j = subject.first - 1;
  for (let n = 0; n < MAX_SHARE_LEADS && j > a.content.first && leadsShare(v, j); n++) j--;
  const joiner = v.lower(j);
  if (CLAUSE_JOINERS.has(joiner)) return joiner !== 'and' || v.value(j - 1) === ',' || subject.via === 'name';
  // "…, after half said so", "…, when Okafor said …": a subordinate clause set off by a comma
  return CLAUSE_OPENERS.has(joiner) && v.value(j - 1) === ',';
}

/** Words a share's lead may take ("more than", "about", "nearly"). */
const MAX_SHARE_LEADS = 2;

/** A word leading a share ("about", "nearly", "more" of "more than"), not a conjunction. */
function leadsShare(v: SentenceView, k: number): boolean {
  const lower = v.lower(k);
  return (SHARE_LEADS.has(lower) && !CLAUSE_JOINERS.has(lower)) || v.lower(k + 1) === 'than';
}

/** Conjunctions that open a clause of its own after reported content ("…, though X noted …"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'though', 'although', 'whereas', 'while', 'yet', 'and']);

function hasSeparator(v: SentenceView, from: number, to: number): boolean {
  for (let k = to - 1; k >= from && k >= to - 3; k--) {
    const value = v.lower(k);
    if (value === ';' || value === 'but' || value === 'while' || value === 'whereas') return true;
    // ("… A and Okafor said B": "and" right before the next speaker's name)
    if (value === 'and' && k === to - 1) return true;
    if (value === ',' && /^(and|but|while|as|which|though|although|yet)$/.test(v.lower(k + 1))) return true;
  }
  return false;
}

/** A dash that sets off a clause between `from` and `to`. */
function dashBefore(v: SentenceView, from: number, to: number): boolean {
  for (let k = to - 1; k > from; k--)
    if ((v.value(k) === '--' || v.value(k) === '—' || v.value(k) === '–') && !v.insideQuote(k)) return true;
  return false;
}

/** "…, a claim the group denied": a denial hanging on an appositive claim noun after reported content. */
function appositiveClaim(v: SentenceView, cue: Cue): boolean {
  if (cue.sense.frame !== 'object' || cue.sense.stance === 'asserts') return false;
  let k = cue.first - 1;
  while (k > v.first && (v.pos(k) === 'ADV' || v.pos(k) === 'AUX')) k--;
  const subject = v.mentionEndingAt(k);
  if (!subject) return false;
  k = subject.first - 1;
  if (v.lower(k) === 'the') k--;
  // "X said Y, which Z denied": the relative hangs on the whole reported content
  if (v.lower(k) === 'which' && v.value(k - 1) === ',') return true;
  if (v.lower(k) === 'that' || v.lower(k) === 'which') k--;
  if (!CLAIM_NOUNS.has(v.lower(k))) return false;
  k--;
  while (k > v.first && v.pos(k) === 'ADJ') k--;
  if (v.pos(k) === 'DET') k--;
  return v.value(k) === ',';
}
