// Validation of statements@1 data, in two passes: the zod schema (shape, types, enums),
// then the cross-checks the schema cannot express (unknown and duplicate ids, spans past
// the end of their document or not equal to its text). Every problem is collected, with
// its path and the bad value, so that a user fixes a file in one go.
import type { z } from 'zod';
import { StatementsFileSchema, type Span, type StatementsFile } from './schema.ts';
import { isExactStatementsFile } from './statementsShape.ts';

export interface ValidationResult {
  data?: StatementsFile;
  problems: string[];
}

export interface ValidateOptions {
  /** Document texts by document id, in addition to any `documents[].text`. */
  texts?: ReadonlyMap<string, string>;
  /** Report documents whose text is unknown (spans cannot be checked without it). */
  requireTexts?: boolean;
  /**
   * The caller hands the data over (it keeps no reference and made it fresh): data that
   * already has the schema's exact shape is then returned as it is, not copied by zod.
   */
  owned?: boolean;
}

const MAX_SHOWN = 60;

/** A short, printable rendering of a bad value (strings are quoted and cut). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = root;
  for (const part of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[part];
  }
  return at;
}

function schemaProblems(input: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const value = valueAt(input, issue.path);
    const what = value === undefined ? 'missing' : show(value);
    return `${path}: ${what}: ${issue.message}`;
  });
}

/** Validates unknown data as statements@1; returns the parsed data only when there is no problem. */
export function validateStatements(input: unknown, options: ValidateOptions = {}): ValidationResult {
  if (options.owned && isExactStatementsFile(input)) return checked(input as StatementsFile, options);
  const parsed = StatementsFileSchema.safeParse(input);
  if (!parsed.success) return { problems: schemaProblems(input, parsed.error) };
  return checked(parsed.data, options);
}

function checked(data: StatementsFile, options: ValidateOptions): ValidationResult {
  const problems = crossCheck(data, options);
  return problems.length ? { problems } : { data, problems };
}

function crossCheck(data: StatementsFile, options: ValidateOptions): string[] {
  const problems: string[] = [];
  const duplicates = (items: readonly { id: string }[], where: string): Set<string> => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) problems.push(`${where}[${i}].id: ${show(item.id)} duplicates ${where}[${first}].id`);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const docIds = duplicates(data.documents, 'documents');
  const actorIds = duplicates(data.actors, 'actors');
  const statementIds = duplicates(data.statements, 'statements');

  const texts = new Map<string, string>();
  data.documents.forEach((doc, i) => {
    const text = doc.text ?? options.texts?.get(doc.id);
    if (text !== undefined) texts.set(doc.id, text);
    else if (options.requireTexts) problems.push(`documents[${i}]: no text for document ${show(doc.id)}`);
  });

  data.actors.forEach((actor, i) => {
    if (actor.memberOf === undefined) return;
    if (actor.memberOf === actor.id)
      problems.push(`actors[${i}].memberOf: ${show(actor.memberOf)} is the actor itself`);
    else if (!actorIds.has(actor.memberOf))
      problems.push(`actors[${i}].memberOf: ${show(actor.memberOf)} is not an actor id`);
  });
  problems.push(...memberOfCycles(data));
  data.documents.forEach((doc, i) => {
    if (doc.outletActor !== undefined && !actorIds.has(doc.outletActor)) {
      problems.push(`documents[${i}].outletActor: ${show(doc.outletActor)} is not an actor id`);
    }
  });

  data.statements.forEach((st, i) => {
    const at = `statements[${i}]`;
    if (!docIds.has(st.doc)) problems.push(`${at}.doc: ${show(st.doc)} is not a document id`);
    if (!actorIds.has(st.speaker)) problems.push(`${at}.speaker: ${show(st.speaker)} is not an actor id`);
    for (const field of ['targets', 'about'] as const) {
      st[field].forEach((id, j) => {
        if (!actorIds.has(id)) problems.push(`${at}.${field}[${j}]: ${show(id)} is not an actor id`);
      });
    }
    st.responds.forEach((id, j) => {
      if (!statementIds.has(id)) problems.push(`${at}.responds[${j}]: ${show(id)} is not a statement id`);
      else if (id === st.id) problems.push(`${at}.responds[${j}]: ${show(id)} is the statement itself`);
    });
    const text = texts.get(st.doc);
    // no array and no message per statement unless a span is wrong: files hold millions
    if (st.cue) spanProblem(problems, i, 'cue', st.cue, st.doc, text);
    spanProblem(problems, i, 'content', st.content, st.doc, text);
    spanProblem(problems, i, 'evidence', st.evidence, st.doc, text);
  });
  return problems;
}

const spanAt = (index: number, name: string): string => `statements[${index}].${name}`;

/** Adds the problem of statement `index`'s span `name`, if it has one. */
function spanProblem(
  problems: string[],
  index: number,
  name: 'cue' | 'content' | 'evidence',
  span: Span,
  docId: string,
  text: string | undefined,
): void {
  if (span.end < span.start) problems.push(`${spanAt(index, name)}.end: ${span.end} is before its start ${span.start}`);
  else if (text === undefined) return;
  else if (span.end > text.length)
    problems.push(
      `${spanAt(index, name)}.end: ${span.end} is past the end of document ${docId} (${text.length} characters)`,
    );
  else if (!text.startsWith(span.text, span.start) || span.end - span.start !== span.text.length) {
    const slice = text.slice(span.start, span.end);
    problems.push(
      `${spanAt(index, name)}.text: ${show(span.text)} is not the document text at ${span.start}–${span.end}, which is ${show(slice)}`,
    );
  }
}

function memberOfCycles(data: StatementsFile): string[] {
  const parent = new Map(data.actors.filter((a) => a.memberOf).map((a) => [a.id, a.memberOf as string]));
  const reported = new Set<string>();
  const problems: string[] = [];
  for (const start of parent.keys()) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !path.includes(at)) {
      path.push(at);
      at = parent.get(at);
    }
    if (at === undefined || reported.has(at) || at === parent.get(at)) continue;
    const cycle = path.slice(path.indexOf(at));
    cycle.forEach((id) => reported.add(id));
    if (cycle.length > 1) problems.push(`actors: memberOf forms a cycle: ${[...cycle, at].join(' → ')}`);
  }
  return problems;
}
