// The streaming GEXF reader: XML text in, in chunks of any size, and out come nodes and edges
// with their attributes typed as the file's <attributes> declare them, as graphology-gexf's
// parser gives them (title → value parsed by type with graphology-gexf's own parseValue;
// label, kind, weight; viz colour, size, position, shape, thickness), without a DOM: memory
// holds one element at a time. The XML parser is saxes (well-kept, the parser of jsdom's
// stack): it checks well-formedness and the XML 1.0 character rules as it goes, and knows no
// entity but XML's five, so it can neither fetch an external entity nor expand a declared
// one. Refused outright: any DOCTYPE (GEXF has none; it is where entity bombs and external
// entities are declared), elements nested deeper than MAX_DEPTH, a root other than <gexf>,
// other than one <graph>. Each refusal is one FormatError naming the place in the file.
// Browser-safe: no node: imports.
import { parseValue } from 'graphology-gexf/common/helpers.js';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Attributes } from 'graphology-types';
import { show } from '../../model/index.ts';
import { formatError } from '../checkedGraph.ts';

/** GEXF needs 6 levels (gexf, graph, nodes, node, attvalues, attvalue); hierarchies nest nodes a little deeper. */
export const MAX_DEPTH = 100;

/** Where the elements go: GexfReader calls node and edge once per element, when it closes. */
export interface GexfSink {
  node(id: string, attributes: Attributes): void;
  edge(id: string | undefined, source: string, target: string, undirected: boolean, attributes: Attributes): void;
  /** A problem with one element (the reader goes on, so that every problem is listed). */
  problem(message: string): void;
}

interface Column {
  title: string;
  type: string;
  owner: 'node' | 'edge';
}
type Model = Map<string, Column>;

/** A <node> or <edge> being read: its XML attributes, then its attvalues and viz children. */
interface Element {
  tag: 'node' | 'edge';
  xml: Record<string, string>;
  data: Attributes;
  depth: number;
}

const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
};

