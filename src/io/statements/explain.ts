// The human-readable account of extracted statements that `claimgraph extract --explain` prints:
// one block per statement with where it stands (document, evidence sentence span), who said it,
// the stance, the cue and the content, then the rules that produced it, attribution rules first
// (the construction, then any that ran it on into later sentences), the speaker rule, any stance
// rule, and the confidence those rules give. For reading and debugging, not for parsing: the
// statements@1 JSON is the machine-readable form.
import type { ActorRecord, StatementRecord, StatementsFile } from '../../model/schema.ts';

/** The rule families in the order `--explain` lists them; a rule is `<family>/<name>`. */
export const RULE_FAMILIES = ['attribution', 'speaker', 'stance'] as const;

/** Longest quoted text shown in full; longer content is cut in the middle (the span says where). */
const SHOWN_CHARS = 240;

export function explainStatements(file: StatementsFile): string {
  const actors = new Map<string, ActorRecord>(file.actors.map((a) => [a.id, a]));
  const docs = new Map(file.documents.map((d) => [d.id, d]));
  const blocks = file.statements.map((st) => explainStatement(st, actors, docs.get(st.doc)?.file));
  const summary = `${file.statements.length} statement(s) in ${file.documents.length} document(s)`;
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n\n${summary}\n` : `${summary}\n`;
}

function explainStatement(
  st: StatementRecord,
  actors: ReadonlyMap<string, ActorRecord>,
  file: string | undefined,
): string {
  const speaker = actors.get(st.speaker);
  const lines = [
    `${st.id}  ${file ?? st.doc}`,
    row('sentence', `${st.evidence.start}–${st.evidence.end} ${quoted(st.evidence.text)}`),
    row('speaker', speaker ? `${speaker.label} (${speaker.kind}, ${speaker.id})` : st.speaker),
    row(
      'stance',
      st.stance + (st.targets.length > 0 ? ` → ${st.targets.map((t) => label(actors, t)).join(', ')}` : ''),
    ),
    row('cue', st.cue ? `${st.cue.start}–${st.cue.end} ${quoted(st.cue.text)}` : '(none: carried over)'),
    row('content', `${st.content.start}–${st.content.end} ${quoted(st.content.text)}`),
  ];
  const rules = st.rules ?? [];
  for (const family of RULE_FAMILIES) {
    const names = rules.filter((r) => r.startsWith(`${family}/`)).map((r) => r.slice(family.length + 1));
    if (names.length > 0) lines.push(row(`${family} rule`, names.join(' → ')));
  }
  const other = rules.filter((r) => !RULE_FAMILIES.some((f) => r.startsWith(`${f}/`)));
  if (other.length > 0) lines.push(row('other rules', other.join(', ')));
  if (rules.length === 0) lines.push(row('rules', '(none recorded)'));
  if (st.confidence !== undefined) lines.push(row('confidence', st.confidence.toFixed(2)));
  return lines.join('\n');
}

const row = (name: string, value: string): string => `  ${name.padEnd(18)}${value}`;

function label(actors: ReadonlyMap<string, ActorRecord>, id: string): string {
  return actors.get(id)?.label ?? id;
}

/** The text in quotes on one line (line breaks shown as spaces), cut in the middle past SHOWN_CHARS. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= SHOWN_CHARS) return `“${flat}”`;
  const chars = Array.from(flat); // code points: a cut never splits a surrogate pair
  const half = Math.floor(SHOWN_CHARS / 2);
  return `“${chars.slice(0, half).join('')} … ${chars.slice(chars.length - half).join('')}”`;
}
