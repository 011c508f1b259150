// Text from articles and file names reaches the user's terminal: a control character in a
// quotation (ESC, BEL, a carriage return, a bidirectional override) could retitle, clear or
// rewrite it. Text output shows such characters as escapes (`\x1b`, `\u202e`), one line
// stays one line; JSON output escapes them inside strings, which leaves the data the same.

/** C0 controls but tab, DEL, C1 controls, line and paragraph separators, bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string, width: number) => (c.codePointAt(0) as number).toString(16).padStart(width, '0');

/** One line of text, safe to print: every unsafe character written as `\xHH` or `\uHHHH`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => (c.charCodeAt(0) < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/** Lines of text output, each made printable (a newline inside a value cannot split a line). */
export const printableLines = (lines: readonly string[]): string => lines.map(printable).join('\n');

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, separators, bidi controls)
 * escaped as `\uHHHH`: the same JSON value, harmless on a terminal. They can only occur in strings.
 */
export const terminalSafeJson = (json: string): string => json.replace(JSON_UNSAFE, (c) => `\\u${hex(c, 4)}`);
