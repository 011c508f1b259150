// A streaming XML 1.0 tokenizer for documents without a DOCTYPE: text in, in pieces cut
// anywhere, and out come start tags (their attributes normalised as XML 1.0 §3.3.3 says), end
// tags and, while a handler asks for it, character data. It checks well-formedness as it goes
// (names, attribute syntax, unique attributes, matching end tags, one root, nothing but
// comments, processing instructions and white space around it, the XML declaration, comments,
// CDATA, `]]>` in text) and the character rules (every character a Char, every character
// reference to one), and knows no entity but XML's five. A DOCTYPE is refused outright, as is
// any other entity: nothing can be fetched or expanded. Differentially tested against saxes
// (tests/io/xml/tokenizer.test.ts); where saxes reads XML 1.1 after a version="1.1"
// declaration, this tokenizer keeps to XML 1.0's rules.
//
// Why not saxes: saxes reads a character at a time through a state table; here each run of
// plain characters is found by one sticky regular expression and each complete tag is read in
// one pass, and attributes come as two reused arrays, not an object per tag. A construct that a
// piece cuts is kept and read again when the next piece comes; the search for its end goes on
// where it stopped, so a long value cut into many pieces is not scanned again and again.
// Browser-safe.

/** Where a problem is: 1-based line and column (UTF-16 code units), and what kind it is. */
export type XmlProblemKind =
  /** a character XML 1.0 does not allow, raw */
  | 'character'
  /** a character reference to one */
  | 'reference'
  /** an entity reference other than XML's five */
  | 'entity'
  | 'doctype'
  /** text or markup before the root element, or no root element */
  | 'no-root'
  /** the text ends inside the document */
  | 'truncated'
  | 'syntax';

export class XmlSyntaxError extends Error {
  constructor(
    readonly kind: XmlProblemKind,
    message: string,
    readonly line: number,
    readonly column: number,
    /** The reference, for kinds 'reference' and 'entity'. */
    readonly text = '',
  ) {
    super(message);
  }
}

/** A start tag's attributes, in document order: two arrays, reused from tag to tag. */
export class XmlAttributes {
  readonly names: string[] = [];
  readonly values: string[] = [];
  length = 0;

  get(name: string): string | undefined {
    const { names } = this;
    for (let i = 0; i < this.length; i++) if (names[i] === name) return this.values[i];
    return undefined;
  }

  /** A plain object of them (a copy, for keeping). */
  record(): Record<string, string> {
    const out = Object.create(null) as Record<string, string>;
    for (let i = 0; i < this.length; i++) out[this.names[i] as string] = this.values[i] as string;
    return out;
  }
}

export interface XmlHandler {
  /** A start tag; a self-closing tag gives openTag then closeTag. */
  openTag(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  closeTag(name: string): void;
  /** Character data inside the root, given only while the tokenizer's wantText is set. */
  text(text: string): void;
}

const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
/** XML's Name production, from lastIndex. */
// eslint-disable-next-line no-misleading-character-class -- combining marks may follow a name's first character (XML 1.0 §2.3)
const NAME = new RegExp(`[${NAME_START}][${NAME_REST}]*`, 'uy');
/** The names GEXF uses, without the Unicode class. */
const ASCII_NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const SPACES = /[ \t\n\r]*/y;
/** Characters that are not Chars (lone surrogates are told apart later), with `extra` the ones a context treats itself. */
const notChar = (extra: string): string =>
  `\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF${extra}`;
/** A run of plain character data. */
const TEXT_RUN = new RegExp(`[^${notChar('<&\\]\\r')}]+`, 'y');
/** A run of plain attribute value, inside "…" or '…'. */
const VALUE_RUN_DOUBLE = new RegExp(`[^${notChar('"<&\\t\\n\\r')}]*`, 'y');
const VALUE_RUN_SINGLE = new RegExp(`[^${notChar("'<&\\t\\n\\r")}]*`, 'y');
/** An attribute as GEXF writes them: white space, ASCII name, "=", a value of plain characters. */
const ATTRIBUTE = new RegExp(
  `[ \\t\\n\\r]+([A-Za-z_:][A-Za-z0-9_:.-]*)[ \\t\\n\\r]*=[ \\t\\n\\r]*(?:"([^${notChar('"<&\\t\\n\\r')}]*)"|'([^${notChar("'<&\\t\\n\\r")}]*)')`,
  'y',
);
/** Text outside the root: white space only. */
const NOT_SPACE = /[^ \t\n\r]/;
const NOT_CHAR = new RegExp(`[${notChar('')}]`, 'g');
const XML_DECL =
  /^<\?xml[ \t\n\r]+version[ \t\n\r]*=[ \t\n\r]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\n\r]+encoding[ \t\n\r]*=[ \t\n\r]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n\r]+standalone[ \t\n\r]*=[ \t\n\r]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n\r]*\?>$/;
