// Turning opened or dropped files into a graph: plain-text articles are extracted (in a
// worker); graph files (GEXF, graphology JSON, statements@1) go through the library's one
// way in (src/io/graphText.ts), which recognises them by their content, whatever their
// names, and merges several; one GEXF or graphology JSON file that is not a claim graph at
// all opens as a plain graph (src/io/plainGraph.ts). The graph is returned whole or not at
// all: the caller swaps it in only on success, so a bad file leaves the current graph untouched.
import { InputError } from '../../../src/errors.ts';
import { graphFromTexts, sniffText } from '../../../src/io/graphText.ts';
import { anyGraphFromText, type OpenedGraph as Opened } from '../../../src/io/plainGraph.ts';
import { buildGraph, type StatementsFile } from '../../../src/model/index.ts';
import { readFileText } from './decodeText.ts';
import { articleId } from './names.ts';

const MODULE = 'claimgraph/web/files';

/** A claim graph, or a foreign graph shown as it is; `source` names the files. */
export type OpenedGraph = Opened & { source: string };

export type Extractor = (
  articles: { id: string; text: string; file: string }[],
  onProgress: (done: number, total: number) => void,
) => Promise<StatementsFile>;

export async function openFiles(
  files: readonly File[],
  extract: Extractor,
  onProgress: (done: number, total: number) => void,
): Promise<OpenedGraph> {
  if (!files.length) throw new InputError(MODULE, 'no file given');
  const texts = await Promise.all(files.map(async (file) => ({ name: file.name, text: await readFileText(file) })));
  const articles = texts.filter(({ text }) => sniffText(text) === 'text');
  const source = files.map((file) => file.name).join(', ');

  if (articles.length === texts.length) {
    for (const { name, text } of texts) if (!text.trim()) throw new InputError(MODULE, `${name}: is empty`, name);
    const inputs = texts.map(({ name, text }) => ({ id: articleId(name), text, file: name }));
    const statements = await extract(inputs, onProgress);
    const byId = new Map(inputs.map((a) => [a.id, a.text]));
    for (const doc of statements.documents) if (doc.text === undefined) doc.text = byId.get(doc.id);
    return { kind: 'claims', graph: buildGraph([{ source, data: statements }]), source };
  }
  if (articles.length) {
    throw new InputError(
      MODULE,
      `${source}: open either articles (plain text) or graph files (GEXF, JSON), not both at once`,
    );
  }
  const [only] = texts;
  if (texts.length === 1 && only) return { ...anyGraphFromText(only.text, only.name), source };
  return { kind: 'claims', graph: graphFromTexts(texts), source };
}
