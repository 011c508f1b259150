// The extraction pipeline, text in and statements out, pure (no I/O, no globals but the
// shared NLP instance, which forgets what it reads, and the gazetteer index): an article's
// statements do not depend on the articles extracted before it or beside it. Per document:
// tokens and sentences (nlp/), actor mentions in document order (actors/), then only for
// sentences that contain a cue word the attribution patterns (patterns/), stance refinement
// (stance/), and finally links between statements (links/) and spans cut from the text.
import { ClaimGraphError } from '../errors.ts';
import { STATEMENTS_FORMAT } from '../model/format.ts';
import type { DocumentRecord, Span, StatementRecord, StatementsFile } from '../model/schema.ts';
import { defaultGazetteer } from './actors/defaultGazetteer.ts';
import { DocActors } from './actors/scan.ts';
import { ActorRegistry } from './actors/registry.ts';
import { linkAbout, linkResponds, sideOf, type DocStatement } from './links/links.ts';
import { readAhead } from './nlp/readAhead.ts';
import { tokenize, type TokenTable } from './nlp/tokens.ts';
import { findCues, hasCue } from './patterns/cues.ts';
import { fired, type Attribution } from './patterns/frame.ts';
import { sentenceAttributions } from './patterns/sentence.ts';
import { withSpeakerRule } from './patterns/speaker.ts';
import type { ExtensionContext } from './patterns/context.ts';
import { CONTINUATION, EXTENSION, FOLLOWING_QUOTE, PRECEDING_QUOTE } from './patterns/table.ts';
import { firstRule } from './rules/index.ts';
import { afterDateline, withQuoteMarks } from './patterns/spans.ts';
import { SentenceView } from './patterns/view.ts';
import { confidenceOf } from './confidence/index.ts';
import { refineStance } from './stance/refine.ts';
import { markContradictions } from './stance/contradicts.ts';
import type { ArticleInput, ExtractOptions, Mention } from './types.ts';

const MODULE = 'claimgraph/extract';
/** Sentences longer than this (tokens) are not news prose (tables, lists, run-on dumps): skipped. */
export const MAX_SENTENCE_TOKENS = 250;
/** How far back (tokens) a quotation opened in an earlier sentence may start. */
const QUOTE_REACH = 400;
/** Marks a sentence-long quotation may open with (a cheap gate before pairing its quotes). */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '«', '‘', "'"]);

export function extractArticles(articles: readonly ArticleInput[], options: ExtractOptions = {}): StatementsFile {
  if (!Array.isArray(articles))
    throw new ClaimGraphError(MODULE, `expecting an array of articles, got ${typeof articles}`);
  const seen = new Set<string>();
  for (const [i, a] of articles.entries()) {
    if (!a || typeof a.id !== 'string' || !a.id)
      throw new ClaimGraphError(
        MODULE,
        `articles[${i}]: expecting a non-empty string id, got ${JSON.stringify(a?.id)}`,
      );
    if (typeof a.text !== 'string')
      throw new ClaimGraphError(MODULE, `articles[${i}] (${a.id}): expecting a string text, got ${typeof a.text}`);
    if (seen.has(a.id))
      throw new ClaimGraphError(
        MODULE,
        `two articles have the id ${JSON.stringify(a.id)}; document ids must be unique`,
      );
    seen.add(a.id);
  }
  const gazetteer = defaultGazetteer();
  const run = new ActorRegistry(gazetteer);
  const documents: DocumentRecord[] = [];
  const statements: StatementRecord[] = [];
  const used = new Set<string>();
  let counter = 0;
  let done = 0;
  for (const [article, tokens] of readAhead(articles)) {
    documents.push(documentRecord(article, options.inlineTexts ?? false));
    // a registry per document: an article reads the same whatever was extracted before it
    const registry = new ActorRegistry(gazetteer, article.id);
    for (const st of extractDocument(article, registry, () => `s${++counter}`, tokens)) {
      statements.push(st);
      used.add(st.speaker);
      for (const id of [...st.targets, ...st.about]) used.add(id);
    }
    run.absorb(registry);
    options.onProgress?.(++done, articles.length);
  }
  return { format: STATEMENTS_FORMAT, documents, actors: run.records(used), statements };
}