const PREDEFINED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
/** The longest XML declaration read (white space included). */
const MAX_DECLARATION = 4096;
/** The longest reference read: `&#x` and six digits, or a name this long, then `;`. */
const LONGEST_REFERENCE = 64;

const isChar = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

type Phase = 'prolog' | 'root' | 'epilog';

export class XmlTokenizer {
  /** Set by the handler: whether character data inside the root is given to handler.text. */
  wantText = false;
  /** The unread text; `at` is where reading goes on, `offset` where buf starts in the document. */
  private buf = '';
  private at = 0;
  private offset = 0;
  /** Line ends before buf, and the document offset just after the last of them. */
  private lines = 0;
  private lineStart = 0;
  private phase: Phase = 'prolog';
  private readonly open: string[] = [];
  private readonly attributes = new XmlAttributes();
  /** Where the search for the end of a construct cut by a piece goes on, and its quote, if any. */
  private scanFrom = -1;
  private quote = '';
  private started = false;
  private ended = false;
  /** Where the tag last read starts in buf. */
  private tagAt = 0;
  /** What readTag and value give besides their result. */
  private tagName = '';
  private valueEnd = 0;

  constructor(private readonly handler: XmlHandler) {}

  /** Depth of the element being read (0 outside the root). */
  get depth(): number {
    return this.open.length;
  }

  /** The 1-based line of the next character to read. */
  get line(): number {
    return this.where(this.offset + this.at).line;
  }

  /** Where the tag being handled starts: "line L, column C". */
  tagPlace(): string {
    const { line, column } = this.where(this.offset + this.tagAt);
    return `line ${line}, column ${column}`;
  }

  write(chunk: string): void {
    if (this.ended) throw new Error('XmlTokenizer: write after end');
    if (!chunk) return;
    // A construct cut by the last piece is joined to the start of this one up to its first '>'
    // (where the construct most likely ends), and the rest read on its own: joined whole, every
    // piece would be copied once more into a string as long (garbage V8 frees only in a full
    // collection).
    const close = this.at < this.buf.length ? chunk.indexOf('>') + 1 : 0;
    if (close > 0 && close < chunk.length) {
      this.append(chunk.slice(0, close));
      this.read(false);
      this.append(chunk.slice(close));
    } else this.append(chunk);
    this.read(false);
  }

  private append(piece: string): void {
    if (this.at) {
      this.countLines(this.at);
      if (this.scanFrom !== -1) this.scanFrom -= this.at;
      this.offset += this.at;
      this.buf = this.buf.slice(this.at) + piece;
      this.at = 0;
    } else this.buf += piece;
  }

  /** The end of the text: a FormatError unless the document is complete. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.read(true);
    if (this.phase === 'prolog') throw this.problem('no-root', 'document must contain a root element', this.at);
    if (this.phase === 'root') throw this.problem('truncated', 'the text ends inside the root element', this.at);
  }

  private countLines(until: number): void {
    const { buf } = this;
    for (let i = buf.indexOf('\n'); i !== -1 && i < until; i = buf.indexOf('\n', i + 1)) {
      this.lines++;
      this.lineStart = this.offset + i + 1;
    }
  }

  private where(position: number): { line: number; column: number } {
    let { lines: line, lineStart } = this;
    const { buf, offset } = this;
    const until = position - offset;
    for (let i = buf.indexOf('\n'); i !== -1 && i < until; i = buf.indexOf('\n', i + 1)) {
      line++;
      lineStart = offset + i + 1;
    }
    return { line: line + 1, column: position - lineStart + 1 };
  }

  /** A problem at `index` in buf. */
  private problem(kind: XmlProblemKind, message: string, index: number, text = ''): XmlSyntaxError {
    const { line, column } = this.where(this.offset + index);
    return new XmlSyntaxError(kind, message, line, column, text);
  }

