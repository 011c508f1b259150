// The extraction worker: runs the library's extractArticles off the page's thread and
// reports progress, so that a long article never freezes the viewer.
import { extractArticles, type ArticleInput } from '../../../src/extract/index.ts';

export type ExtractRequest = { articles: ArticleInput[] };
export type ExtractReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ReturnType<typeof extractArticles> }
  | { type: 'error'; message: string };

const post = (reply: ExtractReply): void => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  try {
    const result = extractArticles(event.data.articles, {
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