function vizColor(xml: Record<string, string>): string {
  if (xml.hex) return xml.hex;
  const { r, g, b, a } = xml;
  return a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

/**
 * A copy of a string cut from a chunk: V8 keeps a slice's whole parent string alive, so every
 * value kept in the graph would otherwise hold its 1 MiB chunk, and the graph the whole file.
 */
const detach = (value: string): string => (value.length > 12 ? (' ' + value).slice(1) : value);

const XML_CHAR_PROBLEM = 'is not allowed in XML 1.0';
const FORBIDDEN_RAW =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Refusal extends Error {}

export class GexfReader {
  // saxes counts lines and columns either way; `position` only adds them to its messages (slower)
  private readonly parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  private depth = 0;
  private root: string | undefined;
  private graphs = 0;
  private defaultEdgeType = 'undirected';
  private readonly models: Record<'node' | 'edge', Model> = { node: new Map(), edge: new Map() };
  private readonly defaults: Record<'node' | 'edge', Attributes> = { node: {}, edge: {} };
  private modelClass: 'node' | 'edge' | undefined;
  private column: Column | undefined;
  private defaultText: string | undefined;
  private readonly open: Element[] = [];
  /** The chunk being parsed and where it starts in the whole text, to point at a bad character. */
  private chunk = '';
  private chunkStart = 0;
  /** The end of the previous chunks, for a character reference cut between two chunks. */
  private before = '';
  private sawContent = false;
  private lastChar = '';
  private ended = false;

  constructor(
    private readonly sink: GexfSink,
    private readonly source: string,
    private readonly module: string,
  ) {
    const { parser } = this;
    parser.on('error', (error) => {
      throw this.xmlError(error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, ''));
    });
    parser.on('doctype', () => {
      throw this.refuse(
        `a DOCTYPE at line ${parser.line} is not allowed: GEXF has none, and the entities it could declare may read files or expand without bound`,
      );
    });
    parser.on('opentag', (tag) => this.openTag(tag));
    parser.on('closetag', (tag) => this.closeTag(tag));
  }

  /** Text matters only inside <default>: saxes gathers text only while a handler is set. */
  private readonly gatherText = (text: string): void => {
    if (this.defaultText !== undefined) this.defaultText += text;
  };

  /** Reads the next piece of the text (pieces may cut the text anywhere but inside a surrogate pair). */
  write(chunk: string): void {
    if (!chunk) return;
    if (!this.sawContent) {
      // a BOM is no content: a file that holds only one is empty
      const content = /[^\s\uFEFF]/.exec(chunk);
      if (content) this.sawContent = true;
    }
    const trimmed = chunk.trimEnd();
    if (trimmed) this.lastChar = trimmed.charAt(trimmed.length - 1);
    this.before = (this.before + this.chunk.slice(-64)).slice(-64);
    this.chunk = chunk;
    this.guard(() => this.parser.write(chunk));
    this.chunkStart += chunk.length;
  }

  /** The end of the text: checks that the document is complete. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.chunk = '';
    this.guard(() => {
      if (!this.sawContent) throw this.refuse('the file is empty');
      this.parser.close();
      if (this.graphs !== 1) throw this.refuse('a GEXF file needs exactly one <graph> element');
    });
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      if (error instanceof Refusal) throw formatError(this.module, this.source, [error.message]);
      // V8 cannot hold a string past about 2^29 characters: one value or text that long
      if (error instanceof RangeError)
        throw formatError(this.module, this.source, [
          `a single value or text near line ${this.parser.line} is too long to read (${error.message})`,
        ]);
      throw error;
    }
  }

  private refuse(message: string): Refusal {
    return new Refusal(message);
  }

  private at(): string {
    return `line ${this.parser.line}, column ${this.parser.columnIndex + 1}`;
  }

  /** saxes' message, made plain: truncation, bad characters and references named as such. */
  private xmlError(message: string): Refusal {
    const { parser } = this;
    if (this.root === undefined && /outside of root node|must contain a root element/.test(message))
      return this.refuse('not XML (no root element)');
    if (this.chunk === '' && this.root !== undefined) {
      // at the end of the text: saxes reports an unclosed tag or an unexpected end
      return this.refuse(
        this.lastChar === '>'
          ? 'not well-formed XML: the file ends before </gexf> (truncated?)'
          : 'not well-formed XML: the file ends inside a tag (truncated?)',
      );
    }
    const seen = this.before + this.chunk;
    const index = parser.position - this.chunkStart + this.before.length;
    if (message === 'disallowed character') {
      const bad = FORBIDDEN_RAW.exec(seen.slice(this.before.length, index + 1));
      if (bad) {
        const code = (bad[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
        const column = parser.columnIndex - (index - this.before.length - bad.index) + 1;
        return this.refuse(`character U+${code} at line ${parser.line}, column ${column} ${XML_CHAR_PROBLEM}`);
      }
    }
    if (message === 'malformed character entity' || message === 'undefined entity') {
      const amp = seen.lastIndexOf('&', index);
      if (amp !== -1 && index - amp < 40) {
        const reference = seen.slice(amp, index);
        const where = `line ${parser.line}, column ${parser.columnIndex - (index - amp) + 1}`;
        return this.refuse(
          message === 'undefined entity'
            ? `entity reference ${reference} at ${where}: only XML's own entities (&amp; &lt; &gt; &quot; &apos;) and character references are allowed`
            : `character reference ${reference} at ${where} ${XML_CHAR_PROBLEM}`,
        );
      }
    }
    return this.refuse(`not well-formed XML at ${this.at()}: ${message}`);
  }

  private openTag(tag: SaxesTagPlain): void {
    const name = local(tag.name);
    const xml = tag.attributes as Record<string, string>;
    const depth = ++this.depth;
    if (depth > MAX_DEPTH) throw this.refuse(`elements are nested deeper than ${MAX_DEPTH} levels at ${this.at()}`);
    if (depth === 1) {
      this.root = tag.name;
      if (name !== 'gexf') throw this.refuse(`the root element is ${show(tag.name)}, not "gexf"`);
      return;
    }
    const element = this.open[this.open.length - 1];
    switch (name) {
      case 'graph':
        if (depth !== 2) return;
        if (++this.graphs > 1) throw this.refuse('a GEXF file needs exactly one <graph> element');
        this.defaultEdgeType = xml.defaultedgetype === 'mutual' ? 'undirected' : (xml.defaultedgetype ?? 'undirected');
        return;
      case 'attributes':
        this.modelClass = xml.class === 'node' || xml.class === 'edge' ? xml.class : undefined;
        return;
      case 'attribute': {
        if (!this.modelClass) return;
        const id = xml.id || xml.for || '';
        // graphology-gexf's rule: a numeric id (as networkx and Gephi write) stands for its title
        this.column = {
          title: Number.isNaN(+id) ? id : xml.title || id,
          type: xml.type || 'string',
          owner: this.modelClass,
        };
        this.models[this.modelClass].set(id, this.column);
        return;
      }
      case 'default':
        if (!this.column) return;
        this.defaultText = '';
        this.parser.on('text', this.gatherText);
        return;
      case 'node':
      case 'edge':
        this.open.push({ tag: name, xml, data: {}, depth });
        return;
      case 'attvalue':
        if (element) this.attvalue(element, xml);
        return;
      case 'color':
        if (element) element.data.color = vizColor(xml);
        return;
      case 'size':
      case 'thickness':
        if (element) element.data[name] = +(xml.value as string);
        return;
      case 'shape':
        if (element) element.data.shape = xml.value;
        return;
      case 'position':
        if (!element) return;
        for (const axis of ['x', 'y', 'z'] as const) if (xml[axis]) element.data[axis] = +(xml[axis] as string);
        return;
      default:
    }
  }

  private attvalue(element: Element, xml: Record<string, string>): void {
    const id = xml.for ?? xml.id ?? '';
    const column = this.models[element.tag].get(id);
    if (!column) {
      this.sink.problem(
        `${element.tag} ${show(element.xml.id ?? '')}: <attvalue for=${show(id)}> has no <attribute> declaring it`,
      );
      return;
    }
    element.data[column.title] = parseValue(column.type, detach(xml.value ?? ''));
  }

  private closeTag(tag: SaxesTagPlain): void {
    const depth = this.depth--;
    const name = local(tag.name);
    if (name === 'attribute') this.column = undefined;
    else if (name === 'attributes') this.modelClass = undefined;
    else if (name === 'default' && this.column && this.defaultText !== undefined) {
      const { title, type, owner } = this.column;
      this.defaults[owner][title] = parseValue(type, this.defaultText);
      this.defaultText = undefined;
      this.parser.off('text');
    } else if ((name === 'node' || name === 'edge') && this.open[this.open.length - 1]?.depth === depth) {
      this.emit(this.open.pop() as Element);
    }
  }

  private emit({ tag, xml, data: attributes }: Element): void {
    // the element's own label, weight and kind, unless a column of the same name gave them
    if (xml.label && !('label' in attributes)) attributes.label = detach(xml.label);
    if (xml.weight && !('weight' in attributes)) attributes.weight = +xml.weight;
    if (xml.kind && !('kind' in attributes)) attributes.kind = detach(xml.kind);
    const defaults = this.defaults[tag];
    for (const title in defaults) if (!(title in attributes)) attributes[title] = defaults[title];
    if (tag === 'node') {
      if (xml.id === undefined) return this.sink.problem('a <node> has no id');
      return this.sink.node(detach(xml.id), attributes);
    }
    const { source, target } = xml;
    if (source === undefined || target === undefined)
      return this.sink.problem(`edge ${show(xml.id ?? '')}: has no ${source === undefined ? 'source' : 'target'}`);
    const type = xml.type || this.defaultEdgeType;
    this.sink.edge(
      xml.id === undefined ? undefined : detach(xml.id),
      detach(source),
      detach(target),
      type !== 'directed',
      attributes,
    );
  }
}