  /** Reads every construct that buf holds whole; `last`: nothing more will come. */
  private read(last: boolean): void {
    if (!this.started) {
      const bom = this.buf.charCodeAt(0) === 0xfeff ? 1 : 0;
      const head = this.buf.slice(bom, bom + 6);
      if (head.length < 6 && !last && '<?xml '.startsWith(head)) return;
      if (/^<\?xml[ \t\n\r?]/.test(head)) {
        // the XML declaration, only here
        const end = this.buf.indexOf('?>', bom);
        if (end === -1 && !last && this.buf.length < MAX_DECLARATION) return;
        if (end === -1 || !XML_DECL.test(this.buf.slice(bom, end + 2)))
          throw this.problem('syntax', 'malformed XML declaration', bom);
        this.at = end + 2;
      } else this.at = bom;
      this.started = true;
    }
    const { length } = this.buf;
    while (this.at < length) {
      const done = this.buf.charCodeAt(this.at) === 0x3c ? this.markup(last) : this.text(last);
      if (!done) return;
    }
  }

  /** Character data from `at`; false when it must wait for more text. */
  private text(last: boolean): boolean {
    const { buf } = this;
    const inRoot = this.phase === 'root';
    const want = inRoot && this.wantText;
    let at = this.at;
    let text = '';
    let wait = false;
    for (;;) {
      TEXT_RUN.lastIndex = at;
      if (TEXT_RUN.test(buf)) {
        const end = TEXT_RUN.lastIndex;
        if (!inRoot) this.outside(at, end);
        else if (want) text += buf.slice(at, end);
        at = end;
      }
      if (at >= buf.length) break;
      const code = buf.charCodeAt(at);
      if (code === 0x3c) break;
      if (code === 0x26) {
        if (!inRoot) this.outside(at, at + 1);
        const reference = this.reference(at, last);
        if (reference === undefined) {
          wait = true;
          break;
        }
        if (want) text += reference[0];
        at = reference[1];
      } else if (code === 0x5d) {
        // ']]>' may not stand in character data
        if (buf.length - at < 3 && !last && ']]>'.startsWith(buf.slice(at))) {
          wait = true;
          break;
        }
        if (buf.startsWith(']]>', at)) throw this.problem('syntax', 'the string "]]>" is not allowed in text', at);
        if (!inRoot) this.outside(at, at + 1);
        if (want) text += ']';
        at++;
      } else if (code === 0x0d) {
        if (at + 1 >= buf.length && !last) {
          wait = true;
          break;
        }
        if (want) text += '\n';
        at += buf.charCodeAt(at + 1) === 0x0a ? 2 : 1;
      } else {
        if (this.surrogatePair(at, last) === 0) {
          wait = true;
          break;
        }
        if (!inRoot) this.outside(at, at + 1);
        if (want) text += buf.slice(at, at + 2);
        at += 2;
      }
    }
    if (want && text) this.handler.text(text);
    this.at = at;
    return !wait;
  }

