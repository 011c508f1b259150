// The extraction worker: receives batches of articles, returns their statements split and
// checked per article (documents.ts). The
// extractor module is given by the pool (the project's extractor by default), so that the
// pool itself can be tested with a stand-in.
import { parentPort, workerData } from 'node:worker_threads';
import { extractBatch } from './documents.ts';
import type { BatchReply, BatchRequest, Extractor } from './pool.ts';

const { extractor } = workerData as { extractor: string };
const extract = ((await import(extractor)) as { extractArticles: Extractor }).extractArticles;

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (request: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id: request.id, result: extractBatch(extract, request.articles) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
