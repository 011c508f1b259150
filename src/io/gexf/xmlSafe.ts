// A reversible escape for the strings claimgraph puts into GEXF (ids, labels, attribute
// values, list items). XML 1.0 cannot carry C0 control characters (other than tab, line
// feed and carriage return), U+FFFE, U+FFFF or unpaired surrogates, and graphology-gexf
// writes them raw, which makes the file unreadable to any conforming parser (Gephi,
// xmllint). It also drops empty strings and splits list items on commas and quotes.
//
// The rule, also written into the file's <meta><description>:
//   ¤XXXX (U+00A4 then four upper-case hex digits) stands for the UTF-16 code unit XXXX;
//   a value that is exactly ¤ is the empty string.
// Escaped: ¤ itself, C0 controls except tab/LF/CR, DEL and the C1 controls (legal but
// invisible and discouraged by XML 1.0 §2.2), U+2028 (xmldom, graphology-gexf's parser in
// Node, turns it into a line feed as XML 1.1 would, and a line feed in an attribute into a
// space), U+FFFE, U+FFFF and lone surrogates. In list
// items also: , " ' \ tab LF CR and a leading space, which graphology-gexf's list syntax
// would otherwise eat. Everything else (emoji, &, <, quotes in plain values) is written as
// is and escaped by the XML writer in the usual way.

export const ESCAPE_MARK = '¤';

/** The rule, as written into each file that uses it. */
export const ESCAPE_RULE =
  'Strings are escaped: ¤XXXX stands for the UTF-16 code unit XXXX (hex), a value that is exactly ¤ is the empty string.';

const WHITESPACE = /\s/;

/**
 * Whether any code unit may need escaping (surrogates are checked for pairing later). A plain
 * loop, not a regular expression: on the streaming writer's hot path V8's regexp over this
 * class (surrogates included) measured several times slower.
 */
function mayNeedEscape(value: string, list: boolean): boolean {
  if (list && WHITESPACE.test(value.charAt(0))) return true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20) {
      if (list || (c !== 0x09 && c !== 0x0a && c !== 0x0d)) return true;
    } else if (c >= 0x7f) {
      if (c <= 0x9f || c === 0xa4 || c === 0x2028 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return true;
    } else if (list && (c === 0x2c || c === 0x22 || c === 0x27 || c === 0x5c)) return true;
  }
  return false;
}

function hex(code: number): string {
  return ESCAPE_MARK + code.toString(16).toUpperCase().padStart(4, '0');
}

function needsEscape(code: number, list: boolean, first: boolean): boolean {
  if (code < 0x20) return list || (code !== 0x09 && code !== 0x0a && code !== 0x0d);
  if (code >= 0x7f && code <= 0x9f) return true;
  if (code === 0xa4 || code === 0x2028 || code === 0xfffe || code === 0xffff) return true;
  if (list && (code === 0x2c || code === 0x22 || code === 0x27 || code === 0x5c)) return true;
  return list && first && WHITESPACE.test(String.fromCharCode(code));
}

function escape(value: string, list: boolean): string {
  if (value === '') return ESCAPE_MARK;
  if (!mayNeedEscape(value, list)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i++;
      } else out += hex(code);
    } else if ((code >= 0xdc00 && code <= 0xdfff) || needsEscape(code, list, i === 0)) out += hex(code);
    else out += value.charAt(i);
  }
  return out;
}

/** Escapes a scalar string (id, label, attribute value) for GEXF. */
export const escapeValue = (value: string): string => escape(value, false);

/** Escapes one item of a GEXF list attribute. */
export const escapeListItem = (value: string): string => escape(value, true);

const ESCAPED = /¤([0-9A-F]{4})/g;

/** The inverse of escapeValue and escapeListItem. */
export function unescapeValue(value: string): string {
  if (value === ESCAPE_MARK) return '';
  if (!value.includes(ESCAPE_MARK)) return value;
  return value.replace(ESCAPED, (_match, code: string) => String.fromCharCode(parseInt(code, 16)));
}
