// Turning opened or dropped files into a graph: plain-text articles are extracted (in a
// worker), statements@1 JSON is validated and built, graphology JSON and GEXF are read by
// the library's io modules. The graph is returned whole or not at all: the caller swaps it
// in only on success, so a bad file leaves the current graph untouched.
import { InputError } from '../../../src/errors.ts';
import { gexfToGraph } from '../../../src/io/gexf/index.ts';
import { isGraphologyJson, jsonToGraph } from '../../../src/io/json/index.ts';
import { buildGraph, type ClaimGraph, type NamedStatements, type StatementsFile } from '../../../src/model/index.ts';
import { readFileText } from './decodeText.ts';
import { articleId } from './names.ts';

const MODULE = 'claimgraph/web/files';

export interface OpenedGraph {
  graph: ClaimGraph;
  source: string;
}

export type Extractor = (
  articles: { id: string; text: string; file: string }[],
  onProgress: (done: number, total: number) => void,
) => Promise<StatementsFile>;

const extension = (name: string): string => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(MODULE, `${name}: is not valid JSON (${(error as Error).message})`, name);
  }
}

function kindOf(name: string, text: string): 'article' | 'json' | 'gexf' {
  const ext = extension(name);
  if (ext === 'gexf' || (ext !== 'json' && /^\s*<\?xml[^>]*>\s*<gexf\b|^\s*<gexf\b/.test(text))) return 'gexf';
  if (ext === 'json') return 'json';
  return 'article';
}

export async function openFiles(
  files: readonly File[],
  extract: Extractor,
  onProgress: (done: number, total: number) => void,
): Promise<OpenedGraph> {
  if (!files.length) throw new InputError(MODULE, 'no file given');
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await readFileText(file) })));
  const kinds = texts.map(({ name, text }) => kindOf(name, text));
  const source = files.map((file) => file.name).join(', ');

  if (kinds.every((kind) => kind === 'article')) {
    for (const { name, text } of texts) if (!text.trim()) throw new InputError(MODULE, `${name}: is empty`, name);
    const articles = texts.map(({ name, text }) => ({ id: articleId(name), text, file: name }));
    const statements = await extract(articles, onProgress);
    const byId = new Map(articles.map((a) => [a.id, a.text]));
    for (const doc of statements.documents) if (doc.text === undefined) doc.text = byId.get(doc.id);
    return { graph: buildGraph([{ source, data: statements }]), source };
  }
  if (kinds.length > 1 && !kinds.every((kind) => kind === 'json')) {
    throw new InputError(
      MODULE,
      `${source}: open either articles (.txt) or graph files, not both at once; several graph files must all be statements JSON`,
    );
  }
  if (kinds[0] === 'gexf') {
    const { name, text } = texts[0] as { name: string; text: string };
    return { graph: gexfToGraph(text, name), source };
  }
  const parsed = texts.map(({ name, text }) => ({ name, data: parseJson(text, name) }));
  if (parsed.length === 1 && isGraphologyJson(parsed[0]?.data)) {
    const { name, data } = parsed[0] as { name: string; data: unknown };
    return { graph: jsonToGraph(data, name), source };
  }
  const sets: NamedStatements[] = parsed.map(({ name, data }) => {
    if ((data as { format?: unknown })?.format !== 'claimgraph/statements@1') {
      throw new InputError(
        MODULE,
        `${name}: is neither claimgraph/statements@1 JSON (no "format": "claimgraph/statements@1") nor graphology JSON`,
        name,
      );
    }
    return { source: name, data: data as StatementsFile };
  });
  return { graph: buildGraph(sets), source };
}
