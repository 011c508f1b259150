// Extraction from the page's side: starts the worker, forwards progress, and resolves with
// the statements (or rejects with the worker's error message). One worker per request, ended
// when it answers.
import type { ArticleInput } from '../../../src/extract/index.ts';
import type { StatementsFile } from '../../../src/model/index.ts';
import type { ExtractReply } from './extract.worker.ts';

export function extractInWorker(
  articles: ArticleInput[],
  onProgress: (done: number, total: number) => void,
): Promise<StatementsFile> {
  const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<StatementsFile>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.done, reply.total);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(`claimgraph/web/extract: the extraction worker failed (${event.message || 'could not start'})`));
    });
    worker.postMessage({ articles });
  });
}
