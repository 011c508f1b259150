// The reversible escape of GEXF strings: exact encodings, and decode(encode(s)) === s.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeListItem, escapeValue, unescapeValue } from '../../../src/io/gexf/xmlSafe.ts';
import { hostileString } from '../../model/arbitraries.ts';

describe('escapeValue', () => {
  it.each([
    ['plain text', 'Lavrov said', 'Lavrov said'],
    ['the empty string', '', '¤'],
    ['the escape mark', '¤', '¤00A4'],
    ['an escape-like text', '¤0041', '¤00A40041'],
    ['C0 controls', 'a\u0000b\u0001\u001F', 'a¤0000b¤0001¤001F'],
    ['tab, LF and CR (XML escapes them itself)', '\t\n\r', '\t\n\r'],
    ['DEL and C1 controls', '\u007F\u0085\u009F', '¤007F¤0085¤009F'],
    ['regression: U+2028, which xmldom turns into a line feed', 'a\u2028b\u2029', 'a¤2028b\u2029'],
    ['XML specials (the XML writer escapes them)', `&<>"'`, `&<>"'`],
    ['U+FFFE and U+FFFF', '\uFFFE\uFFFF', '¤FFFE¤FFFF'],
    ['a surrogate pair (emoji)', '😀', '😀'],
    ['a lone high surrogate', 'a\uD83D', 'a¤D83D'],
    ['a lone low surrogate', '\uDE00b', '¤DE00b'],
    ['reversed surrogates', '\uDE00\uD83D', '¤DE00¤D83D'],
    ['commas and quotes in a scalar', 'a, "b"', 'a, "b"'],
  ])('%s', (_name, input, expected) => {
    expect(escapeValue(input)).toBe(expected);
    expect(unescapeValue(expected)).toBe(input);
  });
});

describe('escapeListItem', () => {
  it.each([
    ['plain text', 'UN Security Council', 'UN Security Council'],
    ['a comma', 'Washington, D.C.', 'Washington¤002C D.C.'],
    ['quotes', `"it's"`, '¤0022it¤0027s¤0022'],
    ['a backslash', 'a\\n', 'a¤005Cn'],
    ['tab, LF, CR', '\t\n\r', '¤0009¤000A¤000D'],
    ['a leading space', ' x ', '¤0020x '],
    ['a leading no-break space', '\u00A0x', '¤00A0x'],
    ['the empty string', '', '¤'],
  ])('%s', (_name, input, expected) => {
    expect(escapeListItem(input)).toBe(expected);
    expect(unescapeValue(expected)).toBe(input);
  });
});

describe('unescapeValue', () => {
  it('inverts both escapes for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileString,
          fc.string({ unit: 'binary' }),
          fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
        ),
        (s) => {
          expect(unescapeValue(escapeValue(s))).toBe(s);
          expect(unescapeValue(escapeListItem(s))).toBe(s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves a foreign mark that is not followed by four upper-case hex digits as it is', () => {
    expect(unescapeValue('price ¤12 or ¤00a4')).toBe('price ¤12 or ¤00a4');
  });
});
