// The streaming JSON readers for graph files of any size (JSON.parse needs the whole text in
// one string, which V8 caps near 512 MiB): @streamparser/json tokenizes the text as it comes.
// graphology JSON's nodes and edges go one by one into a GraphChecker and are dropped once
// checked, so memory holds the graph being built, not the file; statements@1 keeps its
// documents, actors and statements (they are validated together). Which of the two a file is
// follows from its top-level keys, as sniff.ts decides for parsed JSON: a "format" field is
// statements@1, "nodes" and "edges" arrays are graphology JSON. Values nested deeper than
// MAX_DEPTH are refused (a graph file needs five levels). Browser-safe.
import { TokenParser, Tokenizer, type TokenParserOptions } from '@streamparser/json';
import type { ParsedElementInfo } from '@streamparser/json/utils/types/parsedElementInfo.js';
import { InputError } from '../../errors.ts';
import type { StatementsFile } from '../../model/index.ts';
import { GraphChecker } from '../checkedGraph.ts';
import { jsonFormat } from '../sniff.ts';
import { addEdge, addNode } from './graphJson.ts';

const MODULE = 'claimgraph/io/json/readJson';

export const MAX_DEPTH = 64;

// @streamparser/json's token types (utils/types/tokenType.ts)
const LEFT_BRACE = 0;
const RIGHT_BRACE = 1;
const LEFT_BRACKET = 2;
const RIGHT_BRACKET = 3;
const COLON = 4;
const STRING = 9;

class Refusal extends Error {}

/**
 * A tokenizer wired to a token parser, as @streamparser/json's JSONParser is, with a look at
 * every token on the way (nesting depth, the root object's keys). Errors become one InputError.
 */
class StreamingJson {
  private readonly tokenizer = new Tokenizer();
  private readonly parser: TokenParser;
  private depth = 0;
  private key: string | undefined;
  private afterColon = false;

  constructor(
    private readonly source: string,
    options: TokenParserOptions,
    onValue: (info: ParsedElementInfo) => void,
    /** Called with each of the root object's keys and the first token of its value. */
    private readonly onTopKey: (key: string, token: number) => void = () => {},
  ) {
    const { tokenizer } = this;
    const parser = (this.parser = new TokenParser(options));
    tokenizer.onToken = (token) => {
      this.look(token.token, token.value);
      parser.write(token);
    };
    tokenizer.onEnd = () => {
      if (!parser.isEnded) parser.end();
    };
    parser.onError = (error) => tokenizer.error(error);
    parser.onEnd = () => {
      if (!tokenizer.isEnded) tokenizer.end();
    };
    parser.onValue = onValue;
  }

  private look(token: number, value: unknown): void {
    if (this.depth === 1 && this.afterColon && this.key !== undefined) {
      this.onTopKey(this.key, token);
      this.afterColon = false;
    }
    if (token === LEFT_BRACE || token === LEFT_BRACKET) {
      if (++this.depth > MAX_DEPTH) throw new Refusal(`values are nested deeper than ${MAX_DEPTH} levels`);
    } else if (token === RIGHT_BRACE || token === RIGHT_BRACKET) this.depth--;
    else if (this.depth === 1 && token === STRING && !this.afterColon) this.key = value as string;
    else if (this.depth === 1 && token === COLON) this.afterColon = true;
  }

  write(chunk: string): void {
    this.guard(() => this.tokenizer.write(chunk));
  }

  end(): void {
    this.guard(() => {
      if (!this.tokenizer.isEnded) this.tokenizer.end();
    });
  }

  private guard(run: () => void): void {
    try {
      run();
    } catch (cause) {
      if (!(cause instanceof Error) || cause.name === 'FormatError' || cause instanceof InputError) throw cause;
      if (cause instanceof Refusal) throw new InputError(MODULE, `${this.source}: ${cause.message}`, this.source);
      const message = /ended in mid-parsing/.test(cause.message)
        ? 'the file ends inside a value (truncated?)'
        : cause.message.replace(/ Either not all the data was received or the data was invalid\.$/, '');
      throw new InputError(MODULE, `${this.source}: is not valid JSON (${message})`, this.source, { cause });
    }
  }
}

/** What a graph JSON file held. */
export type ReadJson = { format: 'json'; checker: GraphChecker } | { format: 'statements'; data: StatementsFile };

/** Reads graphology JSON or statements@1 piece by piece; end() tells which it was. */
export class JsonGraphReader {
  private readonly json: StreamingJson;
  private readonly checker: GraphChecker;
  /** The root object's keys: "format" and statements@1's arrays with their values, nodes and edges with their type. */
  private readonly top: Record<string, unknown> = {};
  private readonly counts = { nodes: 0, edges: 0 };

  constructor(private readonly source: string) {
    const checker = (this.checker = new GraphChecker(source, MODULE));
    const paths = ['$.format', '$.nodes.*', '$.edges.*', '$.documents', '$.actors', '$.statements'];
    this.json = new StreamingJson(
      source,
      { paths, keepStack: false },
      ({ value, key, stack }) => {
        const top = stack.length === 1 ? key : stack[1]?.key;
        if (top === 'nodes' && stack.length === 2) addNode(checker, value, this.counts.nodes++);
        else if (top === 'edges' && stack.length === 2) addEdge(checker, value, this.counts.edges++);
        else if (stack.length === 1 && typeof key === 'string') this.top[key] = value;
      },
      (key, token) => {
        if (key === 'nodes' || key === 'edges') this.top[key] = token === LEFT_BRACKET ? [] : {};
      },
    );
  }

  write(chunk: string): void {
    this.json.write(chunk);
  }

  end(): ReadJson {
    this.json.end();
    const { format, nodes, edges, documents, actors, statements } = this.top;
    const shape = 'format' in this.top ? { format } : { nodes, edges };
    if (jsonFormat(shape, this.source) === 'json') return { format: 'json', checker: this.checker };
    return { format: 'statements', data: { format, documents, actors, statements } as StatementsFile };
  }
}

/** The value of a JSON text given in pieces: JSON.parse without one string for the whole text. */
export async function parseJsonChunks(chunks: AsyncIterable<string>, source: string): Promise<unknown> {
  let value: unknown;
  let found = false;
  const json = new StreamingJson(source, { paths: ['$'] }, (parsed) => {
    value = parsed.value;
    found = true;
  });
  for await (const chunk of chunks) json.write(chunk);
  json.end();
  if (!found) throw new InputError(MODULE, `${source}: is not valid JSON (the file holds no JSON value)`, source);
  return value;
}