function documentRecord(a: ArticleInput, inline: boolean): DocumentRecord {
  const doc: DocumentRecord = { id: a.id };
  for (const field of ['file', 'title', 'dateline', 'published', 'url', 'outlet'] as const) {
    const value = a[field];
    if (typeof value === 'string') doc[field] = value;
  }
  if (inline) doc.text = a.text;
  return doc;
}

/** The statements of one article, ids drawn from `nextId`; `t`: its token table, when read already. */
export function extractDocument(
  article: ArticleInput,
  registry: ActorRegistry,
  nextId: () => string,
  t: TokenTable = tokenize(article.text),
): StatementRecord[] {
  const actors = new DocActors(t, registry);
  const found: DocStatement[] = [];
  const actorKind = (id: string) => registry.get(id)?.kind;
  const sentences = t.sentences;
  let previousMentions: Mention[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si] as (typeof sentences)[number];
    const mentions = actors.scan(s);
    const quoteMentions = previousMentions;
    previousMentions = mentions;
    if (s.last - s.first + 1 > MAX_SENTENCE_TOKENS) continue;
    const prevSamePara = si > 0 && (sentences[si - 1] as typeof s).para === s.para;
    const cueWord = hasCue(t, s.first, s.last);
    const previous = found[found.length - 1];
    const follows = previous !== undefined && prevSamePara && previous.sentence === si - 1;
    const openQuote = () => openQuoteBefore(t, sentences, si);
    // a sentence ending "<speaker> said:" before this one, which opens a quotation
    const lead = sentences[si - 1];
    const afterColon =
      lead !== undefined && t.value[lead.last] === ':' && QUOTE_OPENERS.has(t.value[s.first] as string)
        ? (v: SentenceView, own: readonly Attribution[]) => {
            const leadView = new SentenceView(t, lead, si - 1, quoteMentions);
            const hit = firstRule(FOLLOWING_QUOTE, { lead: leadView, v, cues: findCues(leadView), own, actorKind });
            if (hit) found.push(record(withSpeakerRule(leadView, fired(hit)), si, nextId, false));
          }
        : undefined;
    if (!cueWord) {
      if (follows) {
        const v = new SentenceView(t, s, si, mentions);
        if (extend(t, previous, { v, previous, openQuote, own: [] }) < 0) {
          const carried = firstRule(CONTINUATION, { v, previous });
          if (carried) found.push(record(fired(carried), si, nextId, true));
        }
      } else afterColon?.(new SentenceView(t, s, si, mentions), []);
      continue;
    }
    const v = new SentenceView(t, s, si, mentions);
    const start = afterDateline(v, prevSamePara);
    const cues = findCues(v);
    let attributions = sentenceAttributions({ v, start, openQuote, actorKind }, cues);
    if (follows) {
      const end = extend(t, previous, { v, previous, openQuote, own: attributions });
      // this sentence's statements inside the quotation just extended repeat it ('X said: "A. B," he added.')
      if (end >= 0) attributions = attributions.filter((a) => a.content.first > end);
    }
    // a quotation alone in the sentence before, unattributed, taken up by this sentence's speaker
    const before = sentences[si - 1];
    if (prevSamePara && before && previous?.sentence !== si - 1 && QUOTE_OPENERS.has(t.value[before.first] as string)) {
      const quote = new SentenceView(t, before, si - 1, quoteMentions);
      const ahead = firstRule(PRECEDING_QUOTE, { quote, v, cues });
      if (ahead) found.push(record(withSpeakerRule(v, fired(ahead)), si, nextId, false));
    }
    if (!follows) afterColon?.(v, attributions);
    for (const a of attributions) {
      const refined = refineStance(v, a, sideOf(registry, a.speaker), () => openingActor(quoteMentions, before));
      found.push(record(withSpeakerRule(v, refined), si, nextId, false));
      actors.noteSpeaker(refined.speakerAt, refined.speaker);
      actors.noteContent(refined.content.first, refined.content.last);
    }
  }
  const sorted = [...actors.mentions].sort((a: Mention, b: Mention) => a.first - b.first);
  for (const st of found) linkAbout(st, sorted);
  markContradictions(t, found, registry);
  linkResponds(t, found, registry);
  return found.map((st) => statementRecord(article, t, st));
}

