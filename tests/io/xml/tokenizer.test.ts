// The XML tokenizer against saxes (a conforming, well-kept XML parser): on generated documents,
// well-formed and not, cut into pieces anywhere, both accept or both refuse, and what they
// accept gives the same tags, attributes (normalised) and text.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, XmlTokenizer } from '../../../src/io/xml/tokenizer.ts';

type Event = ['open', string, [string, string][], boolean] | ['close', string] | ['text', string];

/** What saxes makes of the text: its events, or 'refused'. DOCTYPEs are refused, as the tokenizer does. */
function bySaxes(xml: string): Event[] | 'refused' {
  const events: Event[] = [];
  let text = '';
  let depth = 0;
  const flush = (): void => {
    if (text) events.push(['text', text]);
    text = '';
  };
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('doctype', () => {
    throw new Error('doctype');
  });
  parser.on('opentag', (tag) => {
    flush();
    depth++;
    events.push(['open', tag.name, Object.entries(tag.attributes as Record<string, string>), tag.isSelfClosing]);
  });
  parser.on('closetag', (tag) => {
    flush();
    depth--;
    events.push(['close', tag.name]);
  });
  parser.on('text', (t) => {
    if (depth > 0) text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  try {
    parser.write(xml);
    parser.close();
  } catch {
    return 'refused';
  }
  return events;
}

/** What the tokenizer makes of the text given in pieces. */
function byTokenizer(pieces: readonly string[]): Event[] | 'refused' {
  const events: Event[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push(['text', text]);
    text = '';
  };
  const tokenizer = new XmlTokenizer({
    openTag: (name, attributes, selfClosing) => {
      flush();
      events.push(['open', name, Object.entries(attributes.record()), selfClosing]);
    },
    closeTag: (name) => {
      flush();
      events.push(['close', name]);
    },
    text: (t) => {
      text += t;
    },
  });
  tokenizer.wantText = true;
  try {
    for (const piece of pieces) tokenizer.write(piece);
    tokenizer.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) return 'refused';
    throw error;
  }
  return events;
}

/**
 * Texts that are not XML but that saxes 6 takes (its bugs), which the tokenizer refuses: a lone
 * high surrogate (saxes reads it with whatever follows as one character), and a processing
 * instruction whose target is followed by "?" but not "?>" (XML wants white space there).
 */
const SAXES_ACCEPTS = [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, /<\?[^\s?>]*\?(?!>)/];

const cut = (text: string, places: readonly number[]): string[] => {
  const at = [...new Set(places.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const place of at) {
    pieces.push(text.slice(from, place));
    from = place;
  }
  pieces.push(text.slice(from));
  return pieces;
};

const NAMES = ['a', 'b', 'node', 'x:y', '_q', 'é', 'a.b-c', '\u{10000}z', 'a\u00B7', 'xml', 'XmL2', '1a', '-a', 'a b'];
const CHARS = [
  'plain',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#38;',
  '&#x26;',
  '&#x1F600;',
  '&#10;',
  '&#0;',
  '&#x1;',
  '&#xD800;',
  '&#x110000;',
  '&#xFFFE;',
  '&#;',
  '&#x;',
  '&bogus;',
  '&amp',
  '&',
  '&#38',
  '<',
  '>',
  '"',
  "'",
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u2028',
  '\uD800',
  '\uDC00',
  '\uD83D\uDE00',
  '\uFFFE',
  '\uFFFD',
  'é',
  '…',
  ']',
  ']]',
  ']]>',
  '=',
  '/',
  '?',
  '!',
];
const MARKUP = [
  '<!-- c -->',
  '<!---->',
  '<!-- a--b -->',
  '<!-- a- -->',
  '<!-- a --->',
  '<!--->',
  '<?pi data?>',
  '<?pi?>',
  '<?xml x?>',
  '<?XML x?>',
  '<?xml-stylesheet href="a"?>',
  '<?pi\u0001?>',
  '<?1pi?>',
  '<![CDATA[x<&]]>',
  '<![CDATA[a]]b\r\nc]]>',
  '<![CDATA[]]>',
  '<![cdata[x]]>',
  '<!DOCTYPE x>',
  '<!ELEMENT x>',
  '<!x>',
  '</>',
  '< a/>',
  '<a/ >',
];
const PROLOG = [
  '',
  '<?xml version="1.0"?>',
  "<?xml version='1.0' encoding='UTF-8'?>",
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
  '<?xml version="1.0" standalone="no" ?>',
  '<?xml version="1.0"  ?>',
  '<?xml version = "1.0"?>',
  '<?xml version="1.0" encoding="8bit"?>',
  '<?xml encoding="UTF-8" version="1.0"?>',
  '<?xml version="2.0"?>',
  '<?xml version="1.0" standalone="maybe"?>',
  '<?xml version="1.0"?><?xml version="1.0"?>',
  ' <?xml version="1.0"?>',
  '\uFEFF<?xml version="1.0"?>',
  '\uFEFF',
  '\n',
  '<!-- c -->\n',
  '<?pi x?>',
  'text',
];

const BAD = new Set([
  ...['xml', '1a', '-a', 'a b'],
  ...['&#0;', '&#x1;', '&#xD800;', '&#x110000;', '&#xFFFE;', '&#;', '&#x;', '&bogus;', '&amp', '&', '&#38', '<'],
  ...['"', "'", '\u0001', '\u001F', '\uD800', '\uDC00', '\uFFFE', ']]>'],
  ...['<!-- a--b -->', '<!-- a --->', '<!--->', '<?xml x?>', '<?XML x?>', '<?pi\u0001?>', '<?1pi?>'],
  ...['<![cdata[x]]>', '<!DOCTYPE x>', '<!ELEMENT x>', '<!x>', '</>', '< a/>', '<a/ >'],
  ...['<?xml version="1.0" encoding="8bit"?>', '<?xml encoding="UTF-8" version="1.0"?>', '<?xml version="2.0"?>'],
  ...[
    '<?xml version="1.0" standalone="maybe"?>',
    '<?xml version="1.0"?><?xml version="1.0"?>',
    ' <?xml version="1.0"?>',
  ],
  'text',
]);

/** Documents of the parts given: all of them, or only those that keep a document well-formed. */
function documents(good: boolean): fc.Arbitrary<string> {
  const from = (parts: readonly string[]) => fc.constantFrom(...parts.filter((part) => !good || !BAD.has(part)));
  const text = fc.array(fc.oneof(from(CHARS), from(MARKUP)), { maxLength: 4 }).map((parts) => parts.join(''));
  const value = fc.array(from(CHARS), { maxLength: 4 }).map((parts) => parts.join(''));
  const attribute = fc.tuple(
    from(NAMES),
    fc.constantFrom(...(good ? ['=', ' = ', '\n=\t'] : ['=', ' = ', '\n=\t', '', '=='])),
    fc.constantFrom(...(good ? ['"', "'"] : ['"', "'", ''])),
    value,
  );
  const { element } = fc.letrec((tie) => ({
    element: fc
      .tuple(
        from(NAMES),
        fc.uniqueArray(attribute, { maxLength: 3, selector: ([name]) => (good ? name : Math.random()) }),
        fc.constantFrom(' ', '', '\n', '  '),
        fc.boolean(),
        fc.array(fc.oneof({ depthSize: 'small' }, text, tie('element')), { maxLength: 3 }),
        fc.constantFrom(...(good ? ['', ' '] : ['', ' ', 'x'])),
      )
      .map(([name, attributes, space, selfClosing, children, closeNoise]) => {
        const attrs = attributes.map(([n, eq, q, v]) => ` ${n}${eq}${q}${v}${q}`).join('');
        if (selfClosing) return `<${name}${attrs}${space}/>`;
        const close = closeNoise === 'x' ? '' : closeNoise;
        return `<${name}${attrs}${space}>${(children as string[]).join('')}</${name}${close}>`;
      }),
  }));
  return fc
    .tuple(
      from(PROLOG),
      element as fc.Arbitrary<string>,
      from(['', '\n', '<!-- e -->', '<?pi?>', 'x', '<b/>', ' \r\n']),
    )
    .map(([prolog, root, epilog]) => prolog + root + epilog);
}

/** A document, and maybe one character put in or taken out somewhere. */
const mutated = (documents: fc.Arbitrary<string>) =>
  fc
    .tuple(documents, fc.option(fc.tuple(fc.nat(), fc.constantFrom(...CHARS, '>', '', '</a>', '<a>'))))
    .map(([xml, change]) => {
      if (!change) return xml;
      const at = change[0] % (xml.length + 1);
      return change[1] === '' ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + change[1] + xml.slice(at);
    });

const anyDocument = fc.oneof(documents(true), mutated(documents(true)), mutated(documents(false)));

describe('XmlTokenizer', () => {
  it('accepts, refuses and reads what saxes does, in pieces cut anywhere', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyDocument, fc.array(fc.nat(), { maxLength: 6 }), (xml, places) => {
        const expected = SAXES_ACCEPTS.some((rule) => rule.test(xml)) ? 'refused' : bySaxes(xml);
        if (expected !== 'refused') accepted++;
        expect(byTokenizer([xml])).toEqual(expected);
        expect(byTokenizer(cut(xml, places))).toEqual(expected);
        expect(byTokenizer(xml.split(''))).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
    // the generator makes well-formed documents too, not only broken ones
    expect(accepted).toBeGreaterThan(1000);
  });

  it('names the line and column of a problem, wherever the text is cut', () => {
    const xml = '<a>\n  <b c="1"/>\n  <d e="\u0001"/>\n</a>';
    for (const pieces of [[xml], xml.split(''), cut(xml, [17, 25])]) {
      const tokenizer = new XmlTokenizer({ openTag: () => {}, closeTag: () => {}, text: () => {} });
      let error: unknown;
      try {
        for (const piece of pieces) tokenizer.write(piece);
        tokenizer.end();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(XmlSyntaxError);
      expect(error).toMatchObject({ kind: 'character', line: 3, column: 9 });
    }
  });

  it('refuses a DOCTYPE before reading it, and any entity but the five', () => {
    const refusal = (xml: string): unknown => {
      try {
        new XmlTokenizer({ openTag: () => {}, closeTag: () => {}, text: () => {} }).write(xml);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(refusal('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>')).toMatchObject({
      kind: 'doctype',
    });
    expect(refusal('<a>&x;</a>')).toMatchObject({ kind: 'entity', text: '&x;' });
    expect(refusal('<a b="&#x1;"/>')).toMatchObject({ kind: 'reference', text: '&#x1;' });
  });
});
