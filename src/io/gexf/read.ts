// The streaming GEXF reader: XML text in, in chunks of any size, and out come nodes and edges
// with their attributes typed as the file's <attributes> declare them, as graphology-gexf's
// parser gives them (title → value parsed by type with graphology-gexf's own parseValue;
// label, kind, weight; viz colour, size, position, shape, thickness), without a DOM: memory
// holds one element at a time. The XML is read by xml/tokenizer.ts: it checks well-formedness
// and the XML 1.0 character rules as it goes, and knows no entity but XML's five, so it can
// neither fetch an external entity nor expand a declared one. Refused outright: any DOCTYPE
// (GEXF has none; it is where entity bombs and external entities are declared), elements
// nested deeper than MAX_DEPTH, a root other than <gexf>, other than one <graph>. Each refusal
// is one FormatError naming the place in the file. Browser-safe: no node: imports.
import { parseValue } from 'graphology-gexf/common/helpers.js';
import type { Attributes } from 'graphology-types';
import { show } from '../../model/index.ts';
import { formatError } from '../checkedGraph.ts';
import { XmlSyntaxError, XmlTokenizer, type XmlAttributes } from '../xml/tokenizer.ts';

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

function vizColor(xml: XmlAttributes): string {
  const hex = xml.get('hex');
  if (hex) return hex;
  const [r, g, b, a] = [xml.get('r'), xml.get('g'), xml.get('b'), xml.get('a')];
  return a ? `rgba(${r},${g},${b},${a})` : `rgb(${r},${g},${b})`;
}

/**
 * A copy of a string cut from a chunk: V8 keeps a slice's whole parent string alive, so every
 * value kept in the graph would otherwise hold its 1 MiB chunk, and the graph the whole file.
 */
const detach = (value: string): string => (value.length > 12 ? (' ' + value).slice(1) : value);

const XML_CHAR_PROBLEM = 'is not allowed in XML 1.0';

class Refusal extends Error {}

export class GexfReader {
  private readonly parser: XmlTokenizer;
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
  private sawContent = false;
  private lastChar = '';
  private ended = false;

  constructor(
    private readonly sink: GexfSink,
    private readonly source: string,
    private readonly module: string,
  ) {
    this.parser = new XmlTokenizer({
      openTag: (name, attributes) => this.openTag(name, attributes),
      closeTag: (name) => this.closeTag(name),
      text: (text) => {
        if (this.defaultText !== undefined) this.defaultText += text;
      },
    });
  }

  /** Reads the next piece of the text (pieces may cut the text anywhere). */
  write(chunk: string): void {
    if (!chunk) return;
    if (!this.sawContent) {
      // a BOM is no content: a file that holds only one is empty
      const content = /[^\s\uFEFF]/.exec(chunk);
      if (content) this.sawContent = true;
    }
    const trimmed = chunk.trimEnd();
    if (trimmed) this.lastChar = trimmed.charAt(trimmed.length - 1);
    this.guard(() => this.parser.write(chunk));
  }

  /** The end of the text: checks that the document is complete. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.guard(() => {
      if (!this.sawContent) throw this.refuse('the file is empty');
      this.parser.end();
      if (this.graphs !== 1) throw this.refuse('a GEXF file needs exactly one <graph> element');
    });
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw formatError(this.module, this.source, [this.xmlError(error)]);
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
    return this.parser.tagPlace();
  }

  /** The tokenizer's problem, said plainly: truncation, bad characters and references named as such. */
  private xmlError({ kind, message, line, column, text }: XmlSyntaxError): string {
    const where = `line ${line}, column ${column}`;
    switch (kind) {
      case 'doctype':
        return `a DOCTYPE at line ${line} is not allowed: GEXF has none, and the entities it could declare may read files or expand without bound`;
      case 'no-root':
        return 'not XML (no root element)';
      case 'truncated':
        return this.lastChar === '>'
          ? 'not well-formed XML: the file ends before </gexf> (truncated?)'
          : 'not well-formed XML: the file ends inside a tag (truncated?)';
      case 'character':
        return `${message.replace(` ${XML_CHAR_PROBLEM}`, '')} at ${where} ${XML_CHAR_PROBLEM}`;
      case 'reference':
        return `character reference ${text} at ${where} ${XML_CHAR_PROBLEM}`;
      case 'entity':
        return `entity reference ${text} at ${where}: only XML's own entities (&amp; &lt; &gt; &quot; &apos;) and character references are allowed`;
      default:
        return `not well-formed XML at ${where}: ${message}`;
    }
  }