function record(a: Attribution, sentence: number, nextId: () => string, implicit: boolean): DocStatement {
  // built field by field (no spread): every statement gets the same object shape, which keeps
  // the later stages' property reads monomorphic
  const st: DocStatement = {
    speaker: a.speaker,
    speakerAt: a.speakerAt,
    stance: a.stance,
    cue: a.cue,
    content: a.content,
    firstSentence: a.firstSentence,
    targets: a.targets,
    aboutExtra: a.aboutExtra,
    pattern: a.pattern,
    quoted: a.quoted,
    coordinated: a.coordinated,
    rules: a.rules ?? [],
    speakerRule: a.speakerRule,
    id: nextId(),
    sentence,
    about: [],
    responds: [],
  };
  if (implicit) st.implicit = true;
  return st;
}

/**
 * Runs the previous statement on into sentence `ctx.v` when an extension rule applies (a
 * quotation going on): its content then ends where the rule says and its evidence takes in the
 * sentence. Returns that last content token, or -1.
 */
function extend(t: TokenTable, previous: DocStatement, ctx: ExtensionContext): number {
  const hit = firstRule(EXTENSION, ctx);
  if (!hit) return -1;
  previous.firstSentence ??= previous.sentence;
  previous.sentence = ctx.v.index;
  previous.content = withQuoteMarks(t, { first: previous.content.first, last: hit.result });
  previous.quoted = true;
  previous.rules = [...(previous.rules ?? []), hit.rule];
  return hit.result;
}

/** The actor opening a sentence ("North Korea fired …", "The army shelled …"): the likely agent of the act it reports. */
function openingActor(
  mentions: readonly Mention[],
  s: TokenTable['sentences'][number] | undefined,
): string | undefined {
  if (!s) return undefined;
  const m = mentions.find((x) => x.first <= s.first + 1 && x.via !== 'weak');
  return m?.actor;
}

/** An opening quotation mark left open in the paragraph before sentence `si`: [its sentence, its token]. */
function openQuoteBefore(t: TokenTable, sentences: TokenTable['sentences'], si: number): [number, number] | undefined {
  const here = sentences[si];
  if (!here) return undefined;
  for (let sj = si - 1; sj >= 0; sj--) {
    const s = sentences[sj] as typeof here;
    if (s.para !== here.para || here.first - s.first > QUOTE_REACH) return undefined;
    for (let k = s.last; k >= s.first; k--) {
      const value = t.value[k] as string;
      if (value === '”' || value === '»') return undefined;
      if (value === '“' || value === '«') return [sj, k];
      if (value === '"') {
        const opens = k < s.last && t.end[k] === t.start[k + 1] && (k === 0 || t.start[k] !== t.end[k - 1]);
        return opens ? [sj, k] : undefined;
      }
      // two apostrophes as one double quotation mark (''…'', a style some newspapers use)
      if (value === "'" && k > s.first && t.value[k - 1] === "'" && t.end[k - 1] === t.start[k]) {
        const opens = k < s.last && t.end[k] === t.start[k + 1] && (k - 1 === 0 || t.start[k - 1] !== t.end[k - 2]);
        return opens ? [sj, k] : undefined;
      }
    }
  }
  return undefined;
}

function span(t: TokenTable, start: number, end: number): Span {
  return { start, end, text: t.text.slice(start, end) };
}

function statementRecord(article: ArticleInput, t: TokenTable, st: DocStatement): StatementRecord {
  const first =
    t.sentences[st.firstSentence ?? st.sentence] ?? (t.sentences[st.sentence] as TokenTable['sentences'][number]);
  const last = t.sentences[st.sentence] as TokenTable['sentences'][number];
  const out: StatementRecord = {
    id: st.id,
    doc: article.id,
    speaker: st.speaker,
    stance: st.stance,
    cue: st.cue ? span(t, t.start[st.cue.first] as number, t.end[st.cue.last] as number) : null,
    content: span(t, t.start[st.content.first] as number, t.end[st.content.last] as number),
    evidence: span(t, first.start, last.end),
    targets: st.stance === 'accuses' ? [...st.targets] : [],
    about: st.about,
    responds: st.responds,
  };
  if (st.implicit) out.implicit = true;
  if (st.rules && st.rules.length > 0) out.rules = [...st.rules];
  out.confidence = confidenceOf(st.rules ?? []);
  return out;
}