  /** A high surrogate at `at` followed by a low one: 2; 0 when the piece ends between them; else a problem. */
  private surrogatePair(at: number, last: boolean): number {
    const { buf } = this;
    const code = buf.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdbff) {
      if (at + 1 >= buf.length && !last) return 0;
      const next = buf.charCodeAt(at + 1);
      if (next >= 0xdc00 && next <= 0xdfff) return 2;
    }
    throw this.badCharacter(at);
  }

  private badCharacter(at: number): XmlSyntaxError {
    const code = (this.buf.codePointAt(at) as number).toString(16).toUpperCase().padStart(4, '0');
    return this.problem('character', `character U+${code} is not allowed in XML 1.0`, at);
  }

  /** Text outside the root element must be white space. */
  private outside(from: number, to: number): void {
    const bad = NOT_SPACE.exec(this.buf.slice(from, to));
    if (bad)
      throw this.problem(
        this.phase === 'prolog' ? 'no-root' : 'syntax',
        'text data outside of root node',
        from + bad.index,
      );
  }

  /**
   * The reference at `at` (`&…;`): its text and where it ends; undefined when the piece ends
   * inside it. Only XML's five entities and character references to Chars.
   */
  private reference(at: number, last: boolean): [string, number] | undefined {
    const { buf } = this;
    const semicolon = buf.indexOf(';', at);
    if (semicolon === -1 || semicolon - at > LONGEST_REFERENCE) {
      if (!last && buf.length - at <= LONGEST_REFERENCE) return undefined;
      throw this.problem('syntax', 'a reference without its ";"', at);
    }
    const body = buf.slice(at + 1, semicolon);
    if (body.charCodeAt(0) === 0x23) {
      const digits = body.charCodeAt(1) === 0x78 ? /^#x([0-9a-fA-F]+)$/.exec(body) : /^#([0-9]+)$/.exec(body);
      if (!digits) throw this.problem('syntax', `malformed character reference &${body};`, at);
      const code = parseInt(digits[1] as string, body.charCodeAt(1) === 0x78 ? 16 : 10);
      if (!isChar(code))
        throw this.problem('reference', `character reference &${body}; is not allowed`, at, `&${body};`);
      return [String.fromCodePoint(code), semicolon + 1];
    }
    const entity = PREDEFINED.get(body);
    if (entity !== undefined) return [entity, semicolon + 1];
    NAME.lastIndex = 0;
    if (NAME.test(body) && NAME.lastIndex === body.length)
      throw this.problem('entity', `undefined entity &${body};`, at, `&${body};`);
    throw this.problem('syntax', `malformed entity reference &${body};`, at);
  }

  /** The markup at `at` ('<'); false when it must wait for more text. */
  private markup(last: boolean): boolean {
    const { buf, at } = this;
    const next = buf.charCodeAt(at + 1);
    if (Number.isNaN(next)) {
      if (last) throw this.problem('truncated', 'the text ends inside a tag', at);
      return false;
    }
    if (next === 0x2f) return this.endTag(last);
    if (next === 0x3f) return this.instruction(last);
    if (next === 0x21) return this.declaration(last);
    return this.startTag(last);
  }

  private endTag(last: boolean): boolean {
    const { buf, at } = this;
    const close = this.find('>', at);
    if (close === -1) {
      if (last) throw this.problem('truncated', 'the text ends inside a tag', at);
      return false;
    }
    const nameEnd = this.nameEnd(at + 2);
    if (nameEnd === -1) throw this.problem('syntax', 'a close tag without a name', at);
    SPACES.lastIndex = nameEnd;
    if (nameEnd !== close && (!SPACES.test(buf) || SPACES.lastIndex !== close))
      throw this.problem('syntax', 'a close tag with more than a name', at);
    const name = buf.slice(at + 2, nameEnd);
    if (this.open[this.open.length - 1] !== name) throw this.problem('syntax', 'unexpected close tag', at);
    this.at = close + 1;
    this.tagAt = at;
    this.open.pop();
    if (!this.open.length) this.phase = 'epilog';
    this.handler.closeTag(name);
    return true;
  }

  /** The end of the XML Name at `i`, or -1. */
  private nameEnd(i: number): number {
    const { buf } = this;
    ASCII_NAME.lastIndex = i;
    if (ASCII_NAME.test(buf) && buf.charCodeAt(ASCII_NAME.lastIndex) < 0x80) return ASCII_NAME.lastIndex;
    NAME.lastIndex = i;
    return NAME.test(buf) ? NAME.lastIndex : -1;
  }

  /** Where `until` next occurs from the search's last place, or -1 (and the search goes on from there). */
  private find(until: string, from: number): number {
    const start = this.scanFrom === -1 ? from : this.scanFrom;
    const found = this.buf.indexOf(until, start);
    this.scanFrom = found === -1 ? Math.max(from, this.buf.length - until.length + 1) : -1;
    return found;
  }

  /** Checks that buf[from, to) holds only Chars (surrogates in pairs). */
  private chars(from: number, to: number): void {
    const part = this.buf.slice(from, to);
    NOT_CHAR.lastIndex = 0;
    for (let bad = NOT_CHAR.exec(part); bad; bad = NOT_CHAR.exec(part)) {
      const code = bad[0].charCodeAt(0);
      const next = part.charCodeAt(bad.index + 1);
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) NOT_CHAR.lastIndex = bad.index + 2;
      else throw this.badCharacter(from + bad.index);
    }
  }

  /** A processing instruction (an XML declaration only at the very start, read in read()). */
  private instruction(last: boolean): boolean {
    const { buf, at } = this;
    const end = this.find('?>', at + 2);
    if (end === -1) {
      if (last) throw this.problem('truncated', 'the text ends inside a processing instruction', at);
      return false;
    }
    const targetEnd = this.nameEnd(at + 2);
    if (targetEnd === -1 || targetEnd > end)
      throw this.problem('syntax', 'a processing instruction without a target', at);
    if (buf.slice(at + 2, targetEnd).toLowerCase() === 'xml')
      throw this.problem('syntax', 'an XML declaration is allowed only at the start', at);
    if (targetEnd !== end && !/[ \t\n\r]/.test(buf.charAt(targetEnd)))
      throw this.problem('syntax', 'a processing instruction target needs white space after it', targetEnd);
    this.chars(targetEnd, end);
    this.at = end + 2;
    return true;
  }

  /** <!-- … -->, <![CDATA[ … ]]> or a refused <!DOCTYPE. */
  private declaration(last: boolean): boolean {
    const { buf, at } = this;
    const head = buf.slice(at, at + 9);
    for (const [open, kind] of [
      ['<!--', 'comment'],
      ['<![CDATA[', 'cdata'],
      ['<!DOCTYPE', 'doctype'],
    ] as const) {
      if (head.length < open.length && open.startsWith(head)) {
        if (last) throw this.problem('truncated', 'the text ends inside markup', at);
        return false;
      }
      if (!head.startsWith(open)) continue;
      if (kind === 'doctype') throw this.problem('doctype', 'a DOCTYPE', at);
      return kind === 'comment' ? this.comment(last) : this.cdata(last);
    }
    throw this.problem('syntax', 'unknown markup after "<!"', at);
  }

  private comment(last: boolean): boolean {
    const { buf, at } = this;
    const end = this.find('-->', at + 4);
    if (end === -1) {
      if (last) throw this.problem('truncated', 'the text ends inside a comment', at);
      return false;
    }
    const doubleHyphen = buf.indexOf('--', at + 4);
    if (doubleHyphen < end || (end > at + 4 && buf.charCodeAt(end - 1) === 0x2d))
      throw this.problem('syntax', 'a comment may not hold "--"', at);
    this.chars(at + 4, end);
    this.at = end + 3;
    return true;
  }

  private cdata(last: boolean): boolean {
    const { buf, at } = this;
    if (this.phase !== 'root')
      throw this.problem(this.phase === 'prolog' ? 'no-root' : 'syntax', 'CDATA outside of root node', at);
    const end = this.find(']]>', at + 9);
    if (end === -1) {
      if (last) throw this.problem('truncated', 'the text ends inside a CDATA section', at);
      return false;
    }
    this.chars(at + 9, end);
    if (this.wantText) {
      const text = buf.slice(at + 9, end);
      if (text) this.handler.text(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
    }
    this.at = end + 3;
    return true;
  }

  /**
   * A start tag. Read in one pass up to the first '>' after its values; a tag that the piece
   * cuts is then looked for by a scan that goes on from piece to piece where it stopped (outside
   * or inside a quoted value), so a long tag cut many times is scanned once.
   */
  private startTag(last: boolean): boolean {
    const { buf, at } = this;
    if (this.scanFrom !== -1 && !this.scanTag(at)) {
      if (last) throw this.problem('truncated', 'the text ends inside a tag', at);
      return false;
    }
    const end = this.readTag(at);
    if (end === -1) {
      if (last) throw this.problem('truncated', 'the text ends inside a tag', at);
      // cut by the piece: look for its end from here on
      this.scanFrom = at + 1;
      this.quote = '';
      this.scanTag(at);
      return false;
    }
    const name = this.tagName;
    const selfClosing = buf.charCodeAt(end - 2) === 0x2f;
    this.at = end;
    this.tagAt = at;
    if (this.phase === 'prolog') this.phase = 'root';
    if (selfClosing) {
      this.handler.openTag(name, this.attributes, true);
      if (!this.open.length) this.phase = 'epilog';
      this.handler.closeTag(name);
    } else {
      this.open.push(name);
      this.handler.openTag(name, this.attributes, false);
    }
    return true;
  }

  /**
   * Goes on looking for the end of the tag at `at` (a '>' outside quotes, or a '<', which the
   * tag's reading then refuses); true once buf holds it.
   */
  private scanTag(at: number): boolean {
    const { buf } = this;
    let quote = this.quote;
    for (let i = this.scanFrom; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (c === 0x3c || (c === 0x3e && !quote)) {
        this.scanFrom = -1;
        return true;
      }
      if (c === 0x22 || c === 0x27) {
        if (!quote) quote = buf.charAt(i);
        else if (buf.charAt(i) === quote) quote = '';
      }
    }
    this.scanFrom = Math.max(buf.length, at + 1);
    this.quote = quote;
    return false;
  }

  /**
   * Reads the start tag at `at` into tagName and attributes: where it ends (after its '>'),
   * or -1 when buf ends first.
   */
  private readTag(at: number): number {
    const { buf } = this;
    const { length } = buf;
    let i = this.nameEnd(at + 1);
    if (i === -1) {
      if (at + 2 >= length && isHighSurrogate(buf.charCodeAt(at + 1))) return -1;
      throw this.problem('syntax', 'a tag without a name', at + 1);
    }
    if (i >= length) return -1;
    this.tagName = buf.slice(at + 1, i);
    if (this.phase === 'epilog') throw this.problem('syntax', 'an element after the root element', at);
    const attributes = this.attributes;
    attributes.length = 0;
    for (;;) {
      // the usual attribute in one match: ASCII name, a value with nothing to decode or refuse
      ATTRIBUTE.lastIndex = i;
      const match = ATTRIBUTE.exec(buf);
      if (match) {
        const attribute = match[1] as string;
        for (let k = 0; k < attributes.length; k++)
          if (attributes.names[k] === attribute) throw this.problem('syntax', `attribute ${attribute} twice`, i);
        attributes.names[attributes.length] = attribute;
        attributes.values[attributes.length++] = match[2] ?? (match[3] as string);
        i = ATTRIBUTE.lastIndex;
        continue;
      }
      const from = i;
      let c = buf.charCodeAt(i);
      while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = buf.charCodeAt(++i);
      if (c === 0x3e) return i + 1;
      if (c === 0x2f) {
        const next = buf.charCodeAt(i + 1);
        if (next === 0x3e) return i + 2;
        if (Number.isNaN(next)) return -1;
        throw this.problem('syntax', 'a "/" inside a tag', i);
      }
      if (Number.isNaN(c) || (i + 1 >= length && isHighSurrogate(c))) return -1;
      if (i === from) throw this.problem('syntax', 'no white space before an attribute', i);
      const nameEnd = this.nameEnd(i);
      if (nameEnd === -1) {
        if (i + 1 >= length && isHighSurrogate(c)) return -1;
        this.chars(i, i + 2);
        throw this.problem('syntax', 'an attribute without a name', i);
      }
      const attribute = buf.slice(i, nameEnd);
      i = nameEnd;
      c = buf.charCodeAt(i);
      while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = buf.charCodeAt(++i);
      if (Number.isNaN(c)) return -1;
      if (c !== 0x3d) throw this.problem('syntax', `attribute ${attribute} without "="`, i);
      c = buf.charCodeAt(++i);
      while (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) c = buf.charCodeAt(++i);
      if (Number.isNaN(c)) return -1;
      if (c !== 0x22 && c !== 0x27) throw this.problem('syntax', `attribute ${attribute}: an unquoted value`, i);
      const value = this.value(i + 1, c);
      if (value === undefined) return -1;
      for (let k = 0; k < attributes.length; k++)
        if (attributes.names[k] === attribute) throw this.problem('syntax', `attribute ${attribute} twice`, i);
      attributes.names[attributes.length] = attribute;
      attributes.values[attributes.length++] = value;
      i = this.valueEnd;
    }
  }

  /**
   * The attribute value from `from` to its closing quote `q`, normalised (valueEnd: after the
   * quote); undefined when buf ends first.
   */
  private value(from: number, q: number): string | undefined {
    const { buf } = this;
    const { length } = buf;
    let i = from;
    let c: number;
    // the plain run: no reference, no white space to normalise, nothing to refuse
    const run = q === 0x22 ? VALUE_RUN_DOUBLE : VALUE_RUN_SINGLE;
    run.lastIndex = i;
    run.test(buf);
    i = run.lastIndex;
    c = buf.charCodeAt(i);
    if (c === q) {
      this.valueEnd = i + 1;
      return buf.slice(from, i);
    }
    if (buf.indexOf(String.fromCharCode(q), i) === -1) return undefined;
    let value = buf.slice(from, i);
    for (;;) {
      if (c === q) {
        this.valueEnd = i + 1;
        return value;
      }
      if (c === 0x26) {
        const reference = this.reference(i, true) as [string, number];
        value += reference[0];
        i = reference[1];
      } else if (c === 0x0d) {
        value += ' ';
        i += buf.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      } else if (c === 0x09 || c === 0x0a) {
        value += ' ';
        i++;
      } else if (c === 0x3c) throw this.problem('syntax', 'a "<" in an attribute value', i);
      else if (i >= length) return undefined;
      else {
        this.surrogatePair(i, true);
        value += buf.slice(i, i + 2);
        i += 2;
      }
      run.lastIndex = i;
      run.test(buf);
      value += buf.slice(i, run.lastIndex);
      i = run.lastIndex;
      c = buf.charCodeAt(i);
    }
  }
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