  private openTag(tagName: string, xml: XmlAttributes): void {
    const name = local(tagName);
    const depth = ++this.depth;
    if (depth > MAX_DEPTH) throw this.refuse(`elements are nested deeper than ${MAX_DEPTH} levels at ${this.at()}`);
    if (depth === 1) {
      this.root = tagName;
      if (name !== 'gexf') throw this.refuse(`the root element is ${show(tagName)}, not "gexf"`);
      return;
    }
    const element = this.open[this.open.length - 1];
    switch (name) {
      case 'graph': {
        if (depth !== 2) return;
        if (++this.graphs > 1) throw this.refuse('a GEXF file needs exactly one <graph> element');
        const type = xml.get('defaultedgetype');
        this.defaultEdgeType = type === 'mutual' ? 'undirected' : (type ?? 'undirected');
        return;
      }
      case 'attributes': {
        const owner = xml.get('class');
        this.modelClass = owner === 'node' || owner === 'edge' ? owner : undefined;
        return;
      }
      case 'attribute': {
        if (!this.modelClass) return;
        const id = xml.get('id') || xml.get('for') || '';
        // graphology-gexf's rule: a numeric id (as networkx and Gephi write) stands for its title
        this.column = {
          title: Number.isNaN(+id) ? id : xml.get('title') || id,
          type: xml.get('type') || 'string',
          owner: this.modelClass,
        };
        this.models[this.modelClass].set(id, this.column);
        return;
      }
      case 'default':
        if (!this.column) return;
        this.defaultText = '';
        this.parser.wantText = true;
        return;
      case 'node':
      case 'edge':
        this.open.push({ tag: name, xml: xml.record(), data: {}, depth });
        return;
      case 'attvalue':
        if (element) this.attvalue(element, xml);
        return;
      case 'color':
        if (element) element.data.color = vizColor(xml);
        return;
      case 'size':
      case 'thickness':
        if (element) element.data[name] = +(xml.get('value') as string);
        return;
      case 'shape':
        if (element) element.data.shape = xml.get('value');
        return;
      case 'position':
        if (!element) return;
        for (const axis of ['x', 'y', 'z'] as const) {
          const value = xml.get(axis);
          if (value) element.data[axis] = +value;
        }
        return;
      default:
    }
  }

  private attvalue(element: Element, xml: XmlAttributes): void {
    const id = xml.get('for') ?? xml.get('id') ?? '';
    const column = this.models[element.tag].get(id);
    if (!column) {
      this.sink.problem(
        `${element.tag} ${show(element.xml.id ?? '')}: <attvalue for=${show(id)}> has no <attribute> declaring it`,
      );
      return;
    }
    element.data[column.title] = parseValue(column.type, detach(xml.get('value') ?? ''));
  }

  private closeTag(tagName: string): void {
    const depth = this.depth--;
    const name = local(tagName);
    if (name === 'attribute') this.column = undefined;
    else if (name === 'attributes') this.modelClass = undefined;
    else if (name === 'default' && this.column && this.defaultText !== undefined) {
      const { title, type, owner } = this.column;
      this.defaults[owner][title] = parseValue(type, this.defaultText);
      this.defaultText = undefined;
      this.parser.wantText = false;
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
